#include "MainWindow.h"
#include "LockoutWarning.h"
#include "ObjectNames.h"
#include "PlainText.h"

#include "AccountTreeModel.h"
#include "AuditViewerDialog.h"
#include "ConfirmationPrompter.h"
#include "ConsoleLanguage.h"
#include "CustomerPickerDialog.h"
#include "CustomerTabWidget.h"
#include "LeaveWaitingTabs.h"
#include "ProfileEditorDialog.h"
#include "audit/AuditLog.h"
#include "core/ConsolePreferences.h"
#include "core/Ids.h"
#include "core/RecentCustomers.h"
#include "net/InstitutionDirectory.h"
#include "net/Session.h"
#include "net/jobs/ReadJobs.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

MainWindow::MainWindow(Session *session, ConfirmationPrompter *prompter, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_options(options)
    , m_institutions(nullptr)
    , m_tabs(withName(new CustomerTabWidget, "tabs"))
    , m_search(withName(new QLineEdit, "searchField"))
    , m_connectionLabel(new QLabel)
    , m_sessionLabel(new QLabel)
{
    setWindowTitle(tr("Account Console"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open customers"));
    setCentralWidget(m_tabs);

    m_search->setPlaceholderText(tr("Find a customer: name, username or ID"));
    m_search->setAccessibleName(tr("Find a customer"));
    enableNamedClearButton(m_search, tr("Clear the search"));
    m_search->setMinimumWidth(260);
    m_search->setToolTip(tr("Type a name, username or customer ID and press Enter (Ctrl+F)"));
    auto *completer = new QCompleter(RecentCustomers::load(), m_search);
    m_search->setCompleter(completer);
    createActions();

    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_sessionLabel);
    // Display only: it reads the token's age, it never signs in.
    auto *clock = new QTimer(this);
    clock->start(30'000);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateStatus);
    setConnection(session, options);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    // The size the agent left it at; on a first start, room for the tree and the details, within
    // the screen's free area.
    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray()))
        resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
    updateActions();
    PlainText::applyTo(this);
}

MainWindow::~MainWindow()
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
}

void MainWindow::closeTab(int index)
{
    QPointer<QWidget> tab = m_tabs->widget(index);
    if (!tab)
        return;
    leaveWaitingTabs(this, m_prompter, {qobject_cast<CustomerTab *>(tab)}, tr("Stop waiting and close"), [this, tab] {
        if (!tab)
            return;
        m_tabs->removeTab(m_tabs->indexOf(tab));
        tab->deleteLater();
    });
}

QList<CustomerTab *> MainWindow::customerTabs() const
{
    QList<CustomerTab *> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<CustomerTab *>(m_tabs->widget(i)))
            tabs.append(tab);
    }
    return tabs;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<CustomerTab *> tabs = customerTabs();
    if (m_quitConfirmed || std::none_of(tabs.begin(), tabs.end(), [](CustomerTab *t) { return t->isWaiting(); })) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    leaveWaitingTabs(this, m_prompter, tabs, tr("Stop waiting and quit"), [this] {
        m_quitConfirmed = true;
        close();
    });
}

void MainWindow::setConnection(Session *session, const Options &options)
{
    // The switch was confirmed (leaveWaitingTabs): stopping records it, where a torn-down
    // request would leave "outcome unknown".
    for (CustomerTab *tab : customerTabs())
        tab->stopWaiting();
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab;
    }
    for (const QMetaObject::Connection &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    delete m_institutions;
    m_institutions = nullptr;
    m_session = session;
    m_options = options;
    m_connectionLabel->setText(
        tr("Connection: %1%2").arg(options.connectionName, isReadOnly() ? tr(" (read-only)") : QString()));
    for (QAction *action : {m_refreshAll, m_refreshLogin, m_deleteAccount, m_deleteLogin, m_createFixLink})
        action->setVisible(!isReadOnly());
    if (m_connections)
        m_connections->setVisible(options.secrets != nullptr);
    if (session) {
        m_institutions = new InstitutionDirectory(session, this);
        m_sessionConnections = {
            connect(session, &Session::signedIn, this, &MainWindow::updateStatus),
            connect(session, &Session::signedOut, this, &MainWindow::updateStatus),
            connect(
                session, &Session::authenticationFailed, this,
                [this](const ApiError &error, int failures) {
                    statusBar()->showMessage(
                        tr("Sign-in failed (%n failure(s) in a row): %1", nullptr, failures).arg(error.agentText()));
                    updateStatus();
                }),
        };
    }
    updateStatus();
    updateActions();
}

