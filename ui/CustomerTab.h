#pragma once

#include "commands/ActionCommand.h"
#include "commands/ActionRules.h"
#include "commands/DeleteAccessCommand.h"
#include "core/InstitutionLogin.h"
#include "net/ApiJob.h"

#include <QPointer>
#include <QWidget>

class AccountDetailsPanel;
class AuditLog;
class AccountFilterProxy;
class AccountTreeModel;
class ActionCommand;
class ApiJob;
class InstitutionDirectory;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;
class TreeOpening;
struct ApiError;
struct Institution;

// One open customer: the accounts by institution login, filters, the details of the selected
// account, and the actions on them. Each tab has its own state.
class CustomerTab : public QWidget
{
    Q_OBJECT
public:
    struct Services
    {
        Session *session = nullptr;
        InstitutionDirectory *institutions = nullptr;
        ConfirmationPrompter *prompter = nullptr;
        AuditLog *audit = nullptr;
        QString profile;
    };

    CustomerTab(const Services &services, const QString &customerId, QWidget *parent = nullptr);
    ~CustomerTab() override;

    QString customerId() const { return m_context.customerId; }
    QString title() const;
    void load();
    void reloadLogin(const QString &loginId);

    // The actions; each asks for confirmation first.
    void refreshAll();
    void refreshSelectedLogin();
    void deleteSelectedAccount();
    void deleteSelectedLogin();
    void viewSelectedInstitution();
    void createFixLinkForSelectedLogin();

    // For a ticket: the summary on the clipboard, the visible accounts to a CSV file, the
    // customer's history from the audit trail.
    QString summary(bool includeBalances) const;
    void copySummary(bool includeBalances);
    QString visibleAccountsCsv() const;
    void exportAccounts(const QString &fileName);
    void showHistory();

    bool isBusy() const { return m_command != nullptr; }
    // A confirmed refresh or delete has been sent and its answer has not come yet.
    bool isWaiting() const { return m_command && m_command->isSending(); }
    QString waitingFor() const; // "Avery Johnson: Refreshing FinBank…"
    // The agent stops waiting for the running refresh or delete (it may still complete).
    void stopWaiting();
    bool isLoaded() const { return m_loaded; }
    // What the actions are decided from (commands/ActionRules).
    CustomerState state() const;
    ActionVerdict verdict(CustomerAction action) const { return actionVerdict(action, state()); }
    QString selectedAccountId() const;
    QString selectedLoginId() const;

    AccountTreeModel *model() const { return m_model; }
    AccountFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QString message() const; // the state or outcome the agent reads

signals:
    void titleChanged();
    void stateChanged(); // selection, busy or loaded changed: actions re-evaluate
    void loaded();
    void commandFinished(bool ok, const QString &message);
    void exported(bool ok, const QString &message);

private:
    void buildUi();
    QLayout *buildFilters();
    QWidget *buildActivity();
    QWidget *buildMessagePage();
    QWidget *buildView();
    void connectUi();
    void showMessage(const QString &text, bool offerRetry);
    void showOutcome(const QString &text, bool ok);
    void showError(const ApiError &error);
    void accountsArrived(ApiJob *job);
    QList<Institution> knownInstitutions(const QList<InstitutionLogin> &logins) const;
    void run(ActionCommand *command);
    void onSelectionChanged();
    void onStatusFilterChanged();
    QModelIndex selectedRow() const;
    void deleteSelected(DeleteAccessCommand::Scope scope, const QString &id);
    void selectLoginAfterDelete(const QString &loginId);
    void contextMenu(const QPoint &position);

    Services m_services;
    CustomerContext m_context;
    AccountTreeModel *m_model;
    AccountFilterProxy *m_proxy;
    QLabel *m_header;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_type;
    QStackedWidget *m_stack;
    QLabel *m_stateLabel;
    QPushButton *m_retry;
    QTreeView *m_view;
    TreeOpening *m_opening; // how the tree opens on a load
    AccountDetailsPanel *m_details;
    QWidget *m_activity;
    QLabel *m_activityLabel;
    QPushButton *m_stop;
    QLabel *m_outcome;
    QPointer<ApiJob> m_loadJob;
    QPointer<ActionCommand> m_command;
    bool m_loaded = false;
    bool m_serviceTypeFilter = false; // the loaded list was filtered by the service (account_type)
    QString m_serviceStatus;          // the status the loaded list was asked for
};
