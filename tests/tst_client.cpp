// The client against the sandbox over loopback: every operation, its error paths, the token
// lifecycle, and proof from the sandbox's request log that nothing is retried by itself.
#include "SameAccounts.h"
#include "SandboxFixture.h"

#include "core/InstitutionLogin.h"
#include "net/InstitutionDirectory.h"
#include "net/jobs/AccountListJobs.h"
#include "net/jobs/NoContentJobs.h"
#include "net/jobs/ReadJobs.h"
#include "sandbox/SandboxThread.h"

using namespace Qt::StringLiterals;

namespace {
const QString typical = QString::fromLatin1(SandboxData::kTypicalCustomer);

QList<Account> typicalAccounts(SandboxFixture &f)
{
    GetCustomerAccountsJob job(f.session.get(), typical);
    if (!runJob(job) || job.error())
        qFatal("could not read the typical customer");
    return job.accounts();
}

QString loginOf(const QList<Account> &accounts, int index)
{
    return groupByInstitutionLogin(accounts).at(index).id;
}
} // namespace

class TestClient : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryReadOperation();
    void anAnswerThatPiledUpIsReadWhole();
    void refreshesV1AnswerWithUpdatedAccounts();
    void refreshesV2AnswerNoContentAndChangeTheData();
    void deletesRemoveAccessForTheRestOfTheRun();
    void errorPaths_data();
    void errorPaths();
    void invalidIdsAreNeverSent_data();
    void invalidIdsAreNeverSent();
    void tokenIsRenewedByAge();
    void expiredTokenAuthenticatesOnceAndResends();
    void persistent401IsNotResentTwice();
    void failedAuthenticationIsNeverRepeatedByItself();
    void refreshIsNotRetriedAfterServerError();
    void refreshIsNotRetriedAfterTimeout();
    void deleteIsNotRetriedAfterTimeout();
    void readOnlyRefusesRefreshAndDelete();
    void plainText401IsReadable();
    void abortStopsWaitingAndSaysSo();
    void largeCustomerDecodesOffTheCallersThread();
    void slowRefreshDoesNotHoldUpOtherRequests();
    void fiveFailedSignInsLockThePartnerOut();
    void seedDataIsDeterministic();
    void largeCustomersAreBuiltWhenFirstAskedFor();
    void jobDestroyedWhileDecodingIsSafe();
    void institutionFetchedOnceAndAskedAgainOnlyAfterAFailure();
};

void TestClient::readsEveryReadOperation()
{
    SandboxFixture f;
    GetCustomersJob search(f.session.get(), u"Avery Johnson"_s);
    QVERIFY(runJob(search));
    QVERIFY(!search.error());
    QCOMPARE(search.page().customers.size(), 1);
    QCOMPARE(search.page().customers.first().displayName(), u"Avery Johnson"_s);

    GetCustomersJob page(f.session.get(), {}, 2, 3);
    QVERIFY(runJob(page));
    QCOMPARE(page.page().customers.size(), 3);
    QVERIFY(page.page().moreAvailable);

    GetCustomerJob customer(f.session.get(), typical);
    QVERIFY(runJob(customer));
    QCOMPARE(customer.customer().username, u"ajohnson"_s);

    GetCustomerAccountsJob all(f.session.get(), typical);
    QVERIFY(runJob(all));
    QVERIFY(!all.error());
    QCOMPARE(all.accounts().size(), 8);
    const QList<InstitutionLogin> logins = groupByInstitutionLogin(all.accounts());
    QCOMPARE(logins.size(), 3);

    GetCustomerAccountsJob active(f.session.get(), typical, u"active"_s);
    QVERIFY(runJob(active));
    QCOMPARE(active.accounts().size(), 8);
    GetCustomerAccountsJob deposit(f.session.get(), typical, {}, u"ava"_s);
    QVERIFY(runJob(deposit));
    QCOMPARE(deposit.accounts().size(), 2); // checking and savings

    GetCustomerAccountsByInstitutionJob byInstitution(f.session.get(), typical, u"101732"_s);
    QVERIFY(runJob(byInstitution));
    QCOMPARE(byInstitution.accounts().size(), 3);

    GetCustomerAccountsByInstitutionLoginJob byLogin(f.session.get(), typical, logins[1].id);
    QVERIFY(runJob(byLogin));
    QCOMPARE(byLogin.accounts().size(), logins[1].accounts.size());

    const Account investment = logins[2].accounts.first();
    QCOMPARE(investment.type, u"investment"_s);
    GetCustomerAccountJob one(f.session.get(), typical, investment.id);
    QVERIFY(runJob(one));
    QVERIFY(!one.error());
    QCOMPARE(one.account().positions.size(), 4);
    QVERIFY(!one.account().detail.isEmpty());
    QCOMPARE(one.account().balance, investment.balance);

    GetInstitutionJob institution(f.session.get(), u"101732"_s);
    QVERIFY(runJob(institution));
    QCOMPARE(institution.institution().name, u"FinBank"_s);

    // One token served every request.
    QCOMPARE(f.log().authenticationCount(), 1);
    QCOMPARE(f.log().refreshCount() + f.log().deleteCount(), 0);
}

