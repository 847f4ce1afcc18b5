// The console window, offscreen, against the in-process sandbox: the model through loading,
// reloading, filtering and deleting; every confirmation's cancel and confirm; failures; v2
// refresh; the search flow; read-only; keyboard and accessibility.
#include "AccountDetailsPanel.h"
#include "AccountFilterProxy.h"
#include "AccountTreeModel.h"
#include "ConfirmActionDialog.h"
#include "CustomerPickerDialog.h"
#include "InstitutionAccountsDialog.h"
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "ScriptedPrompter.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogReader.h"
#include "core/EnglishPlurals.h"
#include "core/RecentCustomers.h"
#include "net/InstitutionDirectory.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString typical = QString::fromLatin1(SandboxData::kTypicalCustomer);

struct Console
{
    SandboxFixture sandbox;
    ScriptedPrompter prompter;
    InstitutionDirectory institutions{sandbox.session.get()};
    QTemporaryDir auditDir;
    AuditLog audit{auditDir.filePath(u"audit.jsonl"_s)};

    explicit Console(const SandboxOptions &options = {}, ConnectionSettings settings = {})
        : sandbox(options, settings)
    {}

    std::unique_ptr<CustomerTab> tab(const QString &customerId, bool v2 = false, bool readOnly = false)
    {
        CustomerTab::Services services{sandbox.session.get(), &institutions, &prompter, v2, readOnly, &audit,
                                       u"Sandbox"_s};
        return std::make_unique<CustomerTab>(services, customerId);
    }
    int changes() { return sandbox.log().refreshCount() + sandbox.log().deleteCount(); }
};

bool loadTab(CustomerTab &tab)
{
    QSignalSpy loaded(&tab, &CustomerTab::loaded);
    tab.load();
    return loaded.wait(30000);
}

bool waitForCommand(CustomerTab &tab, int timeoutMs = 20000)
{
    QSignalSpy done(&tab, &CustomerTab::commandFinished);
    return done.count() > 0 || done.wait(timeoutMs);
}

void selectAccount(CustomerTab &tab, const QString &accountId)
{
    const QModelIndex source = tab.model()->indexOfAccount(accountId);
    tab.view()->setCurrentIndex(tab.proxy()->mapFromSource(source));
}

void selectLogin(CustomerTab &tab, const QString &loginId)
{
    tab.view()->setCurrentIndex(tab.proxy()->mapFromSource(tab.model()->indexOfLogin(loginId)));
}

QString firstLogin(CustomerTab &tab)
{
    return tab.model()->login(tab.model()->index(0, 0))->id;
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"account-console-tests"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::installTranslator(&m_plurals);
    }
    void init() { QSettings().clear(); }

    void modelStaysConsistentThroughLoadReloadFilterAndDelete();
    void loginsShowInstitutionNamesFetchedOncePerInstitution();
    void balanceSortsAsMoneyAndDatesAsDates();
    void cancellingAnyConfirmationSendsNothing_data();
    void cancellingAnyConfirmationSendsNothing();
    void confirmingSendsExactlyOneRequest_data();
    void confirmingSendsExactlyOneRequest();
    void realDialogDoubleClickSendsOneDelete();
    void confirmationDialogDefaultsToCancel();
    void deleteLoginDialogListsEveryAccount();
    void failedDeleteLeavesTheRowsInPlace();
    void v2RefreshReadsTheAccountsAgain();
    void longRefreshShowsProgressAndCanBeLeft();
    void refreshFailureKeepsRowsAndSaysWhatToDo();
    void statesAreShownInTheView();
    void detailsShowEveryFieldAndPositions();
    void searchFlow();
    void readOnlyHidesAndRefusesChanges();
    void keyboardAndAccessibility();
    void viewStateAndRecentCustomersPersist();
    void viewByInstitutionListsTheCustomersAccountsThere();
    void auditIntentIsOnDiskBeforeTheRequestAndOutcomeAfter();
    void auditRecordsFailuresAndStoppedWaiting();
    void unwritableAuditTrailSendsNothing();

private:
    EnglishPlurals m_plurals;
};

