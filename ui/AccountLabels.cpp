#include "AccountLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace AccountLabels {

QString fieldLabel(const QString &key)
{
    QString label;
    label.reserve(key.size() + 8);
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (i > 0 && c.isUpper() && !key.at(i - 1).isUpper())
            label += QLatin1Char(' ');
        label +=
            (i == 0) ? c.toUpper() : (c.isUpper() && i + 1 < key.size() && !key.at(i + 1).isUpper() ? c.toLower() : c);
    }
    return label;
}

QString typeLabel(const QString &type)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("checking"), QT_TRANSLATE_NOOP("AccountLabels", "Checking")},
        {QStringLiteral("savings"), QT_TRANSLATE_NOOP("AccountLabels", "Savings")},
        {QStringLiteral("cd"), QT_TRANSLATE_NOOP("AccountLabels", "Certificate of deposit")},
        {QStringLiteral("moneyMarket"), QT_TRANSLATE_NOOP("AccountLabels", "Money market")},
        {QStringLiteral("creditCard"), QT_TRANSLATE_NOOP("AccountLabels", "Credit card")},
        {QStringLiteral("lineOfCredit"), QT_TRANSLATE_NOOP("AccountLabels", "Line of credit")},
        {QStringLiteral("investment"), QT_TRANSLATE_NOOP("AccountLabels", "Investment")},
        {QStringLiteral("401k"), QT_TRANSLATE_NOOP("AccountLabels", "401(k)")},
        {QStringLiteral("roth"), QT_TRANSLATE_NOOP("AccountLabels", "Roth IRA")},
        {QStringLiteral("ira"), QT_TRANSLATE_NOOP("AccountLabels", "IRA")},
        {QStringLiteral("mortgage"), QT_TRANSLATE_NOOP("AccountLabels", "Mortgage")},
        {QStringLiteral("loan"), QT_TRANSLATE_NOOP("AccountLabels", "Loan")},
        {QStringLiteral("studentLoan"), QT_TRANSLATE_NOOP("AccountLabels", "Student loan")},
        {QStringLiteral("brokerageAccount"), QT_TRANSLATE_NOOP("AccountLabels", "Brokerage")},
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? fieldLabel(type) : QCoreApplication::translate("AccountLabels", *it);
}

QString localDate(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString utcTooltip(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QString relativeAge(const QDateTime &utc, const QDateTime &now)
{
    if (!utc.isValid())
        return {};
    const qint64 seconds = utc.secsTo(now);
    if (seconds < 60)
        return QCoreApplication::translate("AccountLabels", "just now");
    if (seconds < 3600)
        return QCoreApplication::translate("AccountLabels", "%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("AccountLabels", "%n hour(s) ago", nullptr, int(seconds / 3600));
    return QCoreApplication::translate("AccountLabels", "%n day(s) ago", nullptr, int(seconds / 86400));
}

QString exactTime(const QDateTime &utc)
{
    return utc.isValid() ? QCoreApplication::translate("AccountLabels", "%1 (%2 UTC)")
                               .arg(localDate(utc), utc.toUTC().toString(u"yyyy-MM-dd HH:mm"))
                         : QString();
}

} // namespace AccountLabels
