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
    auto it = m_indexOf.constFind(account.institutionLoginId);
    if (it == m_indexOf.constEnd()) {
        it = m_indexOf.insert(account.institutionLoginId, m_logins.size());
        m_logins.append(InstitutionLogin{account.institutionLoginId, account.institutionId, {}, {}});
    }
    m_logins[*it].accounts.append(std::move(account));
}

QList<InstitutionLogin> LoginGrouping::take()
{
    // The lists grew by doubling; the window's model keeps them as they are.
    for (InstitutionLogin &login : m_logins) {
        login.accounts.squeeze();
        login.summarize();
    }
    m_indexOf.clear();
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
