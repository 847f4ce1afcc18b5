#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class AccountTreeModel;
struct Account;

// The accounts an action touches, read from the model, and their lines for a confirmation.
struct AffectedAccounts
{
    QList<const Account *> accounts;
    QString institutionName;

    static AffectedAccounts ofLogin(const AccountTreeModel &model, const QString &loginId);
    static AffectedAccounts ofCustomer(const AccountTreeModel &model);
    static AffectedAccounts ofAccount(const AccountTreeModel &model, const QString &accountId);

    QStringList lines(const AccountTreeModel &model, int maximum = 500) const;
    QSet<QString> ids() const;
};
