#include "ConsolePreferences.h"

#include <QSettings>

namespace {
const QString kStaleAfterDays = QStringLiteral("view/staleAfterDays");
const QString kRefreshGuardMinutes = QStringLiteral("refresh/guardMinutes");
const QString kSummaryIncludesBalances = QStringLiteral("summary/includeBalances");
} // namespace

ConsolePreferences ConsolePreferences::load()
{
    const QSettings settings;
    ConsolePreferences p;
    // Out-of-range values (a hand-edited file) fall back to sensible bounds rather than off.
    p.staleAfterDays = qBound(1, settings.value(kStaleAfterDays, p.staleAfterDays).toInt(), 365);
    p.refreshGuardMinutes = qBound(0, settings.value(kRefreshGuardMinutes, p.refreshGuardMinutes).toInt(), 24 * 60);
    p.summaryIncludesBalances = settings.value(kSummaryIncludesBalances, false).toBool();
    return p;
}

void ConsolePreferences::setSummaryIncludesBalances(bool include)
{
    QSettings().setValue(kSummaryIncludesBalances, include);
}
