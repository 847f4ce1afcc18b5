#include "CustomerPickerDialog.h"
#include "ObjectNames.h"
#include "PlainText.h"

#include "AccountLabels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CustomerPickerDialog::CustomerPickerDialog(const QString &search, const CustomerPage &page, QWidget *parent)
    : QDialog(parent)
    , m_list(withName(new QTreeWidget, "list"))
{
    setWindowTitle(tr("Customers matching \"%1\"").arg(search));
    auto *layout = new QVBoxLayout(this);
    QString summary = tr("%n customer(s) found.", nullptr, page.found);
    if (page.moreAvailable)
        summary += QLatin1Char(' ') + tr("Showing the first %1; refine the search to narrow it.").arg(page.displaying);
    layout->addWidget(new QLabel(summary));
    m_list->setAccessibleName(tr("Matching customers"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Username"), tr("Customer ID"), tr("Created")});
    for (const Customer &c : page.customers) {
        auto *item =
            new QTreeWidgetItem(m_list, {c.displayName(), c.username, c.id, AccountLabels::localDate(c.createdDate)});
        item->setToolTip(3, AccountLabels::utcTooltip(c.createdDate));
    }
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Open)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    resize(640, 360);
    PlainText::applyTo(this);
}

QString CustomerPickerDialog::chosenCustomerId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(2) : QString();
}