void TestConsole::modelStaysConsistentThroughLoadReloadFilterAndDelete()
{
    Console c;
    auto tab = c.tab(typical);
    QAbstractItemModelTester modelTester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadTab(*tab));
    QCOMPARE(tab->model()->loginCount(), 3);
    QCOMPARE(tab->model()->accountCount(), 8);
    QVERIFY(tab->view()->isExpanded(tab->proxy()->index(0, 0))); // small customers start expanded

    // Reloading one login keeps the selection.
    const QString login = firstLogin(*tab);
    const QModelIndex loginIndex = tab->model()->indexOfLogin(login);
    const QString selected = tab->model()->account(tab->model()->index(1, 0, loginIndex))->id;
    selectAccount(*tab, selected);
    tab->reloadLogin(login);
    QTRY_VERIFY(tab->message().contains(u"Reloaded login"_s));
    QCOMPARE(c.sandbox.log().count("GET",
                                   u"/aggregation/v1/customers/%1/institutionLogins/%2/accounts"_s.arg(typical, login)),
             1);
    QCOMPARE(tab->selectedAccountId(), selected);

    // Filtering keeps the parent login visible.
    tab->filterField()->setText(u"savings"_s);
    QCOMPARE(tab->proxy()->rowCount(), 1);
    QCOMPARE(tab->proxy()->rowCount(tab->proxy()->index(0, 0)), 1);
    tab->filterField()->setText(u"redwood"_s); // an institution name: all its accounts
    QTRY_COMPARE(tab->proxy()->rowCount(), 1);
    QCOMPARE(tab->proxy()->rowCount(tab->proxy()->index(0, 0)), 3);
    tab->filterField()->clear();
    tab->typeFilter()->setCurrentIndex(tab->typeFilter()->findData(u"creditCard"_s));
    QCOMPARE(tab->proxy()->rowCount(), 1);
    tab->typeFilter()->setCurrentIndex(0);
    QCOMPARE(tab->proxy()->rowCount(), 3);

    // Deleting an account, then a login.
    c.prompter.answer = true;
    selectAccount(*tab, selected);
    tab->deleteSelectedAccount();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(tab->model()->accountCount(), 7);
    QVERIFY(!tab->model()->indexOfAccount(selected).isValid());
    selectLogin(*tab, login);
    tab->deleteSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(tab->model()->loginCount(), 2);
    QCOMPARE(tab->model()->accountCount(), 5);
    QCOMPARE(c.sandbox.log().deleteCount(), 2);
}

void TestConsole::loginsShowInstitutionNamesFetchedOncePerInstitution()
{
    Console c;
    auto tab = c.tab(QString::fromLatin1(SandboxData::kLargeCustomer));
    QVERIFY(loadTab(*tab));
    QCOMPARE(tab->model()->accountCount(), 10000);
    QCOMPARE(tab->model()->loginCount(), 200);
    QVERIFY(!tab->view()->isExpanded(tab->proxy()->index(0, 0))); // large customers start collapsed
    QTRY_VERIFY(!tab->model()->index(0, 0).data().toString().startsWith(u"Institution "_s));
    QCOMPARE(c.sandbox.log().count("GET", u"/institution/v2/institutions/\\d+"_s), 10);
    // A second customer at the same banks asks for none of them again.
    auto other = c.tab(typical);
    QVERIFY(loadTab(*other));
    QTest::qWait(200);
    QCOMPARE(c.institutions.fetchCount(), 10);
    QCOMPARE(c.sandbox.log().count("GET", u"/institution/v2/institutions/\\d+"_s), 10);
}

