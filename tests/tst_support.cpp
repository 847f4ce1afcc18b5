// From "it's broken" to the next step, offscreen against the in-process sandbox: institution
// health on the login rows, staleness and the "needs attention" filter, Connect Fix links (one
// request per confirmed click, audited, the sandbox's fix page clearing the error), the refresh
// guard, the ticket summary, the CSV export and the customer's history.
#include "AuditEntryModel.h"
#include "AuditViewerDialog.h"
#include "ConfirmActionDialog.h"
#include "ConsoleFixture.h"
#include "FixLinkDialog.h"
#include "Named.h"
#include "audit/AuditLogReader.h"
#include "core/ErrorCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ConsoleTest;
using Endpoints::Operation;

namespace {
const QString errors = QString::fromLatin1(SandboxData::kAggregationErrorCustomer);
const QString garcia = u"1005061243"_s;
constexpr auto kCascade = "Cascade Federal Credit Union";
constexpr auto kSummit = "Summit National Bank";
constexpr auto kLakeside = "Lakeside Community Bank";

// The login row at the named institution (the error customer has one login per institution).
QModelIndex loginAt(const CustomerTab &tab, const QString &institution)
{
    const AccountTreeModel *m = tab.model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, AccountTreeModel::NameColumn).data().toString() == institution)
            return m->index(row, 0);
    }
    return {};
}

QString statusOf(const CustomerTab &tab, const QString &institution)
{
    const QModelIndex login = loginAt(tab, institution);
    return login.siblingAtColumn(AccountTreeModel::StatusColumn).data().toString();
}

// Every institution's name (and so its health) has arrived.
bool institutionsResolved(const CustomerTab &tab)
{
    for (int row = 0; row < tab.model()->rowCount(); ++row) {
        if (tab.model()->index(row, 0).data().toString().startsWith(u"Institution "_s))
            return false;
    }
    return true;
}

std::unique_ptr<CustomerTab> openResolved(Console &c, const QString &customer, bool readOnly = false)
{
    auto tab = c.tab(customer, false, readOnly);
    if (!loadTab(*tab))
        return nullptr;
    if (!QTest::qWaitFor([&] { return institutionsResolved(*tab); }, 20000))
        return nullptr;
    return tab;
}

QString loginIdAt(const CustomerTab &tab, const QString &institution)
{
    return loginAt(tab, institution).data(AccountTreeModel::LoginIdRole).toString();
}

QByteArray fetch(QNetworkAccessManager &network, const QUrl &url, const QByteArray &form = {}, int *status = nullptr)
{
    QNetworkRequest request(url);
    QNetworkReply *reply = nullptr;
    if (form.isEmpty()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = network.post(request, form);
    }
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

AuditRecord refreshIntent(const QString &customer, const QString &login, const QDateTime &time)
{
    AuditRecord r;
    r.kind = AuditRecord::Kind::Intent;
    r.id = u"earlier-"_s + QString::number(time.toSecsSinceEpoch());
    r.time = time;
    r.osUser = u"pat"_s;
    r.profile = u"Sandbox"_s;
    r.operation = u"RefreshCustomerAccountsByInstitutionLogin"_s;
    r.customerId = customer;
    r.loginId = login;
    r.confirmation = u"confirmed"_s;
    return r;
}

AuditRecord succeededOutcome(const AuditRecord &intent)
{
    AuditRecord r;
    r.kind = AuditRecord::Kind::Outcome;
    r.id = intent.id;
    r.time = intent.time.addSecs(20);
    r.result = AuditRecord::resultText(AuditRecord::Outcome::Succeeded);
    r.httpStatus = 200;
    return r;
}
} // namespace

class TestSupport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareConsoleTests(); }
    void init() { QSettings().clear(); }

    void institutionHealthShowsOnLoginRowsAndInDetails();
    void staleLoginsAreMarkedWithTheirAge();
    void needsAttentionShowsOnlyThoseLogins();
    void fixLinkIsOneRequestPerConfirmedClickAndAudited();
    void fixLinkSendsNothingWhenCancelledReadOnlyOrNotFixable();
    void fixPageClearsTheErrorForTheNextReload();
    void refreshGuardWarnsWithinTheWindowOnly();
    void refreshGuardTickEnablesTheRealDialog();
    void refreshConfirmationSaysTheBankIsDown();
    void summaryLineByLine();
    void csvExportsTheVisibleAccounts();
    void historyListsThisCustomersActsNewestFirst();
};

