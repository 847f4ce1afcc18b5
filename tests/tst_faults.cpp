// What a misbehaving network does to a read, a refresh and a delete, against a real server over
// loopback (tests/faults/FaultServer): what the agent is told, and how many requests reached
// "the service". A confirmed refresh or delete must reach it at most once, whatever happens.
#include "AccountFilterProxy.h"
#include "AccountTreeModel.h"
#include "CustomerTab.h"
#include "ScriptedPrompter.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogReader.h"
#include "faults/FaultServer.h"
#include "net/InstitutionDirectory.h"
#include "net/Session.h"
#include "net/jobs/AccountListJobs.h"
#include "net/jobs/GenerateFixConnectUrlJob.h"
#include "net/jobs/NoContentJobs.h"
#include "sandbox/SandboxData.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Fault = FaultServer::Fault;

namespace {

enum class Op { Read, Refresh, Delete, FixLink };

struct Outcome
{
    std::optional<ApiError> error;
    QList<Account> accounts;
    int requests = 0; // API requests the server read
    int signIns = 0;
};

// A short timeout only where the fault needs one (a drip): elsewhere a busy machine (a sanitizer
// build, a parallel test) must not turn a fault into a time-out.
ConnectionSettings quickSettings(const QUrl &url, std::chrono::milliseconds timeout = std::chrono::seconds(20))
{
    ConnectionSettings settings;
    settings.baseUrl = url;
    settings.readTimeout = timeout;
    settings.refreshTimeout = timeout;
    return settings;
}

ApiJob *makeJob(Op op, Session *session)
{
    const QString customer = u"1005061234"_s;
    switch (op) {
    case Op::Read:
        return new GetCustomerAccountsJob(session, customer);
    case Op::Refresh:
        return new RefreshCustomerAccountsByInstitutionLoginJob(session, customer, u"1007302745"_s);
    case Op::Delete:
        return new DeleteCustomerAccountJob(session, customer, u"5011648377"_s);
    case Op::FixLink:
        return new GenerateFixConnectUrlJob(session, customer, u"1007302745"_s, {});
    }
    return nullptr;
}

std::optional<ApiError> runJob(ApiJob *job)
{
    QSignalSpy done(job, &ApiJob::finished);
    job->start();
    if (!done.wait(30000))
        qFatal("job never finished");
    return job->error();
}

Outcome play(Fault fault, Op op)
{
    FaultServer server(fault);
    const auto timeout = fault == Fault::DripBody ? std::chrono::milliseconds(1500) : std::chrono::seconds(20);
    Session session(quickSettings(server.url(), timeout), {u"p"_s, u"s"_s, u"k"_s});
    std::unique_ptr<ApiJob> job(makeJob(op, &session));
    Outcome outcome;
    outcome.error = runJob(job.get());
    if (auto *list = qobject_cast<AccountListJob *>(job.get()))
        outcome.accounts = list->accounts();
    // Give a late re-send by the network stack the chance to show up before counting.
    QTest::qWait(200);
    outcome.requests = int(server.apiRequests().size());
    outcome.signIns = server.signIns();
    return outcome;
}

QString describe(const Outcome &o)
{
    return o.error ? o.error->agentText() + u" [requests %1]"_s.arg(o.requests)
                   : u"success with %1 accounts [requests %2]"_s.arg(o.accounts.size()).arg(o.requests);
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void everyFaultOnEveryOperation_data();
    void everyFaultOnEveryOperation();
    void outOfRangeNumbersDegradeToUnknown();
    void duplicateKeysShowTheLastValue();
    void proxyPageIsShownAsBoundedPlainText();
    void theWindowShowsServerTextAsPlainText();
    void aResetDeleteIsOneRequestAndAnUnknownOutcomeInTheAuditTrail();
    void failedSignInIsNotRepeatedByALaterAction();
    void connectionRefusedSaysNothingWasSent();
    void oversizedBodyAgainstASmallLimit();
    void aLargeListIsReadAsItArrivesAndNotWhenCutOff();
    void fixLinkUnderFaults_data();
    void fixLinkUnderFaults();
};

// Expected: the error kind (or -1 for success), words the agent reads, whether the agent is told
// the outcome is unknown, and the exact number of requests that reached the server.
void TestFaults::everyFaultOnEveryOperation_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::addColumn<int>("requests");

