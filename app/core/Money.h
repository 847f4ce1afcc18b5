#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

// An exact amount of money: integer minor units plus the ISO 4217 currency. The API sends
// amounts as JSON numbers in major units; they are rounded once, to the currency's minor unit,
// on the way in so that sums and comparisons never drift (no 0.30000000000000004).
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    // Converts an API amount. Returns an invalid Money when the value cannot be held exactly
    // (not finite, or beyond 2^53 minor units).
    static Money fromMajorUnits(double value, const QString &currency);
    static int minorDigits(const QString &currency);
    static int lookupMinorDigits(const QString &currency);

    bool isValid() const { return m_valid; }
    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    int decimals() const { return minorDigits(m_currency); }

    // "-1234.56": locale-free, for logs, CSV and the sandbox's JSON.
    QString toPlainString() const;
    // "-$1,234.56" / "-1.234,56 €": grouped in the locale, digits exact.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_valid == b.m_valid && a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    // Orders by currency first so that a sorted column groups currencies, then by amount.
    friend bool operator<(const Money &a, const Money &b)
    {
        if (a.m_currency != b.m_currency)
            return a.m_currency < b.m_currency;
        return a.m_minor < b.m_minor;
    }

private:
    qint64 m_minor = 0;
    QString m_currency;
    bool m_valid = false;
};

Q_DECLARE_METATYPE(Money)
