#include "Endpoints.h"

#include "core/Ids.h"

#include <QCoreApplication>

#include <iterator>

namespace Endpoints {

namespace {

using L = QLatin1StringView;

// The table itself: data, in enum order (get() indexes it by Operation).
const Endpoint kTable[] = {
    {Operation::CreateToken,
     L("CreateToken"),
     Kind::Authenticate,
     L("POST"),
     L("/aggregation/v2/partners/authentication"),
     {},
     Response::Token},
    {Operation::GetCustomers,
     L("GetCustomers"),
     Kind::Read,
     L("GET"),
     L("/aggregation/v1/customers"),
     {L("search"), L("start"), L("limit")},
     Response::CustomerPage},
    {Operation::GetCustomer,
     L("GetCustomer"),
     Kind::Read,
     L("GET"),
     L("/aggregation/v1/customers/{customerId}"),
     {},
     Response::Customer},
    {Operation::GetCustomerAccounts,
     L("GetCustomerAccounts"),
     Kind::Read,
     L("GET"),
     L("/aggregation/v1/customers/{customerId}/accounts"),
     {L("status"), L("account_type")},
     Response::AccountList},
    {Operation::GetCustomerAccount,
     L("GetCustomerAccount"),
     Kind::Read,
     L("GET"),
     L("/aggregation/v2/customers/{customerId}/accounts/{accountId}"),
     {},
     Response::Account},
    {Operation::GetCustomerAccountsByInstitution,
     L("GetCustomerAccountsByInstitution"),
     Kind::Read,
     L("GET"),
     L("/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts"),
     {},
     Response::AccountList},
    {Operation::GetCustomerAccountsByInstitutionLogin,
     L("GetCustomerAccountsByInstitutionLogin"),
     Kind::Read,
     L("GET"),
     L("/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts"),
     {},
     Response::AccountList},
    {Operation::GetInstitution,
     L("GetInstitution"),
     Kind::Read,
     L("GET"),
     L("/institution/v2/institutions/{institutionId}"),
     {},
     Response::Institution},
    {Operation::RefreshCustomerAccounts,
     L("RefreshCustomerAccounts"),
     Kind::Refresh,
     L("POST"),
     L("/aggregation/v1/customers/{customerId}/accounts"),
     {},
     Response::AccountList,
     false,
     QT_TRANSLATE_NOOP("Endpoints", "Refreshed all of the customer's accounts")},
    {Operation::RefreshCustomerAccountsByInstitutionLogin,
     L("RefreshCustomerAccountsByInstitutionLogin"),
     Kind::Refresh,
     L("POST"),
     L("/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts"),
     {},
     Response::AccountList,
     false,
     QT_TRANSLATE_NOOP("Endpoints", "Refreshed an institution login")},
    {Operation::RefreshCustomerAccountsV2,
     L("RefreshCustomerAccountsV2"),
     Kind::Refresh,
     L("POST"),
     L("/aggregation/v2/customers/{customerId}/accounts"),
     {},
     Response::NoContent,
     true,
     QT_TRANSLATE_NOOP("Endpoints", "Refreshed all of the customer's accounts (v2)")},
    {Operation::RefreshCustomerAccountsByInstitutionLoginV2,
     L("RefreshCustomerAccountsByInstitutionLoginV2"),
     Kind::Refresh,
     L("POST"),
     L("/aggregation/v2/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts"),
     {},
     Response::NoContent,
     true,
     QT_TRANSLATE_NOOP("Endpoints", "Refreshed an institution login (v2)")},
    {Operation::DeleteCustomerAccount,
     L("DeleteCustomerAccount"),
     Kind::Delete,
     L("DELETE"),
     L("/aggregation/v1/customers/{customerId}/accounts/{accountId}"),
     {},
     Response::NoContent,
     false,
     QT_TRANSLATE_NOOP("Endpoints", "Deleted access to an account")},
    {Operation::DeleteCustomerAccountsByInstitutionLogin,
     L("DeleteCustomerAccountsByInstitutionLogin"),
     Kind::Delete,
     L("DELETE"),
     L("/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}"),
     {},
     Response::NoContent,
     false,
     QT_TRANSLATE_NOOP("Endpoints", "Deleted access to an institution login")},
    // The ids travel in the body (partnerId, customerId, institutionLoginId), not in the path.
    {Operation::GenerateFixConnectUrl,
     L("GenerateFixConnectUrl"),
     Kind::Link,
     L("POST"),
     L("/connect/v2/generate/fix"),
     {},
     Response::ConnectUrl,
     false,
     QT_TRANSLATE_NOOP("Endpoints", "Created a Connect Fix link")},
};

QStringList segmentsOf(QStringView path)
{
    QStringList segments;
    for (const QStringView segment : path.split(u'/', Qt::SkipEmptyParts))
        segments.append(segment.toString());
    return segments;
}

bool isPlaceholder(QStringView segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

const QList<Endpoint> &all()
{
    static const QList<Endpoint> table(std::begin(kTable), std::end(kTable));
    return table;
}

const Endpoint &get(Operation operation)
{
    const Endpoint &endpoint = all().at(qsizetype(operation)); // the table lists the operations in enum order
    Q_ASSERT(endpoint.operation == operation);
    return endpoint;
}

const Endpoint *find(QStringView operationId)
{
    for (const Endpoint &endpoint : all()) {
        if (endpoint.id == operationId)
            return &endpoint;
    }
    return nullptr;
}

QStringList placeholders(const Endpoint &endpoint)
{
    QStringList names;
    for (const QString &segment : segmentsOf(QString(endpoint.path))) {
        if (isPlaceholder(segment))
            names.append(segment.mid(1, segment.size() - 2));
    }
    return names;
}

QString placeholderName(const QString &placeholder)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("customerId"), QT_TRANSLATE_NOOP("Endpoints", "customer ID")},
        {QStringLiteral("accountId"), QT_TRANSLATE_NOOP("Endpoints", "account ID")},
        {QStringLiteral("institutionId"), QT_TRANSLATE_NOOP("Endpoints", "institution ID")},
        {QStringLiteral("institutionLoginId"), QT_TRANSLATE_NOOP("Endpoints", "institution login ID")},
    };
    const char *name = names.value(placeholder);
    return name ? QCoreApplication::translate("Endpoints", name) : placeholder;
}