    const int success = -1;
    const auto lost = int(ApiError::Kind::ConnectionLost);
    const auto timeout = int(ApiError::Kind::Timeout);
    const auto bad = int(ApiError::Kind::BadResponse);
    const auto http = int(ApiError::Kind::Http);
    const QString mayHave = u"may have carried it out: reload before trying again"_s;
    const QString notUpdated = u"What is shown was not updated"_s;
    const QString cutOff = u"the answer was cut off"_s;

    struct Row
    {
        const char *name;
        Fault fault;
        Op op;
        int kind;
        QString words;
        bool unknown;
        int requests;
    };
    // Reads are re-sent by Qt's HTTP channel after a connection closes before any answer (its
    // reconnect attempts), which is harmless for a GET; changes never are.
    const QList<Row> rows = {
        {"reset after request, read", Fault::ResetAfterRequest, Op::Read, lost, notUpdated, false, 2},
        {"reset after request, refresh", Fault::ResetAfterRequest, Op::Refresh, lost, mayHave, true, 1},
        {"reset after request, delete", Fault::ResetAfterRequest, Op::Delete, lost, mayHave, true, 1},
        {"reset after delay, read", Fault::ResetAfterDelay, Op::Read, lost, notUpdated, false, 2},
        {"reset after delay, refresh", Fault::ResetAfterDelay, Op::Refresh, lost, mayHave, true, 1},
        {"reset after delay, delete", Fault::ResetAfterDelay, Op::Delete, lost, mayHave, true, 1},
        {"reset mid-body, read", Fault::ResetMidBody, Op::Read, lost, u"connection to the service was lost"_s, false,
         2},
        {"reset mid-body, refresh", Fault::ResetMidBody, Op::Refresh, lost, mayHave, true, 1},
        {"reset mid-body, delete", Fault::ResetMidBody, Op::Delete, lost, mayHave, true, 1},
        {"short body, read", Fault::ShortBody, Op::Read, lost, cutOff, false, 1},
        {"short body, refresh", Fault::ShortBody, Op::Refresh, lost, cutOff, true, 1},
        {"short body, delete", Fault::ShortBody, Op::Delete, lost, mayHave, true, 1},
        {"drip, read", Fault::DripBody, Op::Read, timeout, u"did not answer in time"_s, false, 1},
        {"drip, refresh", Fault::DripBody, Op::Refresh, timeout, mayHave, true, 1},
        {"drip, delete", Fault::DripBody, Op::Delete, timeout, mayHave, true, 1},
        {"gzip bomb, read", Fault::GzipBomb, Op::Read, bad, u"could not be decompressed"_s, false, 1},
        {"gzip bomb, refresh", Fault::GzipBomb, Op::Refresh, bad, mayHave, true, 1},
        {"gzip bomb, delete", Fault::GzipBomb, Op::Delete, bad, mayHave, true, 1},
        {"70 MB with length, read", Fault::HugeBodyWithLength, Op::Read, bad, u"exceeds the limit"_s, false, 1},
        {"70 MB with length, refresh", Fault::HugeBodyWithLength, Op::Refresh, bad, mayHave, true, 1},
        {"70 MB with length, delete", Fault::HugeBodyWithLength, Op::Delete, bad, mayHave, true, 1},
        {"70 MB without length, read", Fault::HugeBodyWithoutLength, Op::Read, bad, u"exceeds the limit"_s, false, 1},
        {"70 MB without length, refresh", Fault::HugeBodyWithoutLength, Op::Refresh, bad, mayHave, true, 1},
        {"70 MB without length, delete", Fault::HugeBodyWithoutLength, Op::Delete, bad, mayHave, true, 1},
        {"429, read", Fault::TooManyRequests, Op::Read, http, u"wait 30 s before trying again"_s, false, 1},
        {"429, refresh", Fault::TooManyRequests, Op::Refresh, http, u"Nothing is retried by itself"_s, false, 1},
        {"429, delete", Fault::TooManyRequests, Op::Delete, http, u"wait 30 s"_s, false, 1},
        {"503, read", Fault::Unavailable, Op::Read, http, u"wait 120 s before trying again"_s, false, 1},
        {"503, refresh", Fault::Unavailable, Op::Refresh, http, u"wait 120 s"_s, false, 1},
        {"503, delete", Fault::Unavailable, Op::Delete, http, u"wait 120 s"_s, false, 1},
        {"HTML 502, read", Fault::HtmlBadGateway, Op::Read, http, u"502 Bad Gateway (HTTP 502)"_s, false, 1},
        {"HTML 502, refresh", Fault::HtmlBadGateway, Op::Refresh, http, u"(HTTP 502)"_s, false, 1},
        {"HTML 502, delete", Fault::HtmlBadGateway, Op::Delete, http, u"(HTTP 502)"_s, false, 1},
        {"invalid UTF-8, read", Fault::InvalidUtf8, Op::Read, bad, u"not valid JSON"_s, false, 1},
        {"invalid UTF-8, refresh", Fault::InvalidUtf8, Op::Refresh, bad, u"not valid JSON"_s, false, 1},
        {"invalid UTF-8, delete", Fault::InvalidUtf8, Op::Delete, success, {}, false, 1},
        {"deep nesting, read", Fault::DeepNesting, Op::Read, bad, u"not valid JSON"_s, false, 1},
        {"deep nesting, refresh", Fault::DeepNesting, Op::Refresh, bad, u"not valid JSON"_s, false, 1},
        {"deep nesting, delete", Fault::DeepNesting, Op::Delete, success, {}, false, 1},
        {"out-of-range numbers, read", Fault::OutOfRangeNumbers, Op::Read, success, {}, false, 1},
        {"out-of-range numbers, refresh", Fault::OutOfRangeNumbers, Op::Refresh, success, {}, false, 1},
        {"out-of-range numbers, delete", Fault::OutOfRangeNumbers, Op::Delete, success, {}, false, 1},
        {"duplicate keys, read", Fault::DuplicateKeys, Op::Read, success, {}, false, 1},
        {"duplicate keys, refresh", Fault::DuplicateKeys, Op::Refresh, success, {}, false, 1},
        {"duplicate keys, delete", Fault::DuplicateKeys, Op::Delete, success, {}, false, 1},
        {"empty 200, read", Fault::Empty200, Op::Read, bad, u"the answer was empty"_s, false, 1},
        {"empty 200, refresh", Fault::Empty200, Op::Refresh, bad, u"the answer was empty"_s, false, 1},
        {"empty 200, delete", Fault::Empty200, Op::Delete, success, {}, false, 1},
        {"null 200, read", Fault::Null200, Op::Read, bad, u"not valid JSON"_s, false, 1},
        {"null 200, refresh", Fault::Null200, Op::Refresh, bad, u"not valid JSON"_s, false, 1},
        {"null 200, delete", Fault::Null200, Op::Delete, success, {}, false, 1},
        {"redirect, read", Fault::RedirectToOtherHost, Op::Read, http, u"redirects are not followed"_s, false, 1},
        {"redirect, refresh", Fault::RedirectToOtherHost, Op::Refresh, http, u"redirects are not followed"_s, false, 1},
        {"redirect, delete", Fault::RedirectToOtherHost, Op::Delete, http, u"redirects are not followed"_s, false, 1},
        {"401 everywhere, read", Fault::Unauthorized, Op::Read, http, u"code 10001"_s, false, 0},
        {"401 everywhere, refresh", Fault::Unauthorized, Op::Refresh, http, u"code 10001"_s, false, 0},
        {"401 everywhere, delete", Fault::Unauthorized, Op::Delete, http, u"code 10001"_s, false, 0},
    };
    for (const Row &r : rows)
        QTest::newRow(r.name) << r.fault << r.op << r.kind << r.words << r.unknown << r.requests;
}