void TestSupport::institutionHealthShowsOnLoginRowsAndInDetails()
{
    Console c;
    auto tab = openResolved(c, errors);
    QVERIFY(tab);
    // A badge only when not online, next to the error.
    QCOMPARE(statusOf(*tab, QLatin1String(kSummit)), u"Error 185 · customer fix · in maintenance"_s);
    QCOMPARE(statusOf(*tab, QLatin1String(kCascade)), u"Error 103 · customer fix"_s);
    const QModelIndex summit = loginAt(*tab, QLatin1String(kSummit)).siblingAtColumn(AccountTreeModel::StatusColumn);
    // The explanation where a screen reader reads it, and on hover.
    for (const int role : {int(Qt::AccessibleDescriptionRole), int(Qt::ToolTipRole)}) {
        const QString said = summit.data(role).toString();
        QVERIFY2(said.contains(u"Summit National Bank is in maintenance: a refresh now will probably fail"_s),
                 qPrintable(said));
        QVERIFY2(said.contains(ErrorCatalog::lookupAggregation(185)->meaning), qPrintable(said));
    }
    // The details panel says it in full for an account at that bank.
    selectAccount(*tab, tab->model()->account(tab->model()->index(0, 0, loginAt(*tab, QLatin1String(kSummit))))->id);
    auto *health = named<QLabel>(tab, "institutionHealth");
    QTRY_VERIFY(health->isVisibleTo(tab.get()));
    QVERIFY(health->text().startsWith(u"Summit National Bank is in maintenance"_s));
    selectAccount(*tab, tab->model()->account(tab->model()->index(0, 0, loginAt(*tab, QLatin1String(kCascade))))->id);
    QTRY_VERIFY(!health->isVisibleTo(tab.get()));
}

void TestSupport::staleLoginsAreMarkedWithTheirAge()
{
    Console c;
    auto tab = openResolved(c, errors);
    QVERIFY(tab);
    const QModelIndex lakeside = loginAt(*tab, QLatin1String(kLakeside));
    QVERIFY(lakeside.data(AccountTreeModel::IsStaleRole).toBool());
    // No error: the aggregation itself is fine, but nothing new has come for days.
    QCOMPARE(lakeside.siblingAtColumn(AccountTreeModel::StatusColumn).data().toString(), u"OK"_s);
    // The age, not the date, and "stale" in words (the colour alone would not say it); the
    // exact time on hover.
    const QModelIndex age = lakeside.siblingAtColumn(AccountTreeModel::DateColumn);
    QVERIFY2(QRegularExpression(u"^(9|10) days ago · stale$"_s).match(age.data().toString()).hasMatch(),
             qPrintable(age.data().toString()));
    QVERIFY(lakeside.siblingAtColumn(AccountTreeModel::StatusColumn)
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .startsWith(u"Stale: the last successful aggregation was "_s));
    QVERIFY(age.data(Qt::ToolTipRole).toString().contains(u"UTC"_s));
    // The limit is a preference: 30 days makes it fresh again.
    tab->model()->setStaleAfterDays(30);
    QVERIFY(!lakeside.data(AccountTreeModel::IsStaleRole).toBool());
    QVERIFY(!age.data().toString().contains(u"stale"_s));

    // The typical customer's logins aggregated within a day or two: none is stale.
    auto typicalTab = openResolved(c, typical);
    QVERIFY(typicalTab);
    for (int row = 0; row < typicalTab->model()->rowCount(); ++row)
        QVERIFY(!typicalTab->model()->index(row, 0).data(AccountTreeModel::IsStaleRole).toBool());
}

void TestSupport::needsAttentionShowsOnlyThoseLogins()
{
    QSettings().setValue(u"view/staleAfterDays"_s, 3);
    Console c;
    auto tab = openResolved(c, errors);
    QVERIFY(tab);
    const int readsBefore = c.sandbox.log().count(Operation::GetCustomerAccounts);
    auto *status = named<QComboBox>(tab, "statusFilter");
    status->setCurrentIndex(status->findData(u"attention"_s));
    // Three errors and one stale login: all four need attention.
    QCOMPARE(tab->proxy()->rowCount(), 4);
    // The filter is the console's own: nothing new is asked of the service.
    QCOMPARE(c.sandbox.log().count(Operation::GetCustomerAccounts), readsBefore);

    auto healthy = openResolved(c, typical);
    QVERIFY(healthy);
    auto *healthyStatus = named<QComboBox>(healthy, "statusFilter");
    healthyStatus->setCurrentIndex(healthyStatus->findData(u"attention"_s));
    QCOMPARE(healthy->proxy()->rowCount(), 0);
    healthyStatus->setCurrentIndex(0);
    QCOMPARE(healthy->proxy()->rowCount(), 3);
}

