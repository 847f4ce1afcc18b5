// Fetching the 10,000-account customer from the sandbox (its own process) over loopback through
// the client, as a ratio to a bare QNetworkAccessManager GET of the same URL (goal: at most 1.5x).
#include "BenchTiming.h"
#include "net/Session.h"
#include "net/jobs/AccountListJobs.h"
#include "sandbox/SandboxData.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QProcess sandbox;
    sandbox.start(QStringLiteral(SANDBOX_EXE), {QStringLiteral("--port"), QStringLiteral("0")});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(10000))
        qFatal("sandbox did not start");
    const QString first = QString::fromUtf8(sandbox.readLine()).trimmed();
    const QUrl base(first.section(QLatin1Char(' '), 2));

    ConnectionSettings settings;
    settings.baseUrl = base;
    Session session(settings, {QStringLiteral("sandbox-partner"), QStringLiteral("sandbox-secret"),
                               QStringLiteral("sandbox-app-key")});
    const QString customer = QString::fromLatin1(SandboxData::kLargeCustomer);
    // A benchmark may wait in a local loop; the application never does.
    auto runClient = [&]() -> qsizetype {
        GetCustomerAccountsJob job(&session, customer);
        QEventLoop loop;
        QObject::connect(&job, &ApiJob::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        if (job.error())
            qFatal("client fetch failed: %s", qPrintable(job.error()->logText()));
        return job.accounts().size();
    };
    runClient(); // signs in and warms the sandbox's cache

    QNetworkAccessManager bare;
    QString unused;
    QNetworkRequest request(QUrl(base.toString()
                                 + *Endpoints::fillPath(Endpoints::get(Endpoints::Operation::GetCustomerAccounts),
                                                        {{QStringLiteral("customerId"), customer}}, &unused)));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Finicity-App-Key", "sandbox-app-key");
    request.setRawHeader("Finicity-App-Token", session.token().toUtf8());
    qsizetype bytes = 0;
    auto runBare = [&] {
        QNetworkReply *reply = bare.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        bytes = reply->readAll().size();
        reply->deleteLater();
    };
    runBare();

    const int runs = 9;
    qsizetype accounts = 0;
    const auto [bareMs, clientMs] = interleavedMedianMs(runs, runBare, [&] { accounts = runClient(); });
    std::printf("bench_fetch: %lld accounts, %.1f MB over loopback\n", qlonglong(accounts), bytes / 1e6);
    std::printf("  bare QNetworkAccessManager GET (baseline): %8.1f ms (median of %d)\n", bareMs, runs);
    std::printf("  GetCustomerAccountsJob (fetch + decode):   %8.1f ms (median of %d)\n", clientMs, runs);
    std::printf("  ratio: %.2fx (goal: at most 1.5x)\n", clientMs / bareMs);
    sandbox.kill();
    sandbox.waitForFinished();
    return accounts == 10000 ? 0 : 1;
}
