#include "InstitutionLogin.h"

#include <QHash>

QList<InstitutionLogin> groupByInstitutionLogin(QList<Account> accounts)
{
    QList<InstitutionLogin> logins;
    QHash<QString, qsizetype> indexOf;
    for (Account &account : accounts) {
        auto it = indexOf.constFind(account.institutionLoginId);
        if (it == indexOf.constEnd()) {
            it = indexOf.insert(account.institutionLoginId, logins.size());
            logins.append(InstitutionLogin{account.institutionLoginId, account.institutionId, {}, {}});
        }
        logins[*it].accounts.append(std::move(account));
    }
    // The lists grew by doubling; the window's model keeps them as they are.
    for (InstitutionLogin &login : logins) {
        login.accounts.squeeze();
        login.summarize();
    }
    return logins;
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
