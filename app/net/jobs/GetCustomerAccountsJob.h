#pragma once

#include "AccountListJob.h"

// GetCustomerAccounts: GET /aggregation/v1/customers/{customerId}/accounts[?status=&account_type=]
class GetCustomerAccountsJob : public AccountListJob
{
    Q_OBJECT
public:
    GetCustomerAccountsJob(Session *session, const QString &customerId, const QString &status = {},
                           const QString &accountType = {}, QObject *parent = nullptr)
        : AccountListJob(session, customerId, parent)
        , m_status(status)
        , m_accountType(accountType)
    {}
    QString operationId() const override { return QStringLiteral("GetCustomerAccounts"); }
    Kind kind() const override { return Kind::Read; }

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override { return customerPath() + QStringLiteral("/accounts"); }
    QList<std::pair<QString, QString>> queryItems() const override
    {
        QList<std::pair<QString, QString>> items;
        if (!m_status.isEmpty())
            items.append({QStringLiteral("status"), m_status});
        if (!m_accountType.isEmpty())
            items.append({QStringLiteral("account_type"), m_accountType});
        return items;
    }

private:
    QString m_status;
    QString m_accountType;
};
