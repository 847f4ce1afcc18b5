#include "AccountFilterProxy.h"

#include "AccountTreeModel.h"

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

bool AccountFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid()) {
        // A login is shown through its accounts (recursive filtering); with no filter, always.
        return m_needle.isEmpty() && m_type.isEmpty();
    }
    if (!m_type.isEmpty()) {
        const Account *account = m_model->account(m_model->index(sourceRow, 0, sourceParent));
        if (!account || account->type != m_type)
            return false;
    }
    // The model keeps the lower-cased text once per row: no QVariant per row and keystroke.
    return m_needle.isEmpty() || m_model->filterText(sourceRow, sourceParent).contains(m_needle);
}
