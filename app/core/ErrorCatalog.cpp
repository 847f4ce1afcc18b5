#include "ErrorCatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace ErrorCatalog {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorCatalog", text);
}

// The codes, as data. Advice of nullptr: none; kFix and kReAdd: the two shared sentences.
struct Row
{
    const char *code;
    const char *meaning;
    const char *advice;
    Remedy remedy;
};

const char kFix[] = QT_TRANSLATE_NOOP("ErrorCatalog", "Ask the customer to repair the connection with the provider's "
                                                      "Connect \"Fix\" flow; the console cannot fix this.");
const char kReAdd[] = QT_TRANSLATE_NOOP("ErrorCatalog", "Delete access to this institution login and ask the customer "
                                                        "to link the accounts again.");

#define T(text) QT_TRANSLATE_NOOP("ErrorCatalog", text)
const Row kRows[] = {
    // Authentication and request errors.
    {"10001", T("The partner ID or partner secret was not accepted."),
     T("Check the connection's partner ID and secret. Every failed sign-in counts towards the lockout after five."),
     Remedy::CheckSettings},
    {"10005", T("A required parameter was missing."), nullptr, Remedy::Escalate},
    {"10010", T("A field of the request was not valid."), nullptr, Remedy::Escalate},
    {"10021", T("This partner is not authorised for the operation."),
     T("Ask your administrator which operations the partner may use."), Remedy::Escalate},
    {"10022", T("The session token was not accepted."), nullptr, Remedy::Retry},
    {"10023", T("The session token has expired."), nullptr, Remedy::Retry},
    {"10024", T("The request carried no session token."), nullptr, Remedy::Retry},
    {"10026", T("The request carried no app key."), T("Check the connection's app key."), Remedy::CheckSettings},
    {"12401", T("The partner was not found."), T("Check the connection's partner ID."), Remedy::CheckSettings},
    {"14001", T("No such customer."), T("Check the customer ID; the customer may have been removed."), Remedy::None},
    {"14006", T("No such institution."), nullptr, Remedy::None},
    {"14020", T("The service rejected the request as malformed."), nullptr, Remedy::Escalate},
    {"38003", T("The customer has no such account."),
     T("Reload the customer: the account may already have been removed."), Remedy::None},
    {"38006", T("The customer has no such institution login."),
     T("Reload the customer: the login may already have been removed."), Remedy::None},
    {"38007", T("The customer has no accounts under this institution login."),
     T("Reload the customer: the login may already have been removed."), Remedy::None},
    // Aggregation status codes (also sent as the code of a 500 from a refresh).
    {"103", T("The institution rejected the customer's sign-in credentials."), kFix, Remedy::CustomerFix},
    {"108", T("The institution requires the customer to act on its website (for example accept new terms)."), kFix,
     Remedy::CustomerFix},
    {"109", T("The institution requires the customer to change their password."), kFix, Remedy::CustomerFix},
    {"185", T("The institution asked a security question that needs the customer's answer."), kFix,
     Remedy::CustomerFix},
    {"187", T("The answer to the institution's security question was missing or wrong."), kFix, Remedy::CustomerFix},
    {"945", T("The customer's authorisation at the institution was revoked or has lapsed."), kFix, Remedy::CustomerFix},
    {"946", T("The institution's authorisation for this connection needs renewing."), kFix, Remedy::CustomerFix},
    {"947", T("The institution no longer grants access to these accounts."), kFix, Remedy::CustomerFix},
    {"948", T("The customer must grant the institution's consent again."), kFix, Remedy::CustomerFix},
    {"169", T("The institution reports that the account can no longer be aggregated."), kReAdd, Remedy::DeleteAndReAdd},
    {"913", T("The institution no longer shows this account."), kReAdd, Remedy::DeleteAndReAdd},
    {"914", T("The institution changed how this account is connected."), kReAdd, Remedy::DeleteAndReAdd},
};
#undef T

// Translated once, on first use (the translators are installed by then).
const QHash<QString, Entry> &table()
{
    static const QHash<QString, Entry> entries = [] {
        QHash<QString, Entry> built;
        for (const Row &row : kRows)
            built.insert(QString::fromLatin1(row.code),
                         {tr(row.meaning), row.advice ? tr(row.advice) : QString(), row.remedy});
        return built;
    }();
    return entries;
}

} // namespace

std::optional<Entry> lookup(const QString &code)
{
    const auto it = table().constFind(code);
    if (it == table().constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Entry> lookupAggregation(int code)
{
    if (code == 0)
        return std::nullopt;
    return lookup(QString::number(code));
}

bool isCustomerFixable(int aggregationCode)
{
    const auto entry = lookupAggregation(aggregationCode);
    return entry && entry->remedy == Remedy::CustomerFix;
}

} // namespace ErrorCatalog