void TestClient::refreshesV1AnswerWithUpdatedAccounts()
{
    SandboxFixture f;
    const QList<Account> before = typicalAccounts(f);
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    RefreshCustomerAccountsJob refresh(f.session.get(), typical);
    QVERIFY(runJob(refresh));
    QVERIFY(!refresh.error());
    QCOMPARE(refresh.httpStatus(), 200);
    QCOMPARE(refresh.accounts().size(), before.size());
    for (const Account &a : refresh.accounts())
        QVERIFY(a.aggregationAttemptDate.toDateTime() >= started);

    const QString login = loginOf(before, 0);
    RefreshCustomerAccountsByInstitutionLoginJob one(f.session.get(), typical, login);
    QVERIFY(runJob(one));
    QVERIFY(!one.error());
    QCOMPARE(one.accounts().size(), 3);
    QCOMPARE(f.log().refreshCount(), 2);
}

void TestClient::refreshesV2AnswerNoContentAndChangeTheData()
{
    SandboxFixture f;
    const QList<Account> before = typicalAccounts(f);
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    RefreshCustomerAccountsByInstitutionLoginV2Job login(f.session.get(), typical, loginOf(before, 1));
    QVERIFY(runJob(login));
    QVERIFY(!login.error());
    QCOMPARE(login.httpStatus(), 204);
    RefreshCustomerAccountsV2Job all(f.session.get(), typical);
    QVERIFY(runJob(all));
    QVERIFY(!all.error());
    QCOMPARE(all.httpStatus(), 204);
    // The answer carries nothing: reading again shows the refresh.
    for (const Account &a : typicalAccounts(f))
        QVERIFY(a.aggregationSuccessDate.toDateTime() >= started);
}

void TestClient::deletesRemoveAccessForTheRestOfTheRun()
{
    SandboxFixture f;
    const QList<Account> before = typicalAccounts(f);
    DeleteCustomerAccountJob deleteOne(f.session.get(), typical, before.first().id);
    QVERIFY(runJob(deleteOne));
    QVERIFY(!deleteOne.error());
    QCOMPARE(deleteOne.httpStatus(), 204);
    QCOMPARE(typicalAccounts(f).size(), 7);

    const QString login = loginOf(before, 2);
    DeleteCustomerAccountsByInstitutionLoginJob deleteLogin(f.session.get(), typical, login);
    QVERIFY(runJob(deleteLogin));
    QVERIFY(!deleteLogin.error());
    const QList<Account> after = typicalAccounts(f);
    QCOMPARE(after.size(), 4);
    for (const Account &a : after)
        QVERIFY(a.institutionLoginId != login);
    QCOMPARE(f.log().deleteCount(), 2);
}

void TestClient::errorPaths_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("agentSays");
    QTest::newRow("unknown customer") << u"customer"_s << 404 << u"14001"_s << u"No such customer"_s;
    QTest::newRow("unknown account") << u"account"_s << 404 << u"38003"_s << u"no such account"_s;
    QTest::newRow("unknown login (read)") << u"login"_s << 404 << u"38007"_s << u"no accounts under this"_s;
    QTest::newRow("unknown login (delete)") << u"deleteLogin"_s << 404 << u"38006"_s << u"no such institution login"_s;
    QTest::newRow("bad parameter") << u"badType"_s << 400 << u"10010"_s << u"not valid"_s;
    QTest::newRow("unknown institution") << u"institution"_s << 404 << u"14006"_s << u"No such institution"_s;
}

