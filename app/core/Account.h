#pragma once

#include "Money.h"
#include "UtcTime.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// One type-specific field of a v2 account's `detail`, or an extra field of a position. The
// value is already typed: Money for amounts, QDateTime (UTC) for dates, bool, qint64, double
// (rates, percentages, units) or QString.
struct AccountField
{
    QString key;
    QVariant value;
};

// One holding of an investment account (GetCustomerAccount v2 `position`).
struct Position
{
    QString id;
    QString symbol;
    QString securityName;
    QString securityType;
    std::optional<double> units;
    std::optional<Money> currentPrice;
    std::optional<Money> marketValue;
    std::optional<Money> costBasis;
    QDateTime currentPriceDate;
    QList<AccountField> otherFields; // everything else the service sent, typed
};

// Every field of the spec's CustomerAccount, plus the v2 detail and positions.
struct Account
{
    QString id;
    QString number; // deprecated by the provider; kept because the spec still lists it
    QString accountNumberDisplay;
    QString realAccountNumberLast4;
    QString name;
    QString nickname;
    QString type;
    QString status;
    std::optional<int> aggregationStatusCode;
    QString customerId;
    QString institutionId;
    QString institutionLoginId;
    QString currency;
    QString marketSegment;
    QString parentAccountId;
    std::optional<Money> balance;
    std::optional<int> displayPosition;
    bool authorizationExpires = false;

    UtcTime createdDate;
    UtcTime balanceDate;
    UtcTime aggregationSuccessDate;
    UtcTime aggregationAttemptDate;
    UtcTime lastUpdatedDate;
    UtcTime lastTransactionDate;
    UtcTime oldestTransactionDate;
    UtcTime authorizationStartDate;
    UtcTime authorizationEndDate;
    UtcTime linkedAccountDate;

    QList<AccountField> detail;
    QList<Position> positions;

    // A non-zero aggregation status code means the last aggregation failed.
    bool hasAggregationError() const { return aggregationStatusCode.value_or(0) != 0; }
};

// Every member can be moved with memcpy (Qt's containers and std::optional of them): a list of
// 10,000 accounts grows by realloc instead of moving each account.
Q_DECLARE_TYPEINFO(Account, Q_RELOCATABLE_TYPE);
