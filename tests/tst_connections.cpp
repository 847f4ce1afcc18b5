// Connecting safely: the https rule, certificate errors, profiles, the profile editor's save and
// test sign-in, the failed sign-in count with its lockout warning, sign-out, and secrets kept out
// of logs, the settings file and the audit trail.
#include "AccountFilterProxy.h"
#include "AccountTreeModel.h"
#include "ConfirmationPrompter.h"
#include "ConsoleLanguage.h"
#include "CustomerTab.h"
#include "MainWindow.h"
#include "Named.h"
#include "ProfileEditorDialog.h"
#include "SandboxFixture.h"
#include "ScriptedPrompter.h"
#include "audit/AuditLog.h"
#include "connection/BaseUrlRule.h"
#include "connection/ConnectionController.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "core/LogRedactor.h"
#include "net/InstitutionDirectory.h"
#include "net/NetLog.h"
#include "net/SignInFailures.h"
#include "net/jobs/AccountListJobs.h"
#include "net/jobs/CreateTokenJob.h"
#include "net/jobs/NoContentJobs.h"
#include "net/jobs/ReadJobs.h"
#include "sandbox/InProcessSandbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMutex>
#include <QSettings>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include <sys/stat.h>
using namespace Qt::StringLiterals;

namespace {

const QString typical = QString::fromLatin1(SandboxData::kTypicalCustomer);

QMutex capturedMutex;
QString captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&capturedMutex);
    captured += message + u'\n';
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"account-console-tests"_s);
        ConsoleLanguage::install(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<Session *>(); // ConnectionController::connected, in a QSignalSpy
    }
    void init() { QSettings().clear(); }

    void baseUrlRule_data();
    void baseUrlRule();
    void plainHttpToTheNetworkIsNeverSent();
    void selfSignedCertificateIsShownNotIgnored();
    void profilesKeepNoSecretsAndTheSandboxAlwaysExists();
    void theSameConnectionAgainWritesNothing();
    void profileEditorSavesAndTestsOneSignIn();
    void failedSignInsAreCountedAndTheFifthIsWarnedAbout();
    void signingOutForgetsTheToken();
    void renamingAProfileMovesItsSecrets();
    void testSignInCountsTowardsTheLockout();
    void secretsNeverReachLogsSettingsOrAudit();
    void builtInSandboxStartsOnItsOwnThreadAndConnects();
    void onlyTheLatestConnectionWinsOverASlowSandbox();
    void aSandboxThatCannotListenIsTriedAgain();
    void logLinesLoseKeysAndTokensNobodyRegistered();
};

void TestConnections::baseUrlRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://api.finicity.com"_s << true;
    QTest::newRow("https with path") << u"https://gateway.example.org/finicity"_s << true;
    QTest::newRow("http to the network") << u"http://api.finicity.com"_s << false;
    QTest::newRow("http to a private address") << u"http://10.1.2.3:8080"_s << false;
    QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http to 127.0.0.2") << u"http://127.0.0.2:8080"_s << true;
    QTest::newRow("http to localhost") << u"http://localhost:9000"_s << true;
    QTest::newRow("http to ::1") << u"http://[::1]:9000"_s << true;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestConnections::baseUrlRule()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString problem = BaseUrlRule::check(QUrl(url));
    QCOMPARE(problem.isEmpty(), allowed);
}

void TestConnections::plainHttpToTheNetworkIsNeverSent()
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"http://192.0.2.10"_s); // TEST-NET: never contacted, the job refuses first
    Session session(settings, {u"p"_s, u"s"_s, u"k"_s});
    GetCustomerJob job(&session, typical);
    QVERIFY(runJob(job));
    QCOMPARE(job.error()->kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(job.error()->agentText().contains(u"must use https"_s), qPrintable(job.error()->agentText()));
    QCOMPARE(job.requestsSent(), 0);
    QCOMPARE(session.tokenAgeSeconds(), -1); // not even a sign-in was tried
}

