#include "CustomerTab.h"
#include "MouseSelectableLabel.h"
#include "NamedComboBox.h"
#include "ObjectNames.h"
#include "PlainText.h"
#include "WarningColor.h"

#include "AccountCsv.h"
#include "AccountDetailsPanel.h"
#include "AccountFilterProxy.h"
#include "AccountLabels.h"
#include "AccountTreeModel.h"
#include "AccountTreeView.h"
#include "AuditViewerDialog.h"
#include "CustomerSummary.h"
#include "InstitutionAccountsDialog.h"
#include "TreeOpening.h"
#include "UiLog.h"
#include "audit/AuditLog.h"
#include "commands/CreateFixLinkCommand.h"
#include "commands/RefreshCommand.h"
#include "core/BackgroundSave.h"
#include "core/ConsolePreferences.h"
#include "core/RecentCustomers.h"
#include "net/InstitutionDirectory.h"
#include "net/Session.h"
#include "net/jobs/AccountListJobs.h"
#include "net/jobs/ReadJobs.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

CustomerTab::CustomerTab(const Services &services, const QString &customerId, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new AccountTreeModel(this))
    , m_proxy(new AccountFilterProxy(m_model, this))
{
    m_context.session = services.session;
    m_context.customerId = customerId;
    m_context.model = m_model;
    m_context.prompter = services.prompter;
    m_context.window = this;
    m_context.audit = services.audit;
    m_context.profile = services.profile;
    m_model->setStaleAfterDays(ConsolePreferences::load().staleAfterDays);
    buildUi();
    connect(services.institutions, &InstitutionDirectory::resolved, this,
            [this](const QString &id, const Institution &institution) {
                m_model->setInstitution(institution);
                if (selectedRow().data(AccountTreeModel::InstitutionIdRole).toString() == id)
                    m_details->setInstitution(m_model->institution(id));
                m_proxy->invalidate();      // "needs attention" may now include it
                m_opening->followReorder(); // the logins may have moved under the first account
            });
}

CustomerTab::~CustomerTab() = default;

void CustomerTab::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_header = withName(new MouseSelectableLabel, "customerHeader");
    m_header->setText(tr("Customer %1").arg(m_context.customerId));
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_header->setFont(headerFont);
    layout->addWidget(m_header);
    layout->addLayout(buildFilters());
    layout->addWidget(buildActivity());
    m_outcome = new MouseSelectableLabel;
    m_outcome->setWordWrap(true);
    m_outcome->hide();
    layout->addWidget(m_outcome);

    auto *splitter = new QSplitter;
    m_stack = new QStackedWidget;
    m_stack->addWidget(buildMessagePage());
    m_stack->addWidget(buildView());
    splitter->addWidget(m_stack);
    m_details = withName(new AccountDetailsPanel(m_services.session), "details");
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({1000, 320});
    layout->addWidget(splitter, 1);

    setTabOrder(m_filter, m_status);
    setTabOrder(m_status, m_type);
    setTabOrder(m_type, m_view);
    setTabOrder(m_view, m_details);
    connectUi();
    PlainText::applyTo(this);
}

