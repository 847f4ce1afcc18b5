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
            logins.append(InstitutionLogin{account.institutionLoginId, account.institutionId, {}});
        }
        logins[*it].accounts.append(std::move(account));
    }
    // The lists grew by doubling; the window's model keeps them as they are.
    for (InstitutionLogin &login : logins)
        login.accounts.squeeze();
    return logins;
}