void TestFaults::everyFaultOnEveryOperation()
{
    QFETCH(Fault, fault);
    QFETCH(Op, op);
    QFETCH(int, kind);
    QFETCH(QString, words);
    QFETCH(bool, outcomeUnknown);
    QFETCH(int, requests);

    const Outcome o = play(fault, op);
    qInfo().noquote() << u"outcome:"_s << describe(o); // the table in the issue note comes from these lines
    if (op == Op::Read && requests > 1) {
        // Qt re-sends a read after a reset, up to twice, when nothing of the answer had been read
        // yet; how often depends on timing. Harmless for a GET, and never more than that.
        QVERIFY2(o.requests >= 1 && o.requests <= 3, qPrintable(describe(o)));
    } else {
        QCOMPARE(o.requests, requests);
    }
    QCOMPARE(o.signIns, 1); // a failed sign-in is never repeated either
    if (kind < 0) {
        QVERIFY2(!o.error, qPrintable(describe(o)));
        if (op != Op::Delete)
            QCOMPARE(o.accounts.size(), 2);
        return;
    }
    QVERIFY2(o.error, qPrintable(describe(o)));
    QVERIFY2(int(o.error->kind) == kind, qPrintable(describe(o)));
    QVERIFY2(o.error->agentText().contains(words), qPrintable(describe(o)));
    QCOMPARE(o.error->outcomeUnknown, outcomeUnknown);
    QVERIFY(o.accounts.isEmpty()); // nothing partial is ever shown as whole
}

