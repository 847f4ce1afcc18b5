#include "AffectedAccounts.h"

#include "AccountLabels.h"
#include "AccountTreeModel.h"

#include <QCoreApplication>

AffectedAccounts AffectedAccounts::ofLogin(const AccountTreeModel &model, const QString &loginId)
{
    AffectedAccounts affected;
    const QModelIndex login = model.indexOfLogin(loginId);
    if (!login.isValid())
        return affected;
    affected.institutionName = model.institutionName(model.login(login)->institutionId);
    for (int row = 0; row < model.rowCount(login); ++row)
        affected.accounts.append(model.account(model.index(row, 0, login)));
    return affected;
}

AffectedAccounts AffectedAccounts::ofCustomer(const AccountTreeModel &model)
{
    AffectedAccounts affected;
    for (int l = 0; l < model.rowCount(); ++l) {
        const QModelIndex login = model.index(l, 0);
        for (int row = 0; row < model.rowCount(login); ++row)
            affected.accounts.append(model.account(model.index(row, 0, login)));
    }
    return affected;
}

AffectedAccounts AffectedAccounts::ofAccount(const AccountTreeModel &model, const QString &accountId)
{
    AffectedAccounts affected;
    const QModelIndex index = model.indexOfAccount(accountId);
    if (const Account *account = model.account(index)) {
        affected.accounts.append(account);
        affected.institutionName = model.institutionName(account->institutionId);
    }
    return affected;
}

QStringList AffectedAccounts::lines(const AccountTreeModel &model, int maximum) const
{
    QStringList lines;
    for (const Account *a : accounts) {
        if (lines.size() == maximum) {
            lines.append(QCoreApplication::translate("AffectedAccounts", "… and %n more", nullptr,
                                                     int(accounts.size()) - maximum));
            break;
        }
        lines.append(QStringLiteral("%1 · %2 · •••• %3 · %4")
                         .arg(a->name, AccountLabels::typeLabel(a->type), a->accountNumberDisplay,
                              model.institutionName(a->institutionId)));
    }
    return lines;
}

QSet<QString> AffectedAccounts::ids() const
{
    QSet<QString> result;
    for (const Account *a : accounts)
        result.insert(a->id);
    return result;
}
