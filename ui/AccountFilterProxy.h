#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

class AccountTreeModel;

// Sorts by AccountTreeModel::SortRole (money as money, dates as dates) and filters accounts by
// text (name, number, type, institution) and by account type, keeping the parent login visible.
class AccountFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountFilterProxy(AccountTreeModel *model, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }
    // An account type ("checking"); empty shows every type.
    void setAccountType(const QString &type);
    // Only the logins that need attention (an error, stale, the institution not online), with
    // all their accounts.
    void setNeedsAttentionOnly(bool only);
    bool needsAttentionOnly() const { return m_attentionOnly; }

    // A login has accounts whenever nothing filters them out: answered by the model, without
    // sorting and filtering the login's accounts. A collapsed tree asks it of every login; for
    // the 100,000-account customer's 2,000 logins that was 20 ms on the GUI thread.
    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Accounts compare on their fields directly: the default compares two QVariants built per
    // comparison, which made sorting the largest part of showing 10,000 accounts.
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    AccountTreeModel *m_model;
    QString m_needle;
    QString m_type;
    bool m_attentionOnly = false;
    QCollator m_collator; // the locale's order, as setSortLocaleAware(true) gives other rows
};