void TestFaults::outOfRangeNumbersDegradeToUnknown()
{
    const Outcome o = play(Fault::OutOfRangeNumbers, Op::Read);
    QVERIFY2(!o.error, qPrintable(describe(o)));
    QCOMPARE(o.accounts.size(), 2);
    const Account &a = o.accounts.first();
    QCOMPARE(a.name, u"Super Checking"_s);         // the rest of the account is shown
    QVERIFY(!a.aggregationStatusCode.has_value()); // 1e20: unknown, not -2147483648
    QVERIFY(!a.displayPosition.has_value());       // 3e9
    QVERIFY(!a.balanceDate.isValid());             // 1e300
    QVERIFY(!a.lastUpdatedDate.isValid());         // -1e16
    QCOMPARE(a.balance->toPlainString(), u"401.26"_s);
}

void TestFaults::duplicateKeysShowTheLastValue()
{
    // As every JSON parser in the browser does: the last occurrence of a key wins.
    const Outcome o = play(Fault::DuplicateKeys, Op::Read);
    QVERIFY2(!o.error, qPrintable(describe(o)));
    QCOMPARE(o.accounts.first().name, u"Second Name"_s);
    QCOMPARE(o.accounts.first().balance->toPlainString(), u"99.99"_s);
}

void TestFaults::proxyPageIsShownAsBoundedPlainText()
{
    const Outcome o = play(Fault::HtmlBadGateway, Op::Read);
    QVERIFY(o.error);
    const QString text = o.error->agentText();
    QVERIFY2(!text.contains(u'<') && !text.contains(u'>'), qPrintable(text)); // no markup reaches a label
    QVERIFY2(!hasControlCharacters(text), qPrintable(text));
    QVERIFY2(!text.contains(u"evil.example"_s), qPrintable(text)); // attributes are not text
    QVERIFY(o.error->apiMessage.size() <= 200);
}

