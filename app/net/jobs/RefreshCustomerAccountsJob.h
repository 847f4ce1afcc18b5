#pragma once

#include "AccountListJob.h"

// RefreshCustomerAccounts: POST /aggregation/v1/customers/{customerId}/accounts (200 with the
// refreshed accounts).
class RefreshCustomerAccountsJob : public AccountListJob
{
    Q_OBJECT
public:
    using AccountListJob::AccountListJob;
    QString operationId() const override { return QStringLiteral("RefreshCustomerAccounts"); }
    Kind kind() const override { return Kind::Refresh; }

protected:
    QByteArray verb() const override { return "POST"; }
    QString path() const override { return customerPath() + QStringLiteral("/accounts"); }
};
