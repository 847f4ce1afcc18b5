#pragma once

#include <QMainWindow>
#include <QPointer>

class QLineEdit;
class QLabel;
class QPushButton;
class QTreeWidget;
class Session;
class GetCustomerAccountsJob;

// The first window: signs in and lists one customer's accounts grouped by institution login.
// It is replaced by the full console (issue "The console").
class AccountsWindow : public QMainWindow
{
    Q_OBJECT
public:
    AccountsWindow(Session *session, const QString &connectionName, const QString &customerId,
                   QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void load();

signals:
    void loaded();

private:
    void showAccounts(GetCustomerAccountsJob *job);

    Session *m_session;
    QLineEdit *m_customerId;
    QPushButton *m_loadButton;
    QTreeWidget *m_tree;
    QLabel *m_state;
    QPointer<GetCustomerAccountsJob> m_job;
};
