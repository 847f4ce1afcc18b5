#include "ErrorCatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace ErrorCatalog {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorCatalog", text);
}

const QHash<QString, Entry> &table()
{
    static const QString fix = tr("Ask the customer to repair the connection with the provider's Connect "
                                  "\"Fix\" flow; the console cannot fix this.");
    static const QString reAdd = tr("Delete access to this institution login and ask the customer to link "
                                    "the accounts again.");
    static const QHash<QString, Entry> entries = {
        // Authentication and request errors.
        {QStringLiteral("10001"),
         {tr("The partner ID or partner secret was not accepted."),
          tr("Check the connection's partner ID and secret. Every failed sign-in "
             "counts towards the lockout after five."),
          Remedy::CheckSettings}},
        {QStringLiteral("10005"), {tr("A required parameter was missing."), {}, Remedy::Escalate}},
        {QStringLiteral("10010"), {tr("A field of the request was not valid."), {}, Remedy::Escalate}},
        {QStringLiteral("10021"),
         {tr("This partner is not authorised for the operation."),
          tr("Ask your administrator which operations the partner may use."), Remedy::Escalate}},
        {QStringLiteral("10022"), {tr("The session token was not accepted."), {}, Remedy::Retry}},
        {QStringLiteral("10023"), {tr("The session token has expired."), {}, Remedy::Retry}},
        {QStringLiteral("10024"), {tr("The request carried no session token."), {}, Remedy::Retry}},
        {QStringLiteral("10026"),
         {tr("The request carried no app key."), tr("Check the connection's app key."), Remedy::CheckSettings}},
        {QStringLiteral("12401"),
         {tr("The partner was not found."), tr("Check the connection's partner ID."), Remedy::CheckSettings}},
        {QStringLiteral("14001"),
         {tr("No such customer."), tr("Check the customer ID; the customer may have been removed."), Remedy::None}},
        {QStringLiteral("14006"), {tr("No such institution."), {}, Remedy::None}},
        {QStringLiteral("14020"), {tr("The service rejected the request as malformed."), {}, Remedy::Escalate}},
        {QStringLiteral("38003"),
         {tr("The customer has no such account."),
          tr("Reload the customer: the account may already have been removed."), Remedy::None}},
        {QStringLiteral("38006"),
         {tr("The customer has no such institution login."),
          tr("Reload the customer: the login may already have been removed."), Remedy::None}},
        {QStringLiteral("38007"),
         {tr("The customer has no accounts under this institution login."),
          tr("Reload the customer: the login may already have been removed."), Remedy::None}},
        // Aggregation status codes (also sent as the code of a 500 from a refresh).
        {QStringLiteral("103"),
         {tr("The institution rejected the customer's sign-in credentials."), fix, Remedy::CustomerFix}},
        {QStringLiteral("108"),
         {tr("The institution requires the customer to act on its website (for "
             "example accept new terms)."),
          fix, Remedy::CustomerFix}},
        {QStringLiteral("109"),
         {tr("The institution requires the customer to change their password."), fix, Remedy::CustomerFix}},
        {QStringLiteral("185"),
         {tr("The institution asked a security question that needs the customer's "
             "answer."),
          fix, Remedy::CustomerFix}},
        {QStringLiteral("187"),
         {tr("The answer to the institution's security question was missing or "
             "wrong."),
          fix, Remedy::CustomerFix}},
        {QStringLiteral("945"),
         {tr("The customer's authorisation at the institution was revoked or has "
             "lapsed."),
          fix, Remedy::CustomerFix}},
        {QStringLiteral("946"),
         {tr("The institution's authorisation for this connection needs renewing."), fix, Remedy::CustomerFix}},
        {QStringLiteral("947"),
         {tr("The institution no longer grants access to these accounts."), fix, Remedy::CustomerFix}},
        {QStringLiteral("948"),
         {tr("The customer must grant the institution's consent again."), fix, Remedy::CustomerFix}},
        {QStringLiteral("169"),
         {tr("The institution reports that the account can no longer be aggregated."), reAdd, Remedy::DeleteAndReAdd}},
        {QStringLiteral("913"), {tr("The institution no longer shows this account."), reAdd, Remedy::DeleteAndReAdd}},
        {QStringLiteral("914"),
         {tr("The institution changed how this account is connected."), reAdd, Remedy::DeleteAndReAdd}},
    };
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
