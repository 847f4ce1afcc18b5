#include "CreateFixLinkCommand.h"

#include "AccountTreeModel.h"
#include "AffectedAccounts.h"
#include "ConfirmationPrompter.h"
#include "FixLinkDialog.h"
#include "net/jobs/GenerateFixConnectUrlJob.h"

#include <QLocale>

CreateFixLinkCommand::CreateFixLinkCommand(const CustomerContext &context, const QString &loginId, QObject *parent)
    : ActionCommand(context, parent)
    , m_loginId(loginId)
{}

QString CreateFixLinkCommand::institutionName() const
{
    return AffectedAccounts::ofLogin(*context().model, m_loginId).institutionName;
}

QString CreateFixLinkCommand::progressLabel() const
{
    return tr("Creating a fix link for %1 (login %2)…").arg(institutionName(), m_loginId);
}

ConfirmationRequest CreateFixLinkCommand::confirmation() const
{
    const AccountTreeModel &model = *context().model;
    const AffectedAccounts affected = AffectedAccounts::ofLogin(model, m_loginId);
    ConfirmationRequest r;
    r.title = tr("Create a Connect Fix link");
    r.subject = tr("%1 · %2 · login %3").arg(context().customerLabel(), institutionName(), m_loginId);
    r.consequence = tr("The provider creates a single-use link, valid for about two hours, with which the customer "
                       "signs in to %1 again and answers its questions. Whoever has the link can change this "
                       "connection: give it to the customer only, through a channel you trust.")
                        .arg(institutionName());
    const QStringList reasons = model.attentionReasons(m_loginId);
    if (!reasons.isEmpty())
        r.facts = reasons;
    r.factsHeading = tr("Why this login needs the customer");
    r.affected = affected.lines(model);
    r.affectedHeading = tr("Accounts at this login");
    r.confirmLabel = tr("Create fix link");
    return r;
}

ApiJob *CreateFixLinkCommand::createJob()
{
    // Connect in the agent's language when it offers it (French, Spanish), else English.
    return new GenerateFixConnectUrlJob(context().session, context().customerId, m_loginId,
                                        GenerateFixConnectUrlJob::languageFor(QLocale()));
}

void CreateFixLinkCommand::succeeded(ApiJob *job)
{
    const ConnectLink link = static_cast<GenerateFixConnectUrlJob *>(job)->link();
    if (context().window) {
        auto *dialog = new FixLinkDialog(context().customerLabel(), institutionName(), link, context().window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    emit linkCreated(link);
    done(true, link.expires.isValid() ? tr("Created a fix link for %1 (login %2); it expires %3.")
                                            .arg(institutionName(), m_loginId,
                                                 QLocale().toString(link.expires.toLocalTime(), QLocale::ShortFormat))
                                      : tr("Created a fix link for %1 (login %2).").arg(institutionName(), m_loginId));
}
