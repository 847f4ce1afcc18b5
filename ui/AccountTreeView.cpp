#include "AccountTreeView.h"

#include "AccountLabels.h"
#include "AccountTreeModel.h"
#include "UnshapedText.h"
#include "core/InstitutionHealth.h"
#include "core/Money.h"

#include <QHeaderView>
#include <QSettings>

#include <algorithm>

namespace {
const QString kHeaderKey = QStringLiteral("view/accountsHeader");
} // namespace

AccountTreeView::AccountTreeView(QAbstractItemModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setModel(model);
    setAccessibleName(tr("Accounts by institution login"));
    setUniformRowHeights(true);
    // Latin text without kerning or ligatures: each visible cell's text is laid out several
    // times per paint, and shaping it was half of painting the tree (callgrind; bench_console's
    // repaint 5.0 -> 3.1 ms). The console sets it for every widget; the tree keeps it wherever
    // it is shown.
    setFont(UnshapedText::of(font()));
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setSectionsMovable(true);
    sortByColumn(AccountTreeModel::NameColumn, Qt::AscendingOrder);
    sizeColumns();
    restoreHeader();
    // The agent's changes are written once they pause (a column dragged wider changes it at every
    // step), and not at all when nothing changed: the settings file is rewritten and flushed to
    // disk on the GUI thread, and showing a loaded tree resized its last column twice, which
    // held the window 2-3 ms per customer opened (bench_console).
    m_saveHeaderLater.setSingleShot(true);
    m_saveHeaderLater.setInterval(kSaveHeaderAfter);
    connect(&m_saveHeaderLater, &QTimer::timeout, this, &AccountTreeView::saveHeader);
    for (const auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized})
        connect(header(), signal, &m_saveHeaderLater, qOverload<>(&QTimer::start));
    connect(header(), &QHeaderView::sortIndicatorChanged, &m_saveHeaderLater, qOverload<>(&QTimer::start));
}

AccountTreeView::~AccountTreeView()
{
    saveHeader();
}

// Widths that fit typical rows (samples, logins in bold) in the view's font and the agent's
// language: French and Spanish words run longer than English ones.
void AccountTreeView::sizeColumns()
{
    const QFontMetrics plain(font());
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const int padding = plain.horizontalAdvance(QLatin1Char('M'));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Institution maintenance;
    maintenance.status = QStringLiteral("maintenance");
    const int widths[] = {
        plain.horizontalAdvance(QStringLiteral("30-Year Fixed Mortgage (Main)")) + 2 * indentation(),
        bold.horizontalAdvance(AccountTreeModel::tr("Login %1").arg(QStringLiteral("1007302746"))),
        std::max({bold.horizontalAdvance(AccountTreeModel::tr("%n account(s)", nullptr, 10)),
                  plain.horizontalAdvance(AccountLabels::typeLabel(QStringLiteral("creditCard"))),
                  plain.horizontalAdvance(AccountLabels::typeLabel(QStringLiteral("mortgage"))),
                  plain.horizontalAdvance(AccountLabels::typeLabel(QStringLiteral("lineOfCredit")))}),
        bold.horizontalAdvance(AccountTreeModel::tr("Error %1 · customer fix").arg(185) + QStringLiteral(" · ")
                               + InstitutionHealth::badge(maintenance)),
        plain.horizontalAdvance(Money(-19369286, QStringLiteral("USD")).toDisplayString()),
        std::max(bold.horizontalAdvance(
                     AccountTreeModel::tr("%1 · stale").arg(AccountLabels::relativeAge(now.addDays(-10), now))),
                 plain.horizontalAdvance(AccountLabels::localDate(now))),
    };
    for (int column = 0; column < AccountTreeModel::ColumnCount; ++column)
        header()->resizeSection(column, widths[column] + padding);
}

void AccountTreeView::saveHeader()
{
    m_saveHeaderLater.stop();
    QByteArray state = header()->saveState();
    if (state == m_savedHeader)
        return;
    QSettings().setValue(kHeaderKey, state);
    m_savedHeader = std::move(state);
}

void AccountTreeView::restoreHeader()
{
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (!state.isEmpty() && header()->restoreState(state))
        m_savedHeader = header()->saveState();
}