std::optional<QString> fillPath(const Endpoint &endpoint, const QHash<QString, QString> &ids, QString *refusal)
{
    QString path;
    for (const QString &segment : segmentsOf(QString(endpoint.path))) {
        QString value = segment;
        if (isPlaceholder(segment)) {
            const QString name = segment.mid(1, segment.size() - 2);
            value = ids.value(name);
            if (!Ids::isValidPathId(value)) {
                *refusal =
                    QCoreApplication::translate("Endpoints", "The %1 \"%2\" is not valid: it must be 1 to 20 digits.")
                        .arg(placeholderName(name), value.left(40));
                return std::nullopt;
            }
        }
        path += QLatin1Char('/') + value;
    }
    return path;
}

QList<Match> match(QStringView path)
{
    const QStringList given = segmentsOf(path);
    QList<Match> found;
    for (const Endpoint &endpoint : all()) {
        const QStringList pattern = segmentsOf(QString(endpoint.path));
        if (pattern.size() != given.size())
            continue;
        Match m{&endpoint, {}};
        bool same = true;
        for (qsizetype i = 0; i < pattern.size() && same; ++i) {
            if (isPlaceholder(pattern[i]))
                m.values.insert(pattern[i].mid(1, pattern[i].size() - 2), given[i]);
            else
                same = pattern[i] == given[i];
        }
        if (same)
            found.append(m);
    }
    return found;
}

QString actName(QStringView operationId)
{
    const Endpoint *endpoint = find(operationId);
    return endpoint && endpoint->act ? QCoreApplication::translate("Endpoints", endpoint->act) : operationId.toString();
}

} // namespace Endpoints
