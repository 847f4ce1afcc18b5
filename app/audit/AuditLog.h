#pragma once

#include "AuditRecord.h"
#include "core/OneThreadPool.h"

#include <QObject>
#include <QString>

#include <functional>

// The append-only audit trail: a JSON Lines file in the application's data directory.
//
// Each record is appended and flushed to disk (fsync) on a writer thread, in order, so the window
// never waits on the disk; the caller learns when the record is durable. AuditedChange uses it so
// that a refresh or delete is sent only after its intent is on disk. Earlier lines are never rewritten: after a torn
// last line (a crash mid-write) the next record starts on a new line.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    using Written = std::function<void(bool ok, const QString &error)>;

    explicit AuditLog(const QString &path, QObject *parent = nullptr);
    ~AuditLog() override;

    static QString defaultPath(); // <AppDataLocation>/audit.jsonl
    static QString currentOsUser();
    QString path() const { return m_path; }

    // Appends the record; `written` runs on this object's thread once it is durable (or failed).
    void append(const AuditRecord &record, QObject *context, Written written);
    // Blocks until every queued record is written: for shutdown and tests only.
    void waitForWrites();

    // The synchronous append the writer thread runs; also used by tools and tests.
    static bool appendNow(const QString &path, const AuditRecord &record, QString *error);

private:
    QString m_path;
    OneThreadPool m_writer; // records land in the order they were appended
};
