#include "AuditedChange.h"

#include "AuditLog.h"
#include "net/ApiJob.h"
#include "net/NetLog.h"

#include <QUuid>

AuditedChange::AuditedChange(AuditLog *audit, ApiJob *job, Intent intent, QObject *parent)
    : QObject(parent)
    , m_audit(audit)
    , m_job(job)
    , m_intent(std::move(intent))
{
    Q_ASSERT(job && job->changesData());
    job->setParent(this);
}

void AuditedChange::start()
{
    AuditRecord intent;
    intent.kind = AuditRecord::Kind::Intent;
    intent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.time = QDateTime::currentDateTimeUtc();
    intent.osUser = AuditLog::currentOsUser();
    intent.profile = m_intent.profile;
    intent.operation = m_job->operationId();
    intent.customerId = m_intent.customerId;
    intent.loginId = m_intent.loginId;
    intent.accountIds = m_intent.accountIds;
    intent.accountIds.sort();
    intent.confirmation = m_intent.confirmation;
    m_auditId = intent.id;
    // The intent is on disk before the request leaves: a crash mid-request leaves an intent
    // without an outcome, never a change without a record.
    m_audit->append(intent, this, [this](bool ok, const QString &error) {
        if (!ok) {
            emit finished(AuditRecord::Outcome::NotSent, error);
            return;
        }
        if (m_stopBeforeSending) {
            record(AuditRecord::Outcome::NotSent, {});
            emit finished(AuditRecord::Outcome::NotSent, {});
            return;
        }
        connect(m_job, &ApiJob::finished, this, &AuditedChange::onJobFinished);
        m_sending = true;
        emit sending();
        m_job->start();
    });
}

void AuditedChange::stopWaiting()
{
    if (m_sending && m_job->isRunning())
        m_job->abort();
    else if (!m_sending)
        m_stopBeforeSending = true;
}

void AuditedChange::onJobFinished()
{
    m_sending = false;
    const AuditRecord::Outcome outcome = AuditRecord::outcomeOf(*m_job);
    record(outcome, m_job->error() ? m_job->error()->summary() : QString());
    emit finished(outcome, {});
}

void AuditedChange::record(AuditRecord::Outcome outcome, const QString &message)
{
    AuditRecord line;
    line.kind = AuditRecord::Kind::Outcome;
    line.id = m_auditId;
    line.time = QDateTime::currentDateTimeUtc();
    line.result = AuditRecord::resultText(outcome);
    if (outcome != AuditRecord::Outcome::NotSent) {
        line.durationMs = m_job->elapsedMs();
        line.httpStatus = m_job->httpStatus();
        if (m_job->error())
            line.apiCode = m_job->error()->apiCode;
    }
    line.message = message;
    // The log outlives this object: the outcome is written even if the caller goes away now.
    m_audit->append(line, m_audit, [](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcNet) << "the audit outcome could not be written:" << error;
    });
}
