#include "LoginAttention.h"

#include "AccountLabels.h"
#include "core/ErrorCatalog.h"
#include "core/InstitutionHealth.h"

#include <QCoreApplication>

QString LoginAttention::errorText(int code)
{
    return ErrorCatalog::isCustomerFixable(code)
               ? QCoreApplication::translate("AccountTreeModel", "Error %1 · customer fix").arg(code)
               : QCoreApplication::translate("AccountTreeModel", "Error %1").arg(code);
}

bool LoginAttention::isStale(const QDateTime &now) const
{
    return lastSuccess.isValid() && lastSuccess.secsTo(now) > qint64(staleAfterDays) * 86400;
}

bool LoginAttention::needsAttention(const QDateTime &now) const
{
    const auto level = InstitutionHealth::levelOf(institution);
    return worstCode != 0 || isStale(now) || level == InstitutionHealth::Level::Down
           || level == InstitutionHealth::Level::Limited;
}

QString LoginAttention::statusText() const
{
    QStringList parts;
    if (worstCode)
        parts.append(errorText(worstCode));
    const QString badge = InstitutionHealth::badge(institution);
    if (!badge.isEmpty())
        parts.append(badge);
    return parts.isEmpty() ? QCoreApplication::translate("AccountTreeModel", "OK") : parts.join(QStringLiteral(" · "));
}

QStringList LoginAttention::reasons(const QDateTime &now) const
{
    QStringList reasons;
    if (const auto entry = ErrorCatalog::lookupAggregation(worstCode))
        reasons.append(QCoreApplication::translate("AccountTreeModel", "Error %1: %2 %3")
                           .arg(worstCode)
                           .arg(entry->meaning, entry->advice));
    else if (worstCode)
        reasons.append(QCoreApplication::translate("AccountTreeModel", "Error %1.").arg(worstCode));
    const QString health = InstitutionHealth::explanation(institution);
    if (!health.isEmpty())
        reasons.append(health);
    if (isStale(now))
        reasons.append(QCoreApplication::translate("AccountTreeModel",
                                                   "Stale: the last successful aggregation was %1, more than %n "
                                                   "day(s) ago.",
                                                   nullptr, staleAfterDays)
                           .arg(AccountLabels::relativeAge(lastSuccess, now)));
    return reasons;
}
