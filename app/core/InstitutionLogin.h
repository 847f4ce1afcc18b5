#pragma once

#include "Account.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What a login's row shows of its accounts' aggregation.
struct LoginSummary
{
    int worstCode = 0;   // the first account's aggregation error code; 0: none
    UtcTime lastSuccess; // the latest successful aggregation of any account; invalid: never
};

// A customer's connection to one bank: the accounts that share one set of credentials.
struct InstitutionLogin
{
    QString id;
    QString institutionId;
    QList<Account> accounts;
    // Worked out where the accounts are grouped (a worker thread for a large answer), so that
    // the window does not walk 100,000 accounts; unset when not yet worked out.
    std::optional<LoginSummary> summary;

    void summarize();
};

// Groups accounts by institution login, in the order each login first appears, and summarizes
// each login.
QList<InstitutionLogin> groupByInstitutionLogin(QList<Account> accounts);

// The same one account at a time, as a decoder reads them: no list of all accounts is built
// only to be split up.
class LoginGrouping
{
public:
    void add(Account &&account);
    // For a decoder that fills each account in place: next() is a fresh account at the end of
    // the last login's list, where most go (a login's accounts usually come together), and
    // place() moves it to its own login if it belongs elsewhere.
    Account &next();
    void place();
    QList<InstitutionLogin> take();

private:
    QList<InstitutionLogin> m_logins;
    QHash<QString, qsizetype> m_indexOf;
    qsizetype m_last = -1; // the login of the last account added
    Account m_loose;       // next()'s account while there is no login yet
};
