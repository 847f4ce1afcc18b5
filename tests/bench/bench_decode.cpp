// Decoding the 10,000-account GetCustomerAccounts body into the data types, as a ratio to
// QJsonDocument::fromJson of the same bytes (goal: at most 2x).
#include "BenchTiming.h"
#include "decode/AccountDecoder.h"
#include "sandbox/SandboxData.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const SandboxData data;
    const QByteArray body = data.accountsBody(QString::fromLatin1(SandboxData::kLargeCustomer), {}, {});
    const int runs = 9;
    qsizetype accounts = 0;
    // Alternated, so that both see the same machine conditions.
    const auto [parse, decode] = interleavedMedianMs(
        runs, [&] { accounts += QJsonDocument::fromJson(body).object().size(); },
        [&] {
            const auto decoded = AccountDecoder::decodeList(body);
            if (!decoded.ok())
                qFatal("decode failed: %s", qPrintable(decoded.failure->text()));
            accounts = decoded.value.size();
        });
    std::printf("bench_decode: %lld accounts, %.1f MB body\n", qlonglong(accounts), body.size() / 1e6);
    std::printf("  QJsonDocument::fromJson (baseline): %8.1f ms (median of %d)\n", parse, runs);
    std::printf("  AccountDecoder::decodeList:         %8.1f ms (median of %d)\n", decode, runs);
    std::printf("  ratio: %.2fx (goal: at most 2x)\n", decode / parse);
    return accounts == 10000 ? 0 : 1;
}
