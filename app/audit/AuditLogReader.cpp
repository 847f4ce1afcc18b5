#include "AuditLogReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace AuditLogReader {

AuditLogContents read(const QString &path)
{
    AuditLogContents contents;
    QFile file(path);
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = file.errorString();
        return contents;
    }
    QHash<QString, qsizetype> intentAt;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        const auto record = document.isObject() ? AuditRecord::fromJson(document.object()) : std::nullopt;
        if (!record) {
            contents.problems.append(QCoreApplication::translate("AuditLogReader", "line %1: not a valid audit "
                                                                                   "record (skipped)")
                                         .arg(lineNumber));
            continue;
        }
        if (record->kind == AuditRecord::Kind::Intent) {
            intentAt.insert(record->id, contents.entries.size());
            contents.entries.append(AuditEntry{*record, std::nullopt});
        } else if (const auto it = intentAt.constFind(record->id); it != intentAt.constEnd()) {
            contents.entries[*it].outcome = *record;
        } else {
            contents.problems.append(QCoreApplication::translate("AuditLogReader", "line %1: an outcome with no "
                                                                                   "intent (skipped)")
                                         .arg(lineNumber));
        }
    }
    return contents;
}

} // namespace AuditLogReader