QLayout *CustomerTab::buildFilters()
{
    auto *filters = new QHBoxLayout;
    const auto addLabelled = [filters](const QString &label, QWidget *field, int stretch = 0) {
        auto *buddy = new QLabel(label);
        buddy->setBuddy(field);
        filters->addWidget(buddy);
        filters->addWidget(field, stretch);
    };
    m_filter = withName(new QLineEdit, "filterField");
    m_filter->setPlaceholderText(tr("Filter by account name, number, type or institution"));
    enableNamedClearButton(m_filter, tr("Clear the filter"));
    m_filter->setAccessibleName(tr("Filter accounts"));
    addLabelled(tr("F&ilter:"), m_filter, 1);
    m_status = withName(new NamedComboBox, "statusFilter");
    m_status->setAccessibleName(tr("Account status"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Pending"), QStringLiteral("pending"));
    // Not a status the service knows: the logins with an error, stale, or at a bank not online.
    m_status->addItem(tr("Needs attention"), QStringLiteral("attention"));
    m_status->setItemData(m_status->count() - 1,
                          tr("Institution logins with an aggregation error, with no success for %n day(s) or more, "
                             "or at an institution that is not online",
                             nullptr, m_model->staleAfterDays()),
                          Qt::ToolTipRole);
    addLabelled(tr("&Status:"), m_status);
    m_type = withName(new NamedComboBox, "typeFilter");
    m_type->setAccessibleName(tr("Account type"));
    // "ava" is the service's own filter; the others filter the loaded rows.
    m_type->addItem(tr("Any type"), QString());
    m_type->addItem(tr("Deposit accounts (from the service)"), QStringLiteral("ava"));
    for (const char *type : {"checking", "savings", "moneyMarket", "cd", "creditCard", "lineOfCredit", "mortgage",
                             "loan", "investment", "roth", "401k"})
        m_type->addItem(AccountLabels::typeLabel(QLatin1String(type)), QLatin1String(type));
    addLabelled(tr("T&ype:"), m_type);
    return filters;
}

QWidget *CustomerTab::buildActivity()
{
    m_activity = new QWidget;
    auto *activity = new QHBoxLayout(m_activity);
    activity->setContentsMargins(0, 0, 0, 0);
    m_activityLabel = new QLabel;
    m_stop = withName(new QPushButton(tr("Stop &waiting")), "stopWaitingButton");
    m_stop->setToolTip(tr("Stop waiting for the answer. The operation may still complete at the bank."));
    activity->addWidget(m_activityLabel, 1);
    activity->addWidget(m_stop);
    m_activity->hide();
    return m_activity;
}

QWidget *CustomerTab::buildMessagePage()
{
    auto *messagePage = new QWidget;
    auto *messageLayout = new QVBoxLayout(messagePage);
    m_stateLabel = new MouseSelectableLabel;
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_retry = new QPushButton(tr("&Try again"));
    messageLayout->addStretch();
    messageLayout->addWidget(m_stateLabel);
    messageLayout->addWidget(m_retry, 0, Qt::AlignCenter);
    messageLayout->addStretch();
    return messagePage;
}

QWidget *CustomerTab::buildView()
{
    m_view = new AccountTreeView(m_proxy);
    m_opening = new TreeOpening(m_view);
    return m_view;
}

void CustomerTab::connectUi()
{
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AccountFilterProxy::setFilterText);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CustomerTab::onStatusFilterChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = m_type->currentData().toString();
        const bool fromService = type == QLatin1String("ava");
        m_proxy->setAccountType(fromService ? QString() : type);
        if (fromService != m_serviceTypeFilter)
            load(); // the service's answer itself changes
    });
    connect(m_retry, &QPushButton::clicked, this, &CustomerTab::load);
    connect(m_stop, &QPushButton::clicked, this, &CustomerTab::stopWaiting);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerTab::onSelectionChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &CustomerTab::contextMenu);
    connect(m_details, &AccountDetailsPanel::fixLinkRequested, this, &CustomerTab::createFixLinkForSelectedLogin);
    connect(this, &CustomerTab::stateChanged, this, [this] {
        const CustomerState s = state();
        m_details->setFixLinkAvailable(s.loginNeedsCustomerFix && s.accountSelected,
                                       verdict(CustomerAction::CreateFixLink));
    });
}

QString CustomerTab::title() const
{
    return m_context.customerName.isEmpty() ? m_context.customerId : m_context.customerName;
}

QString CustomerTab::waitingFor() const
{
    return isWaiting() ? tr("%1: %2").arg(title(), m_command->progressLabel()) : QString();
}

void CustomerTab::stopWaiting()
{
    if (m_command)
        m_command->stopWaiting();
}

QString CustomerTab::message() const
{
    if (m_stack->currentIndex() == 0)
        return m_stateLabel->text();
    return m_outcome->isHidden() ? QString() : m_outcome->text();
}

void CustomerTab::showMessage(const QString &text, bool offerRetry)
{
    m_stateLabel->setText(text);
    m_retry->setVisible(offerRetry);
    m_stack->setCurrentIndex(0);
}

void CustomerTab::showOutcome(const QString &text, bool ok)
{
    m_outcome->setText(text);
    WarningColor::apply(m_outcome, !ok);
    m_outcome->setVisible(!text.isEmpty());
}