void TestConsole::balanceSortsAsMoneyAndDatesAsDates()
{
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    tab->view()->sortByColumn(AccountTreeModel::BalanceColumn, Qt::AscendingOrder);
    for (int l = 0; l < tab->proxy()->rowCount(); ++l) {
        const QModelIndex login = tab->proxy()->index(l, 0);
        qlonglong previous = std::numeric_limits<qlonglong>::min();
        for (int r = 0; r < tab->proxy()->rowCount(login); ++r) {
            const qlonglong cents = tab->proxy()
                                        ->index(r, AccountTreeModel::BalanceColumn, login)
                                        .data(AccountTreeModel::SortRole)
                                        .toLongLong();
            QVERIFY(cents >= previous);
            previous = cents;
        }
    }
    // As text "-$12,049.34" sorts before "-$193,692.86"; as money the mortgage comes first.
    bool sawLending = false;
    for (int l = 0; l < tab->proxy()->rowCount(); ++l) {
        const QModelIndex login = tab->proxy()->index(l, 0);
        if (tab->proxy()->index(0, AccountTreeModel::TypeColumn, login).data().toString() == "Mortgage"_L1) {
            QCOMPARE(tab->proxy()->index(1, AccountTreeModel::TypeColumn, login).data().toString(), u"Loan"_s);
            sawLending = true;
        }
    }
    QVERIFY(sawLending);
    tab->view()->sortByColumn(AccountTreeModel::DateColumn, Qt::DescendingOrder);
    QDateTime previousDate = QDateTime::fromSecsSinceEpoch(std::numeric_limits<int>::max());
    const QModelIndex login = tab->proxy()->index(0, 0);
    for (int r = 0; r < tab->proxy()->rowCount(login); ++r) {
        const QDateTime date =
            tab->proxy()->index(r, AccountTreeModel::DateColumn, login).data(AccountTreeModel::SortRole).toDateTime();
        QVERIFY(date <= previousDate);
        previousDate = date;
    }
}

void TestConsole::cancellingAnyConfirmationSendsNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("refresh all") << u"refreshAll"_s;
    QTest::newRow("refresh login") << u"refreshLogin"_s;
    QTest::newRow("delete account") << u"deleteAccount"_s;
    QTest::newRow("delete login") << u"deleteLogin"_s;
}

static void trigger(CustomerTab &tab, const QString &action)
{
    const QModelIndex login = tab.model()->index(0, 0);
    if (action == "refreshAll"_L1) {
        tab.refreshAll();
    } else if (action == "refreshLogin"_L1) {
        selectLogin(tab, tab.model()->login(login)->id);
        tab.refreshSelectedLogin();
    } else if (action == "deleteAccount"_L1) {
        selectAccount(tab, tab.model()->account(tab.model()->index(0, 0, login))->id);
        tab.deleteSelectedAccount();
    } else {
        selectLogin(tab, tab.model()->login(login)->id);
        tab.deleteSelectedLogin();
    }
}

void TestConsole::cancellingAnyConfirmationSendsNothing()
{
    QFETCH(QString, action);
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    c.prompter.answer = false;
    trigger(*tab, action);
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(c.prompter.asked.size(), 1);
    QTest::qWait(200);
    QCOMPARE(c.changes(), 0);
    QCOMPARE(tab->model()->accountCount(), 8);
    QVERIFY(!tab->isBusy());
    QCOMPARE(AuditLogReader::read(c.audit.path()).entries.size(), 0); // nothing happened, nothing recorded
}

void TestConsole::confirmingSendsExactlyOneRequest_data()
{
    cancellingAnyConfirmationSendsNothing_data();
}

void TestConsole::confirmingSendsExactlyOneRequest()
{
    QFETCH(QString, action);
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    c.prompter.answer = true;
    c.prompter.timesAnswered = 2; // the confirmation fires twice
    trigger(*tab, action);
    trigger(*tab, action); // and the agent presses the shortcut again meanwhile
    QVERIFY(waitForCommand(*tab));
    QTest::qWait(300);
    QCOMPARE(c.prompter.asked.size(), 1);
    QCOMPARE(c.changes(), 1);
}

void TestConsole::realDialogDoubleClickSendsOneDelete()
{
    Console c;
    DialogPrompter dialogs;
    CustomerTab::Services services{
        c.sandbox.session.get(), &c.institutions, &dialogs, false, false, &c.audit, u"Sandbox"_s};
    CustomerTab tab(services, typical);
    tab.show();
    QVERIFY(loadTab(tab));
    const Account *account = tab.model()->account(tab.model()->index(0, 0, tab.model()->index(0, 0)));
    const QString last4 = account->accountNumberDisplay.right(4);
    const QString accountId = account->id;
    selectAccount(tab, accountId);
    tab.deleteSelectedAccount();
    ConfirmActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = tab.findChild<ConfirmActionDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->typedField(), last4);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QCOMPARE(dialog->confirmButton()->text(), u"Delete access to 1 account"_s);
    QPushButton *confirm = dialog->confirmButton();
    QTest::mouseClick(confirm, Qt::LeftButton);
    if (tab.findChild<ConfirmActionDialog *>() == dialog && confirm->isVisible())
        QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(waitForCommand(tab));
    QTest::qWait(200);
    QCOMPARE(c.sandbox.log().deleteCount(), 1);
    QVERIFY(!tab.model()->indexOfAccount(accountId).isValid()); // removed after the 204
}

