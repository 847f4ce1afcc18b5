#pragma once

#include "core/Account.h"
#include "net/ApiJob.h"

// The shared shape of the operations that answer {"accounts": [...]}: the three reads and the
// two v1 refreshes.
class AccountListJob : public ApiJob
{
    Q_OBJECT
public:
    AccountListJob(Session *session, const QString &customerId, QObject *parent = nullptr);

    QString customerId() const { return m_customerId; }
    const QList<Account> &accounts() const { return m_accounts; }
    QList<Account> takeAccounts() { return std::exchange(m_accounts, {}); }

protected:
    QString customerPath() const { return QStringLiteral("/aggregation/v1/customers/") + m_customerId; }
    QString validate() const override;
    Decoder decoder() const override;

private:
    QString m_customerId;
    QList<Account> m_accounts;
};
