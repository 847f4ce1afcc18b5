#pragma once

#include "Account.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A customer's connection to one bank: the accounts that share one set of credentials.
struct InstitutionLogin
{
    QString id;
    QString institutionId;
    QList<Account> accounts;

    // The worst aggregation status among the accounts: the first non-zero code, else 0.
    int worstAggregationStatusCode() const;
    // The newest successful aggregation among the accounts (invalid when none succeeded).
    QDateTime lastSuccessfulAggregation() const;
};

// Groups accounts by institution login, in the order each login first appears.
QList<InstitutionLogin> groupByInstitutionLogin(QList<Account> accounts);
