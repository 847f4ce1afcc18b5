#include "Money.h"

#include <QHash>

#include <cmath>

namespace {
qint64 powerOfTen(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}
} // namespace

namespace {
bool isUpperCase(const QString &code)
{
    for (QChar c : code) {
        if (c.isLower())
            return false;
    }
    return true;
}
} // namespace

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minor(minorUnits)
    // Shared, not copied, in the usual case: thousands of amounts carry the same "USD".
    , m_currency(currency.isEmpty()      ? QStringLiteral("USD")
                 : isUpperCase(currency) ? currency
                                         : currency.toUpper())
    , m_valid(true)
{}

int Money::minorDigits(const QString &currency)
{
    // Thousands of accounts in a row share one currency: answer it again without the lists.
    thread_local QString lastCurrency;
    thread_local int lastDigits = 2;
    if (currency == lastCurrency && !currency.isNull())
        return lastDigits;
    lastCurrency = currency;
    lastDigits = lookupMinorDigits(currency);
    return lastDigits;
}

int Money::lookupMinorDigits(const QString &currency)
{
    // ISO 4217 exponents that differ from the usual two.
    static constexpr QLatin1StringView zero[] = {
        QLatin1StringView("JPY"), QLatin1StringView("KRW"), QLatin1StringView("VND"),
        QLatin1StringView("CLP"), QLatin1StringView("ISK"), QLatin1StringView("UGX"),
        QLatin1StringView("XAF"), QLatin1StringView("XOF"), QLatin1StringView("PYG")};
    static constexpr QLatin1StringView three[] = {
        QLatin1StringView("BHD"), QLatin1StringView("KWD"), QLatin1StringView("JOD"), QLatin1StringView("OMR"),
        QLatin1StringView("TND"), QLatin1StringView("IQD"), QLatin1StringView("LYD")};
    if (currency.size() != 3)
        return 2;
    for (QLatin1StringView code : zero) {
        if (currency.compare(code, Qt::CaseInsensitive) == 0)
            return 0;
    }
    for (QLatin1StringView code : three) {
        if (currency.compare(code, Qt::CaseInsensitive) == 0)
            return 3;
    }
    return 2;
}

Money Money::fromMajorUnits(double value, const QString &currency)
{
    if (!std::isfinite(value))
        return {};
    const double scaled = value * double(powerOfTen(minorDigits(currency)));
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (std::fabs(scaled) >= exactLimit)
        return {};
    return Money(std::llround(scaled), currency);
}

QString Money::toPlainString() const
{
    if (!m_valid)
        return {};
    const int digits = decimals();
    const qint64 scale = powerOfTen(digits);
    const quint64 magnitude = m_minor < 0 ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    QString text = QString::number(magnitude / quint64(scale));
    if (digits > 0)
        text += QLatin1Char('.') + QString::number(magnitude % quint64(scale)).rightJustified(digits, QLatin1Char('0'));
    return m_minor < 0 ? QLatin1Char('-') + text : text;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    if (!m_valid)
        return {};
    const int digits = decimals();
    const qint64 scale = powerOfTen(digits);
    const quint64 magnitude = m_minor < 0 ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    const bool cLocale = locale.language() == QLocale::C;
    const QLocale digitsLocale = cLocale ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    QString number = digitsLocale.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0)
        number += digitsLocale.decimalPoint()
                  + QString::number(magnitude % quint64(scale)).rightJustified(digits, QLatin1Char('0'));
    // Let the locale place the symbol and sign, then put the exact digits where its "1" stands.
    // The C locale knows no currency format: it gets the common "-$1,234.56" form.
    static const QHash<QString, QString> symbols = {{QStringLiteral("USD"), QStringLiteral("$")},
                                                    {QStringLiteral("EUR"), QStringLiteral("€")},
                                                    {QStringLiteral("GBP"), QStringLiteral("£")},
                                                    {QStringLiteral("JPY"), QStringLiteral("¥")},
                                                    {QStringLiteral("CAD"), QStringLiteral("CA$")}};
    const bool localCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency;
    const QString symbol = localCurrency ? locale.currencySymbol(QLocale::CurrencySymbol)
                                         : symbols.value(m_currency, m_currency + QChar(0x00A0));
    if (cLocale)
        return (m_minor < 0 ? QStringLiteral("-") : QString()) + symbol + number;
    QString shaped = locale.toCurrencyString(m_minor < 0 ? -1.0 : 1.0, symbol, 0);
    shaped.replace(QLatin1Char('1'), number);
    return shaped;
}
