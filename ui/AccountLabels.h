#pragma once

#include <QDateTime>
#include <QString>

// How account values read in the window.
namespace AccountLabels {

// "creditCard" -> "Credit card"; unknown types are spaced out from camelCase.
QString typeLabel(const QString &type);
// "creditMaxAmount" -> "Credit max amount"
QString fieldLabel(const QString &key);
// Local time for the cell; UTC goes in the tooltip.
QString localDate(const QDateTime &utc);
QString utcTooltip(const QDateTime &utc);
// "just now", "5 minutes ago", "3 hours ago", "31 days ago"; empty for an invalid date.
QString relativeAge(const QDateTime &utc, const QDateTime &now);
// Local and UTC time together, for a tooltip.
QString exactTime(const QDateTime &utc);

} // namespace AccountLabels
