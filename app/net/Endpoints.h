#pragma once

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The one description of the API's operations that the console uses: the client builds every
// request from it, the sandbox routes by it, and the audit viewer names the acts from it.
// Adding an operation means one row here, one decoder and one sandbox handler.
namespace Endpoints {

enum class Operation {
    CreateToken,
    GetCustomers,
    GetCustomer,
    GetCustomerAccounts,
    GetCustomerAccount,
    GetCustomerAccountsByInstitution,
    GetCustomerAccountsByInstitutionLogin,
    GetInstitution,
    RefreshCustomerAccounts,
    RefreshCustomerAccountsByInstitutionLogin,
    RefreshCustomerAccountsV2,
    RefreshCustomerAccountsByInstitutionLoginV2,
    DeleteCustomerAccount,
    DeleteCustomerAccountsByInstitutionLogin,
    GenerateFixConnectUrl,
};

// Link: creates a Connect link that lets the customer change the connection; audited, sent at
// most once and refused on read-only connections, like a refresh or a delete.
enum class Kind { Authenticate, Read, Refresh, Delete, Link };

// What a 2xx answer carries.
enum class Response { Token, CustomerPage, Customer, AccountList, Account, Institution, NoContent, ConnectUrl };

struct Endpoint
{
    Operation operation;
    QLatin1StringView id; // the spec's operationId
    Kind kind;
    QLatin1StringView verb;
    // Below the base URL, with {placeholders}; each placeholder is an id, checked before sending.
    QLatin1StringView path;
    QList<QLatin1StringView> query; // the query parameters the console sends
    Response response;
    // A refresh answered 204: the accounts must be read again to show its result.
    bool readAgainAfter = false;
    // What the agent did, for the audit trail (translated in the "Endpoints" context); empty for
    // the operations that change nothing.
    const char *act = nullptr;
};

const QList<Endpoint> &all();
const Endpoint &get(Operation operation);
const Endpoint *find(QStringView operationId);

// The placeholders of a path template, in order: {"customerId", "accountId"}.
QStringList placeholders(const Endpoint &endpoint);

// The path with each placeholder replaced by its value from `ids`. Every value must be an id of
// 1 to 20 digits (the only shape that can never bend a path); otherwise nullopt and `refusal`
// says which one and why, in an agent's words.
std::optional<QString> fillPath(const Endpoint &endpoint, const QHash<QString, QString> &ids, QString *refusal);

// The agent's words for a placeholder ("customer ID"), for refusals.
QString placeholderName(const QString &placeholder);

// For a router: the operations whose template matches `path`, with the placeholders' raw values
// (not checked: the router answers bad ids itself).
struct Match
{
    const Endpoint *endpoint = nullptr;
    QHash<QString, QString> values;
};
QList<Match> match(QStringView path);

// The agent-facing name of an act, translated; the id itself for an unknown or reading operation.
QString actName(QStringView operationId);

} // namespace Endpoints
