#include "RefreshCommand.h"

#include "AccountLabels.h"
#include "AccountTreeModel.h"
#include "AffectedAccounts.h"
#include "ConfirmationPrompter.h"
#include "audit/AuditHistory.h"
#include "audit/AuditLog.h"
#include "core/ConsolePreferences.h"
#include "core/InstitutionHealth.h"
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

void RefreshCommand::prepare(std::function<void()> ready)
{
    if (!context().audit) {
        ready();
        return;
    }
    AuditHistory::forCustomer(context().audit->path(), context().customerId, this,
                              [this, ready](const AuditHistory::Result &result) {
                                  m_history = result.entries;
                                  m_historyError = result.error;
                                  ready();
                              });
}

QStringList RefreshCommand::loginIds() const
{
    if (!m_loginId.isEmpty())
        return {m_loginId};
    QStringList ids;
    const AccountTreeModel &model = *context().model;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(AccountTreeModel::LoginIdRole).toString());
    return ids;
}

// "FinBank · login 1007302745: last success 3 hours ago, last attempt 3 hours ago; bank in
// maintenance; this console refreshed it 5 minutes ago (jdoe, succeeded)."
QString RefreshCommand::factsOf(const QString &loginId) const
{
    const AccountTreeModel &model = *context().model;
    const QModelIndex index = model.indexOfLogin(loginId);
    const InstitutionLogin *login = model.login(index);
    if (!login)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    UtcTime success, attempt;
    for (const Account *a : AffectedAccounts::ofLogin(model, loginId).accounts) {
        if (a->aggregationSuccessDate.isValid() && (!success.isValid() || a->aggregationSuccessDate > success))
            success = a->aggregationSuccessDate;
        if (a->aggregationAttemptDate.isValid() && (!attempt.isValid() || a->aggregationAttemptDate > attempt))
            attempt = a->aggregationAttemptDate;
    }
    const Institution institution = model.institution(login->institutionId);
    QStringList parts;
    parts.append(tr("last success %1, last attempt %2")
                     .arg(success.isValid() ? AccountLabels::relativeAge(success, now) : tr("never"),
                          attempt.isValid() ? AccountLabels::relativeAge(attempt, now) : tr("unknown")));
    parts.append(tr("bank %1").arg(InstitutionHealth::statusWord(institution)));
    if (const AuditEntry *last = AuditHistory::lastRefreshOf(m_history, loginId))
        parts.append(
            tr("this console refreshed it %1 (%2, %3)")
                .arg(AccountLabels::relativeAge(last->intent.time, now), last->intent.osUser, last->outcomeText()));
    else
        parts.append(m_historyError.isEmpty() ? tr("not refreshed from this console")
                                              : tr("the audit trail could not be read"));
    return tr("%1 · login %2: %3").arg(institution.bestName(), loginId, parts.join(QStringLiteral("; ")));
}

// The bank's health and this console's recent refreshes, said before anything else.
void RefreshCommand::addGuard(ConfirmationRequest &r) const
{
    const AccountTreeModel &model = *context().model;
    const int minutes = ConsolePreferences::load().refreshGuardMinutes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> explained;
    bool recent = false;
    for (const QString &loginId : loginIds()) {
        const InstitutionLogin *login = model.login(model.indexOfLogin(loginId));
        if (!login)
            continue;
        if (const AuditEntry *last = AuditHistory::lastRefreshOf(m_history, loginId);
            last && minutes > 0 && last->intent.time.secsTo(now) < qint64(minutes) * 60) {
            recent = true;
            r.warnings.append(tr("This console refreshed %1 (login %2) %3 (%4, %5). Refreshing again so soon rarely "
                                 "brings anything new, and the provider counts repeated refreshes against you.")
                                  .arg(model.institutionName(login->institutionId), loginId,
                                       AccountLabels::relativeAge(last->intent.time, now), last->intent.osUser,
                                       last->outcomeText()));
        }
        const Institution institution = model.institution(login->institutionId);
        const auto level = InstitutionHealth::levelOf(institution);
        if ((level == InstitutionHealth::Level::Down || level == InstitutionHealth::Level::Limited)
            && !explained.contains(institution.id)) {
            explained.insert(institution.id);
            r.warnings.append(InstitutionHealth::explanation(institution));
        }
    }
    // Only a recent refresh asks for the tick; a bank's health is for the agent to weigh.
    if (recent)
        r.acknowledgement = tr("Refresh anyway");
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
    for (const QString &loginId : loginIds())
        r.facts.append(factsOf(loginId));
    r.factsHeading = tr("What the data and this console's audit trail say");
    addGuard(r);
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