void TestFaults::theWindowShowsServerTextAsPlainText()
{
    FaultServer server(Fault::HtmlBadGateway);
    Session session(quickSettings(server.url()), {u"p"_s, u"s"_s, u"k"_s});
    InstitutionDirectory institutions(&session);
    ScriptedPrompter prompter;
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    CustomerTab tab({&session, &institutions, &prompter, &audit, u"Faulty"_s}, u"1005061234"_s);
    tab.show();
    tab.load();
    QTRY_VERIFY_WITH_TIMEOUT(tab.message().contains(u"502 Bad Gateway"_s), 10000);
    // No label of the window may interpret what the network sent as markup.
    for (const QLabel *label : tab.findChildren<QLabel *>()) {
        QVERIFY2(label->textFormat() != Qt::AutoText, qPrintable(label->text()));
        if (label->text().contains(u"502"_s))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

void TestFaults::aResetDeleteIsOneRequestAndAnUnknownOutcomeInTheAuditTrail()
{
    FaultServer server(Fault::ResetAfterRequest);
    server.setFaultOnlyChanges(true);
    Session session(quickSettings(server.url()), {u"p"_s, u"s"_s, u"k"_s});
    InstitutionDirectory institutions(&session);
    ScriptedPrompter prompter;
    prompter.answer = true;
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    CustomerTab tab({&session, &institutions, &prompter, &audit, u"Faulty"_s}, u"1005061234"_s);
    QSignalSpy loaded(&tab, &CustomerTab::loaded);
    tab.load();
    QVERIFY(loaded.wait(10000));
    const QModelIndex account = tab.model()->indexOfAccount(u"5011648377"_s);
    tab.view()->setCurrentIndex(tab.proxy()->mapFromSource(account));
    QSignalSpy finished(&tab, &CustomerTab::commandFinished);
    tab.deleteSelectedAccount();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(u"may have carried it out: reload before trying again"_s), qPrintable(message));
    QTest::qWait(200);
    int deletes = 0;
    for (const auto &request : server.apiRequests())
        deletes += request.method == "DELETE";
    QCOMPARE(deletes, 1);
    QVERIFY(tab.model()->indexOfAccount(u"5011648377"_s).isValid()); // not removed: nobody knows
    QTRY_COMPARE_WITH_TIMEOUT(AuditLogReader::read(audit.path()).entries.size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(AuditLogReader::read(audit.path()).entries.first().outcome.has_value(), 5000);
    const AuditEntry entry = AuditLogReader::read(audit.path()).entries.first();
    QCOMPARE(entry.outcome->result, u"outcome unknown"_s);
    QVERIFY2(entry.outcome->message.contains(u"connection"_s), qPrintable(entry.outcome->message));
}

void TestFaults::failedSignInIsNotRepeatedByALaterAction()
{
    FaultServer server(Fault::Unauthorized);
    Session session(quickSettings(server.url()), {u"p"_s, u"s"_s, u"k"_s});
    for (Op op : {Op::Read, Op::Refresh, Op::Delete}) {
        std::unique_ptr<ApiJob> job(makeJob(op, &session));
        const auto error = runJob(job.get());
        QVERIFY(error);
    }
    QCOMPARE(server.signIns(), 1);
    QCOMPARE(server.apiRequests().size(), 0);
    QCOMPARE(session.failedAuthenticationsInARow(), 1);
}

void TestFaults::connectionRefusedSaysNothingWasSent()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl url(u"http://127.0.0.1:"_s + QString::number(probe.serverPort()));
    probe.close(); // nothing listens there now
    for (Op op : {Op::Read, Op::Delete}) {
        Session session(quickSettings(url), {u"p"_s, u"s"_s, u"k"_s});
        std::unique_ptr<ApiJob> job(makeJob(op, &session));
        const auto error = runJob(job.get());
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::ConnectionFailed);
        QVERIFY2(error->agentText().contains(u"Could not reach the service"_s), qPrintable(error->agentText()));
        QVERIFY2(error->agentText().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(error->agentText()));
        QVERIFY(!error->outcomeUnknown); // it never left: the agent may simply try again
    }
}

