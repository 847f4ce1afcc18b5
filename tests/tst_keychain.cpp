// The keychain, both ways: with a real Secret Service (gnome-keyring, started by with-keyring.sh)
// the secrets round-trip through it; with no D-Bus at all they are kept in memory for this run
// and never reach a file.
#include "connection/SecretStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const SecretStore::Secrets kSecrets{u"partner-secret-7f3Q9zK2"_s, u"app-key-Hq81mZr4"_s};

struct Result
{
    bool done = false;
    bool inKeychain = false;
    QString problem;
    std::optional<SecretStore::Secrets> secrets;
};

Result write(SecretStore &store, const QString &profile)
{
    Result r;
    store.write(profile, kSecrets, &store, [&r](bool inKeychain, const QString &problem) {
        r = {true, inKeychain, problem, std::nullopt};
    });
    r.done = QTest::qWaitFor([&r] { return r.done; }, 30000);
    return r;
}

Result read(SecretStore &store, const QString &profile)
{
    Result r;
    store.read(profile, &store, [&r](const std::optional<SecretStore::Secrets> &secrets, const QString &problem) {
        r = {true, false, problem, secrets};
    });
    r.done = QTest::qWaitFor([&r] { return r.done; }, 30000);
    return r;
}

// No file the console may write holds the secret.
QStringList filesContainingSecrets()
{
    QStringList found;
    QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                         QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                         QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                         QFileInfo(QSettings().fileName()).absolutePath()};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                if (bytes.contains(kSecrets.partnerSecret.toUtf8()) || bytes.contains(kSecrets.appKey.toUtf8()))
                    found.append(file.fileName());
            }
        }
    }
    return found;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"account-console-tests"_s);
        QSettings().setValue(u"touched"_s, true); // the settings file exists and is scanned
        QSettings().sync();
    }

    void secretsGoToTheKeychainOrStayInMemory()
    {
        const bool expectKeychain = qEnvironmentVariableIntValue("ACCOUNT_CONSOLE_EXPECT_KEYCHAIN") == 1;
        const QString profile = u"Production"_s;
        SecretStore store;
        store.setTimeout(std::chrono::seconds(15));
        const Result written = write(store, profile);
        QVERIFY2(written.done, "the keychain never answered, not even with the timeout");
        if (expectKeychain) {
            QVERIFY2(written.inKeychain, qPrintable(written.problem));
            QVERIFY(!store.isUsingMemory());
        } else {
            QVERIFY(!written.inKeychain);
            QVERIFY(!written.problem.isEmpty()); // the agent is told why
            QVERIFY(store.isUsingMemory());
        }
        const Result again = read(store, profile);
        QVERIFY(again.secrets);
        QCOMPARE(again.secrets->partnerSecret, kSecrets.partnerSecret);
        QCOMPARE(again.secrets->appKey, kSecrets.appKey);

        // "Next run": a new store only finds what the keychain kept.
        SecretStore nextRun;
        const Result next = read(nextRun, profile);
        if (expectKeychain) {
            QVERIFY(next.secrets);
            QCOMPARE(next.secrets->partnerSecret, kSecrets.partnerSecret);
            bool removed = false;
            nextRun.remove(profile, &nextRun, [&removed] { removed = true; });
            QTRY_VERIFY(removed);
            QVERIFY(!read(nextRun, profile).secrets);
        } else {
            QVERIFY(!next.secrets);
        }
        QCOMPARE(filesContainingSecrets(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
