#pragma once

#include "AccountListJob.h"

// One class per account-list operation, named as the spec names it; the request itself comes
// from the endpoint table.
class GetCustomerAccountsJob : public AccountListJob
{
public:
    GetCustomerAccountsJob(Session *session, const QString &customerId, const QString &status = {},
                           const QString &accountType = {}, QObject *parent = nullptr)
        : AccountListJob(session, Endpoints::Operation::GetCustomerAccounts,
                         {{QStringLiteral("customerId"), customerId}},
                         {{QStringLiteral("status"), status}, {QStringLiteral("account_type"), accountType}}, parent)
    {}
};

class GetCustomerAccountsByInstitutionJob : public AccountListJob
{
public:
    GetCustomerAccountsByInstitutionJob(Session *session, const QString &customerId, const QString &institutionId,
                                        QObject *parent = nullptr)
        : AccountListJob(session, Endpoints::Operation::GetCustomerAccountsByInstitution,
                         {{QStringLiteral("customerId"), customerId}, {QStringLiteral("institutionId"), institutionId}},
                         {}, parent)
    {}
};

// The operations on one institution login, read or refreshed (v1).
class LoginAccountListJob : public AccountListJob
{
public:
    LoginAccountListJob(Session *session, Endpoints::Operation operation, const QString &customerId,
                        const QString &loginId, QObject *parent)
        : AccountListJob(session, operation,
                         {{QStringLiteral("customerId"), customerId}, {QStringLiteral("institutionLoginId"), loginId}},
                         {}, parent)
    {}
    QString institutionLoginId() const { return id(QStringLiteral("institutionLoginId")); }
};

class GetCustomerAccountsByInstitutionLoginJob : public LoginAccountListJob
{
public:
    GetCustomerAccountsByInstitutionLoginJob(Session *session, const QString &customerId, const QString &loginId,
                                             QObject *parent = nullptr)
        : LoginAccountListJob(session, Endpoints::Operation::GetCustomerAccountsByInstitutionLogin, customerId, loginId,
                              parent)
    {}
};

class RefreshCustomerAccountsByInstitutionLoginJob : public LoginAccountListJob
{
public:
    RefreshCustomerAccountsByInstitutionLoginJob(Session *session, const QString &customerId, const QString &loginId,
                                                 QObject *parent = nullptr)
        : LoginAccountListJob(session, Endpoints::Operation::RefreshCustomerAccountsByInstitutionLogin, customerId,
                              loginId, parent)
    {}
};

class RefreshCustomerAccountsJob : public AccountListJob
{
public:
    RefreshCustomerAccountsJob(Session *session, const QString &customerId, QObject *parent = nullptr)
        : AccountListJob(session, Endpoints::Operation::RefreshCustomerAccounts,
                         {{QStringLiteral("customerId"), customerId}}, {}, parent)
    {}
};
