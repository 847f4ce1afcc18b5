#include "ActionCommand.h"

#include "AccountTreeModel.h"
#include "ConfirmationPrompter.h"
#include "UiLog.h"
#include "audit/AuditLog.h"
#include "net/ApiJob.h"

#include <QUuid>

ActionCommand::ActionCommand(const CustomerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] { emit progress(int(m_elapsed.elapsed() / 1000)); });
}

// The tab that owns the command may be closing: the model is not touched here.
ActionCommand::~ActionCommand() = default;

void ActionCommand::start()
{
    QPointer<ActionCommand> self(this);
    const ConfirmationRequest request = confirmation();
    m_confirmed = request.typedConfirmation.isEmpty()
                      ? tr("confirmed \"%1\"").arg(request.confirmLabel)
                      : tr("confirmed \"%1\" after typing %2").arg(request.confirmLabel, request.typedConfirmation);
    m_context.prompter->ask(m_context.window, request, [self](bool confirmed) {
        if (!self || self->m_answered)
            return; // one answer, one request: however often the confirmation fires
        self->m_answered = true;
        if (confirmed)
            self->send();
        else // Cancel is the default button, so Enter lands here too: say so.
            self->done(false, tr("Cancelled: nothing was sent."));
    });
}

void ActionCommand::send()
{
    m_busyIds = affectedAccountIds();
    m_context.model->setBusy(m_busyIds, busyLabel());
    m_job = createJob();
    m_job->setParent(this);

    // The intent is on disk before the request leaves: a crash mid-request leaves an intent
    // without an outcome, never a change without a record.
    AuditRecord intent;
    intent.kind = AuditRecord::Kind::Intent;
    intent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.time = QDateTime::currentDateTimeUtc();
    intent.osUser = AuditLog::currentOsUser();
    intent.profile = m_context.profile;
    intent.operation = m_job->operationId();
    intent.customerId = m_context.customerId;
    intent.loginId = auditLoginId();
    intent.accountIds = QStringList(m_busyIds.begin(), m_busyIds.end());
    intent.accountIds.sort();
    intent.confirmation = m_confirmed;
    m_auditId = intent.id;
    m_context.audit->append(intent, this, [this](bool ok, const QString &error) {
        if (!ok) {
            done(false, tr("Nothing was sent: the audit trail could not be written (%1).").arg(error));
            return;
        }
        if (m_stopBeforeSending) {
            recordOutcome(nullptr);
            done(false, tr("Nothing was sent: you stopped waiting before the request left."));
            return;
        }
        startJob();
    });
}

void ActionCommand::recordOutcome(const ApiJob *job)
{
    AuditRecord outcome;
    outcome.kind = AuditRecord::Kind::Outcome;
    outcome.id = m_auditId;
    outcome.time = QDateTime::currentDateTimeUtc();
    outcome.result = QStringLiteral("not sent");
    if (job) {
        outcome.durationMs = job->elapsedMs();
        outcome.httpStatus = job->httpStatus();
        outcome.result = QStringLiteral("succeeded");
    }
    if (job && job->error()) {
        const ApiError &error = *job->error();
        // Sent, but no complete answer: the service may have carried it out.
        outcome.result = error.kind == ApiError::Kind::Aborted   ? QStringLiteral("stopped waiting")
                         : error.outcomeUnknown                  ? QStringLiteral("outcome unknown")
                         : error.kind == ApiError::Kind::Timeout ? QStringLiteral("timed out")
                                                                 : QStringLiteral("failed");
        outcome.apiCode = error.apiCode;
        outcome.message = error.summary();
    }
    m_context.audit->append(outcome, m_context.audit, [](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcUi) << "the audit outcome could not be written:" << error;
    });
}

void ActionCommand::startJob()
{
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        m_ticker.stop();
        recordOutcome(job);
        if (job->error()) {
            qCInfo(lcUi).noquote() << job->error()->logText();
            done(false, job->error()->agentText());
        } else {
            succeeded(job);
        }
    });
    m_elapsed.start();
    m_ticker.start();
    emit sending();
    m_job->start();
}

void ActionCommand::stopWaiting()
{
    if (m_job && m_job->isRunning())
        m_job->abort();
    else if (m_job)
        m_stopBeforeSending = true;
}

QString ActionCommand::elapsedText() const
{
    return tr("%n second(s)", nullptr, int(m_elapsed.elapsed() / 1000));
}

void ActionCommand::done(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (!m_busyIds.isEmpty()) {
        m_context.model->setBusy(m_busyIds, {});
        m_busyIds.clear();
    }
    emit finished(ok, message);
    deleteLater();
}