// Read from the connection itself, so that the window and the client never disagree.
bool MainWindow::isReadOnly() const
{
    return m_session && m_session->settings().readOnly;
}

QString MainWindow::sessionStatus() const
{
    return m_sessionLabel->text();
}

void MainWindow::signIn()
{
    if (!m_session)
        return;
    const int failures = m_session->failedAuthenticationsInARow();
    if (failures < 4) {
        m_session->signIn();
        return;
    }
    const ConfirmationRequest request =
        lockoutWarning(m_options.connectionName, m_session->credentials().partnerId, failures);
    QPointer<Session> session(m_session);
    m_prompter->ask(this, request, [session](bool confirmed) {
        if (confirmed && session)
            session->signIn();
    });
}

void MainWindow::signOut()
{
    if (m_session)
        m_session->signOut();
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    if (!m_connectionMenu)
        return;
    m_connectionMenu->clear();
    qDeleteAll(m_connectionMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    auto *group = new QActionGroup(m_connectionMenu);
    for (const QString &name : names) {
        QAction *action = m_connectionMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setData(name);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this, group, current](QAction *chosen) {
        // The menu shows the connection in use until the switch happens.
        for (QAction *action : group->actions())
            action->setChecked(action->data().toString() == current);
        const QString name = chosen->data().toString();
        leaveWaitingTabs(this, m_prompter, customerTabs(), tr("Stop waiting and switch"),
                         [this, name] { emit connectionRequested(name); });
    });
}

void MainWindow::createActions()
{
    auto *findShortcut = new QAction(tr("&Find customer"), this);
    createCustomerActions(findShortcut);
    createConnectionActions();
    createMenus(findShortcut);
}

void MainWindow::createCustomerActions(QAction *findShortcut)
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(m_search);
    findShortcut->setShortcut(QKeySequence::Find);
    connect(findShortcut, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findShortcut);

    auto make = [this](const QString &text, const char *icon, const QKeySequence &shortcut,
                       void (CustomerTab::*slot)()) {
        auto *action = new QAction(actionIcon(icon), text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (CustomerTab *tab = currentTab())
                (tab->*slot)();
        });
        return action;
    };
    m_reload = withName(make(tr("&Reload"), "reload", QKeySequence::Refresh, &CustomerTab::load), "reloadAction");
    m_refreshAll = withName(
        make(tr("Refresh &all accounts…"), "refresh-all", QKeySequence(tr("Ctrl+R")), &CustomerTab::refreshAll),
        "refreshAllAction");
    m_refreshLogin = withName(make(tr("Refresh &login…"), "refresh-login", QKeySequence(tr("Ctrl+Shift+R")),
                                   &CustomerTab::refreshSelectedLogin),
                              "refreshLoginAction");
    m_deleteAccount = withName(make(tr("Delete access to &account…"), "delete-account", QKeySequence::Delete,
                                    &CustomerTab::deleteSelectedAccount),
                               "deleteAccountAction");
    m_deleteLogin = withName(make(tr("Delete access to l&ogin…"), "delete-login", QKeySequence(tr("Shift+Del")),
                                  &CustomerTab::deleteSelectedLogin),
                             "deleteLoginAction");
    m_viewInstitution = make(tr("View accounts at &institution"), "view-institution", QKeySequence(tr("Ctrl+I")),
                             &CustomerTab::viewSelectedInstitution);
    m_createFixLink = withName(make(tr("Create fi&x link…"), "fix-link", QKeySequence(tr("Ctrl+K")),
                                    &CustomerTab::createFixLinkForSelectedLogin),
                               "createFixLinkAction");
    createTicketActions();
    m_closeTab = new QAction(tr("&Close customer"), this);
    m_closeTab->setShortcut(QKeySequence::Close);
    connect(m_closeTab, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= 0)
            emit m_tabs->tabCloseRequested(m_tabs->currentIndex());
    });
    // Read-only connections show no refresh, delete or fix link at all.
    for (QAction *action : {m_refreshAll, m_refreshLogin, m_deleteAccount, m_deleteLogin, m_createFixLink})
        action->setVisible(!isReadOnly());

    // Short words on the toolbar (the menus say it in full): room for every action in French too.
    m_refreshLogin->setIconText(tr("Refresh login"));
    m_refreshAll->setIconText(tr("Refresh all"));
    m_deleteAccount->setIconText(tr("Delete account"));
    m_deleteLogin->setIconText(tr("Delete login"));
    m_createFixLink->setIconText(tr("Fix link"));
    toolbar->addSeparator();
    toolbar->addAction(m_reload);
    toolbar->addAction(m_refreshLogin);
    toolbar->addAction(m_refreshAll);
    toolbar->addSeparator();
    toolbar->addAction(m_deleteAccount);
    toolbar->addAction(m_deleteLogin);
    toolbar->addSeparator();
    toolbar->addAction(m_createFixLink);
}