void CustomerTab::showError(const ApiError &error)
{
    // After a failed sign-in, "Try again" would only repeat the refusal: signing in is a separate,
    // deliberate step.
    if (m_services.session->isAuthenticationBlocked()) {
        showMessage(error.agentText() + QLatin1Char(' ') + tr("Sign in again with File → Sign in, then reload."),
                    false);
        return;
    }
    showMessage(error.agentText(),
                error.kind != ApiError::Kind::InvalidRequest && error.apiCode != QLatin1String("14001"));
}

void CustomerTab::load()
{
    if (m_command)
        return; // never under a running refresh or delete
    delete m_loadJob;
    m_loaded = false;
    m_details->clear();
    showOutcome({}, true);
    showMessage(tr("Loading accounts…"), false);
    emit stateChanged();

    auto *customer = new GetCustomerJob(m_services.session, m_context.customerId, this);
    customer->setAutoDelete(true);
    connect(customer, &ApiJob::finished, this, [this, customer] {
        if (customer->error())
            return; // the accounts' answer reports it (14001 comes back there too)
        m_context.customerName = customer->customer().displayName();
        m_header->setText(tr("%1 · customer %2 · %3")
                              .arg(m_context.customerName, m_context.customerId, customer->customer().username));
        emit titleChanged();
    });
    customer->start();

    m_serviceTypeFilter = m_type->currentData().toString() == QLatin1String("ava");
    const QString status = m_status->currentData().toString();
    m_serviceStatus = status == QLatin1String("attention") ? QString() : status;
    auto *accounts = new GetCustomerAccountsJob(m_services.session, m_context.customerId, m_serviceStatus,
                                                m_serviceTypeFilter ? QStringLiteral("ava") : QString(), this);
    accounts->groupByLogin(); // on the worker that decodes it, not here
    m_loadJob = accounts;
    connect(accounts, &ApiJob::finished, this, [this, accounts] {
        accountsArrived(accounts);
        accounts->deleteLater();
    });
    accounts->start();
}

void CustomerTab::accountsArrived(ApiJob *job)
{
    if (job->error()) {
        qCInfo(lcUi).noquote() << job->error()->logText();
        showError(*job->error());
        return;
    }
    RecentCustomers::remember(m_context.customerId);
    auto *list = static_cast<GetCustomerAccountsJob *>(job);
    QList<InstitutionLogin> logins = list->takeLogins();
    const QList<Institution> known = knownInstitutions(logins);
    m_model->setLogins(std::move(logins), known);
    m_loaded = true;
    if (m_model->accountCount() == 0) {
        const bool filtered = !m_serviceStatus.isEmpty() || m_serviceTypeFilter;
        showMessage(filtered ? tr("No accounts match the status or type chosen.")
                             : tr("This customer has no linked accounts."),
                    false);
    } else {
        m_stack->setCurrentIndex(1);
        m_opening->open(m_model->accountCount());
    }
    emit stateChanged();
    emit loaded();
}

// The institutions the directory already knows; the others are asked for, and named in the
// tree as they arrive (InstitutionDirectory::resolved).
QList<Institution> CustomerTab::knownInstitutions(const QList<InstitutionLogin> &logins) const
{
    QSet<QString> ids;
    QList<Institution> known;
    for (const InstitutionLogin &login : logins) {
        if (ids.contains(login.institutionId))
            continue;
        ids.insert(login.institutionId);
        if (const Institution *institution = m_services.institutions->lookup(login.institutionId))
            known.append(*institution);
    }
    return known;
}

void CustomerTab::reloadLogin(const QString &loginId)
{
    if (loginId.isEmpty() || m_command)
        return;
    auto *job = new GetCustomerAccountsByInstitutionLoginJob(m_services.session, m_context.customerId, loginId, this);
    job->setAutoDelete(true);
    connect(job, &ApiJob::finished, this, [this, job, loginId] {
        if (job->error()) {
            showOutcome(tr("Could not reload login %1: %2").arg(loginId, job->error()->agentText()), false);
            return;
        }
        // Only this login's rows change; selection and scroll position stay.
        m_model->mergeAccounts(job->accounts(), loginId);
        showOutcome(tr("Reloaded login %1.").arg(loginId), true);
        emit stateChanged();
    });
    job->start();
}

