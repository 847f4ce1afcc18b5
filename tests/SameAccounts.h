#pragma once

#include "core/Account.h"
#include "decode/Decoded.h"

#include <QList>
#include <QString>

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
