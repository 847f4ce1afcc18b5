#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// Failed sign-ins in a row, per connection profile, for the whole run, wherever the sign-in
// started (the connection's session, or "Test sign-in" in the profile editor): the provider locks
// a partner out after five in a row, for every agent, so every attempt counts towards one total.
class SignInFailures : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLockoutAfter = 5;

    using QObject::QObject;

    int inARow(const QString &profile) const { return m_counts.value(profile); }
    // The next failure would be the one that locks the partner out: a person must confirm first.
    bool nextMayLockOut(const QString &profile) const { return inARow(profile) >= kLockoutAfter - 1; }
    void recordFailure(const QString &profile);
    void recordSuccess(const QString &profile);
    // A renamed profile keeps its count.
    void rename(const QString &from, const QString &to);

signals:
    void changed(const QString &profile, int inARow);

private:
    QHash<QString, int> m_counts;
};
