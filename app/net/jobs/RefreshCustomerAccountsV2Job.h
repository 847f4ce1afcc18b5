#pragma once

#include "NoContentJob.h"

// RefreshCustomerAccountsV2: POST /aggregation/v2/customers/{customerId}/accounts (204; read the
// accounts again).
class RefreshCustomerAccountsV2Job : public NoContentJob
{
    Q_OBJECT
public:
    using NoContentJob::NoContentJob;
    QString operationId() const override { return QStringLiteral("RefreshCustomerAccountsV2"); }
    Kind kind() const override { return Kind::Refresh; }

protected:
    QByteArray verb() const override { return "POST"; }
    QString path() const override
    {
        return QStringLiteral("/aggregation/v2/customers/") + customerId() + QStringLiteral("/accounts");
    }
};