void TestConsole::confirmationDialogDefaultsToCancel()
{
    ConfirmationRequest request;
    request.title = u"Delete access to an institution login"_s;
    request.subject = u"Avery Johnson (1005061234) · FinBank · login 1007302745"_s;
    request.consequence = u"The console will no longer receive data for these 3 accounts."_s;
    request.affected = {u"a"_s, u"b"_s, u"c"_s};
    request.confirmLabel = u"Delete access to 3 accounts"_s;
    request.typedConfirmation = u"1007302745"_s;
    request.typedPrompt = u"Type the login ID 1007302745 to confirm:"_s;
    request.destructive = true;

    ConfirmActionDialog dialog(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.confirmButton()->isDefault());
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.typedField(), u"100730274"_s);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClick(dialog.typedField(), Qt::Key_Return); // Enter goes to Cancel, never to confirm
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    ConfirmActionDialog second(request);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTest::keyClicks(second.typedField(), u"1007302745"_s);
    QVERIFY(second.confirmButton()->isEnabled());
    QTest::keyClick(&second, Qt::Key_Escape);
    QCOMPARE(second.result(), int(QDialog::Rejected));
    QVERIFY(!second.isVisible());
}

void TestConsole::deleteLoginDialogListsEveryAccount()
{
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    QTRY_VERIFY(!tab->model()->index(0, 0).data().toString().startsWith(u"Institution "_s));
    const QModelIndex login = tab->model()->index(0, 0);
    const InstitutionLogin *l = tab->model()->login(login);
    const int n = tab->model()->rowCount(login);
    selectLogin(*tab, l->id);
    tab->deleteSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    const ConfirmationRequest &r = c.prompter.asked.first();
    QCOMPARE(r.affected.size(), n);
    QCOMPARE(r.confirmLabel, u"Delete access to %1 accounts"_s.arg(n));
    QCOMPARE(r.typedConfirmation, l->id);
    QVERIFY(r.subject.contains(u"Avery Johnson (1005061234)"_s));
    QVERIFY(r.subject.contains(tab->model()->institutionName(l->institutionId)));
    QVERIFY(r.consequence.contains(u"no longer receive data for these %1 accounts"_s.arg(n)));
    QVERIFY(r.consequence.contains(u"link them again"_s));
    for (int row = 0; row < n; ++row)
        QVERIFY(r.affected.join(u'\n').contains(tab->model()->account(tab->model()->index(row, 0, login))->name));
}

void TestConsole::failedDeleteLeavesTheRowsInPlace()
{
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    const Account *account = tab->model()->account(tab->model()->index(0, 0, tab->model()->index(0, 0)));
    const QString id = account->id;
    c.sandbox.server->data().deleteAccount(typical, id); // gone at the service: the delete will 404
    c.prompter.answer = true;
    selectAccount(*tab, id);
    tab->deleteSelectedAccount();
    QVERIFY(waitForCommand(*tab));
    QVERIFY(tab->model()->indexOfAccount(id).isValid());
    QCOMPARE(tab->model()->accountCount(), 8);
    QVERIFY2(tab->message().contains(u"38003"_s), qPrintable(tab->message()));
    QVERIFY(tab->message().contains(u"no such account"_s));
}

