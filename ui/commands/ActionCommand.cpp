#include "ActionCommand.h"

#include "AccountTreeModel.h"
#include "ConfirmationPrompter.h"
#include "UiLog.h"
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
    m_context.prompter->ask(m_context.window, confirmation(), [self](bool confirmed) {
        if (!self || self->m_answered)
            return; // one answer, one request: however often the confirmation fires
        self->m_answered = true;
        if (confirmed)
            self->send();
        else
            self->done(false, {});
    });
}

void ActionCommand::send()
{
    m_busyIds = affectedAccountIds();
    m_context.model->setBusy(m_busyIds, busyLabel());
    m_job = createJob();
    m_job->setParent(this);
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        m_ticker.stop();
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
    if (m_job)
        m_job->abort();
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
