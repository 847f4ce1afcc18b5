// Refresh and delete from the console, offscreen, against the in-process sandbox: every
// confirmation's cancel and confirm (the sandbox's request log proves what was sent), the real
// dialog, failures, v2 refresh, long refreshes, and the audit trail each action leaves.
#include "ConfirmActionDialog.h"
#include "ConsoleFixture.h"
#include "MainWindow.h"
#include "Named.h"
#include "audit/AuditLogReader.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace ConsoleTest;

class TestActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareConsoleTests(); }
    void init() { QSettings().clear(); }

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
    void auditIntentIsOnDiskBeforeTheRequestAndOutcomeAfter();
    void auditRecordsFailuresAndStoppedWaiting();
    void unwritableAuditTrailSendsNothing();
    void leavingAWaitingCustomerAsksFirstAndIsRecorded();
};

void TestActions::cancellingAnyConfirmationSendsNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("refresh all") << u"refreshAll"_s;
    QTest::newRow("refresh login") << u"refreshLogin"_s;
    QTest::newRow("delete account") << u"deleteAccount"_s;
    QTest::newRow("delete login") << u"deleteLogin"_s;
}

namespace {
void trigger(CustomerTab &tab, const QString &action)
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
} // namespace

void TestActions::cancellingAnyConfirmationSendsNothing()
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

void TestActions::confirmingSendsExactlyOneRequest_data()
{
    cancellingAnyConfirmationSendsNothing_data();
}

void TestActions::confirmingSendsExactlyOneRequest()
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

void TestActions::realDialogDoubleClickSendsOneDelete()
{
    Console c;
    DialogPrompter dialogs;
    CustomerTab::Services services{c.sandbox.session.get(), &c.institutions, &dialogs, &c.audit, u"Sandbox"_s};
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
    QVERIFY(!named<QPushButton>(dialog, "confirmButton")->isEnabled());
    QTest::keyClicks(named<QLineEdit>(dialog, "typedField"), last4);
    QVERIFY(named<QPushButton>(dialog, "confirmButton")->isEnabled());
    QCOMPARE(named<QPushButton>(dialog, "confirmButton")->text(), u"Delete access to 1 account"_s);
    QPushButton *confirm = named<QPushButton>(dialog, "confirmButton");
    QTest::mouseClick(confirm, Qt::LeftButton);
    if (tab.findChild<ConfirmActionDialog *>() == dialog && confirm->isVisible())
        QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(waitForCommand(tab));
    QTest::qWait(200);
    QCOMPARE(c.sandbox.log().deleteCount(), 1);
    QVERIFY(!tab.model()->indexOfAccount(accountId).isValid()); // removed after the 204
}

void TestActions::confirmationDialogDefaultsToCancel()
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
    QVERIFY(named<QPushButton>(dialog, "cancelButton")->isDefault());
    QVERIFY(!named<QPushButton>(dialog, "confirmButton")->isDefault());
    QVERIFY(!named<QPushButton>(dialog, "confirmButton")->isEnabled());
    QTest::keyClicks(named<QLineEdit>(dialog, "typedField"), u"100730274"_s);
    QVERIFY(!named<QPushButton>(dialog, "confirmButton")->isEnabled());
    QTest::keyClick(named<QLineEdit>(dialog, "typedField"), Qt::Key_Return); // Enter goes to Cancel, never to confirm
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    ConfirmActionDialog second(request);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTest::keyClicks(named<QLineEdit>(second, "typedField"), u"1007302745"_s);
    QVERIFY(named<QPushButton>(second, "confirmButton")->isEnabled());
    QTest::keyClick(&second, Qt::Key_Escape);
    QCOMPARE(second.result(), int(QDialog::Rejected));
    QVERIFY(!second.isVisible());
}

void TestActions::deleteLoginDialogListsEveryAccount()
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

void TestActions::failedDeleteLeavesTheRowsInPlace()
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

void TestActions::v2RefreshReadsTheAccountsAgain()
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
    const QHash<QString, QString> ids = {{u"customerId"_s, typical}, {u"institutionLoginId"_s, login}};
    const auto pathOf = [&ids](Endpoints::Operation operation) {
        QString refusal;
        return Endpoints::fillPath(Endpoints::get(operation), ids, &refusal).value_or(QString());
    };
    const auto refresh = std::find_if(log.begin(), log.end(), [&](const SandboxRequest &r) {
        return r.method == "POST"
               && r.path == pathOf(Endpoints::Operation::RefreshCustomerAccountsByInstitutionLoginV2);
    });
    QVERIFY(refresh != log.end());
    QCOMPARE(refresh->status, 204);
    QVERIFY(std::any_of(refresh, log.end(), [&](const SandboxRequest &r) {
        return r.method == "GET" && r.path == pathOf(Endpoints::Operation::GetCustomerAccountsByInstitutionLogin)
               && r.status == 200;
    }));
    const QModelIndex loginIndex = tab->model()->indexOfLogin(login);
    for (int row = 0; row < tab->model()->rowCount(loginIndex); ++row)
        QVERIFY(tab->model()->account(tab->model()->index(row, 0, loginIndex))->aggregationSuccessDate.toDateTime()
                >= started);
    QVERIFY(tab->message().startsWith(u"Refreshed"_s));
}

