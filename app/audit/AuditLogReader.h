#pragma once

#include "AuditRecord.h"

#include <QList>
#include <QString>

// Reads the audit trail: pairs intents with outcomes, and reports lines it cannot read (a torn
// last line after a crash, a hand-edited line) instead of failing.
struct AuditLogContents
{
    QList<AuditEntry> entries; // oldest first
    QStringList problems;      // "line 12: not valid JSON (skipped)"
    QString error;             // the file could not be read at all
};

namespace AuditLogReader {
AuditLogContents read(const QString &path);
}
