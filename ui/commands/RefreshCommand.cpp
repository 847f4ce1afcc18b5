#include "RefreshCommand.h"

#include "AccountTreeModel.h"
#include "AffectedAccounts.h"
#include "ConfirmationPrompter.h"
#include "net/Session.h"
#include "net/jobs/AccountListJobs.h"
#include "net/jobs/NoContentJobs.h"

RefreshCommand::RefreshCommand(const CustomerContext &context, const QString &loginId, QObject *parent)
    : ActionCommand(context, parent)
    , m_loginId(loginId)
{}

QString RefreshCommand::scopeName() const
{
    if (m_loginId.isEmpty())
        return tr("all accounts");
    return tr("%1 (login %2)").arg(AffectedAccounts::ofLogin(*context().model, m_loginId).institutionName, m_loginId);
}

QString RefreshCommand::progressLabel() const
{
    return tr("Refreshing %1 from the bank…").arg(scopeName());
}

QString RefreshCommand::busyLabel() const
{
    return tr("Refreshing…");
}

QSet<QString> RefreshCommand::affectedAccountIds() const
{
    return (m_loginId.isEmpty() ? AffectedAccounts::ofCustomer(*context().model)
                                : AffectedAccounts::ofLogin(*context().model, m_loginId))
        .ids();
}

ConfirmationRequest RefreshCommand::confirmation() const
{
    const AccountTreeModel &model = *context().model;
    const AffectedAccounts affected =
        m_loginId.isEmpty() ? AffectedAccounts::ofCustomer(model) : AffectedAccounts::ofLogin(model, m_loginId);
    const int n = int(affected.accounts.size());
    ConfirmationRequest r;
    if (m_loginId.isEmpty()) {
        r.title = tr("Refresh all accounts");
        r.subject = tr("%1 · all institution logins").arg(context().customerLabel());
    } else {
        r.title = tr("Refresh an institution login");
        r.subject = tr("%1 · %2 · login %3").arg(context().customerLabel(), affected.institutionName, m_loginId);
    }
    r.consequence = tr("The console will ask the bank for fresh data for these %n account(s). This can take up "
                       "to three minutes. Refreshes are meant to be rare: only refresh when the customer needs "
                       "data that is current now.",
                       nullptr, n);
    r.affected = affected.lines(model);
    r.confirmLabel = tr("Refresh %n account(s)", nullptr, n);
    return r;
}

ApiJob *RefreshCommand::createJob()
{
    Session *s = context().session;
    const QString &c = context().customerId;
    if (context().session->settings().refreshUsesV2) {
        if (m_loginId.isEmpty())
            return new RefreshCustomerAccountsV2Job(s, c);
        return new RefreshCustomerAccountsByInstitutionLoginV2Job(s, c, m_loginId);
    }
    if (m_loginId.isEmpty())
        return new RefreshCustomerAccountsJob(s, c);
    return new RefreshCustomerAccountsByInstitutionLoginJob(s, c, m_loginId);
}

void RefreshCommand::succeeded(ApiJob *job)
{
    if (job->endpoint().readAgainAfter) { // v2 answers 204: read the accounts again
        reread();
        return;
    }
    context().model->mergeAccounts(static_cast<AccountListJob *>(job)->accounts(), m_loginId); // v1: in the answer
    done(true, tr("Refreshed %1 in %2.").arg(scopeName(), elapsedText()));
}

void RefreshCommand::reread()
{
    AccountListJob *read =
        m_loginId.isEmpty()
            ? static_cast<AccountListJob *>(new GetCustomerAccountsJob(context().session, context().customerId))
            : new GetCustomerAccountsByInstitutionLoginJob(context().session, context().customerId, m_loginId);
    read->setParent(this);
    connect(read, &ApiJob::finished, this, [this, read] {
        if (read->error()) {
            done(true, tr("The bank refreshed %1, but reading the accounts again failed: %2")
                           .arg(scopeName(), read->error()->agentText()));
            return;
        }
        context().model->mergeAccounts(read->accounts(), m_loginId);
        done(true, tr("Refreshed %1 in %2.").arg(scopeName(), elapsedText()));
    });
    read->start();
}
