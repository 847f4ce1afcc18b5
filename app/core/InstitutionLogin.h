#pragma once

#include "Account.h"

#include <QList>
#include <QString>

// A customer's connection to one bank: the accounts that share one set of credentials.
struct InstitutionLogin
{
    QString id;
    QString institutionId;
    QList<Account> accounts;
};

// Groups accounts by institution login, in the order each login first appears.
QList<InstitutionLogin> groupByInstitutionLogin(QList<Account> accounts);
