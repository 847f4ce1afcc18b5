#pragma once

#include "net/ApiJob.h"

// The operations answered 204 with no body: the two v2 refreshes and the two deletes.
class NoContentJob : public ApiJob
{
    Q_OBJECT
public:
    NoContentJob(Session *session, Endpoints::Operation operation, Ids ids, QObject *parent = nullptr)
        : ApiJob(session, operation, std::move(ids), {}, parent)
    {}
    QString customerId() const { return id(QStringLiteral("customerId")); }

protected:
    Decoder decoder() const override
    {
        return [](int, const QByteArray &) {
            return Parsed{};
        };
    }
};

class RefreshCustomerAccountsV2Job : public NoContentJob
{
public:
    RefreshCustomerAccountsV2Job(Session *session, const QString &customerId, QObject *parent = nullptr)
        : NoContentJob(session, Endpoints::Operation::RefreshCustomerAccountsV2,
                       {{QStringLiteral("customerId"), customerId}}, parent)
    {}
};

class RefreshCustomerAccountsByInstitutionLoginV2Job : public NoContentJob
{
public:
    RefreshCustomerAccountsByInstitutionLoginV2Job(Session *session, const QString &customerId, const QString &loginId,
                                                   QObject *parent = nullptr)
        : NoContentJob(session, Endpoints::Operation::RefreshCustomerAccountsByInstitutionLoginV2,
                       {{QStringLiteral("customerId"), customerId}, {QStringLiteral("institutionLoginId"), loginId}},
                       parent)
    {}
    QString institutionLoginId() const { return id(QStringLiteral("institutionLoginId")); }
};

class DeleteCustomerAccountJob : public NoContentJob
{
public:
    DeleteCustomerAccountJob(Session *session, const QString &customerId, const QString &accountId,
                             QObject *parent = nullptr)
        : NoContentJob(session, Endpoints::Operation::DeleteCustomerAccount,
                       {{QStringLiteral("customerId"), customerId}, {QStringLiteral("accountId"), accountId}}, parent)
    {}
    QString accountId() const { return id(QStringLiteral("accountId")); }
};

class DeleteCustomerAccountsByInstitutionLoginJob : public NoContentJob
{
public:
    DeleteCustomerAccountsByInstitutionLoginJob(Session *session, const QString &customerId, const QString &loginId,
                                                QObject *parent = nullptr)
        : NoContentJob(session, Endpoints::Operation::DeleteCustomerAccountsByInstitutionLogin,
                       {{QStringLiteral("customerId"), customerId}, {QStringLiteral("institutionLoginId"), loginId}},
                       parent)
    {}
    QString institutionLoginId() const { return id(QStringLiteral("institutionLoginId")); }
};