void TestSupport::fixLinkIsOneRequestPerConfirmedClickAndAudited()
{
    Console c;
    auto tab = openResolved(c, errors);
    QVERIFY(tab);
    const QString login = loginIdAt(*tab, QLatin1String(kCascade));
    selectLogin(*tab, login);
    QVERIFY(tab->verdict(CustomerAction::CreateFixLink).enabled);
    c.prompter.answer = true;
    c.prompter.timesAnswered = 2; // a confirmation that fires twice still sends once
    tab->createFixLinkForSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(c.sandbox.log().count(Operation::GenerateFixConnectUrl), 1);
    QCOMPARE(c.prompter.asked.size(), 1);
    QCOMPARE(c.prompter.asked.first().confirmLabel, u"Create fix link"_s);
    QVERIFY(c.prompter.asked.first().subject.contains(u"login "_s + login));

    // The link, its expiry and a message to read to the customer.
    auto *dialog = tab->findChild<FixLinkDialog *>(u"fixLinkDialog"_s);
    QVERIFY(dialog);
    const QUrl link(dialog->linkText());
    QCOMPARE(QUrlQuery(link).queryItemValue(u"institutionLoginId"_s), login);
    QCOMPARE(link.path(), QLatin1String(SandboxFixPage::kPath));
    QVERIFY(!named<QLabel>(dialog, "fixLinkExpiry")->text().contains(u"not stated"_s));
    QVERIFY(dialog->message().contains(QLatin1String(kCascade)));
    QVERIFY(dialog->message().endsWith(dialog->linkText()));
    QTest::mouseClick(named<QPushButton>(dialog, "copyLinkButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dialog->linkText());
    QVERIFY(tab->message().startsWith(u"Created a fix link for Cascade Federal Credit Union"_s));

    // Audited like a refresh or a delete, under the agent's words for it.
    c.audit.waitForWrites();
    const AuditLogContents trail = AuditLogReader::read(c.audit.path());
    QCOMPARE(trail.entries.size(), 1);
    const AuditEntry &e = trail.entries.first();
    QCOMPARE(e.intent.operation, u"GenerateFixConnectUrl"_s);
    QCOMPARE(Endpoints::actName(e.intent.operation), u"Created a Connect Fix link"_s);
    QCOMPARE(e.intent.customerId, errors);
    QCOMPARE(e.intent.loginId, login);
    QVERIFY(e.outcome);
    QCOMPARE(e.outcomeText(), u"succeeded"_s);
    // The link itself is a key to the customer's connection: never written to the trail.
    QFile file(c.audit.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(QUrlQuery(link).queryItemValue(u"signature"_s).toUtf8()));
}

void TestSupport::fixLinkSendsNothingWhenCancelledReadOnlyOrNotFixable()
{
    Console c;
    auto tab = openResolved(c, errors);
    QVERIFY(tab);
    selectLogin(*tab, loginIdAt(*tab, QLatin1String(kCascade)));
    c.prompter.answer = false;
    tab->createFixLinkForSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(tab->message(), u"Cancelled: nothing was sent."_s);

    // A login without an error the customer can fix: the action says why and does nothing.
    selectLogin(*tab, loginIdAt(*tab, QLatin1String(kLakeside)));
    const ActionVerdict notFixable = tab->verdict(CustomerAction::CreateFixLink);
    QVERIFY(!notFixable.enabled);
    QCOMPARE(notFixable.why, u"This login has no error the customer can fix through Connect."_s);
    c.prompter.answer = true;
    tab->createFixLinkForSelectedLogin();
    QCOMPARE(c.prompter.asked.size(), 1);

    // Read-only: not offered at all, and not sent even when asked for directly.
    auto readOnly = openResolved(c, errors, true);
    QVERIFY(readOnly);
    selectLogin(*readOnly, loginIdAt(*readOnly, QLatin1String(kCascade)));
    QVERIFY(!readOnly->verdict(CustomerAction::CreateFixLink).visible);
    readOnly->createFixLinkForSelectedLogin();
    QTest::qWait(100);
    QCOMPARE(c.prompter.asked.size(), 1);
    QCOMPARE(c.sandbox.log().count(Operation::GenerateFixConnectUrl), 0);
}

void TestSupport::fixPageClearsTheErrorForTheNextReload()
{
    Console c;
    auto tab = openResolved(c, errors);
    QVERIFY(tab);
    const QString login = loginIdAt(*tab, QLatin1String(kCascade));
    selectLogin(*tab, login);
    c.prompter.answer = true;
    tab->createFixLinkForSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    auto *dialog = tab->findChild<FixLinkDialog *>(u"fixLinkDialog"_s);
    QVERIFY(dialog);
    const QUrl link(dialog->linkText());

    // The customer opens the link and presses the page's one button.
    QNetworkAccessManager browser;
    int status = 0;
    const QByteArray page = fetch(browser, link, {}, &status);
    QCOMPARE(status, 200);
    QVERIFY2(page.contains("Complete the fix"), page.constData());
    QUrl action = link;
    action.setQuery(QString());
    QUrlQuery form;
    form.addQueryItem(u"signature"_s, QUrlQuery(link).queryItemValue(u"signature"_s));
    fetch(browser, action, form.toString(QUrl::FullyEncoded).toUtf8(), &status);
    QCOMPARE(status, 200);
    QCOMPARE(c.sandbox.server->fixPage().completedFixes(), 1);

    // The console changes nothing by itself: the error shows until the agent reloads.
    QCOMPARE(statusOf(*tab, QLatin1String(kCascade)), u"Error 103 · customer fix"_s);
    tab->reloadLogin(login);
    QTRY_COMPARE(statusOf(*tab, QLatin1String(kCascade)), u"OK"_s);
    // The link was single-use.
    fetch(browser, action, form.toString(QUrl::FullyEncoded).toUtf8(), &status);
    QCOMPARE(status, 410);
}

void TestSupport::refreshGuardWarnsWithinTheWindowOnly()
{
    Console c;
    auto tab = openResolved(c, typical);
    QVERIFY(tab);
    const QString login = firstLogin(*tab);
    // Twenty minutes ago, by someone else on this machine: outside the 15-minute window.
    const AuditRecord earlier = refreshIntent(typical, login, QDateTime::currentDateTimeUtc().addSecs(-20 * 60));
    QString error;
    QVERIFY(AuditLog::appendNow(c.audit.path(), earlier, &error));
    QVERIFY(AuditLog::appendNow(c.audit.path(), succeededOutcome(earlier), &error));

    c.prompter.answer = true;
    selectLogin(*tab, login);
    tab->refreshSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    const ConfirmationRequest first = c.prompter.asked.at(0);
    QVERIFY(first.acknowledgement.isEmpty());
    QVERIFY(first.warnings.isEmpty());
    QCOMPARE(first.facts.size(), 1);
    QVERIFY2(first.facts.first().contains(u"this console refreshed it 20 minutes ago (pat, succeeded)"_s),
             qPrintable(first.facts.first()));
    QVERIFY2(first.facts.first().contains(u"bank online"_s), qPrintable(first.facts.first()));

    // Again, at once: the dialog says so first and asks for the tick. It still goes if ticked.
    tab->refreshSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    const ConfirmationRequest second = c.prompter.asked.at(1);
    QCOMPARE(second.acknowledgement, u"Refresh anyway"_s);
    QCOMPARE(second.warnings.size(), 1);
    QVERIFY2(second.warnings.first().startsWith(u"This console refreshed FinBank (login %1) just now ("_s.arg(login)),
             qPrintable(second.warnings.first()));
    QCOMPARE(c.sandbox.log().refreshCount(), 2);

    // A whole-customer refresh covers this login too; a window of 0 turns the guard off.
    QSettings().setValue(u"refresh/guardMinutes"_s, 0);
    tab->refreshAll();
    QVERIFY(waitForCommand(*tab));
    QVERIFY(c.prompter.asked.at(2).acknowledgement.isEmpty());
    QCOMPARE(c.prompter.asked.at(2).facts.size(), 3);
}

void TestSupport::refreshGuardTickEnablesTheRealDialog()
{
    ConfirmationRequest request;
    request.title = u"Refresh an institution login"_s;
    request.subject = u"Avery Johnson (1005061234) · FinBank · login 1007302745"_s;
    request.warnings = {u"This console refreshed FinBank (login 1007302745) just now (pat, succeeded)."_s};
    request.acknowledgement = u"Refresh anyway"_s;
    request.confirmLabel = u"Refresh 3 accounts"_s;
    ConfirmActionDialog dialog(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *confirm = named<QPushButton>(dialog, "confirmButton");
    QCOMPARE(named<QLabel>(dialog, "confirmWarning")->text(), request.warnings.first());
    QVERIFY(!confirm->isEnabled());
    named<QCheckBox>(dialog, "acknowledgeBox")->setChecked(true);
    QVERIFY(confirm->isEnabled());
    named<QCheckBox>(dialog, "acknowledgeBox")->setChecked(false);
    QVERIFY(!confirm->isEnabled());
}

void TestSupport::refreshConfirmationSaysTheBankIsDown()
{
    Console c;
    auto tab = openResolved(c, errors);
    QVERIFY(tab);
    selectLogin(*tab, loginIdAt(*tab, QLatin1String(kSummit)));
    tab->refreshSelectedLogin(); // the prompter cancels
    QVERIFY(waitForCommand(*tab));
    const ConfirmationRequest r = c.prompter.asked.first();
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(
        r.warnings.first().startsWith(u"Summit National Bank is in maintenance: a refresh now will probably fail"_s),
        qPrintable(r.warnings.first()));
    QVERIFY(r.acknowledgement.isEmpty()); // the agent weighs it; nothing to tick
    QVERIFY2(r.facts.first().contains(u"not refreshed from this console"_s), qPrintable(r.facts.first()));
    QCOMPARE(c.sandbox.log().refreshCount(), 0);
}

void TestSupport::summaryLineByLine()
{
    Console c;
    auto tab = openResolved(c, errors);
    QVERIFY(tab);
    QTRY_VERIFY(!tab->title().startsWith(u"1005"_s)); // the customer's name arrived
    const QStringList lines = tab->summary(false).split(u'\n');
    QCOMPARE(lines.at(0), u"Customer 1005061237 · Sam Patel"_s);
    QVERIFY2(lines.at(1).startsWith(u"4 institution logins, 6 accounts · as of "_s), qPrintable(lines.at(1)));
    const QString cascade = loginIdAt(*tab, QLatin1String(kCascade));
    const qsizetype at =
        lines.indexOf(u"Cascade Federal Credit Union · login %1 · Error 103 · customer fix"_s.arg(cascade));
    QVERIFY2(at > 0, qPrintable(lines.join(u'\n')));
    const auto entry = ErrorCatalog::lookupAggregation(103);
    QCOMPARE(lines.at(at + 1), u"  Error 103: %1 %2"_s.arg(entry->meaning, entry->advice));
    QVERIFY2(lines.at(at + 2).startsWith(u"  Stale: the last successful aggregation was "_s),
             qPrintable(lines.at(at + 2)));
    QVERIFY2(lines.at(at + 3).startsWith(u"  Last successful aggregation: "_s), qPrintable(lines.at(at + 3)));
    const QModelIndex login = loginAt(*tab, QLatin1String(kCascade));
    const Account *checking = tab->model()->account(tab->model()->index(0, 0, login));
    QCOMPARE(lines.at(at + 4),
             u"  - Everyday Checking (Main) · Checking · •••• %1 · error 103"_s.arg(checking->accountNumberDisplay));
    // No balance unless asked for, then exactly as the window shows it.
    QVERIFY(!tab->summary(false).contains(checking->balance->toDisplayString()));
    QVERIFY(tab->summary(true).split(u'\n').contains(
        u"  - Everyday Checking (Main) · Checking · •••• %1 · error 103 · %2"_s.arg(
            checking->accountNumberDisplay, checking->balance->toDisplayString())));

    // Ctrl+Shift+C puts it on the clipboard; a name with commas and quotes stays as typed.
    auto other = openResolved(c, garcia);
    QVERIFY(other);
    other->copySummary(false);
    QVERIFY(
        QApplication::clipboard()->text().contains(u"  - Everyday Checking (Bills, \"joint\") · Checking · •••• "_s));
}

void TestSupport::csvExportsTheVisibleAccounts()
{
    Console c;
    auto tab = openResolved(c, garcia);
    QVERIFY(tab);
    const QModelIndex login = tab->model()->index(0, 0);
    const Account *checking = tab->model()->account(tab->model()->index(0, 0, login));
    const Account *card = tab->model()->account(tab->model()->index(1, 0, login));
    QVERIFY(checking && card);
    QCOMPARE(checking->nickname, u"Bills, \"joint\""_s);

    tab->proxy()->setFilterText(u"checking"_s); // the view's filter decides what is exported
    const QStringList lines = tab->visibleAccountsCsv().split(u"\r\n"_s);
    QCOMPARE(lines.size(), 3); // header, one account, and the empty rest after the last CRLF
    QCOMPARE(lines.at(0), u"Institution,Institution login,Account,Nickname,Type,Number,Status,Aggregation code,"
                          "Balance,Currency,Balance date (UTC)"_s);
    QCOMPARE(lines.at(1),
             u"Lakeside Community Bank,%1,Everyday Checking,\"Bills, \"\"joint\"\"\",Checking,•••• %2,"
             "active,0,%3,USD,%4"_s.arg(checking->institutionLoginId, checking->accountNumberDisplay.right(4),
                                        checking->balance->toPlainString(),
                                        checking->balanceDate.toDateTime().toString(Qt::ISODate)));
    QCOMPARE(lines.at(2), QString());
    // Masked numbers only: the full number never leaves.
    QVERIFY(!checking->number.isEmpty());
    QVERIFY(!tab->visibleAccountsCsv().contains(checking->number));

    // Written as UTF-8, off the GUI thread, and said so.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts.csv"_s);
    QSignalSpy exported(tab.get(), &CustomerTab::exported);
    tab->exportAccounts(path);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.first().at(0).toBool());
    QCOMPARE(tab->message(), u"Exported 1 account to %1."_s.arg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), tab->visibleAccountsCsv());

    // A folder that cannot be written: said, nothing half-written.
    QSignalSpy failed(tab.get(), &CustomerTab::exported);
    tab->exportAccounts(dir.filePath(u"missing/dir/accounts.csv"_s));
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.first().at(0).toBool());
    QVERIFY(tab->message().startsWith(u"Could not export to "_s));
}