void TestClient::errorPaths()
{
    QFETCH(QString, operation);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, agentSays);
    SandboxFixture f;
    std::unique_ptr<ApiJob> job;
    Session *s = f.session.get();
    if (operation == "customer"_L1)
        job = std::make_unique<GetCustomerAccountsJob>(s, u"4242424242"_s);
    else if (operation == "account"_L1)
        job = std::make_unique<GetCustomerAccountJob>(s, typical, u"1"_s);
    else if (operation == "login"_L1)
        job = std::make_unique<GetCustomerAccountsByInstitutionLoginJob>(s, typical, u"1"_s);
    else if (operation == "deleteLogin"_L1)
        job = std::make_unique<DeleteCustomerAccountsByInstitutionLoginJob>(s, typical, u"1"_s);
    else if (operation == "badType"_L1)
        job = std::make_unique<GetCustomerAccountsJob>(s, typical, QString(), u"bogus"_s);
    else
        job = std::make_unique<GetInstitutionJob>(s, u"1"_s);
    QVERIFY(runJob(*job));
    QVERIFY(job->error());
    QCOMPARE(job->error()->kind, ApiError::Kind::Http);
    QCOMPARE(job->error()->httpStatus, status);
    QCOMPARE(job->error()->apiCode, code);
    QVERIFY2(job->error()->agentText().contains(agentSays, Qt::CaseInsensitive), qPrintable(job->error()->agentText()));
}

void TestClient::invalidIdsAreNeverSent_data()
{
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<QString>("accountId");
    QTest::newRow("slash in customer") << u"1005/061234"_s << u"1"_s;
    QTest::newRow("letters in customer") << u"abc"_s << u"1"_s;
    QTest::newRow("empty customer") << QString() << u"1"_s;
    QTest::newRow("space in customer") << u"1005 061234"_s << u"1"_s;
    QTest::newRow("path in account") << typical << u"../1"_s;
    QTest::newRow("query in account") << typical << u"1?x=2"_s;
}

void TestClient::invalidIdsAreNeverSent()
{
    QFETCH(QString, customerId);
    QFETCH(QString, accountId);
    SandboxFixture f;
    DeleteCustomerAccountJob job(f.session.get(), customerId, accountId);
    QVERIFY(runJob(job));
    QVERIFY(job.error());
    QCOMPARE(job.error()->kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(job.error()->agentText().contains(u"not valid"_s), qPrintable(job.error()->agentText()));
    QCOMPARE(job.requestsSent(), 0);
    QCOMPARE(f.log().size(), 0); // not even a sign-in
}

void TestClient::tokenIsRenewedByAge()
{
    ConnectionSettings settings;
    settings.tokenRenewAfter = std::chrono::seconds(1);
    SandboxFixture f({}, settings);
    typicalAccounts(f);
    QTest::qWait(1100);
    typicalAccounts(f);
    QCOMPARE(f.log().authenticationCount(), 2);
    for (const SandboxRequest &r : f.log().all())
        QCOMPARE(r.status == 401, false); // renewed before the service had to refuse it
}

void TestClient::expiredTokenAuthenticatesOnceAndResends()
{
    SandboxFixture f;
    typicalAccounts(f);
    f.server->expireAllTokens();
    GetCustomerAccountsJob job(f.session.get(), typical);
    QVERIFY(runJob(job));
    QVERIFY(!job.error());
    QCOMPARE(job.accounts().size(), 8);
    QCOMPARE(job.requestsSent(), 2);
    QList<int> statuses;
    for (const SandboxRequest &r : f.log().all())
        statuses.append(r.status);
    QCOMPARE(statuses, (QList<int>{200, 200, 401, 200, 200})); // auth, read, refused, auth, read
}

void TestClient::persistent401IsNotResentTwice()
{
    SandboxFixture f;
    const QString accountId = typicalAccounts(f).first().id;
    f.server->options().tokenTtlSeconds = 0; // every token is expired on arrival
    DeleteCustomerAccountJob job(f.session.get(), typical, accountId);
    QVERIFY(runJob(job));
    QVERIFY(job.error());
    QCOMPARE(job.error()->httpStatus, 401);
    QCOMPARE(job.requestsSent(), 2);
    QCOMPARE(f.log().deleteCount(), 2);         // the first, and the one re-send after signing in again
    QCOMPARE(f.log().authenticationCount(), 2); // the first sign-in, and the one after the 401
}

void TestClient::failedAuthenticationIsNeverRepeatedByItself()
{
    SandboxOptions options;
    options.partnerSecret = u"the-real-secret"_s; // the session still sends sandbox-secret
    SandboxFixture f(options);
    Session session(f.session->settings(), {options.partnerId, u"wrong-secret"_s, options.appKey});
    QSignalSpy failures(&session, &Session::authenticationFailed);

    GetCustomerAccountsJob first(&session, typical);
    QVERIFY(runJob(first));
    QVERIFY(first.error());
    QCOMPARE(first.error()->httpStatus, 401);
    QCOMPARE(first.error()->apiCode, u"10001"_s);
    QVERIFY(first.error()->agentText().contains(u"lockout"_s));
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.first().at(1).toInt(), 1);

    // Later jobs fail at once; nothing reaches the service.
    RefreshCustomerAccountsJob second(&session, typical);
    QVERIFY(runJob(second));
    QVERIFY(second.error());
    QCOMPARE(f.log().authenticationCount(), 1);
    QCOMPARE(f.log().size(), 1);
    QTest::qWait(300);
    QCOMPARE(f.log().size(), 1);

    // Only a person's sign-in tries again, and the count goes on.
    session.signIn();
    QVERIFY(failures.wait());
    QCOMPARE(f.server->failedAuthentications(), 2);
    QCOMPARE(failures.last().at(1).toInt(), 2);
    QCOMPARE(session.failedAuthenticationsInARow(), 2);
}