// What an agent pastes into a ticket: the summary, the accounts as CSV, the customer's history.
void MainWindow::createTicketActions()
{
    m_includeBalances = withName(new QAction(tr("Include &balances in summaries"), this), "includeBalancesAction");
    m_includeBalances->setCheckable(true);
    m_includeBalances->setChecked(ConsolePreferences::load().summaryIncludesBalances);
    connect(m_includeBalances, &QAction::toggled, this, &ConsolePreferences::setSummaryIncludesBalances);
    m_copySummary = withName(new QAction(actionIcon("copy-summary"), tr("Copy &summary"), this), "copySummaryAction");
    m_copySummary->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(m_copySummary, &QAction::triggered, this, [this] {
        if (CustomerTab *tab = currentTab())
            tab->copySummary(m_includeBalances->isChecked());
    });
    m_exportAccounts = withName(new QAction(tr("&Export accounts…"), this), "exportAccountsAction");
    m_exportAccounts->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_exportAccounts, &QAction::triggered, this, &MainWindow::chooseExportFile);
    m_history = withName(new QAction(tr("&History"), this), "historyAction");
    m_history->setShortcut(QKeySequence(tr("Ctrl+H")));
    connect(m_history, &QAction::triggered, this, [this] {
        if (CustomerTab *tab = currentTab())
            tab->showHistory();
    });
}

void MainWindow::chooseExportFile()
{
    CustomerTab *tab = currentTab();
    if (!tab)
        return;
    auto *chooser = new QFileDialog(this, tr("Export the visible accounts"), QString(), tr("CSV files (*.csv)"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("csv"));
    chooser->selectFile(tr("accounts-%1.csv").arg(tab->customerId()));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, tab, &CustomerTab::exportAccounts);
    chooser->open(); // not exec(): no nested event loop
}

void MainWindow::createConnectionActions()
{
    m_signIn = withName(new QAction(tr("Sign &in"), this), "signInAction");
    connect(m_signIn, &QAction::triggered, this, &MainWindow::signIn);
    m_signOut = withName(new QAction(tr("Sign &out"), this), "signOutAction");
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOut);
    m_connections = new QAction(tr("Co&nnections…"), this);
    connect(m_connections, &QAction::triggered, this, [this] {
        auto *editor = new ProfileEditorDialog(m_options.secrets, m_prompter, this, m_options.signInFailures);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(editor, &ProfileEditorDialog::profilesChanged, this, &MainWindow::profilesEdited);
        editor->show();
    });
}

