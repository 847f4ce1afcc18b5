#include "AccountLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace AccountLabels {

QString fieldLabel(const QString &key)
{
    // The detail fields the spec's account types carry most often, in words; any other key is
    // spaced out from its camelCase (and stays English).
    static const QHash<QString, const char *> known = {
        {QStringLiteral("availableBalanceAmount"), QT_TRANSLATE_NOOP("AccountLabels", "Available balance")},
        {QStringLiteral("availableCashBalance"), QT_TRANSLATE_NOOP("AccountLabels", "Available cash balance")},
        {QStringLiteral("creditAvailableAmount"), QT_TRANSLATE_NOOP("AccountLabels", "Available credit")},
        {QStringLiteral("creditMaxAmount"), QT_TRANSLATE_NOOP("AccountLabels", "Credit limit")},
        {QStringLiteral("currentBalance"), QT_TRANSLATE_NOOP("AccountLabels", "Current balance")},
        {QStringLiteral("dateAsOf"), QT_TRANSLATE_NOOP("AccountLabels", "Details as of")},
        {QStringLiteral("escrowBalance"), QT_TRANSLATE_NOOP("AccountLabels", "Escrow balance")},
        {QStringLiteral("interestRate"), QT_TRANSLATE_NOOP("AccountLabels", "Interest rate")},
        {QStringLiteral("interestYtdAmount"), QT_TRANSLATE_NOOP("AccountLabels", "Interest this year")},
        {QStringLiteral("lastPaymentAmount"), QT_TRANSLATE_NOOP("AccountLabels", "Last payment")},
        {QStringLiteral("lastPaymentDate"), QT_TRANSLATE_NOOP("AccountLabels", "Last payment date")},
        {QStringLiteral("loanTermType"), QT_TRANSLATE_NOOP("AccountLabels", "Loan term type")},
        {QStringLiteral("marginAllowed"), QT_TRANSLATE_NOOP("AccountLabels", "Margin allowed")},
        {QStringLiteral("maturityDate"), QT_TRANSLATE_NOOP("AccountLabels", "Maturity date")},
        {QStringLiteral("nextPayment"), QT_TRANSLATE_NOOP("AccountLabels", "Next payment")},
        {QStringLiteral("nextPaymentDate"), QT_TRANSLATE_NOOP("AccountLabels", "Next payment date")},
        {QStringLiteral("openDate"), QT_TRANSLATE_NOOP("AccountLabels", "Opened")},
        {QStringLiteral("paymentDueDate"), QT_TRANSLATE_NOOP("AccountLabels", "Payment due")},
        {QStringLiteral("paymentMinAmount"), QT_TRANSLATE_NOOP("AccountLabels", "Minimum payment")},
        {QStringLiteral("paymentsMade"), QT_TRANSLATE_NOOP("AccountLabels", "Payments made")},
        {QStringLiteral("payoffAmount"), QT_TRANSLATE_NOOP("AccountLabels", "Payoff amount")},
        {QStringLiteral("periodInterestRate"), QT_TRANSLATE_NOOP("AccountLabels", "Period interest rate")},
        {QStringLiteral("principalBalance"), QT_TRANSLATE_NOOP("AccountLabels", "Principal balance")},
        {QStringLiteral("vestedBalance"), QT_TRANSLATE_NOOP("AccountLabels", "Vested balance")},
    };
    if (const auto it = known.constFind(key); it != known.constEnd())
        return QCoreApplication::translate("AccountLabels", *it);
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
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (minutes <= 0) // also a time a little ahead of this machine's clock
        return QCoreApplication::translate("AccountLabels", "just now");
    if (hours == 0)
        return QCoreApplication::translate("AccountLabels", "%n minute(s) ago", nullptr, minutes);
    if (days <= 1)
        return QCoreApplication::translate("AccountLabels", "%n hour(s) ago", nullptr, hours);
    return QCoreApplication::translate("AccountLabels", "%n day(s) ago", nullptr, days);
}

QString exactTime(const QDateTime &utc)
{
    return utc.isValid() ? QCoreApplication::translate("AccountLabels", "%1 (%2 UTC)")
                               .arg(localDate(utc), utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         : QString();
}

} // namespace AccountLabels