void TestConsole::v2RefreshReadsTheAccountsAgain()
{
    Console c;
    auto tab = c.tab(typical, /*v2*/ true);
    QVERIFY(loadTab(*tab));
    c.prompter.answer = true;
    const QString login = firstLogin(*tab);
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    selectLogin(*tab, login);
    tab->refreshSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    // The v2 refresh answered 204, and the login's accounts were read again after it.
    const QList<SandboxRequest> &log = c.sandbox.log().all();
    const QString path = u"/aggregation/v%1/customers/%2/institutionLogins/%3/accounts"_s;
    const auto refresh = std::find_if(log.begin(), log.end(), [&](const SandboxRequest &r) {
        return r.method == "POST" && r.path == path.arg(2).arg(typical, login);
    });
    QVERIFY(refresh != log.end());
    QCOMPARE(refresh->status, 204);
    QVERIFY(std::any_of(refresh, log.end(), [&](const SandboxRequest &r) {
        return r.method == "GET" && r.path == path.arg(1).arg(typical, login) && r.status == 200;
    }));
    const QModelIndex loginIndex = tab->model()->indexOfLogin(login);
    for (int row = 0; row < tab->model()->rowCount(loginIndex); ++row)
        QVERIFY(tab->model()->account(tab->model()->index(row, 0, loginIndex))->aggregationSuccessDate >= started);
    QVERIFY(tab->message().startsWith(u"Refreshed"_s));
}

void TestConsole::longRefreshShowsProgressAndCanBeLeft()
{
    SandboxOptions options;
    options.refreshDelayMs = 3000;
    Console c(options);
    auto tab = c.tab(typical);
    tab->show();
    QVERIFY(loadTab(*tab));
    c.prompter.answer = true;
    const QString login = firstLogin(*tab);
    selectLogin(*tab, login);
    tab->refreshSelectedLogin();
    QTRY_COMPARE(c.sandbox.log().refreshCount(), 1);
    QVERIFY(tab->isBusy());
    QVERIFY(tab->stopWaitingButton()->isVisible());
    const QModelIndex loginIndex = tab->model()->indexOfLogin(login);
    QCOMPARE(tab->model()->index(0, AccountTreeModel::StatusColumn, loginIndex).data().toString(), u"Refreshing…"_s);
    // Meanwhile the window answers: filtering works.
    tab->filterField()->setText(u"checking"_s);
    QCOMPARE(tab->proxy()->rowCount(), 1);
    tab->filterField()->clear();
    QSignalSpy done(tab.get(), &CustomerTab::commandFinished);
    QTest::mouseClick(tab->stopWaitingButton(), Qt::LeftButton);
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(!tab->isBusy());
    QVERIFY2(tab->message().contains(u"may still complete"_s), qPrintable(tab->message()));
    QCOMPARE(tab->model()->index(0, AccountTreeModel::StatusColumn, loginIndex).data().toString(), u"active"_s);
    QTest::qWait(3300);
    QCOMPARE(c.sandbox.log().refreshCount(), 1);
}

void TestConsole::refreshFailureKeepsRowsAndSaysWhatToDo()
{
    Console c;
    auto tab = c.tab(QString::fromLatin1(SandboxData::kRefreshFailsCustomer));
    QVERIFY(loadTab(*tab));
    c.prompter.answer = true;
    tab->refreshAll();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(tab->model()->accountCount(), 2);
    QVERIFY2(tab->message().contains(u"code 187"_s), qPrintable(tab->message()));
    QVERIFY(tab->message().contains(u"\"Fix\""_s));
    QTest::qWait(200);
    QCOMPARE(c.sandbox.log().refreshCount(), 1);
}

void TestConsole::statesAreShownInTheView()
{
    Console c;
    auto empty = c.tab(QString::fromLatin1(SandboxData::kEmptyCustomer));
    QVERIFY(loadTab(*empty));
    QCOMPARE(empty->message(), u"This customer has no linked accounts."_s);

    auto unknown = c.tab(u"4242424242"_s);
    unknown->load();
    QTRY_VERIFY(unknown->message().startsWith(u"No such customer (code 14001)."_s));

    auto errors = c.tab(QString::fromLatin1(SandboxData::kAggregationErrorCustomer));
    QVERIFY(loadTab(*errors));
    int fixable = 0;
    for (int l = 0; l < errors->model()->rowCount(); ++l) {
        const QModelIndex login = errors->model()->index(l, 0);
        for (int r = 0; r < errors->model()->rowCount(login); ++r) {
            const QModelIndex status = errors->model()->index(r, AccountTreeModel::StatusColumn, login);
            if (status.data(AccountTreeModel::NeedsCustomerFixRole).toBool()) {
                QVERIFY(status.data().toString().contains(u"customer fix"_s));
                QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"Connect"_s));
                ++fixable;
            }
        }
    }
    QCOMPARE(fixable, 5); // 103, 103, 185, 185, 945

    SandboxOptions slow;
    slow.latencyMs = 400;
    Console s(slow);
    auto loading = s.tab(typical);
    loading->load();
    QCOMPARE(loading->message(), u"Loading accounts…"_s);
    QVERIFY(loadTab(*loading));
}