// The one selected row, which actions and details follow: a screen reader selects rows without
// moving the current index, so the current index alone could name a row the agent never chose.
// No selection, or several, is no target.
QModelIndex CustomerTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    return rows.size() == 1 ? rows.first() : QModelIndex();
}

QString CustomerTab::selectedAccountId() const
{
    return selectedRow().data(AccountTreeModel::AccountIdRole).toString();
}

QString CustomerTab::selectedLoginId() const
{
    return selectedRow().data(AccountTreeModel::LoginIdRole).toString();
}

// After a delete the rows below move up; the cursor goes to the login row instead, so that a
// second press of Delete cannot target an account the agent never chose.
void CustomerTab::selectLoginAfterDelete(const QString &loginId)
{
    const QModelIndex login = m_proxy->mapFromSource(m_model->indexOfLogin(loginId));
    if (login.isValid()) {
        m_view->setCurrentIndex(login);
        m_view->selectionModel()->select(login, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_view->selectionModel()->clear();
    }
    onSelectionChanged();
}

void CustomerTab::run(ActionCommand *command)
{
    if (m_command || m_services.session->settings().readOnly) {
        delete command;
        return;
    }
    m_command = command;
    connect(command, &ActionCommand::sending, this, [this, command] {
        m_activityLabel->setText(command->progressLabel());
        m_activity->show();
        showOutcome({}, true);
    });
    connect(command, &ActionCommand::progress, this, [this, command](int seconds) {
        m_activityLabel->setText(tr("%1 %n s", nullptr, seconds).arg(command->progressLabel()));
    });
    connect(command, &ActionCommand::finished, this, [this](bool ok, const QString &message) {
        m_activity->hide();
        m_command = nullptr;
        if (!message.isEmpty())
            showOutcome(message, ok);
        if (m_model->accountCount() == 0 && m_loaded)
            showMessage(tr("This customer has no linked accounts."), false);
        emit stateChanged();
        emit commandFinished(ok, message);
    });
    emit stateChanged();
    command->start();
}

void CustomerTab::refreshAll()
{
    if (m_loaded && m_model->accountCount() > 0)
        run(new RefreshCommand(m_context, {}, this));
}

void CustomerTab::refreshSelectedLogin()
{
    const QString login = selectedLoginId();
    if (!login.isEmpty())
        run(new RefreshCommand(m_context, login, this));
}

void CustomerTab::deleteSelectedAccount()
{
    deleteSelected(DeleteAccessCommand::Scope::Account, selectedAccountId());
}

void CustomerTab::deleteSelectedLogin()
{
    deleteSelected(DeleteAccessCommand::Scope::Login, selectedLoginId());
}

void CustomerTab::deleteSelected(DeleteAccessCommand::Scope scope, const QString &id)
{
    if (id.isEmpty())
        return;
    auto *command = new DeleteAccessCommand(m_context, scope, id, this);
    connect(command, &ActionCommand::finished, this, [this, login = selectedLoginId()](bool ok) {
        if (ok)
            selectLoginAfterDelete(login);
    });
    run(command);
}

void CustomerTab::viewSelectedInstitution()
{
    const QString institutionId = selectedRow().data(AccountTreeModel::InstitutionIdRole).toString();
    if (institutionId.isEmpty())
        return;
    auto *job = new GetCustomerAccountsByInstitutionJob(m_services.session, m_context.customerId, institutionId, this);
    job->setAutoDelete(true);
    connect(job, &ApiJob::finished, this, [this, job, institutionId] {
        if (job->error()) {
            showOutcome(job->error()->agentText(), false);
            return;
        }
        auto *dialog = new InstitutionAccountsDialog(m_context.customerLabel(), m_model->institutionName(institutionId),
                                                     job->accounts(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    job->start();
}

void CustomerTab::createFixLinkForSelectedLogin()
{
    const QString login = selectedLoginId();
    if (!login.isEmpty() && verdict(CustomerAction::CreateFixLink).enabled)
        run(new CreateFixLinkCommand(m_context, login, this));
}

QString CustomerTab::summary(bool includeBalances) const
{
    return CustomerSummary::text(m_context.customerId, m_context.customerName, *m_model, {includeBalances});
}

void CustomerTab::copySummary(bool includeBalances)
{
    if (!m_loaded)
        return;
    QApplication::clipboard()->setText(summary(includeBalances));
    showOutcome(includeBalances ? tr("The summary, with balances, is on the clipboard.")
                                : tr("The summary (without balances) is on the clipboard."),
                true);
}

QString CustomerTab::visibleAccountsCsv() const
{
    return AccountCsv::visibleAccounts(*m_proxy);
}

void CustomerTab::exportAccounts(const QString &fileName)
{
    if (!m_loaded || fileName.isEmpty())
        return;
    const QString csv = visibleAccountsCsv();
    const int rows = int(csv.count(QStringLiteral("\r\n"))) - 1; // without the header
    BackgroundSave::write(fileName, csv.toUtf8(), this, [this, fileName, rows](bool ok, const QString &error) {
        const QString message = ok ? tr("Exported %n account(s) to %1.", nullptr, rows).arg(fileName)
                                   : tr("Could not export to %1: %2").arg(fileName, error);
        showOutcome(message, ok);
        emit exported(ok, message);
    });
}

void CustomerTab::showHistory()
{
    if (!m_services.audit)
        return;
    auto *dialog = new AuditViewerDialog(m_services.audit->path(), this);
    dialog->setObjectName(QStringLiteral("customerHistory"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showOnlyCustomer(m_context.customerId, m_context.customerLabel());
    dialog->show();
}

void CustomerTab::onStatusFilterChanged()
{
    const QString status = m_status->currentData().toString();
    const bool attention = status == QLatin1String("attention");
    m_proxy->setNeedsAttentionOnly(attention);
    // Only a status the service filters by changes its answer.
    if ((attention ? QString() : status) != m_serviceStatus || !m_loaded)
        load();
}

void CustomerTab::onSelectionChanged()
{
    // Keep the cursor on the selected row (assistive technology selects without moving it).
    const QModelIndex current = selectedRow();
    const QModelIndex cursor = m_view->currentIndex();
    if (current.isValid() && (current.row() != cursor.row() || current.parent() != cursor.parent()))
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    const QString account = current.data(AccountTreeModel::AccountIdRole).toString();
    if (account.isEmpty())
        m_details->clear();
    else
        m_details->showAccount(m_context.customerId, account,
                               m_model->institution(current.data(AccountTreeModel::InstitutionIdRole).toString()));
    emit stateChanged();
}

CustomerState CustomerTab::state() const
{
    CustomerState state;
    state.loaded = m_loaded;
    state.busy = isBusy();
    state.readOnly = m_services.session->settings().readOnly;
    state.hasAccounts = m_model->accountCount() > 0;
    state.loginSelected = !selectedLoginId().isEmpty();
    state.accountSelected = !selectedAccountId().isEmpty();
    const QModelIndex login = m_model->indexOfLogin(selectedLoginId());
    state.loginNeedsCustomerFix = login.isValid() && login.data(AccountTreeModel::NeedsCustomerFixRole).toBool();
    return state;
}

void CustomerTab::contextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool isLogin = index.data(AccountTreeModel::IsLoginRole).toBool();
    const QString login = selectedLoginId();
    const auto add = [this, menu](const QString &text, CustomerAction action, auto slot) {
        const ActionVerdict v = verdict(action);
        if (!v.visible)
            return;
        QAction *item = menu->addAction(text, this, slot);
        item->setEnabled(v.enabled);
        item->setToolTip(v.why);
    };
    add(tr("&Reload this login"), CustomerAction::ReloadLogin, [this, login] { reloadLogin(login); });
    add(tr("View accounts at this &institution"), CustomerAction::ViewInstitution,
        [this] { viewSelectedInstitution(); });
    menu->addSeparator();
    add(tr("Re&fresh this login…"), CustomerAction::RefreshLogin, [this] { refreshSelectedLogin(); });
    if (!isLogin)
        add(tr("&Delete access to this account…"), CustomerAction::DeleteAccount, [this] { deleteSelectedAccount(); });
    add(tr("Delete access to this &login…"), CustomerAction::DeleteLogin, [this] { deleteSelectedLogin(); });
    if (verdict(CustomerAction::CreateFixLink).enabled) {
        menu->addSeparator();
        add(tr("Create fi&x link…"), CustomerAction::CreateFixLink, [this] { createFixLinkForSelectedLogin(); });
    }
    menu->popup(m_view->viewport()->mapToGlobal(position));
}
