#pragma once

#include "CustomerTab.h"
#include "net/jobs/ReadJobs.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QLabel;
class QLineEdit;
class QTabWidget;
class InstitutionDirectory;
class AuditLog;
class SecretStore;
class SignInFailures;
class GetCustomersJob;

// The window agents live in: find a customer, one tab per open customer, and the actions on
// the current tab's selection in the toolbar, the menu and on the keyboard.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString connectionName;
        AuditLog *audit = nullptr;                // required: refreshes and deletes are recorded here
        SecretStore *secrets = nullptr;           // for File → Connections; none: the menu entry is hidden
        SignInFailures *signInFailures = nullptr; // shared with File → Connections' "Test sign-in"
    };

    // session may be null until a connection is ready (setConnection()).
    MainWindow(Session *session, ConfirmationPrompter *prompter, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches to another connection: the open customers close, institutions are fetched anew.
    void setConnection(Session *session, const Options &options);
    // A person asks to sign in. Before the attempt that would be the fifth failure in a row it
    // warns, because the provider then locks the partner out.
    void signIn();
    void signOut();
    // The profiles offered under Connection; `current` is checked.
    void setProfiles(const QStringList &names, const QString &current);
    QString sessionStatus() const;

    // A customer id opens directly; anything else searches (GetCustomers).
    void find(const QString &text);
    CustomerTab *openCustomer(const QString &customerId);
    // Closes a customer's tab; one still waiting for a refresh or delete asks first.
    void closeTab(int index);
    CustomerTab *currentTab() const;

protected:
    void closeEvent(QCloseEvent *event) override;

signals:
    void searchFinished(const QString &message);
    void connectionRequested(const QString &profileName);
    void profilesEdited();

private:
    bool isReadOnly() const;
    void createActions();
    void createCustomerActions(QAction *findShortcut);
    void createConnectionActions();
    void createMenus(QAction *findShortcut);
    void createTicketActions();
    void createLanguageMenu(QMenu *tools);
    void chooseExportFile();
    void updateActions();
    void updateStatus();
    void showSearchResults(GetCustomersJob *job, const QString &text);
    QList<CustomerTab *> customerTabs() const;

    Session *m_session;
    ConfirmationPrompter *m_prompter;
    Options m_options;
    InstitutionDirectory *m_institutions;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QLabel *m_connectionLabel;
    QLabel *m_sessionLabel;
    QPointer<GetCustomersJob> m_searchJob;
    QAction *m_reload = nullptr;
    QAction *m_refreshAll = nullptr;
    QAction *m_refreshLogin = nullptr;
    QAction *m_deleteAccount = nullptr;
    QAction *m_deleteLogin = nullptr;
    QAction *m_viewInstitution = nullptr;
    QAction *m_createFixLink = nullptr;
    QAction *m_copySummary = nullptr;
    QAction *m_includeBalances = nullptr;
    QAction *m_exportAccounts = nullptr;
    QAction *m_history = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_auditLog = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_connections = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QList<QMetaObject::Connection> m_sessionConnections;
    bool m_quitConfirmed = false;
};
