#pragma once

#include "core/Account.h"
#include "core/InstitutionLogin.h"
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
    // Before start(): the answer is also grouped by institution login where it is decoded (a
    // worker thread for a large answer), so the window receives a finished structure.
    void groupByLogin() { m_groupByLogin = true; }
    QList<InstitutionLogin> takeLogins() { return std::exchange(m_logins, {}); }
    // The decoded logins, on the job's thread.
    void adoptLogins(QList<InstitutionLogin> logins) { m_logins = std::move(logins); }

protected:
    Decoder decoder() const override;
    // With groupByLogin(): read in parts while it arrives.
    std::unique_ptr<ArrivingAnswer> arrivingAnswer() const override;

private:
    QList<Account> m_accounts;
    QList<InstitutionLogin> m_logins;
    bool m_groupByLogin = false;
};