// The window's read of a large list is read in parts while it arrives (ArrivingAccountList): a
// body reset or cut off half-way, with parts of it already read, is an error and no accounts;
// the whole body gives every account.
void TestFaults::aLargeListIsReadAsItArrivesAndNotWhenCutOff()
{
    const QByteArray large = SandboxData().accountsBody(QString::fromLatin1(SandboxData::kLargeCustomer), {}, {});
    struct Case
    {
        Fault fault;
        bool onlyChanges;
        QString error; // empty: success
    };
    const QList<Case> cases = {
        {Fault::ResetMidBody, false, u"connection to the service was lost"_s},
        {Fault::ShortBody, false, u"the answer was cut off"_s},
        {Fault::ShortBody, true, {}},
    };
    for (const Case &c : cases) {
        FaultServer server(c.fault);
        server.setAccountList(large);
        server.setFaultOnlyChanges(c.onlyChanges);
        Session session(quickSettings(server.url()), {u"p"_s, u"s"_s, u"k"_s});
        GetCustomerAccountsJob job(&session, QString::fromLatin1(SandboxData::kLargeCustomer));
        job.groupByLogin();
        const std::optional<ApiError> error = runJob(&job);
        qsizetype accounts = 0;
        for (const InstitutionLogin &login : job.takeLogins())
            accounts += login.accounts.size();
        if (c.error.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->agentText() : QString()));
            QCOMPARE(accounts, 10000);
        } else {
            QVERIFY(error);
            QVERIFY2(error->agentText().contains(c.error), qPrintable(error->agentText()));
            QCOMPARE(accounts, 0);
        }
    }
}

void TestFaults::oversizedBodyAgainstASmallLimit()
{
    FaultServer server(Fault::DuplicateKeys);
    ConnectionSettings settings = quickSettings(server.url());
    settings.maxBodyBytes = 100;
    Session session(settings, {u"p"_s, u"s"_s, u"k"_s});
    GetCustomerAccountsJob job(&session, u"1005061234"_s);
    const auto error = runJob(&job);
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::BadResponse);
    QVERIFY2(error->agentText().contains(u"exceeds the limit of 100 bytes"_s), qPrintable(error->agentText()));
    QVERIFY(job.accounts().isEmpty());
}

// A fix link is an act like a refresh or a delete: sent once, never again by itself, and an
// answer that is no link is never shown as one.
void TestFaults::fixLinkUnderFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("outcomeUnknown");
    const QString mayHave = u"may have carried it out: reload before trying again"_s;
    QTest::newRow("reset after request") << Fault::ResetAfterRequest << mayHave << true;
    QTest::newRow("reset mid-body") << Fault::ResetMidBody << mayHave << true;
    QTest::newRow("short body") << Fault::ShortBody << u"the answer was cut off"_s << true;
    QTest::newRow("drip") << Fault::DripBody << mayHave << true;
    QTest::newRow("429") << Fault::TooManyRequests << u"Nothing is retried by itself"_s << false;
    QTest::newRow("HTML 502") << Fault::HtmlBadGateway << u"(HTTP 502)"_s << false;
    QTest::newRow("an account list instead of a link") << Fault::DuplicateKeys << u"link"_s << false;
    QTest::newRow("empty 200") << Fault::Empty200 << u"the answer was empty"_s << false;
    QTest::newRow("redirect") << Fault::RedirectToOtherHost << u"redirects are not followed"_s << false;
}

void TestFaults::fixLinkUnderFaults()
{
    QFETCH(Fault, fault);
    QFETCH(QString, words);
    QFETCH(bool, outcomeUnknown);
    FaultServer server(fault);
    const auto timeout = fault == Fault::DripBody ? std::chrono::milliseconds(1500) : std::chrono::seconds(20);
    Session session(quickSettings(server.url(), timeout), {u"p"_s, u"s"_s, u"k"_s});
    GenerateFixConnectUrlJob job(&session, u"1005061234"_s, u"1007302745"_s, {});
    const auto error = runJob(&job);
    QTest::qWait(200);
    QCOMPARE(int(server.apiRequests().size()), 1);
    QVERIFY(error);
    QVERIFY2(error->agentText().contains(words), qPrintable(error->agentText()));
    QCOMPARE(error->outcomeUnknown, outcomeUnknown);
    QVERIFY(job.link().link.isEmpty());
}

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
