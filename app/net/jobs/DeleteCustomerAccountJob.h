#pragma once

#include "NoContentJob.h"

// DeleteCustomerAccount: DELETE /aggregation/v1/customers/{customerId}/accounts/{accountId} (204)
class DeleteCustomerAccountJob : public NoContentJob
{
    Q_OBJECT
public:
    DeleteCustomerAccountJob(Session *session, const QString &customerId, const QString &accountId,
                             QObject *parent = nullptr)
        : NoContentJob(session, customerId, parent)
        , m_accountId(accountId)
    {}
    QString operationId() const override { return QStringLiteral("DeleteCustomerAccount"); }
    Kind kind() const override { return Kind::Delete; }
    QString accountId() const { return m_accountId; }

protected:
    QByteArray verb() const override { return "DELETE"; }
    QString path() const override
    {
        return QStringLiteral("/aggregation/v1/customers/") + customerId() + QStringLiteral("/accounts/") + m_accountId;
    }
    QString validate() const override
    {
        const QString bad = NoContentJob::validate();
        return bad.isEmpty() ? checkId(tr("account ID"), m_accountId) : bad;
    }

private:
    QString m_accountId;
};
