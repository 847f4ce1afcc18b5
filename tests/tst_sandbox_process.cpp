// The sandbox executable as a user meets it: its first line, --help, bad options, loopback only.
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

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
