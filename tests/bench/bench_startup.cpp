// Start-up, as an agent sees it, each as a ratio to a bare QMainWindow mapped on the same display
// (bare_window), alternating the two so that both see the same machine:
//  - the console's window mapped (goal: at most 1.2x);
//  - the typical customer's accounts answered after start (goal: at most 2x).
// Times run from starting the process to its "startup: ..." line (CONSOLE_STARTUP_TRACE=1).
#include "BenchTiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// Milliseconds from start to each "startup: <moment>" line, until `last` arrives.
QMap<QString, double> run(const QString &program, const QStringList &arguments, const QString &last,
                          const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    QMap<QString, double> moments;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray pending;
    while (!moments.contains(last) && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100); // a benchmark may block; the console never does
        pending += process.readAllStandardError();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline));
            pending.remove(0, newline + 1);
            if (line.startsWith(QLatin1String("startup: ")))
                moments.insert(line.mid(9), double(clock.nsecsElapsed()) / 1e6);
        }
        if (clock.elapsed() > 60000)
            qFatal("%s never said %s", qPrintable(program), qPrintable(last));
    }
    process.kill();
    process.waitForFinished();
    return moments;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir home; // the console's settings and audit trail, not the user's
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("CONSOLE_STARTUP_TRACE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;console.*.info=false"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const int runs = 31; // a start is ~0.1 s: more starts steady the medians (with 15, a run's ratio moved by 0.15x)
    QList<double> bare, mapped, answered;
    for (int i = 0; i < runs; ++i) {
        bare.append(run(QStringLiteral(BARE_WINDOW_EXE), {}, QStringLiteral("window mapped"), environment)
                        .value(QStringLiteral("window mapped")));
        const auto console = run(QStringLiteral(CONSOLE_EXE), {QStringLiteral("--sandbox")},
                                 QStringLiteral("accounts answered"), environment);
        mapped.append(console.value(QStringLiteral("window mapped")));
        answered.append(console.value(QStringLiteral("accounts answered")));
    }
    const double bareMs = bench_detail::median(bare);
    const double mappedMs = bench_detail::median(mapped);
    const double answeredMs = bench_detail::median(answered);
    std::printf("bench_startup (%s, medians of %d alternating starts)\n",
                qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"))), runs);
    std::printf("  bare QMainWindow mapped (baseline):        %7.1f ms\n", bareMs);
    std::printf("  console window mapped:                     %7.1f ms  ratio %.2fx (goal: at most 1.2x)\n", mappedMs,
                mappedMs / bareMs);
    std::printf("  typical customer's accounts answered:      %7.1f ms  ratio %.2fx (goal: at most 2x)\n", answeredMs,
                answeredMs / bareMs);
    return 0;
}
