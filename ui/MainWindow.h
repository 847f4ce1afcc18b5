#pragma once

#include "CustomerTab.h"
#include "net/jobs/GetCustomersJob.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class InstitutionDirectory;
class AuditLog;
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
        bool refreshUsesV2 = false;
        bool readOnly = false;
        AuditLog *audit = nullptr; // required: refreshes and deletes are recorded here
    };

    MainWindow(Session *session, ConfirmationPrompter *prompter, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A customer id opens directly; anything else searches (GetCustomers).
    void find(const QString &text);
    CustomerTab *openCustomer(const QString &customerId);
    CustomerTab *currentTab() const;
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *searchField() const { return m_search; }

    QAction *refreshAllAction() const { return m_refreshAll; }
    QAction *refreshLoginAction() const { return m_refreshLogin; }
    QAction *deleteAccountAction() const { return m_deleteAccount; }
    QAction *deleteLoginAction() const { return m_deleteLogin; }
    QAction *reloadAction() const { return m_reload; }
    QAction *auditLogAction() const { return m_auditLog; }

signals:
    void searchFinished(const QString &message);

private:
    void createActions();
    void updateActions();
    void updateStatus();
    void showSearchResults(GetCustomersJob *job, const QString &text);

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
    QAction *m_closeTab = nullptr;
    QAction *m_auditLog = nullptr;
};