void TestConsole::detailsShowEveryFieldAndPositions()
{
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    QString investment;
    for (int l = 0; l < tab->model()->rowCount(); ++l) {
        const QModelIndex login = tab->model()->index(l, 0);
        for (int r = 0; r < tab->model()->rowCount(login); ++r)
            if (tab->model()->account(tab->model()->index(r, 0, login))->type == "investment"_L1)
                investment = tab->model()->account(tab->model()->index(r, 0, login))->id;
    }
    QSignalSpy shown(tab->details(), &AccountDetailsPanel::loaded);
    selectAccount(*tab, investment);
    QVERIFY(shown.wait());
    QTreeWidget *fields = tab->details()->fields();
    QStringList labels;
    for (int i = 0; i < fields->topLevelItemCount(); ++i)
        labels.append(fields->topLevelItem(i)->text(0));
    for (const QString &expected :
         {u"Account ID"_s, u"Balance"_s, u"Balance date"_s, u"Institution login ID"_s, u"Available cash balance"_s})
        QVERIFY2(labels.contains(expected), qPrintable(labels.join(u", "_s)));
    const int dateRow = int(labels.indexOf(u"Balance date"_s));
    QVERIFY(fields->topLevelItem(dateRow)->toolTip(1).endsWith(u'Z')); // UTC on hover
    QCOMPARE(tab->details()->positions()->rowCount(), 4);
    QCOMPARE(tab->details()->positions()->item(0, 0)->text(), u"VTI"_s);
    fields->topLevelItem(0)->setSelected(true);
    QVERIFY(tab->details()->copySelection().startsWith(u"Account ID: "_s + investment));
}

void TestConsole::searchFlow()
{
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, false, false, &c.audit});
    window.show();
    QSignalSpy searched(&window, &MainWindow::searchFinished);

    window.find(u"Johns"_s); // Johnson and Johnston
    QVERIFY(searched.wait());
    CustomerPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = window.findChild<CustomerPickerDialog *>()) != nullptr);
    QCOMPARE(picker->list()->topLevelItemCount(), 2);
    picker->list()->setCurrentItem(picker->list()->topLevelItem(1));
    const QString chosen = picker->chosenCustomerId();
    picker->accept();
    QTRY_COMPARE(window.tabs()->count(), 1);
    QCOMPARE(window.currentTab()->customerId(), chosen);

    window.find(u"Avery Johnson"_s); // one match opens directly
    QVERIFY(searched.wait());
    QTRY_COMPARE(window.tabs()->count(), 2);
    QCOMPARE(window.currentTab()->customerId(), typical);
    QTRY_COMPARE(window.tabs()->tabText(1), u"Avery Johnson"_s);

    window.find(u"  1005061236 "_s); // an id opens directly, without a search
    QCOMPARE(window.tabs()->count(), 3);
    QCOMPARE(c.sandbox.log().count("GET", u"/aggregation/v1/customers"_s), 2);

    window.find(typical); // already open: switches to it
    QCOMPARE(window.tabs()->count(), 3);
    QCOMPARE(window.currentTab()->customerId(), typical);

    window.find(u"zzzz"_s);
    QVERIFY(searched.wait());
    QCOMPARE(searched.last().first().toString(), u"No customer matches \"zzzz\"."_s);

    window.find(u"4242424242"_s);
    QTRY_VERIFY(window.currentTab()->message().startsWith(u"No such customer"_s));
}

