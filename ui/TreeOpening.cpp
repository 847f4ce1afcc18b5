#include "TreeOpening.h"

#include <QItemSelectionModel>
#include <QScopedValueRollback>
#include <QTreeView>

namespace {
constexpr int kExpandAllUpTo = 100; // accounts; larger customers start collapsed
}

TreeOpening::TreeOpening(QTreeView *view)
    : QObject(view)
    , m_view(view)
{
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_selecting)
            m_following = false; // the agent chose
    });
}

void TreeOpening::open(int accountCount)
{
    if (accountCount <= kExpandAllUpTo)
        m_view->expandAll();
    else
        m_view->collapseAll();
    m_openedLogin = QPersistentModelIndex();
    selectFirst();
}

void TreeOpening::followReorder()
{
    if (m_following)
        selectFirst();
}

void TreeOpening::selectFirst()
{
    const QAbstractItemModel *model = m_view->model();
    const QModelIndex firstLogin = model->index(0, 0);
    const QModelIndex first = model->index(0, 0, firstLogin);
    const QModelIndex chosen = first.isValid() ? first : firstLogin;
    if (!chosen.isValid())
        return;
    if (chosen != m_view->currentIndex()) {
        const QScopedValueRollback<bool> selecting(m_selecting, true);
        const QModelIndex login = chosen.parent();
        const bool wasExpanded = !login.isValid() || m_view->isExpanded(login);
        if (m_openedLogin.isValid() && m_openedLogin != login)
            m_view->collapse(m_openedLogin);
        m_view->setCurrentIndex(chosen); // expands its login to show it
        m_openedLogin = wasExpanded ? QPersistentModelIndex() : QPersistentModelIndex(login);
        m_view->scrollToTop();
    }
    m_following = true;
}
