#pragma once

#include "core/Account.h"
#include "net/ApiJob.h"

// The operations that answer {"accounts": [...]}: the three reads and the two v1 refreshes.
class AccountListJob : public ApiJob
{
    Q_OBJECT
public:
    AccountListJob(Session *session, Endpoints::Operation operation, Ids ids, Query query = {},
                   QObject *parent = nullptr);

    QString customerId() const { return id(QStringLiteral("customerId")); }
    const QList<Account> &accounts() const { return m_accounts; }
    QList<Account> takeAccounts() { return std::exchange(m_accounts, {}); }

protected:
    Decoder decoder() const override;

private:
    QList<Account> m_accounts;
};
