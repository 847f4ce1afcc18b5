// The sandbox executable as a user meets it: its first line, --help, bad options, loopback only;
// and the console executable: its process protections, its start on the built-in sandbox.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
unsigned modeOf(const QString &path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? unsigned(info.st_mode & 0777) : 0u;
}
// The console's environment in a test: its own home, no display, no session bus (no keychain).
QProcessEnvironment consoleEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/account-console-test-bus"_s);
    return env;
}
} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT
private slots:
    void printsWhereItListensFirst()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(SANDBOX_EXE), {u"--port"_s, u"0"_s});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QString first = QString::fromUtf8(sandbox.readLine()).trimmed();
        const auto match = QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:(\\d+)$"_s).match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, match.captured(1).toUShort());
        QVERIFY(socket.waitForConnected(5000));
        sandbox.kill();
        sandbox.waitForFinished();
    }

    void helpListsEveryOption()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(SANDBOX_EXE), {u"--help"_s});
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 0);
        const QString help = QString::fromUtf8(sandbox.readAllStandardOutput());
        for (const char *option : {"--port", "--partner-id", "--partner-secret", "--app-key", "--token-ttl",
                                   "--latency-ms", "--refresh-delay-ms", "--plain-text-401", "--seed", "--verbose"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    // Started on the built-in sandbox, the console shows its window first, then starts the
    // sandbox, signs in and opens the typical customer, with no click.
    void consoleOpensTheTypicalCustomerAfterShowingItsWindow()
    {
        QTemporaryDir home;
        QProcess console;
        QProcessEnvironment env = consoleEnvironment(home);
        env.insert(u"CONSOLE_STARTUP_TRACE"_s, u"1"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false;console.net.info=true;console.sandbox.info=true"_s);
        console.setProcessEnvironment(env);
        console.setReadChannel(QProcess::StandardError);
        console.start(QStringLiteral(CONSOLE_EXE), {u"--sandbox"_s});
        QVERIFY(console.waitForStarted());
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += QString::fromUtf8(console.readAllStandardError()), log.contains(u"startup: accounts answered"_s)),
            30000);
        console.kill();
        console.waitForFinished();
        const qsizetype mapped = log.indexOf(u"startup: window mapped"_s);
        QVERIFY2(mapped >= 0, qPrintable(log));
        // The sandbox starts (Qt's TLS backend, its seed data) once the window is exposed, and
        // nothing is asked of it before it listens.
        const qsizetype starting = log.indexOf(u"starting the built-in sandbox"_s);
        QVERIFY2(starting > mapped, qPrintable(log));
        const qsizetype listening = log.indexOf(u"built-in sandbox listening on"_s);
        QVERIFY2(listening > starting, qPrintable(log));
        QVERIFY2(log.indexOf(u"console.net"_s) > listening, qPrintable(log));
        QVERIFY2(log.contains(u"/customers/1005061234/accounts 200"_s), qPrintable(log));
        // One sign-in: the one sent as the tab is built serves the tab's requests.
        QCOMPARE(log.count(u"/partners/authentication"_s), 1);
    }

    // While it holds secrets, the console leaves no core dump, and its settings (recent customer
    // ids, profiles) are readable by their owner only, even when an older version left them open.
    void consoleRunsWithoutCoreDumpsAndWithPrivateSettings()
    {
        QTemporaryDir home;
        const QString configDir = home.filePath(u"config/account-console"_s);
        QVERIFY(QDir().mkpath(configDir));
        QFile::setPermissions(configDir, QFile::Permissions(0x7755)); // 0755, as before
        const QString settings = configDir + u"/account-console.conf"_s;
        {
            QFile old(settings);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("[recent]\n");
        }
        QFile::setPermissions(settings, QFile::Permissions(0x6644)); // 0644, as before
        QProcess console;
        QProcessEnvironment env = consoleEnvironment(home);
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(CONSOLE_EXE), {u"--sandbox"_s});
        QVERIFY(console.waitForStarted());
        const QString limits = u"/proc/%1/limits"_s.arg(console.processId());
        QTRY_COMPARE_WITH_TIMEOUT(modeOf(settings), 0600u, 10000);
        QFile file(limits);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString table = QString::fromLatin1(file.readAll());
        const auto core = QRegularExpression(u"Max core file size\\s+(\\S+)\\s+(\\S+)"_s).match(table);
        QVERIFY2(core.hasMatch(), qPrintable(table));
        QCOMPARE(core.captured(1), u"0"_s);
        QCOMPARE(core.captured(2), u"0"_s);
        QCOMPARE(modeOf(configDir), 0700u);
        console.kill();
        console.waitForFinished();
    }

    void badOptionIsRefusedClearly()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(SANDBOX_EXE), {u"--port"_s, u"99999"_s});
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 2);
        QVERIFY(QString::fromUtf8(sandbox.readAllStandardError()).contains(u"--port must be a whole number"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