void TestSupport::historyListsThisCustomersActsNewestFirst()
{
    Console c;
    // Another customer's act, and two of this customer's, an hour apart.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    for (const auto &[customer, ago] : {std::pair(u"1005061239"_s, 30), {typical, 120}, {typical, 60}}) {
        const AuditRecord intent = refreshIntent(customer, u"1007302745"_s, now.addSecs(-ago * 60));
        QVERIFY(AuditLog::appendNow(c.audit.path(), intent, &error));
        QVERIFY(AuditLog::appendNow(c.audit.path(), succeededOutcome(intent), &error));
    }
    auto tab = openResolved(c, typical);
    QVERIFY(tab);
    tab->showHistory();
    auto *history = tab->findChild<AuditViewerDialog *>(u"customerHistory"_s);
    QVERIFY(history);
    QSignalSpy loaded(history, &AuditViewerDialog::loaded);
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    QCOMPARE(history->visibleRows(), 2);
    QVERIFY(history->windowTitle().startsWith(u"History of "_s));
    auto *table = history->findChild<QTableView *>();
    const QModelIndex newest = table->model()->index(0, AuditEntryModel::TimeColumn);
    const QModelIndex older = table->model()->index(1, AuditEntryModel::TimeColumn);
    QVERIFY(newest.data(AuditEntryModel::SortRole).toDateTime() > older.data(AuditEntryModel::SortRole).toDateTime());
    QCOMPARE(table->model()->index(0, AuditEntryModel::OperationColumn).data().toString(),
             u"Refreshed an institution login"_s);
    QCOMPARE(table->model()->index(0, AuditEntryModel::UserColumn).data().toString(), u"pat"_s);
    QCOMPARE(table->model()->index(0, AuditEntryModel::OutcomeColumn).data().toString(), u"succeeded"_s);
}

QTEST_MAIN(TestSupport)
#include "tst_support.moc"
