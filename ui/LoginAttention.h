#pragma once

#include "core/Institution.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// What one institution login asks of the agent: its worst aggregation error, its institution's
// health, and how long ago its data last came (stale past a limit). Said in the login row's
// words, in full sentences for tooltips, descriptions, the summary and the fix-link confirmation.
struct LoginAttention
{
    int worstCode = 0;     // 0: no error
    QDateTime lastSuccess; // invalid: never (an error says so; that is not "stale")
    Institution institution;
    int staleAfterDays = 3;

    bool isStale(const QDateTime &now) const;
    // An error, stale, or an institution that is not online.
    bool needsAttention(const QDateTime &now) const;
    // "Error 185 · customer fix · in maintenance", or "OK" (staleness is said by the age).
    QString statusText() const;
    // One sentence per reason: the error's meaning and next step, the health, the staleness.
    QStringList reasons(const QDateTime &now) const;

    // A failed aggregation, as logins and accounts both show it: the code and who can fix it.
    static QString errorText(int code);
};