void TestClient::refreshIsNotRetriedAfterServerError()
{
    SandboxFixture f;
    RefreshCustomerAccountsJob job(f.session.get(), QString::fromLatin1(SandboxData::kRefreshFailsCustomer));
    QVERIFY(runJob(job));
    QVERIFY(job.error());
    QCOMPARE(job.error()->httpStatus, 500);
    QCOMPARE(job.error()->apiCode, u"187"_s);
    QVERIFY2(job.error()->agentText().contains(u"\"Fix\""_s), qPrintable(job.error()->agentText()));
    QTest::qWait(300);
    QCOMPARE(f.log().refreshCount(), 1);
}

void TestClient::refreshIsNotRetriedAfterTimeout()
{
    SandboxOptions options;
    options.refreshDelayMs = 1500;
    ConnectionSettings settings;
    settings.refreshTimeout = std::chrono::milliseconds(200);
    SandboxFixture f(options, settings);
    const QString login = loginOf(typicalAccounts(f), 0);
    RefreshCustomerAccountsByInstitutionLoginJob job(f.session.get(), typical, login);
    QVERIFY(runJob(job));
    QVERIFY(job.error());
    QCOMPARE(job.error()->kind, ApiError::Kind::Timeout);
    QVERIFY(job.error()->agentText().contains(u"may still complete"_s));
    QTest::qWait(1700); // past the moment the sandbox answers
    QCOMPARE(f.log().refreshCount(), 1);
    // ...and the refresh did happen at the service, which is why it is never re-sent.
    QVERIFY(typicalAccounts(f).first().aggregationAttemptDate.toDateTime()
            > QDateTime::currentDateTimeUtc().addSecs(-10));
}

void TestClient::deleteIsNotRetriedAfterTimeout()
{
    ConnectionSettings settings;
    settings.readTimeout = std::chrono::milliseconds(200);
    SandboxFixture f({}, settings);
    const QList<Account> before = typicalAccounts(f);
    f.server->options().latencyMs = 1200;
    DeleteCustomerAccountJob job(f.session.get(), typical, before.first().id);
    QVERIFY(runJob(job));
    QCOMPARE(job.error()->kind, ApiError::Kind::Timeout);
    QTest::qWait(1400);
    QCOMPARE(f.log().deleteCount(), 1);
    f.server->options().latencyMs = 0;
    QCOMPARE(typicalAccounts(f).size(), before.size() - 1);
}

