#include "AccountFilterProxy.h"

#include "AccountLabels.h"
#include "AccountTreeModel.h"

#include <limits>

AccountFilterProxy::AccountFilterProxy(AccountTreeModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(AccountTreeModel::SortRole);
    setSortLocaleAware(true);
    // A matching account keeps its login visible.
    setRecursiveFilteringEnabled(true);
}

void AccountFilterProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

void AccountFilterProxy::setAccountType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void AccountFilterProxy::setNeedsAttentionOnly(bool only)
{
    if (only == m_attentionOnly)
        return;
    m_attentionOnly = only;
    invalidateRowsFilter();
}

bool AccountFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid()) {
        // A login is shown through its accounts (recursive filtering); with no filter, always.
        const bool attention =
            !m_attentionOnly || m_model->index(sourceRow, 0).data(AccountTreeModel::NeedsAttentionRole).toBool();
        return m_needle.isEmpty() && m_type.isEmpty() && attention;
    }
    if (m_attentionOnly && !sourceParent.data(AccountTreeModel::NeedsAttentionRole).toBool())
        return false;
    if (!m_type.isEmpty()) {
        const Account *account = m_model->account(m_model->index(sourceRow, 0, sourceParent));
        if (!account || account->type != m_type)
            return false;
    }
    // The model keeps the lower-cased text once per row: no QVariant per row and keystroke.
    return m_needle.isEmpty() || m_model->filterText(sourceRow, sourceParent).contains(m_needle);
}

bool AccountFilterProxy::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    const Account *left = m_model->account(sourceLeft);
    const Account *right = m_model->account(sourceRight);
    if (!left && !right && sourceLeft.column() == AccountTreeModel::NameColumn) // logins, by institution name
        return m_model->institutionRank(sourceLeft.row()) < m_model->institutionRank(sourceRight.row());
    if (!left || !right) // logins by another column: as many as two thousand rows
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    // The same order as the model's SortRole: money as money, dates as dates, text by locale.
    switch (sourceLeft.column()) {
    case AccountTreeModel::NameColumn: {
        const int byName = m_collator.compare(left->name, right->name);
        return byName != 0 ? byName < 0 : m_collator.compare(left->nickname, right->nickname) < 0;
    }
    case AccountTreeModel::NumberColumn:
        return m_collator.compare(left->accountNumberDisplay, right->accountNumberDisplay) < 0;
    case AccountTreeModel::TypeColumn:
        return left->type != right->type
               && m_collator.compare(AccountLabels::typeLabel(left->type), AccountLabels::typeLabel(right->type)) < 0;
    case AccountTreeModel::StatusColumn:
        return left->aggregationStatusCode.value_or(0) < right->aggregationStatusCode.value_or(0);
    case AccountTreeModel::BalanceColumn: {
        constexpr qint64 none = std::numeric_limits<qint64>::min();
        return (left->balance ? left->balance->minorUnits() : none)
               < (right->balance ? right->balance->minorUnits() : none);
    }
    case AccountTreeModel::DateColumn:
        return left->balanceDate < right->balanceDate;
    }
    return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
}

bool AccountFilterProxy::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && m_needle.isEmpty() && m_type.isEmpty() && !m_attentionOnly)
        return sourceModel()->hasChildren(mapToSource(parent));
    return QSortFilterProxyModel::hasChildren(parent);
}
