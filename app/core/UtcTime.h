#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <compare>
#include <limits>

// A moment the API sends as epoch seconds, in UTC, or unknown. Eight bytes, trivially copied and
// destroyed: an account has ten, and QDateTime's out-of-line constructor, copy and destructor
// were a tenth of decoding 10,000 accounts. A QDateTime where it is shown.
class UtcTime
{
public:
    constexpr UtcTime() = default;
    // Implicit, so that the decoders' and tests' QDateTimes are taken as they are (in UTC).
    UtcTime(const QDateTime &dateTime)
        : m_seconds(dateTime.isValid() ? dateTime.toSecsSinceEpoch() : kUnknown)
    {}
    static constexpr UtcTime fromSecsSinceEpoch(qint64 seconds)
    {
        UtcTime time;
        time.m_seconds = seconds;
        return time;
    }

    constexpr bool isValid() const { return m_seconds != kUnknown; }
    constexpr qint64 toSecsSinceEpoch() const { return m_seconds; }
    QDateTime toDateTime() const { return isValid() ? QDateTime::fromSecsSinceEpoch(m_seconds, Qt::UTC) : QDateTime(); }
    operator QDateTime() const { return toDateTime(); }

    // Unknown sorts first, as an invalid QDateTime does.
    friend constexpr bool operator==(UtcTime a, UtcTime b) { return a.m_seconds == b.m_seconds; }
    friend constexpr std::strong_ordering operator<=>(UtcTime a, UtcTime b) { return a.m_seconds <=> b.m_seconds; }

private:
    static constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();
    qint64 m_seconds = kUnknown;
};

Q_DECLARE_TYPEINFO(UtcTime, Q_PRIMITIVE_TYPE);