void MainWindow::createMenus(QAction *findShortcut)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(findShortcut);
    file->addAction(m_closeTab);
    file->addSeparator();
    m_connectionMenu = file->addMenu(tr("Conn&ect to"));
    file->addAction(m_connections);
    file->addAction(m_signIn);
    file->addAction(m_signOut);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    customer->addAction(m_reload);
    customer->addAction(m_viewInstitution);
    customer->addSeparator();
    customer->addAction(m_refreshLogin);
    customer->addAction(m_refreshAll);
    customer->addSeparator();
    customer->addAction(m_deleteAccount);
    customer->addAction(m_deleteLogin);
    customer->addSeparator();
    customer->addAction(m_createFixLink);
    customer->addSeparator();
    customer->addAction(m_copySummary);
    customer->addAction(m_includeBalances);
    customer->addAction(m_exportAccounts);
    customer->addAction(m_history);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_auditLog = withName(tools->addAction(tr("&Audit log"), this,
                                           [this] {
                                               auto *viewer = new AuditViewerDialog(m_options.audit->path(), this);
                                               viewer->setAttribute(Qt::WA_DeleteOnClose);
                                               viewer->show();
                                           }),
                          "auditLogAction");
    m_auditLog->setShortcut(QKeySequence(tr("Ctrl+L")));
    createLanguageMenu(tools);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Account Console"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Account Console"),
                                    tr("<b>Account Console %1</b><p>Browse, refresh and delete access to customers' "
                                       "bank accounts through the Finicity account API.</p>")
                                        .arg(QApplication::applicationVersion()),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

// The language setting, used from the next start (every window would have to be rebuilt to
// change it now).
void MainWindow::createLanguageMenu(QMenu *tools)
{
    QMenu *menu = tools->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString chosen = QSettings().value(ConsoleLanguage::kSettingKey).toString();
    const auto add = [this, menu, group, chosen](const QString &text, const QString &code) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, text] {
            QSettings().setValue(ConsoleLanguage::kSettingKey, code);
            statusBar()->showMessage(tr("Language: %1. Restart the console to use it.").arg(text));
        });
    };
    add(tr("As the system"), QString());
    for (const ConsoleLanguage::Language &language : ConsoleLanguage::available())
        add(language.native, language.code);
}

CustomerTab *MainWindow::currentTab() const
{
    return qobject_cast<CustomerTab *>(m_tabs->currentWidget());
}

void MainWindow::updateActions()
{
    if (!m_reload)
        return; // still building the window
    CustomerTab *tab = currentTab();
    const std::pair<QAction *, CustomerAction> actions[] = {
        {m_reload, CustomerAction::Reload},
        {m_refreshAll, CustomerAction::RefreshAll},
        {m_refreshLogin, CustomerAction::RefreshLogin},
        {m_deleteAccount, CustomerAction::DeleteAccount},
        {m_deleteLogin, CustomerAction::DeleteLogin},
        {m_viewInstitution, CustomerAction::ViewInstitution},
        {m_createFixLink, CustomerAction::CreateFixLink},
        {m_copySummary, CustomerAction::CopySummary},
        {m_exportAccounts, CustomerAction::CopySummary},
        {m_history, CustomerAction::History},
    };
    for (const auto &[action, which] : actions) {
        const ActionVerdict v = tab ? tab->verdict(which) : ActionVerdict{true, false, tr("Open a customer first.")};
        action->setEnabled(v.enabled);
        // The why-not is said where the agent looks: the tooltip, with the shortcut.
        const QString name = action->text().remove(QLatin1Char('&'));
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(keys.isEmpty() ? name : tr("%1 (%2)").arg(name, keys));
        if (!v.enabled && !v.why.isEmpty())
            action->setToolTip(action->toolTip() + QLatin1Char('\n') + v.why);
    }
    m_closeTab->setEnabled(tab != nullptr);
    m_signIn->setEnabled(m_session != nullptr);
    m_signOut->setEnabled(m_session != nullptr);
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_sessionLabel->setText(tr("Not connected"));
        return;
    }
    const qint64 age = m_session->tokenAgeSeconds();
    const int failures = m_session->failedAuthenticationsInARow();
    if (m_session->isAuthenticationBlocked())
        m_sessionLabel->setText(tr("Not signed in · %n failed sign-in(s) in a row", nullptr, failures));
    else if (age < 0)
        m_sessionLabel->setText(tr("Not signed in"));
    else
        m_sessionLabel->setText(tr("Signed in · token %n min old", nullptr, int(age / 60)));
}

