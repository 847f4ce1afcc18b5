#include "DeleteAccessCommand.h"

#include "AccountTreeModel.h"
#include "AffectedAccounts.h"
#include "ConfirmationPrompter.h"
#include "net/jobs/NoContentJobs.h"

DeleteAccessCommand::DeleteAccessCommand(const CustomerContext &context, Scope scope, const QString &id,
                                         QObject *parent)
    : ActionCommand(context, parent)
    , m_scope(scope)
    , m_id(id)
{
    // Described now: the rows are gone by the time the outcome is reported.
    if (scope == Scope::Login) {
        const AffectedAccounts affected = AffectedAccounts::ofLogin(*context.model, id);
        m_description = tr("login %1 at %2 (%n account(s))", nullptr, int(affected.accounts.size()))
                            .arg(id, affected.institutionName);
    } else {
        const AffectedAccounts affected = AffectedAccounts::ofAccount(*context.model, id);
        const Account *a = affected.accounts.value(0);
        m_description =
            a ? tr("%1 •••• %2 at %3").arg(a->name, a->accountNumberDisplay.right(4), affected.institutionName)
              : tr("account %1").arg(id);
    }
}

QString DeleteAccessCommand::progressLabel() const
{
    return m_scope == Scope::Login ? tr("Deleting access to login %1…").arg(m_id)
                                   : tr("Deleting access to the account…");
}

QString DeleteAccessCommand::busyLabel() const
{
    return tr("Deleting access…");
}

QSet<QString> DeleteAccessCommand::affectedAccountIds() const
{
    return (m_scope == Scope::Login ? AffectedAccounts::ofLogin(*context().model, m_id)
                                    : AffectedAccounts::ofAccount(*context().model, m_id))
        .ids();
}

ConfirmationRequest DeleteAccessCommand::confirmation() const
{
    const AccountTreeModel &model = *context().model;
    ConfirmationRequest r;
    r.destructive = true;
    if (m_scope == Scope::Login) {
        const AffectedAccounts affected = AffectedAccounts::ofLogin(model, m_id);
        const int n = int(affected.accounts.size());
        r.title = tr("Delete access to an institution login");
        r.subject = tr("%1 · %2 · login %3").arg(context().customerLabel(), affected.institutionName, m_id);
        r.consequence = tr("The console will no longer receive data for these %n account(s). The customer must "
                           "link them again to undo this.",
                           nullptr, n);
        r.affected = affected.lines(model);
        r.confirmLabel = tr("Delete access to %n account(s)", nullptr, n);
        r.typedConfirmation = m_id;
        r.typedPrompt = tr("Type the login ID %1 to confirm:").arg(m_id);
    } else {
        const AffectedAccounts affected = AffectedAccounts::ofAccount(model, m_id);
        const Account *a = affected.accounts.value(0);
        const QString last4 = a ? a->accountNumberDisplay.right(4) : QString();
        r.title = tr("Delete access to an account");
        r.subject = tr("%1 · %2 · %3 •••• %4")
                        .arg(context().customerLabel(), affected.institutionName, a ? a->name : m_id, last4);
        r.consequence = tr("The console will no longer receive data for this account. The customer must link it "
                           "again to undo this.");
        r.affected = affected.lines(model);
        r.confirmLabel = tr("Delete access to 1 account");
        r.typedConfirmation = last4;
        r.typedPrompt = tr("Type the last four digits of the account number (%1) to confirm:").arg(last4);
    }
    return r;
}

ApiJob *DeleteAccessCommand::createJob()
{
    if (m_scope == Scope::Login)
        return new DeleteCustomerAccountsByInstitutionLoginJob(context().session, context().customerId, m_id);
    return new DeleteCustomerAccountJob(context().session, context().customerId, m_id);
}

void DeleteAccessCommand::succeeded(ApiJob *)
{
    if (m_scope == Scope::Login)
        context().model->removeLogin(m_id);
    else
        context().model->removeAccount(m_id);
    done(true, tr("Deleted access to %1.").arg(m_description));
}

QString DeleteAccessCommand::auditLoginId() const
{
    if (m_scope == Scope::Login)
        return m_id;
    const AffectedAccounts affected = AffectedAccounts::ofAccount(*context().model, m_id);
    return affected.accounts.isEmpty() ? QString() : affected.accounts.first()->institutionLoginId;
}