void TestConsole::readOnlyHidesAndRefusesChanges()
{
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Production"_s, false, true, &c.audit});
    CustomerTab *tab = window.openCustomer(typical);
    QTRY_VERIFY(tab->isLoaded());
    for (QAction *action : {window.refreshAllAction(), window.refreshLoginAction(), window.deleteAccountAction(),
                            window.deleteLoginAction()}) {
        QVERIFY(!action->isVisible());
        QVERIFY(!action->isEnabled());
        action->trigger();
    }
    tab->refreshAll();
    tab->deleteSelectedAccount();
    QTest::qWait(200);
    QCOMPARE(c.prompter.asked.size(), 0);
    QCOMPARE(c.changes(), 0);
}

void TestConsole::keyboardAndAccessibility()
{
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, false, false, &c.audit});
    window.show();
    CustomerTab *tab = window.openCustomer(typical);
    QTRY_VERIFY(tab->isLoaded());
    for (QAction *action : {window.reloadAction(), window.refreshAllAction(), window.refreshLoginAction(),
                            window.deleteAccountAction(), window.deleteLoginAction()})
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    for (QWidget *widget :
         QList<QWidget *>{window.searchField(), tab->filterField(), tab->statusFilter(), tab->typeFilter(), tab->view(),
                          tab->details()->fields(), tab->details()->positions()})
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    tab->filterField()->setFocus();
    QTest::keyClick(tab->filterField(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), tab->statusFilter());
    QTest::keyClick(tab->statusFilter(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), tab->typeFilter());
    // An account is selected after loading, so the keyboard can act at once.
    QVERIFY(!tab->selectedAccountId().isEmpty());
    QVERIFY(window.deleteAccountAction()->isEnabled());
    c.prompter.answer = false;
    window.deleteAccountAction()->trigger();
    QTRY_COMPARE(c.prompter.asked.size(), 1);
    QVERIFY(c.prompter.asked.first().title.contains(u"account"_s));
}

void TestConsole::viewStateAndRecentCustomersPersist()
{
    Console c;
    {
        auto tab = c.tab(typical);
        QVERIFY(loadTab(*tab));
        tab->view()->sortByColumn(AccountTreeModel::BalanceColumn, Qt::DescendingOrder);
        tab->view()->header()->resizeSection(AccountTreeModel::NameColumn, 333);
    }
    auto again = c.tab(QString::fromLatin1(SandboxData::kAggregationErrorCustomer));
    QCOMPARE(again->view()->header()->sortIndicatorSection(), int(AccountTreeModel::BalanceColumn));
    QCOMPARE(again->view()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again->view()->header()->sectionSize(AccountTreeModel::NameColumn), 333);
    QVERIFY(RecentCustomers::load().contains(typical));
}

void TestConsole::auditIntentIsOnDiskBeforeTheRequestAndOutcomeAfter()
{
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    const QModelIndex loginIndex = tab->model()->index(0, 0);
    const QString login = tab->model()->login(loginIndex)->id;
    QStringList accountIds;
    for (int row = 0; row < tab->model()->rowCount(loginIndex); ++row)
        accountIds.append(tab->model()->account(tab->model()->index(row, 0, loginIndex))->id);
    accountIds.sort();

    // Read the trail at the moment the sandbox receives the delete.
    int entriesAtRequest = -1;
    bool outcomeAtRequest = true;
    connect(c.sandbox.server.get(), &SandboxServer::requestHandled, this, [&](const SandboxRequest &request) {
        if (!request.isDelete())
            return;
        const AuditLogContents now = AuditLogReader::read(c.audit.path());
        entriesAtRequest = int(now.entries.size());
        outcomeAtRequest = !now.entries.isEmpty() && now.entries.last().outcome.has_value();
    });
    c.prompter.answer = true;
    selectLogin(*tab, login);
    tab->deleteSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(entriesAtRequest, 1);
    QVERIFY(!outcomeAtRequest);
    c.audit.waitForWrites();

    const AuditLogContents contents = AuditLogReader::read(c.audit.path());
    QVERIFY(contents.problems.isEmpty());
    QCOMPARE(contents.entries.size(), 1);
    const AuditEntry &e = contents.entries.first();
    QCOMPARE(e.intent.osUser, AuditLog::currentOsUser());
    QVERIFY(!e.intent.osUser.isEmpty());
    QCOMPARE(e.intent.profile, u"Sandbox"_s);
    QCOMPARE(e.intent.operation, u"DeleteCustomerAccountsByInstitutionLogin"_s);
    QCOMPARE(e.intent.customerId, typical);
    QCOMPARE(e.intent.loginId, login);
    QCOMPARE(e.intent.accountIds, accountIds);
    QVERIFY2(e.intent.confirmation.contains(u"after typing "_s + login), qPrintable(e.intent.confirmation));
    QCOMPARE(e.intent.time.timeSpec(), Qt::UTC);
    QVERIFY(e.outcome);
    QCOMPARE(e.outcome->result, u"succeeded"_s);
    QCOMPARE(e.outcome->httpStatus, 204);
    QVERIFY(e.outcome->durationMs >= 0);
    QCOMPARE(e.outcomeText(), u"succeeded"_s);
}