CustomerTab *MainWindow::openCustomer(const QString &customerId)
{
    if (!m_session)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<CustomerTab *>(m_tabs->widget(i));
        if (tab && tab->customerId() == customerId) {
            m_tabs->setCurrentIndex(i);
            return tab;
        }
    }
    // A sign-in the tab's requests will need is asked for first. Qt starts a request only when the
    // event loop runs again, but this one then starts ahead of the new tab's layout and first
    // paint, and its connection opens meanwhile; its body still waits for them, since Qt hands a
    // request's body to its HTTP thread through this thread (strace). The tab's requests wait
    // for it. One that failed is not sent again: the tab says why. An id no request may carry
    // needs none: the tab refuses it before asking for a token.
    if (Ids::isValidPathId(customerId))
        m_session->withToken(this, [](const std::optional<ApiError> &) {});
    CustomerTab::Services services{m_session, m_institutions, m_prompter, m_options.audit, m_options.connectionName};
    auto *tab = new CustomerTab(services, customerId);
    const int index = m_tabs->addTab(tab, customerId);
    // The tab's close button has no name of its own in Qt 6.4; Ctrl+W is its keyboard path.
    const auto nameCloseButton = [this](int i, const QString &title) {
        if (QWidget *close = m_tabs->tabBar()->tabButton(i, QTabBar::RightSide)) {
            close->setAccessibleName(tr("Close %1").arg(title));
            close->setToolTip(
                tr("Close %1 (%2)").arg(title, m_closeTab->shortcut().toString(QKeySequence::NativeText)));
        }
    };
    nameCloseButton(index, customerId);
    connect(tab, &CustomerTab::titleChanged, this, [this, tab, nameCloseButton] {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0) {
            m_tabs->setTabText(i, tab->title());
            m_tabs->setTabToolTip(i, tr("Customer %1").arg(tab->customerId()));
            nameCloseButton(i, tab->title());
        }
    });
    connect(tab, &CustomerTab::stateChanged, this, &MainWindow::updateActions);
    connect(tab, &CustomerTab::commandFinished, this, [this](bool, const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, 15000);
    });
    m_tabs->setCurrentIndex(index);
    tab->load();
    return tab;
}

void MainWindow::find(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty() || !m_session)
        return;
    if (Ids::isValidPathId(query)) {
        openCustomer(query);
        return;
    }
    delete m_searchJob;
    statusBar()->showMessage(tr("Searching for \"%1\"…").arg(query));
    m_searchJob = new GetCustomersJob(m_session, query, 1, 25, this);
    connect(m_searchJob, &ApiJob::finished, this, [this, job = m_searchJob.data(), query] {
        job->deleteLater();
        showSearchResults(job, query);
    });
    m_searchJob->start();
}

void MainWindow::showSearchResults(GetCustomersJob *job, const QString &text)
{
    if (job->error()) {
        const QString message = tr("Search failed: %1").arg(job->error()->agentText());
        statusBar()->showMessage(message);
        emit searchFinished(message);
        return;
    }
    const CustomerPage &page = job->page();
    if (page.customers.isEmpty()) {
        const QString message = tr("No customer matches \"%1\".").arg(text);
        statusBar()->showMessage(message);
        emit searchFinished(message);
        return;
    }
    statusBar()->clearMessage();
    if (page.customers.size() == 1) {
        openCustomer(page.customers.first().id);
        emit searchFinished({});
        return;
    }
    auto *picker = new CustomerPickerDialog(text, page, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        const QString id = picker->chosenCustomerId();
        if (!id.isEmpty())
            openCustomer(id);
    });
    picker->open();
    emit searchFinished({});
}
