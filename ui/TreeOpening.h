#pragma once

#include <QObject>
#include <QPersistentModelIndex>

class QTreeView;

// How a customer's tree opens: every login expanded for a small customer, collapsed above 100
// accounts, and the first account selected at the top, so that its details show. Until the agent
// selects a row, the first account follows the logins as they move (institution names arriving
// re-sort them); a login opened only to show the account it replaces closes again.
class TreeOpening : public QObject
{
    Q_OBJECT
public:
    explicit TreeOpening(QTreeView *view);

    // The model has just been filled with `accountCount` accounts.
    void open(int accountCount);
    // The rows have moved: the first account again, unless the agent has chosen since.
    void followReorder();

private:
    void selectFirst();

    QTreeView *m_view;
    bool m_following = false; // the first account was selected here, not by the agent
    bool m_selecting = false;
    QPersistentModelIndex m_openedLogin; // expanded here to show the selected account
};