void TestActions::longRefreshShowsProgressAndCanBeLeft()
{
    SandboxOptions options;
    options.refreshDelayMs = 3000;
    Console c(options);
    QSignalSpy answerDue(c.sandbox.server.get(), &SandboxServer::answerDue);
    auto tab = c.tab(typical);
    tab->show();
    QVERIFY(loadTab(*tab));
    c.prompter.answer = true;
    const QString login = firstLogin(*tab);
    selectLogin(*tab, login);
    tab->refreshSelectedLogin();
    QTRY_COMPARE(c.sandbox.log().refreshCount(), 1);
    QVERIFY(tab->isBusy());
    QVERIFY(named<QPushButton>(tab, "stopWaitingButton")->isVisible());
    const QModelIndex loginIndex = tab->model()->indexOfLogin(login);
    QCOMPARE(tab->model()->index(0, AccountTreeModel::StatusColumn, loginIndex).data().toString(), u"Refreshing…"_s);
    // Meanwhile the window answers: filtering works.
    named<QLineEdit>(tab, "filterField")->setText(u"checking"_s);
    QCOMPARE(tab->proxy()->rowCount(), 1);
    named<QLineEdit>(tab, "filterField")->clear();
    QSignalSpy done(tab.get(), &CustomerTab::commandFinished);
    QTest::mouseClick(named<QPushButton>(tab, "stopWaitingButton"), Qt::LeftButton);
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(!tab->isBusy());
    QVERIFY2(tab->message().contains(u"may still complete"_s), qPrintable(tab->message()));
    QCOMPARE(tab->model()->index(0, AccountTreeModel::StatusColumn, loginIndex).data().toString(), u"active"_s);
    // Until the moment the service answered, and nothing was sent again by itself.
    QTRY_VERIFY_WITH_TIMEOUT(answerDue.count() > 0, 15000);
    QCOMPARE(c.sandbox.log().refreshCount(), 1);
}

void TestActions::refreshFailureKeepsRowsAndSaysWhatToDo()
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

void TestActions::auditIntentIsOnDiskBeforeTheRequestAndOutcomeAfter()
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

void TestActions::auditRecordsFailuresAndStoppedWaiting()
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
    named<QPushButton>(tab, "stopWaitingButton")->click();
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

void TestActions::unwritableAuditTrailSendsNothing()
{
    Console c;
    AuditLog unwritable(u"/proc/no-such-dir/audit.jsonl"_s);
    CustomerTab::Services services{c.sandbox.session.get(), &c.institutions, &c.prompter, &unwritable, u"Sandbox"_s};
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

void TestActions::leavingAWaitingCustomerAsksFirstAndIsRecorded()
{
    SandboxOptions options;
    options.refreshDelayMs = 3000;
    Console c(options);
    QSignalSpy answerDue(c.sandbox.server.get(), &SandboxServer::answerDue);
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    window.show();
    CustomerTab *tab = window.openCustomer(typical);
    QTRY_VERIFY(tab->isLoaded());
    c.prompter.answer = true;
    selectLogin(*tab, firstLogin(*tab));
    tab->refreshSelectedLogin();
    QTRY_COMPARE(c.sandbox.log().refreshCount(), 1);
    QVERIFY(tab->isWaiting());
    const qsizetype askedBefore = c.prompter.asked.size();

    // Declined: the tab, the window and the wait stay.
    c.prompter.answer = false;
    window.closeTab(0);
    QTRY_COMPARE(c.prompter.asked.size(), askedBefore + 1);
    QCOMPARE(c.prompter.asked.last().confirmLabel, u"Stop waiting and close"_s);
    QVERIFY(c.prompter.asked.last().affected.first().contains(u"Refreshing"_s));
    window.close();
    QTRY_COMPARE(c.prompter.asked.size(), askedBefore + 2);
    QCOMPARE(c.prompter.asked.last().confirmLabel, u"Stop waiting and quit"_s);
    window.setProfiles({u"Sandbox"_s, u"Production"_s}, u"Sandbox"_s);
    QSignalSpy switched(&window, &MainWindow::connectionRequested);
    QAction *production = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->data().toString() == "Production"_L1)
            production = action;
    }
    QVERIFY(production);
    production->trigger();
    QTRY_COMPARE(c.prompter.asked.size(), askedBefore + 3);
    QCOMPARE(c.prompter.asked.last().confirmLabel, u"Stop waiting and switch"_s);
    QTest::qWait(50);
    QVERIFY(switched.isEmpty());
    QVERIFY(!production->isChecked()); // the menu still shows the connection in use
    QVERIFY(window.isVisible());
    QCOMPARE(named<QTabWidget>(window, "tabs")->count(), 1);
    QVERIFY(tab->isWaiting());

    // Confirmed: the console stops waiting, the audit trail says so, and the tab closes.
    c.prompter.answer = true;
    window.closeTab(0);
    QTRY_COMPARE(named<QTabWidget>(window, "tabs")->count(), 0);
    c.audit.waitForWrites();
    QTest::qWait(50);
    c.audit.waitForWrites();
    const AuditLogContents contents = AuditLogReader::read(c.audit.path());
    QCOMPARE(contents.entries.size(), 1);
    QVERIFY(contents.entries[0].outcome);
    QCOMPARE(contents.entries[0].outcome->result, u"stopped waiting"_s);
    // Nothing is sent again, and a customer that is not waiting closes without a question.
    // Until the moment the service answered, and nothing was sent again by itself.
    QTRY_VERIFY_WITH_TIMEOUT(answerDue.count() > 0, 15000);
    QCOMPARE(c.sandbox.log().refreshCount(), 1);
    CustomerTab *idle = window.openCustomer(typical);
    QTRY_VERIFY(idle->isLoaded());
    const qsizetype asked = c.prompter.asked.size();
    window.closeTab(0);
    QTRY_COMPARE(named<QTabWidget>(window, "tabs")->count(), 0);
    QCOMPARE(c.prompter.asked.size(), asked);
}

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
