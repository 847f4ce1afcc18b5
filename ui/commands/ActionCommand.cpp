#include "ActionCommand.h"

#include "AccountTreeModel.h"
#include "ConfirmationPrompter.h"
#include "UiLog.h"
#include "audit/AuditedChange.h"
#include "net/ApiJob.h"

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
    prepare([self] {
        if (self)
            self->ask();
    });
}

void ActionCommand::ask()
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
    ApiJob *job = createJob();
    AuditedChange::Intent intent{m_context.profile, m_context.customerId, auditLoginId(),
                                 QStringList(m_busyIds.begin(), m_busyIds.end()), m_confirmed};
    m_change = new AuditedChange(m_context.audit, job, std::move(intent), this);
    connect(m_change, &AuditedChange::sending, this, [this] {
        m_elapsed.start();
        m_ticker.start();
        emit sending();
    });
    connect(m_change, &AuditedChange::finished, this, &ActionCommand::onChangeFinished);
    m_change->start();
}

void ActionCommand::onChangeFinished(AuditRecord::Outcome outcome, const QString &problem)
{
    m_ticker.stop();
    ApiJob *job = m_change->job();
    if (outcome == AuditRecord::Outcome::Succeeded) {
        succeeded(job);
        return;
    }
    if (outcome == AuditRecord::Outcome::NotSent) {
        done(false, problem.isEmpty()
                        ? tr("Nothing was sent: you stopped waiting before the request left.")
                        : tr("Nothing was sent: the audit trail could not be written (%1).").arg(problem));
        return;
    }
    qCInfo(lcUi).noquote() << job->error()->logText();
    done(false, job->error()->agentText());
}

void ActionCommand::stopWaiting()
{
    if (m_change)
        m_change->stopWaiting();
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
