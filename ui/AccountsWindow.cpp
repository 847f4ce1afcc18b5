#include "AccountsWindow.h"

#include "UiLog.h"
#include "core/ErrorCatalog.h"
#include "core/InstitutionLogin.h"
#include "net/Session.h"
#include "net/jobs/GetCustomerAccountsJob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

AccountsWindow::AccountsWindow(Session *session, const QString &connectionName, const QString &customerId,
                               QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_customerId(new QLineEdit(customerId))
    , m_loadButton(new QPushButton(tr("&Open customer")))
    , m_tree(new QTreeWidget)
    , m_state(new QLabel)
{
    setWindowTitle(tr("Account Console — %1").arg(connectionName));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Customer ID:"));
    label->setBuddy(m_customerId);
    m_customerId->setAccessibleName(tr("Customer ID"));
    m_customerId->setClearButtonEnabled(true);
    bar->addWidget(label);
    bar->addWidget(m_customerId, 1);
    bar->addWidget(m_loadButton);
    layout->addLayout(bar);
    m_tree->setAccessibleName(tr("Accounts by institution login"));
    m_tree->setHeaderLabels({tr("Login / account"), tr("Number"), tr("Type"), tr("Status"), tr("Balance"),
                             tr("Balance date")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    setCentralWidget(central);
    statusBar()->showMessage(tr("Connection: %1").arg(connectionName));
    resize(1000, 620);

    connect(m_loadButton, &QPushButton::clicked, this, &AccountsWindow::load);
    connect(m_customerId, &QLineEdit::returnPressed, this, &AccountsWindow::load);
    connect(m_session, &Session::signedIn, this, [this] { statusBar()->showMessage(tr("Signed in")); });
}

void AccountsWindow::load()
{
    if (m_job)
        return; // one load at a time; the button is disabled meanwhile
    m_tree->clear();
    m_state->setText(tr("Loading accounts…"));
    m_loadButton->setEnabled(false);
    m_job = new GetCustomerAccountsJob(m_session, m_customerId->text().trimmed(), {}, {}, this);
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        showAccounts(job);
        job->deleteLater();
    });
    m_job->start();
}

void AccountsWindow::showAccounts(GetCustomerAccountsJob *job)
{
    m_loadButton->setEnabled(true);
    if (job->error()) {
        qCWarning(lcUi).noquote() << job->error()->logText();
        m_state->setText(job->error()->agentText());
        return;
    }
    const QList<InstitutionLogin> logins = groupByInstitutionLogin(job->takeAccounts());
    if (logins.isEmpty()) {
        m_state->setText(tr("This customer has no linked accounts."));
        emit loaded();
        return;
    }
    QLocale locale;
    int accounts = 0;
    for (const InstitutionLogin &login : logins) {
        auto *top = new QTreeWidgetItem(m_tree, {tr("Institution %1 — login %2 (%n account(s))", nullptr,
                                                    int(login.accounts.size()))
                                                     .arg(login.institutionId, login.id)});
        for (const Account &account : login.accounts) {
            const QString status = account.hasAggregationError()
                                       ? tr("%1 (code %2)").arg(account.status).arg(*account.aggregationStatusCode)
                                       : account.status;
            auto *row = new QTreeWidgetItem(
                top, {account.nickname.isEmpty() ? account.name : tr("%1 (%2)").arg(account.name, account.nickname),
                      account.accountNumberDisplay, account.type, status,
                      account.balance ? account.balance->toDisplayString(locale) : QString(),
                      locale.toString(account.balanceDate.toLocalTime(), QLocale::ShortFormat)});
            row->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
            if (const auto entry = ErrorCatalog::lookupAggregation(account.aggregationStatusCode.value_or(0)))
                row->setToolTip(3, entry->meaning + QLatin1Char(' ') + entry->advice);
            ++accounts;
        }
    }
    m_tree->expandAll();
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    m_state->setText(tr("%n account(s) under %1 institution login(s).", nullptr, accounts).arg(logins.size()));
    emit loaded();
}
