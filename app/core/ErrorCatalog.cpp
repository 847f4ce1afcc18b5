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

const Row kRows[] = {
    // Authentication and request errors.
    {"10001", QT_TRANSLATE_NOOP("ErrorCatalog", "The partner ID or partner secret was not accepted."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Check the connection's partner ID and secret. Every failed sign-in counts towards the lockout after five."),
     Remedy::CheckSettings},
    {"10005", QT_TRANSLATE_NOOP("ErrorCatalog", "A required parameter was missing."), nullptr, Remedy::Escalate},
    {"10010", QT_TRANSLATE_NOOP("ErrorCatalog", "A field of the request was not valid."), nullptr, Remedy::Escalate},
    {"10021", QT_TRANSLATE_NOOP("ErrorCatalog", "This partner is not authorised for the operation."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Ask your administrator which operations the partner may use."),
     Remedy::Escalate},
    {"10022", QT_TRANSLATE_NOOP("ErrorCatalog", "The session token was not accepted."), nullptr, Remedy::Retry},
    {"10023", QT_TRANSLATE_NOOP("ErrorCatalog", "The session token has expired."), nullptr, Remedy::Retry},
    {"10024", QT_TRANSLATE_NOOP("ErrorCatalog", "The request carried no session token."), nullptr, Remedy::Retry},
    {"10026", QT_TRANSLATE_NOOP("ErrorCatalog", "The request carried no app key."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check the connection's app key."), Remedy::CheckSettings},
    {"12401", QT_TRANSLATE_NOOP("ErrorCatalog", "The partner was not found."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check the connection's partner ID."), Remedy::CheckSettings},
    {"14001", QT_TRANSLATE_NOOP("ErrorCatalog", "No such customer."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check the customer ID; the customer may have been removed."), Remedy::None},
    {"14006", QT_TRANSLATE_NOOP("ErrorCatalog", "No such institution."), nullptr, Remedy::None},
    {"14020", QT_TRANSLATE_NOOP("ErrorCatalog", "The service rejected the request as malformed."), nullptr,
     Remedy::Escalate},
    {"38003", QT_TRANSLATE_NOOP("ErrorCatalog", "The customer has no such account."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Reload the customer: the account may already have been removed."),
     Remedy::None},
    {"38006", QT_TRANSLATE_NOOP("ErrorCatalog", "The customer has no such institution login."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Reload the customer: the login may already have been removed."), Remedy::None},
    {"38007", QT_TRANSLATE_NOOP("ErrorCatalog", "The customer has no accounts under this institution login."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Reload the customer: the login may already have been removed."), Remedy::None},
    // Aggregation status codes (also sent as the code of a 500 from a refresh).
    {"103", QT_TRANSLATE_NOOP("ErrorCatalog", "The institution rejected the customer's sign-in credentials."), kFix,
     Remedy::CustomerFix},
    {"108",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The institution requires the customer to act on its website (for example accept new terms)."),
     kFix, Remedy::CustomerFix},
    {"109", QT_TRANSLATE_NOOP("ErrorCatalog", "The institution requires the customer to change their password."), kFix,
     Remedy::CustomerFix},
    {"185",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The institution asked a security question that needs the customer's answer."),
     kFix, Remedy::CustomerFix},
    {"187",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The answer to the institution's security question was missing or wrong."), kFix,
     Remedy::CustomerFix},
    {"945",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The customer's authorisation at the institution was revoked or has lapsed."),
     kFix, Remedy::CustomerFix},
    {"946", QT_TRANSLATE_NOOP("ErrorCatalog", "The institution's authorisation for this connection needs renewing."),
     kFix, Remedy::CustomerFix},
    {"947", QT_TRANSLATE_NOOP("ErrorCatalog", "The institution no longer grants access to these accounts."), kFix,
     Remedy::CustomerFix},
    {"948", QT_TRANSLATE_NOOP("ErrorCatalog", "The customer must grant the institution's consent again."), kFix,
     Remedy::CustomerFix},
    {"169", QT_TRANSLATE_NOOP("ErrorCatalog", "The institution reports that the account can no longer be aggregated."),
     kReAdd, Remedy::DeleteAndReAdd},
    {"913", QT_TRANSLATE_NOOP("ErrorCatalog", "The institution no longer shows this account."), kReAdd,
     Remedy::DeleteAndReAdd},
    {"914", QT_TRANSLATE_NOOP("ErrorCatalog", "The institution changed how this account is connected."), kReAdd,
     Remedy::DeleteAndReAdd},
};

// The rows by code; the words are translated on each lookup, in the language of that moment.
const QHash<QString, const Row *> &table()
{
    static const QHash<QString, const Row *> rows = [] {
        QHash<QString, const Row *> built;
        for (const Row &row : kRows)
            built.insert(QString::fromLatin1(row.code), &row);
        return built;
    }();
    return rows;
}

} // namespace

std::optional<Entry> lookup(const QString &code)
{
    const Row *row = table().value(code);
    if (!row)
        return std::nullopt;
    return Entry{tr(row->meaning), row->advice ? tr(row->advice) : QString(), row->remedy};
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
