#pragma once

#include "core/Account.h"
#include "net/ApiJob.h"

// GetCustomerAccount: GET /aggregation/v2/customers/{customerId}/accounts/{accountId}, with the
// type-specific `detail` and investment `position`s.
class GetCustomerAccountJob : public ApiJob
{
    Q_OBJECT
public:
    GetCustomerAccountJob(Session *session, const QString &customerId, const QString &accountId,
                          QObject *parent = nullptr);
    QString operationId() const override { return QStringLiteral("GetCustomerAccount"); }
    Kind kind() const override { return Kind::Read; }
    const Account &account() const { return m_account; }

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QString validate() const override;
    Decoder decoder() const override;

private:
    QString m_customerId;
    QString m_accountId;
    Account m_account;
};
