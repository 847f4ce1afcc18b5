#pragma once

#include "core/Account.h"

#include <QDialog>

// The customer's active accounts at one institution (GetCustomerAccountsByInstitution), across
// all of the customer's logins there.
class InstitutionAccountsDialog : public QDialog
{
    Q_OBJECT
public:
    InstitutionAccountsDialog(const QString &customerLabel, const QString &institutionName,
                              const QList<Account> &accounts, QWidget *parent = nullptr);
};
