#pragma once

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AccountTreeModel *m_model;
    QString m_needle;
    QString m_type;
};
