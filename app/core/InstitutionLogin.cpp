#include "InstitutionLogin.h"

#include <QHash>

int InstitutionLogin::worstAggregationStatusCode() const
{
    for (const Account &account : accounts) {
        if (account.hasAggregationError())
            return *account.aggregationStatusCode;
    }
    return 0;
}

QDateTime InstitutionLogin::lastSuccessfulAggregation() const
{
    QDateTime newest;
    for (const Account &account : accounts) {
        if (account.aggregationSuccessDate.isValid() && (!newest.isValid() || account.aggregationSuccessDate > newest))
            newest = account.aggregationSuccessDate;
    }
    return newest;
}

QList<InstitutionLogin> groupByInstitutionLogin(QList<Account> accounts)
{
    QList<InstitutionLogin> logins;
    QHash<QString, qsizetype> indexOf;
    for (Account &account : accounts) {
        auto it = indexOf.constFind(account.institutionLoginId);
        if (it == indexOf.constEnd()) {
            it = indexOf.insert(account.institutionLoginId, logins.size());
            logins.append(InstitutionLogin{account.institutionLoginId, account.institutionId, {}});
        }
        logins[*it].accounts.append(std::move(account));
    }
    return logins;
}
