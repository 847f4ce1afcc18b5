#pragma once

#include "AuditRecord.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApiJob;
class AuditLog;

// One refresh or delete as the audit trail requires it, enforced here rather than by each caller:
// the intent is written and synced, then exactly one job starts, then the outcome is recorded.
// If the intent cannot be written, nothing is sent. It does not delete itself.
class AuditedChange : public QObject
{
    Q_OBJECT
public:
    // What the person confirmed, and about what: the intent's fields.
    struct Intent
    {
        QString profile;
        QString customerId;
        QString loginId;
        QStringList accountIds;
        QString confirmation;
    };

    // Takes ownership of the job, which must not have been started.
    AuditedChange(AuditLog *audit, ApiJob *job, Intent intent, QObject *parent = nullptr);

    void start();
    // The person stops waiting. Before the request has left (the intent is still being written),
    // nothing is sent at all; after, the service may still carry it out.
    void stopWaiting();

    ApiJob *job() const { return m_job; }
    bool isSending() const { return m_sending; }

signals:
    void sending();
    // Once the outcome is recorded (or, for NotSent, once nothing will be sent). problem: why it
    // was not sent (the audit trail's error), empty otherwise; the job carries the service's error.
    void finished(AuditRecord::Outcome outcome, const QString &problem);

private:
    void onJobFinished();
    void record(AuditRecord::Outcome outcome, const QString &message);

    AuditLog *m_audit;
    QPointer<ApiJob> m_job;
    Intent m_intent;
    QString m_auditId;
    bool m_stopBeforeSending = false;
    bool m_sending = false;
};
