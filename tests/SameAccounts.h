#pragma once

#include "core/Account.h"
#include "core/InstitutionLogin.h"
#include "decode/Decoded.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Why two decodes of one body differ, or empty when they agree: the simdjson account list
// against Qt's, field by field (the decoding tests and the fuzzer hold them to it).
inline QString differenceBetween(const Decoded<QList<Account>> &a, const Decoded<QList<Account>> &b)
{
    if (a.ok() != b.ok())
        return QStringLiteral("one decoded, the other failed: %1").arg(a.ok() ? b.failure->text() : a.failure->text());
    if (!a.ok())
        return a.failure->text() == b.failure->text()
                   ? QString()
                   : QStringLiteral("failures differ: %1 / %2").arg(a.failure->text(), b.failure->text());
    if (a.value.size() != b.value.size())
        return QStringLiteral("%1 accounts against %2").arg(a.value.size()).arg(b.value.size());
    for (qsizetype i = 0; i < a.value.size(); ++i) {
        const Account &x = a.value[i];
        const Account &y = b.value[i];
        const bool same =
            x.id == y.id && x.number == y.number && x.accountNumberDisplay == y.accountNumberDisplay
            && x.realAccountNumberLast4 == y.realAccountNumberLast4 && x.name == y.name && x.nickname == y.nickname
            && x.type == y.type && x.status == y.status && x.aggregationStatusCode == y.aggregationStatusCode
            && x.customerId == y.customerId && x.institutionId == y.institutionId
            && x.institutionLoginId == y.institutionLoginId && x.currency == y.currency
            && x.marketSegment == y.marketSegment && x.parentAccountId == y.parentAccountId && x.balance == y.balance
            && x.displayPosition == y.displayPosition && x.authorizationExpires == y.authorizationExpires
            && x.createdDate == y.createdDate && x.balanceDate == y.balanceDate
            && x.aggregationSuccessDate == y.aggregationSuccessDate
            && x.aggregationAttemptDate == y.aggregationAttemptDate && x.lastUpdatedDate == y.lastUpdatedDate
            && x.lastTransactionDate == y.lastTransactionDate && x.oldestTransactionDate == y.oldestTransactionDate
            && x.authorizationStartDate == y.authorizationStartDate && x.authorizationEndDate == y.authorizationEndDate
            && x.linkedAccountDate == y.linkedAccountDate && x.detail.size() == y.detail.size()
            && x.positions.size() == y.positions.size();
        if (!same)
            return QStringLiteral("account %1 (%2) differs").arg(i).arg(x.id);
        for (qsizetype f = 0; f < x.detail.size(); ++f) {
            if (x.detail[f].key != y.detail[f].key || x.detail[f].value != y.detail[f].value)
                return QStringLiteral("account %1 detail %2 differs").arg(i).arg(x.detail[f].key);
        }
    }
    return {};
}

// Logins as the decoder groups them, against the reference's flat list grouped here, the plain
// way: logins in the order they first appear, each with its accounts in the list's order, its
// first error code and its latest successful aggregation.
inline QString differenceBetween(const Decoded<QList<InstitutionLogin>> &grouped, const Decoded<QList<Account>> &flat)
{
    if (grouped.ok() != flat.ok() || !grouped.ok())
        return differenceBetween(Decoded<QList<Account>>{{}, grouped.failure},
                                 Decoded<QList<Account>>{{}, flat.failure});
    QStringList order;
    for (const Account &account : flat.value) {
        if (!order.contains(account.institutionLoginId))
            order.append(account.institutionLoginId);
    }
    if (grouped.value.size() != order.size())
        return QStringLiteral("%1 logins against %2").arg(grouped.value.size()).arg(order.size());
    for (qsizetype l = 0; l < order.size(); ++l) {
        const InstitutionLogin &login = grouped.value[l];
        QList<Account> accounts;
        int worstCode = 0;
        QDateTime lastSuccess;
        for (const Account &account : flat.value) {
            if (account.institutionLoginId != order[l])
                continue;
            accounts.append(account);
            if (worstCode == 0 && account.hasAggregationError())
                worstCode = *account.aggregationStatusCode;
            const QDateTime success = account.aggregationSuccessDate.toDateTime();
            if (success.isValid() && (!lastSuccess.isValid() || success > lastSuccess))
                lastSuccess = success;
        }
        if (login.id != order[l] || login.institutionId != accounts.first().institutionId || !login.summary
            || login.summary->worstCode != worstCode || login.summary->lastSuccess.toDateTime() != lastSuccess)
            return QStringLiteral("login %1 (%2) differs").arg(l).arg(order[l]);
        const QString difference =
            differenceBetween(Decoded<QList<Account>>{login.accounts, {}}, Decoded<QList<Account>>{accounts, {}});
        if (!difference.isEmpty())
            return QStringLiteral("login %1: %2").arg(order[l], difference);
    }
    return {};
}