void TestConnections::selfSignedCertificateIsShownNotIgnored()
{
    QFile certFile(QStringLiteral(TEST_DATA_DIR "/selfsigned.crt"));
    QFile keyFile(QStringLiteral(TEST_DATA_DIR "/selfsigned.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int decryptedRequests = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, socket, [&decryptedRequests] { ++decryptedRequests; });
    });

    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"https://127.0.0.1:"_s + QString::number(server.serverPort()));
    Session session(settings, {u"p"_s, u"s"_s, u"k"_s});
    GetCustomerJob job(&session, typical);
    QVERIFY(runJob(job));
    QVERIFY(job.error());
    QCOMPARE(job.error()->kind, ApiError::Kind::Tls);
    const QString text = job.error()->agentText();
    QVERIFY2(text.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(u"127.0.0.1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"SHA-256"_s), qPrintable(text));
    QVERIFY(text.contains(u"does not connect past a certificate error"_s));
    QCOMPARE(decryptedRequests, 0); // nothing, not even the sign-in, went over the unverified link
}

void TestConnections::profilesKeepNoSecretsAndTheSandboxAlwaysExists()
{
    QCOMPARE(ProfileStore::load().size(), 1);
    QVERIFY(ProfileStore::load().first().builtInSandbox);
    QCOMPARE(ProfileStore::lastUsed(), ConnectionProfile::sandboxName());
    ConnectionProfile production;
    production.name = u"Production"_s;
    production.baseUrl = QUrl(u"https://api.finicity.com"_s);
    production.partnerId = u"2445582695152"_s;
    production.refreshUsesV2 = true;
    production.readTimeoutSeconds = 45;
    production.readOnly = true;
    QVERIFY(ProfileStore::save(production));
    QVERIFY(!ProfileStore::save(ConnectionProfile::sandbox())); // the built-in one is not stored
    ProfileStore::setLastUsed(production.name);
    const auto loaded = ProfileStore::find(u"Production"_s);
    QVERIFY(loaded);
    QCOMPARE(loaded->baseUrl, production.baseUrl);
    QCOMPARE(loaded->partnerId, production.partnerId);
    QCOMPARE(loaded->refreshUsesV2, true);
    QCOMPARE(loaded->readTimeoutSeconds, 45);
    QCOMPARE(loaded->readOnly, true);
    QCOMPARE(ProfileStore::lastUsed(), u"Production"_s);
    QCOMPARE(ProfileStore::load().size(), 2);
    ProfileStore::remove(u"Production"_s);
    QCOMPARE(ProfileStore::load().size(), 1);
    QCOMPARE(ProfileStore::lastUsed(), ConnectionProfile::sandboxName());
}

// Connecting to the connection used last time writes nothing: QSettings rewrote and synced the
// whole settings file for it at every start, on the GUI thread, before the first customer opened.
void TestConnections::theSameConnectionAgainWritesNothing()
{
    const QByteArray file = QFile::encodeName(QSettings().fileName());
    const auto fileIdentity = [&file] {
        struct stat status = {};
        return ::stat(file.constData(), &status) == 0 ? status.st_ino : 0;
    };
    ProfileStore::setLastUsed(u"Production"_s);
    const auto written = fileIdentity();
    QVERIFY(written != 0);
    ProfileStore::setLastUsed(u"Production"_s);
    QCOMPARE(fileIdentity(), written);
    ProfileStore::setLastUsed(ConnectionProfile::sandboxName());
    QVERIFY(fileIdentity() != written); // a change is written: the file is replaced
    QCOMPARE(QSettings().value(u"connection/lastUsed"_s).toString(), ConnectionProfile::sandboxName());
}

void TestConnections::profileEditorSavesAndTestsOneSignIn()
{
    SandboxOptions options;
    options.partnerId = u"2445582695152"_s;
    options.partnerSecret = u"editor-secret-Zx81"_s;
    options.appKey = u"editor-app-key-Qq17"_s;
    SandboxFixture f(options);
    SecretStore secrets;
    ScriptedPrompter prompter;
    ProfileEditorDialog editor(&secrets, &prompter);
    editor.show();
    editor.newProfile();
    named<QLineEdit>(editor, "nameField")->setText(u"Staging"_s);
    named<QLineEdit>(editor, "baseUrlField")->setText(u"http://api.example.org"_s);
    QSignalSpy saved(&editor, &ProfileEditorDialog::saved);
    editor.save();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    QVERIFY2(editor.status().contains(u"must use https"_s), qPrintable(editor.status()));
    QVERIFY(!ProfileStore::find(u"Staging"_s));

    named<QLineEdit>(editor, "baseUrlField")->setText(f.server->baseUrl().toString());
    named<QLineEdit>(editor, "partnerIdField")->setText(options.partnerId);
    named<QLineEdit>(editor, "secretField")->setText(options.partnerSecret);
    named<QLineEdit>(editor, "appKeyField")->setText(options.appKey);
    named<QComboBox>(editor, "refreshApiField")->setCurrentIndex(1);
    editor.save();
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(saved.last().first().toBool());
    const auto stored = ProfileStore::find(u"Staging"_s);
    QVERIFY(stored);
    QCOMPARE(stored->refreshUsesV2, true);
    QSettings().sync();
    const QString settingsFile = readAll(QSettings().fileName());
    QVERIFY(settingsFile.contains(u"Staging"_s));
    QVERIFY(!settingsFile.contains(options.partnerSecret));
    QVERIFY(!settingsFile.contains(options.appKey));
    QVERIFY(named<QLineEdit>(editor, "secretField")->text().isEmpty()); // not left on screen

    QSignalSpy tested(&editor, &ProfileEditorDialog::tested);
    editor.testSignIn();
    QVERIFY(tested.wait());
    QVERIFY2(tested.first().first().toBool(), qPrintable(tested.first().at(1).toString()));
    QVERIFY(editor.status().startsWith(u"Signed in to"_s));
    QCOMPARE(f.log().authenticationCount(), 1);

    named<QLineEdit>(editor, "secretField")->setText(u"a-wrong-secret"_s);
    editor.testSignIn();
    QVERIFY(tested.wait());
    QCOMPARE(tested.last().first().toBool(), false);
    QVERIFY2(editor.status().contains(u"10001"_s), qPrintable(editor.status()));
    QCOMPARE(f.log().authenticationCount(), 2); // one click, one CreateToken

    prompter.answer = true;
    editor.deleteProfile();
    QTRY_VERIFY(!ProfileStore::find(u"Staging"_s));
    QCOMPARE(prompter.asked.last().confirmLabel, u"Delete Staging"_s);
}

void TestConnections::failedSignInsAreCountedAndTheFifthIsWarnedAbout()
{
    SandboxOptions options;
    options.partnerSecret = u"the-right-secret"_s;
    SandboxFixture f(options);
    Session session(f.session->settings(), {options.partnerId, u"a-wrong-secret"_s, options.appKey});
    ScriptedPrompter prompter;
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    MainWindow window(&session, &prompter, {u"Production"_s, &audit});
    QSignalSpy failed(&session, &Session::authenticationFailed);
    // Opening a customer signs in on first need; the failure says what to do instead of retrying.
    CustomerTab *tab = window.openCustomer(u"1005061234"_s);
    QTRY_VERIFY(tab->message().contains(u"Sign in again with File → Sign in"_s));
    QCOMPARE(failed.count(), 1);
    for (int attempt = 2; attempt <= 4; ++attempt) {
        window.signIn();
        QTRY_COMPARE(failed.count(), attempt);
    }
    QCOMPARE(prompter.asked.size(), 0); // no warning before the first four
    QVERIFY2(window.sessionStatus().contains(u"4 failed sign-ins in a row"_s), qPrintable(window.sessionStatus()));

    prompter.answer = false;
    window.signIn();
    QTRY_COMPARE(prompter.asked.size(), 1);
    QVERIFY(prompter.asked.first().consequence.contains(u"locks the partner out after five"_s));
    QVERIFY(prompter.asked.first().consequence.contains(u"failed 4 times in a row"_s));
    QTest::qWait(200);
    QCOMPARE(f.log().authenticationCount(), 4); // declined: nothing sent

    prompter.answer = true;
    window.signIn();
    QTRY_COMPARE(failed.count(), 5);
    QCOMPARE(f.log().authenticationCount(), 5);
    QCOMPARE(f.server->failedAuthentications(), 5);
    // Nothing tries again by itself.
    QTest::qWait(300);
    QCOMPARE(f.log().authenticationCount(), 5);
}

void TestConnections::renamingAProfileMovesItsSecrets()
{
    SecretStore secrets;
    ScriptedPrompter prompter;
    ProfileEditorDialog editor(&secrets, &prompter);
    editor.newProfile();
    named<QLineEdit>(editor, "nameField")->setText(u"Old name"_s);
    named<QLineEdit>(editor, "baseUrlField")->setText(u"https://api.example.org"_s);
    named<QLineEdit>(editor, "partnerIdField")->setText(u"2445582695152"_s);
    named<QLineEdit>(editor, "secretField")->setText(u"rename-secret-1"_s);
    named<QLineEdit>(editor, "appKeyField")->setText(u"rename-key-1"_s);
    QSignalSpy saved(&editor, &ProfileEditorDialog::saved);
    editor.save();
    QTRY_COMPARE(saved.count(), 1);

    // Renamed, and only the app key retyped: the secret must follow the profile.
    named<QLineEdit>(editor, "nameField")->setText(u"New name"_s);
    named<QLineEdit>(editor, "appKeyField")->setText(u"rename-key-2"_s);
    editor.save();
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(saved.last().first().toBool());
    QVERIFY(ProfileStore::find(u"New name"_s));
    QVERIFY(!ProfileStore::find(u"Old name"_s));

    auto readSecrets = [&](const QString &profile) {
        std::optional<SecretStore::Secrets> result;
        bool done = false;
        secrets.read(profile, &editor, [&](const std::optional<SecretStore::Secrets> &s, const QString &) {
            result = s;
            done = true;
        });
        for (int i = 0; i < 100 && !done; ++i)
            QTest::qWait(50);
        return result;
    };
    const auto moved = readSecrets(u"New name"_s);
    QVERIFY(moved);
    QCOMPARE(moved->partnerSecret, u"rename-secret-1"_s);
    QCOMPARE(moved->appKey, u"rename-key-2"_s);
    QVERIFY(!readSecrets(u"Old name"_s)); // no orphaned entry

    // Renamed with nothing retyped: both secrets follow.
    named<QLineEdit>(editor, "nameField")->setText(u"Third name"_s);
    editor.save();
    QTRY_COMPARE(saved.count(), 3);
    const auto again = readSecrets(u"Third name"_s);
    QVERIFY(again);
    QCOMPARE(again->partnerSecret, u"rename-secret-1"_s);
    QCOMPARE(again->appKey, u"rename-key-2"_s);
    QVERIFY(!readSecrets(u"New name"_s));
}

// Repeated "Test sign-in" clicks with a wrong secret count like the connection's own sign-ins:
// the attempt that could be the fifth failure asks first, and declining sends nothing.
void TestConnections::testSignInCountsTowardsTheLockout()
{
    SandboxOptions options;
    options.partnerSecret = u"the-right-secret"_s;
    SandboxFixture f(options);
    SecretStore secrets;
    ScriptedPrompter prompter;
    SignInFailures failures; // the run's count, as the connection controller holds it
    ProfileEditorDialog editor(&secrets, &prompter, nullptr, &failures);
    editor.newProfile();
    named<QLineEdit>(editor, "nameField")->setText(u"Lockout"_s);
    named<QLineEdit>(editor, "baseUrlField")->setText(f.server->baseUrl().toString());
    named<QLineEdit>(editor, "partnerIdField")->setText(options.partnerId);
    QSignalSpy tested(&editor, &ProfileEditorDialog::tested);
    for (int attempt = 1; attempt <= 4; ++attempt) {
        named<QLineEdit>(editor, "secretField")->setText(u"a-wrong-secret"_s);
        named<QLineEdit>(editor, "appKeyField")->setText(options.appKey);
        editor.testSignIn();
        QTRY_COMPARE(tested.count(), attempt);
        QCOMPARE(tested.last().first().toBool(), false);
    }
    QCOMPARE(prompter.asked.size(), 0);
    QCOMPARE(f.log().authenticationCount(), 4);
    QCOMPARE(failures.inARow(u"Lockout"_s), 4);

    prompter.answer = false;
    editor.testSignIn();
    QTRY_COMPARE(tested.count(), 5);
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY(prompter.asked.first().consequence.contains(u"locks the partner out after five"_s));
    QTest::qWait(200);
    QCOMPARE(f.log().authenticationCount(), 4); // declined: nothing sent

    // The connection's session of the same profile sees the same count, so its next sign-in asks too.
    Session session(f.session->settings(), {options.partnerId, u"x"_s, options.appKey});
    session.countFailuresIn(&failures, u"Lockout"_s);
    QCOMPARE(session.failedAuthenticationsInARow(), 4);
}

void TestConnections::signingOutForgetsTheToken()
{
    SandboxFixture f;
    ScriptedPrompter prompter;
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    MainWindow window(f.session.get(), &prompter, {u"Sandbox"_s, &audit});
    QSignalSpy signedIn(f.session.get(), &Session::signedIn);
    window.signIn();
    QVERIFY(signedIn.wait());
    QVERIFY(window.sessionStatus().startsWith(u"Signed in"_s));
    QVERIFY(!f.session->token().isEmpty());
    named<QAction>(window, "signOutAction")->trigger();
    QVERIFY(f.session->token().isEmpty());
    QCOMPARE(window.sessionStatus(), u"Not signed in"_s);
}

void TestConnections::secretsNeverReachLogsSettingsOrAudit()
{
    SandboxOptions options;
    options.partnerSecret = u"S3cret-Partner-Value-9931"_s;
    options.appKey = u"AppKey-Value-77c1e0"_s;
    options.verbose = true;
    QtMessageHandler before = qInstallMessageHandler(capture);
    LogRedactor::install(); // in front of the capture, as in the console
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    QStringList tokens;
    {
        SandboxFixture f(options);
        Session *s = f.session.get();
        connect(s, &Session::signedIn, this, [&] { tokens.append(s->token()); });
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        ScriptedPrompter prompter;
        prompter.answer = true;
        InstitutionDirectory institutions(s);

        // Every operation, one after the other.
        GetCustomersJob search(s, u"Johnson"_s);
        QVERIFY(runJob(search));
        GetCustomerJob customer(s, typical);
        QVERIFY(runJob(customer));
        GetCustomerAccountsJob accounts(s, typical);
        QVERIFY(runJob(accounts));
        QVERIFY(!accounts.error());
        const QString account = accounts.accounts().first().id;
        const QString login = accounts.accounts().first().institutionLoginId;
        const QString otherLogin = accounts.accounts().last().institutionLoginId;
        GetCustomerAccountJob one(s, typical, account);
        GetCustomerAccountsByInstitutionJob byInstitution(s, typical, accounts.accounts().first().institutionId);
        GetCustomerAccountsByInstitutionLoginJob byLogin(s, typical, login);
        GetInstitutionJob institution(s, accounts.accounts().first().institutionId);
        RefreshCustomerAccountsJob refresh(s, typical);
        RefreshCustomerAccountsByInstitutionLoginJob refreshLogin(s, typical, login);
        RefreshCustomerAccountsV2Job refreshV2(s, typical);
        RefreshCustomerAccountsByInstitutionLoginV2Job refreshLoginV2(s, typical, login);
        for (ApiJob *job : std::initializer_list<ApiJob *>{&one, &byInstitution, &byLogin, &institution, &refresh,
                                                           &refreshLogin, &refreshV2, &refreshLoginV2}) {
            QVERIFY(runJob(*job));
            QVERIFY2(!job->error(), qPrintable(job->error() ? job->error()->logText() : QString()));
        }
        f.server->expireAllTokens(); // a 401 and a fresh token on the way
        DeleteCustomerAccountJob deleteOne(s, typical, account);
        QVERIFY(runJob(deleteOne));
        QVERIFY(!deleteOne.error());

        // A delete through the console, so that the audit trail has its records.
        CustomerTab::Services services{s, &institutions, &prompter, &audit, u"Production"_s};
        CustomerTab tab(services, typical);
        QSignalSpy loaded(&tab, &CustomerTab::loaded);
        tab.load();
        QVERIFY(loaded.wait());
        tab.view()->setCurrentIndex(tab.proxy()->mapFromSource(tab.model()->indexOfLogin(otherLogin)));
        QSignalSpy done(&tab, &CustomerTab::commandFinished);
        tab.deleteSelectedLogin();
        QVERIFY(done.wait());
        QVERIFY(done.first().first().toBool());
        audit.waitForWrites();

        // Even a careless log line is scrubbed.
        qCInfo(lcNet).noquote() << "Finicity-App-Key:" << options.appKey << "Finicity-App-Token:" << s->token()
                                << u"{\"partnerSecret\":\""_s + options.partnerSecret + u"\"}"_s;
        QCOMPARE(f.log().deleteCount(), 3); // the first delete met a 401 and was re-sent once
        QCOMPARE(f.log().refreshCount(), 4);
        QVERIFY(f.log().authenticationCount() >= 2);

        const QString auditText = readAll(audit.path());
        QVERIFY(auditText.contains(u"DeleteCustomerAccountsByInstitutionLogin"_s));
        for (const QString &secret : QStringList{options.partnerSecret, options.appKey} + tokens)
            QVERIFY2(!auditText.contains(secret), "a secret reached the audit trail");
    }
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(before);
    QSettings().sync();
    const QString settingsText = readAll(QSettings().fileName());
    QMutexLocker lock(&capturedMutex);
    QVERIFY(captured.contains(u"GET /aggregation/v1/customers/"_s)); // the log did record requests
    QVERIFY(captured.contains(u"Finicity-App-Key: [redacted]"_s));
    QVERIFY(tokens.size() >= 2);
    for (const QString &secret : QStringList{options.partnerSecret, options.appKey} + tokens) {
        QVERIFY2(!captured.contains(secret), "a secret reached the log output");
        QVERIFY2(!settingsText.contains(secret), "a secret reached the settings file");
    }
}

namespace {
// A stand-in for a local service that takes a while to listen (or never does): the answers it
// gives come later, from the event loop, as the in-process sandbox's do from its thread.
LocalServiceFactory slowService(QList<std::optional<LocalService>> answers, int delayMs, int *starts)
{
    return [answers, delayMs, starts](QObject *owner, const LocalServiceReady &ready) mutable {
        const std::optional<LocalService> answer = answers.value((*starts)++);
        QTimer::singleShot(delayMs, owner, [ready, answer] { ready(answer); });
    };
}
} // namespace

void TestConnections::builtInSandboxStartsOnItsOwnThreadAndConnects()
{
    SecretStore secrets;
    ConnectionController connections(&secrets, inProcessSandbox());
    QSignalSpy connected(&connections, &ConnectionController::connected);
    connections.startSandbox(); // at start-up, before the window is built
    connections.connectTo(ConnectionProfile::sandbox());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
    QVERIFY(connections.sandbox());
    QCOMPARE(connections.session()->settings().baseUrl, connections.sandbox()->baseUrl);
    // A real answer from the sandbox's thread, over loopback.
    GetCustomerJob job(connections.session(), typical);
    QVERIFY(runJob(job));
    QVERIFY2(!job.error(), qPrintable(job.error() ? job.error()->agentText() : QString()));
    QCOMPARE(job.customer().id, typical);
}

void TestConnections::onlyTheLatestConnectionWinsOverASlowSandbox()
{
    int starts = 0;
    const LocalService service{QUrl(u"http://127.0.0.1:9"_s), u"secret"_s, u"key"_s, typical};
    SecretStore secrets;
    ConnectionController connections(&secrets, slowService({service}, 300, &starts));
    QSignalSpy connected(&connections, &ConnectionController::connected);
    connections.connectTo(ConnectionProfile::sandbox());
    ConnectionProfile other;
    other.name = u"Production"_s;
    other.baseUrl = QUrl(u"http://api.finicity.com"_s); // refused at once: plain http to the network
    connections.connectTo(other);
    QTRY_VERIFY(connections.sandbox().has_value()); // the sandbox's answer has arrived
    QCOMPARE(starts, 1);
    QCOMPARE(connected.count(), 0);                      // the agent chose another profile meanwhile
    connections.connectTo(ConnectionProfile::sandbox()); // the started one serves, at once
    QCOMPARE(connected.count(), 1);
    QCOMPARE(starts, 1);
    QCOMPARE(connected.first().at(1).value<ConnectionProfile>().baseUrl, service.baseUrl);
}

void TestConnections::aSandboxThatCannotListenIsTriedAgain()
{
    int starts = 0;
    const LocalService service{QUrl(u"http://127.0.0.1:9"_s), u"secret"_s, u"key"_s, typical};
    SecretStore secrets;
    ConnectionController connections(&secrets, slowService({std::nullopt, service}, 10, &starts));
    QSignalSpy connected(&connections, &ConnectionController::connected);
    QSignalSpy failed(&connections, &ConnectionController::connectionFailed);
    connections.connectTo(ConnectionProfile::sandbox());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"could not listen"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(connected.count(), 0);
    connections.connectTo(ConnectionProfile::sandbox());
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(starts, 2);
}

QTEST_MAIN(TestConnections)
void TestConnections::logLinesLoseKeysAndTokensNobodyRegistered()
{
    // Values the redactor was never told of, caught by their header or field name.
    const std::pair<QString, QString> lines[] = {
        {u"Finicity-App-Key: 5a1e00d1c0ffee"_s, u"Finicity-App-Key: [redacted]"_s},
        {u"headers finicity-app-token=tok.en.value, next"_s, u"headers finicity-app-token=[redacted], next"_s},
        {u"{\"token\":\"abcDEF123\",\"n\":1}"_s, u"{\"token\":\"[redacted]\",\"n\":1}"_s},
        {u"{\"partnerId\":\"1\",\"partnerSecret\" : \"s3cr3t\"}"_s,
         u"{\"partnerId\":\"1\",\"partnerSecret\" : \"[redacted]\"}"_s},
        {u"{\"appKey\":\"k\"}"_s, u"{\"appKey\":\"[redacted]\"}"_s},
        {u"GET /aggregation/v1/customers/1005061234 200 8 ms"_s,
         u"GET /aggregation/v1/customers/1005061234 200 8 ms"_s},
        {u"a \"tokens\":\"x\" field of another name"_s, u"a \"tokens\":\"x\" field of another name"_s},
    };
    for (const auto &[line, expected] : lines)
        QCOMPARE(LogRedactor::redact(line), expected);
}

#include "tst_connections.moc"