void TestConsole::auditRecordsFailuresAndStoppedWaiting()
{
    SandboxOptions options;
    options.refreshDelayMs = 3000;
    Console c(options);
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    c.prompter.answer = true;
    const Account *account = tab->model()->account(tab->model()->index(0, 0, tab->model()->index(0, 0)));
    const QString id = account->id;
    c.sandbox.server->data().deleteAccount(typical, id);
    selectAccount(*tab, id);
    tab->deleteSelectedAccount();
    QVERIFY(waitForCommand(*tab));

    selectLogin(*tab, firstLogin(*tab));
    tab->refreshSelectedLogin();
    QTRY_COMPARE(c.sandbox.log().refreshCount(), 1);
    QSignalSpy done(tab.get(), &CustomerTab::commandFinished);
    tab->stopWaitingButton()->click();
    QTRY_COMPARE(done.count(), 1);
    c.audit.waitForWrites();
    QTest::qWait(50);
    c.audit.waitForWrites();

    const AuditLogContents contents = AuditLogReader::read(c.audit.path());
    QCOMPARE(contents.entries.size(), 2);
    QCOMPARE(contents.entries[0].intent.operation, u"DeleteCustomerAccount"_s);
    QCOMPARE(contents.entries[0].outcome->httpStatus, 404);
    QCOMPARE(contents.entries[0].outcome->apiCode, u"38003"_s);
    QCOMPARE(contents.entries[0].outcomeText(), u"failed (HTTP 404, code 38003)"_s);
    QCOMPARE(contents.entries[1].intent.operation, u"RefreshCustomerAccountsByInstitutionLogin"_s);
    QCOMPARE(contents.entries[1].outcome->result, u"stopped waiting"_s);
}

void TestConsole::unwritableAuditTrailSendsNothing()
{
    Console c;
    AuditLog unwritable(u"/proc/no-such-dir/audit.jsonl"_s);
    CustomerTab::Services services{
        c.sandbox.session.get(), &c.institutions, &c.prompter, false, false, &unwritable, u"Sandbox"_s};
    CustomerTab tab(services, typical);
    QVERIFY(loadTab(tab));
    c.prompter.answer = true;
    selectAccount(tab, tab.model()->account(tab.model()->index(0, 0, tab.model()->index(0, 0)))->id);
    tab.deleteSelectedAccount();
    QVERIFY(waitForCommand(tab));
    QVERIFY2(tab.message().startsWith(u"Nothing was sent: the audit trail could not be written"_s),
             qPrintable(tab.message()));
    QCOMPARE(c.changes(), 0);
    QCOMPARE(tab.model()->accountCount(), 8);
}

void TestConsole::viewByInstitutionListsTheCustomersAccountsThere()
{
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    const QModelIndex login = tab->model()->indexOfLogin(firstLogin(*tab));
    const QString institutionId = tab->model()->login(login)->institutionId;
    selectLogin(*tab, firstLogin(*tab));
    tab->viewSelectedInstitution();
    InstitutionAccountsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = tab->findChild<InstitutionAccountsDialog *>()) != nullptr);
    QCOMPARE(c.sandbox.log().count(
                 "GET", u"/aggregation/v1/customers/%1/institutions/%2/accounts"_s.arg(typical, institutionId)),
             1);
    auto *list = dialog->findChild<QTreeWidget *>();
    QCOMPARE(list->topLevelItemCount(), tab->model()->rowCount(login));
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