void TestClient::readOnlyRefusesRefreshAndDelete()
{
    ConnectionSettings settings;
    settings.readOnly = true;
    SandboxFixture f({}, settings);
    RefreshCustomerAccountsV2Job refresh(f.session.get(), typical);
    QVERIFY(runJob(refresh));
    QCOMPARE(refresh.error()->kind, ApiError::Kind::InvalidRequest);
    QVERIFY(refresh.error()->agentText().contains(u"read-only"_s));
    DeleteCustomerAccountsByInstitutionLoginJob remove(f.session.get(), typical, u"1007302745"_s);
    QVERIFY(runJob(remove));
    QCOMPARE(remove.error()->kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(f.log().size(), 0);
    // Reading still works.
    QCOMPARE(typicalAccounts(f).size(), 8);
}

void TestClient::plainText401IsReadable()
{
    SandboxOptions options;
    options.plainText401 = true;
    SandboxFixture f(options);
    Session session(f.session->settings(), {options.partnerId, u"nope"_s, options.appKey});
    GetCustomerJob job(&session, typical);
    QVERIFY(runJob(job));
    QCOMPARE(job.error()->httpStatus, 401);
    QVERIFY(job.error()->apiCode.isEmpty());
    QCOMPARE(job.error()->apiMessage, u"Invalid credentials"_s);
    QVERIFY(job.error()->agentText().startsWith(u"Invalid credentials"_s));
}

void TestClient::abortStopsWaitingAndSaysSo()
{
    SandboxOptions options;
    options.refreshDelayMs = 2000;
    SandboxFixture f(options);
    typicalAccounts(f);
    RefreshCustomerAccountsJob job(f.session.get(), typical);
    QSignalSpy done(&job, &ApiJob::finished);
    job.start();
    QTRY_COMPARE(f.log().refreshCount(), 1);
    job.abort();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(job.error()->kind, ApiError::Kind::Aborted);
    QVERIFY(job.error()->agentText().contains(u"may still complete"_s));
}

void TestClient::largeCustomerDecodesOffTheCallersThread()
{
    SandboxFixture f;
    GetCustomerAccountsJob job(f.session.get(), QString::fromLatin1(SandboxData::kLargeCustomer));
    QVERIFY(runJob(job, 60000));
    QVERIFY(!job.error());
    QCOMPARE(job.accounts().size(), 10000);
    QCOMPARE(groupByInstitutionLogin(job.accounts()).size(), 200);
}

void TestClient::anAnswerThatPiledUpIsReadWhole()
{
    // The sandbox answers from its own thread while this one is busy: the 5.6 MB answer piles
    // up, and the job reads each piece straight into the body it hands the decoder.
    SandboxThread sandbox(SandboxOptions{});
    QUrl baseUrl;
    connect(&sandbox, &SandboxThread::listening, this, [&baseUrl](const QUrl &url) { baseUrl = url; });
    sandbox.start();
    QTRY_VERIFY_WITH_TIMEOUT(!baseUrl.isEmpty(), 10000);
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    const SandboxOptions options;
    Session session(settings, {options.partnerId, options.partnerSecret, options.appKey});
    GetCustomerAccountsJob warm(&session, QString::fromLatin1(SandboxData::kLargeCustomer));
    QVERIFY(runJob(warm, 60000)); // signed in, and the sandbox has built the customer
    GetCustomerAccountsJob job(&session, QString::fromLatin1(SandboxData::kLargeCustomer));
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    QThread::msleep(1500); // the GUI thread busy: the answer piles up in the reply
    QVERIFY(finished.wait(60000));
    QVERIFY2(!job.error(), qPrintable(job.error() ? job.error()->agentText() : QString()));
    QCOMPARE(job.accounts().size(), 10000);
    Decoded<QList<Account>> piled, whole;
    piled.value = job.accounts();
    whole.value = warm.accounts();
    const QString difference = differenceBetween(piled, whole); // not a byte lost or doubled
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestClient::jobDestroyedWhileDecodingIsSafe()
{
    SandboxFixture f;
    typicalAccounts(f);
    // Destroy the job at different moments around the answer's arrival; the worker's result
    // must be dropped, not delivered to a dead job.
    for (int delayMs : {0, 5, 10, 20, 40, 80}) {
        auto *job = new GetCustomerAccountsJob(f.session.get(), QString::fromLatin1(SandboxData::kLargeCustomer));
        const qsizetype before = f.log().size();
        job->start();
        QTRY_VERIFY(f.log().size() > before);
        QTest::qWait(delayMs);
        delete job;
        QTest::qWait(150);
    }
    // No crash, and the session is still good for the next request.
    QCOMPARE(typicalAccounts(f).size(), 8);
}

void TestClient::slowRefreshDoesNotHoldUpOtherRequests()
{
    SandboxOptions options;
    options.refreshDelayMs = 2000;
    SandboxFixture f(options);
    typicalAccounts(f);
    RefreshCustomerAccountsJob refresh(f.session.get(), typical);
    QSignalSpy refreshed(&refresh, &ApiJob::finished);
    refresh.start();
    QTRY_COMPARE(f.log().refreshCount(), 1);
    GetCustomerJob read(f.session.get(), typical);
    QVERIFY(runJob(read));
    QVERIFY(!read.error());
    QCOMPARE(refreshed.count(), 0); // the read came back while the refresh was still out
    QVERIFY(refreshed.wait(5000));
    QVERIFY(!refresh.error());
}

void TestClient::fiveFailedSignInsLockThePartnerOut()
{
    SandboxFixture f;
    const SandboxOptions &o = f.server->options();
    for (int attempt = 1; attempt <= 5; ++attempt) {
        Session wrong(f.session->settings(), {o.partnerId, u"wrong"_s, o.appKey});
        GetCustomerJob job(&wrong, typical);
        QVERIFY(runJob(job));
        QCOMPARE(job.error()->httpStatus, 401);
    }
    QCOMPARE(f.server->failedAuthentications(), 5);
    // Now even the right secret is refused, as at the provider, until the sandbox restarts.
    GetCustomerJob job(f.session.get(), typical);
    QVERIFY(runJob(job));
    QCOMPARE(job.error()->httpStatus, 401);
    QVERIFY2(job.error()->apiMessage.contains(u"locked out"_s), qPrintable(job.error()->apiMessage));
}

void TestClient::seedDataIsDeterministic()
{
    const QString large = QString::fromLatin1(SandboxData::kLargeCustomer);
    QCOMPARE(SandboxData(1).accountsBody(typical, {}, {}), SandboxData(1).accountsBody(typical, {}, {}));
    QCOMPARE(SandboxData(1).accountsBody(large, {}, {}), SandboxData(1).accountsBody(large, {}, {}));
    QVERIFY(SandboxData(1).accountsBody(typical, {}, {}) != SandboxData(2).accountsBody(typical, {}, {}));
    QCOMPARE(SandboxData(7).accountCount(large), 10000);
}

void TestClient::largeCustomersAreBuiltWhenFirstAskedFor()
{
    const QString large = QString::fromLatin1(SandboxData::kLargeCustomer);
    const QString stress = QString::fromLatin1(SandboxData::kStressCustomer);
    SandboxData data;
    QVERIFY(data.hasCustomer(stress));
    QVERIFY(!data.isBuilt(large));
    QVERIFY(!data.isBuilt(stress));
    QCOMPARE(data.accountCount(large), 10000);
    QVERIFY(data.isBuilt(large));
    QVERIFY(!data.isBuilt(stress)); // one customer's request builds that customer only
    // The other customers' data does not depend on whether a large one was built.
    QCOMPARE(data.accountsBody(typical, {}, {}), SandboxData().accountsBody(typical, {}, {}));
    // 100,000 accounts fit the 64 MiB body limit, and decode.
    const QByteArray body = data.accountsBody(stress, {}, {});
    QVERIFY2(body.size() < kDefaultMaxBodyBytes, qPrintable(QString::number(body.size())));
    const auto decoded = AccountDecoder::decodeList(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.failure->text()));
    QCOMPARE(decoded.value.size(), 100000);
}

void TestClient::institutionFetchedOnceAndAskedAgainOnlyAfterAFailure()
{
    SandboxFixture f;
    InstitutionDirectory directory(f.session.get());
    QSignalSpy resolved(&directory, &InstitutionDirectory::resolved);
    const QString finbank = u"101732"_s;
    QCOMPARE(directory.lookup(finbank), nullptr);
    QCOMPARE(directory.lookup(finbank), nullptr); // under way: not asked twice
    QVERIFY(resolved.wait(10000));
    QCOMPARE(directory.lookup(finbank)->name, u"FinBank"_s);
    const auto asked = [&f](const QString &id) {
        return f.log().count(Endpoints::Operation::GetInstitution, {{u"institutionId"_s, id}});
    };
    QCOMPARE(asked(finbank), 1);

    // An unknown institution fails (404): nothing asks again by itself, the next lookup does.
    const QString unknown = u"999999"_s;
    QCOMPARE(directory.lookup(unknown), nullptr);
    QTRY_VERIFY(!directory.isFetching(unknown));
    QTest::qWait(300);
    QCOMPARE(asked(unknown), 1);
    QCOMPARE(directory.lookup(unknown), nullptr);
    QTRY_VERIFY(!directory.isFetching(unknown));
    QCOMPARE(asked(unknown), 2);
    QCOMPARE(resolved.count(), 1);
    QCOMPARE(directory.fetchCount(), 3);
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
