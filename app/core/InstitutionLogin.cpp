#include "InstitutionLogin.h"

#include <utility>

QList<InstitutionLogin> groupByInstitutionLogin(QList<Account> accounts)
{
    LoginGrouping grouping;
    for (Account &account : accounts)
        grouping.add(std::move(account));
    return grouping.take();
}

void LoginGrouping::add(Account &&account)
{
    if (m_last < 0 || m_logins[m_last].id != account.institutionLoginId) {
        auto it = m_indexOf.constFind(account.institutionLoginId);
        if (it == m_indexOf.constEnd()) {
            it = m_indexOf.insert(account.institutionLoginId, m_logins.size());
            m_logins.append(InstitutionLogin{account.institutionLoginId, account.institutionId, {}, {}});
        }
        m_last = *it;
    }
    m_logins[m_last].accounts.append(std::move(account));
}

Account &LoginGrouping::next()
{
    if (m_last < 0) {
        m_loose = Account();
        return m_loose;
    }
    return m_logins[m_last].accounts.emplace_back();
}

void LoginGrouping::place()
{
    if (m_last < 0) {
        add(std::move(m_loose));
        return;
    }
    QList<Account> &accounts = m_logins[m_last].accounts;
    if (accounts.last().institutionLoginId == m_logins[m_last].id)
        return;
    Account elsewhere = std::move(accounts.last());
    accounts.removeLast();
    add(std::move(elsewhere));
}

QList<InstitutionLogin> LoginGrouping::take()
{
    // The lists grew by doubling; the window's model keeps them as they are.
    for (InstitutionLogin &login : m_logins) {
        login.accounts.squeeze();
        login.summarize();
    }
    m_indexOf.clear();
    m_last = -1;
    return std::exchange(m_logins, {});
}

void InstitutionLogin::summarize()
{
    LoginSummary made;
    for (const Account &account : accounts) {
        if (made.worstCode == 0 && account.hasAggregationError())
            made.worstCode = *account.aggregationStatusCode;
        const UtcTime success = account.aggregationSuccessDate;
        if (success.isValid() && (!made.lastSuccess.isValid() || success > made.lastSuccess))
            made.lastSuccess = success;
    }
    summary = made;
}
