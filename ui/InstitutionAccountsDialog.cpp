#include "InstitutionAccountsDialog.h"
#include "PlainText.h"

#include "AccountLabels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

InstitutionAccountsDialog::InstitutionAccountsDialog(const QString &customerLabel, const QString &institutionName,
                                                     const QList<Account> &accounts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Accounts at %1").arg(institutionName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("%1 has %n active account(s) at %2.", nullptr, int(accounts.size())).arg(customerLabel, institutionName)));
    auto *list = new QTreeWidget;
    list->setAccessibleName(tr("Accounts at %1").arg(institutionName));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Account"), tr("Number"), tr("Type"), tr("Login"), tr("Balance")});
    for (const Account &a : accounts) {
        auto *item = new QTreeWidgetItem(list, {a.name, QStringLiteral("•••• ") + a.accountNumberDisplay,
                                                AccountLabels::typeLabel(a.type), a.institutionLoginId,
                                                a.balance ? a.balance->toDisplayString() : QString()});
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < list->columnCount(); ++c)
        list->resizeColumnToContents(c);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
    PlainText::applyTo(this);
}
