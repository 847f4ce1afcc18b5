// Decoding account lists into the data types and building the window's model from them, as
// ratios to QJsonDocument::fromJson of the same bytes measured in the same run.
//   bench_decode                 timings (alternating medians) and per-account figures
//   bench_decode --instructions  one run of each measured function with callgrind collecting only
//                                around it (run under valgrind by instructions.sh): instruction
//                                counts, which a busy machine does not change
//   bench_decode --repeat N [--grouped|--whole] [--accounts 1000|10000|100000]
//                                decodes the 10,000 accounts (or as many as asked) N times and
//                                nothing else: flat, grouped by login as the window reads them
//                                (cut in two from 1 MiB), or grouped on one thread: a steady
//                                workload to profile (perf record -g bench_decode --repeat 200)
#include "AccountFilterProxy.h"
#include "AccountTreeModel.h"
#include "BenchTiming.h"
#include "ReceivedBody.h"
#include "core/HeapTrimming.h"
#include "decode/AccountDecoder.h"
#include "decode/SimdAccountList.h"
#include "sandbox/SandboxData.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <malloc.h>

#include <cstdio>
#include <thread>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define BENCH_HAS_CALLGRIND 1
#endif

namespace {

// The body of `count` accounts: the first of the 10,000, or at 100,000 the sandbox's stress
// customer (2,000 logins, each login's accounts together, as the service sends them).
QByteArray bodyOf(const SandboxData &data, const QByteArray &tenThousand, int count)
{
    if (count == 100000)
        return data.accountsBody(QString::fromLatin1(SandboxData::kStressCustomer), {}, {});
    if (count >= 10000)
        return tenThousand;
    const qsizetype open = tenThousand.indexOf('[') + 1;
    const qsizetype close = tenThousand.lastIndexOf(']');
    const QByteArray items = tenThousand.mid(open, close - open);
    qsizetype end = 0;
    for (int i = 0; i < count; ++i)
        end = items.indexOf("},{", end) + 1;
    return "{\"accounts\":[" + items.left(end) + "]}";
}

QList<Account> decode(const QByteArray &body)
{
    auto decoded = AccountDecoder::decodeList(body);
    if (!decoded.ok())
        qFatal("decode failed: %s", qPrintable(decoded.failure->text()));
    return std::move(decoded.value);
}

// The logins read whole on this thread: the decode's work, as against fromJson's. The window's
// read (AccountDecoder::decodeLogins) cuts a large answer in two and reads both parts at once.
QList<InstitutionLogin> decodeWhole(const QByteArray &body)
{
    auto decoded = SimdAccountList::decodeLogins(body, kDefaultMaxBodyBytes);
    if (!decoded || !decoded->ok())
        qFatal("decode failed");
    return std::move(decoded->value);
}

// What the window does with an answer, grouped by login where it was decoded: fill the model,
// sort the view's proxy.
int buildModel(QList<InstitutionLogin> logins)
{
    AccountTreeModel model;
    model.setLogins(std::move(logins));
    AccountFilterProxy proxy(&model);
    proxy.sort(AccountTreeModel::NameColumn);
    return proxy.rowCount();
}

// Bytes the heap hands out now: what decoded accounts hold, whatever malloc keeps around.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd); // small blocks and mmapped large ones
}

// The first answer a decoding thread reads: its parser new, none of its pages faulted in yet, as
// when the console's decoding thread has ended after 30 s without work. `work` runs on a thread
// of its own, and returns what it measured there.
template <typename Work> auto onNewThread(Work work)
{
    decltype(work()) result{};
    std::thread([&] { result = work(); }).join();
    return result;
}

double firstAnswerMedianMs(int runs, const QByteArray &body)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(onNewThread([&] { return bench_detail::elapsedMs([&] { decodeWhole(body); }); }));
    return bench_detail::median(times);
}

int instructions(const SandboxData &data, const QByteArray &body)
{
#ifdef BENCH_HAS_CALLGRIND
    const auto measure = [](const char *label, const std::function<void()> &work) {
        CALLGRIND_ZERO_STATS;
        CALLGRIND_TOGGLE_COLLECT;
        work();
        CALLGRIND_TOGGLE_COLLECT;
        CALLGRIND_DUMP_STATS_AT(label);
    };
    QList<Account> kept;
    measure("fromJson", [&] { QJsonDocument::fromJson(body); });
    measure("decodeListWithQt", [&] { AccountDecoder::decodeListWithQt(body); });
    measure("decodeList", [&] { kept = decode(body); });
    QList<InstitutionLogin> logins;
    measure("decodeLogins", [&] { logins = decodeWhole(body); });
    measure("buildModel", [&] { buildModel(std::move(logins)); });
    // Per account at each size: flat instructions say the work is linear, whatever the caches do.
    for (const int count : {1000, 10000, 100000}) {
        const QByteArray sized = asReceived(bodyOf(data, body, count));
        const QByteArray label = "decodeList" + QByteArray::number(count);
        kept.clear(); // not counted: freeing the last size's accounts
        measure(label.constData(), [&] { kept = decode(sized); });
        kept.clear();
        const QByteArray groupedLabel = "decodeLogins" + QByteArray::number(count);
        measure(groupedLabel.constData(), [&] { logins = decodeWhole(sized); });
        logins.clear();
    }
    std::printf("bench_decode: counted under callgrind (see instructions.sh)\n");
    return 0;
#else
    Q_UNUSED(data);
    Q_UNUSED(body);
    std::printf("bench_decode: built without valgrind/callgrind.h (apt-get install valgrind)\n");
    return 1;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    HeapTrimming::enable(); // as the console does
    QCoreApplication app(argc, argv);
    const SandboxData data;
    const QByteArray body = asReceived(data.accountsBody(QString::fromLatin1(SandboxData::kLargeCustomer), {}, {}));
    if (app.arguments().contains(QStringLiteral("--instructions")))
        return instructions(data, body);
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--repeat")); at > 0) {
        const int times = app.arguments().value(at + 1).toInt();
        const bool grouped = app.arguments().contains(QStringLiteral("--grouped")); // the window's read
        const bool whole = app.arguments().contains(QStringLiteral("--whole"));     // grouped, one thread
        const qsizetype countAt = app.arguments().indexOf(QStringLiteral("--accounts"));
        const QByteArray sized =
            countAt > 0 ? asReceived(bodyOf(data, body, app.arguments().value(countAt + 1).toInt())) : body;
        for (int i = 0; i < times; ++i) {
            if (whole)
                decodeWhole(sized);
            else if (grouped)
                AccountDecoder::decodeLogins(sized);
            else
                decode(sized);
        }
        return 0;
    }

    const int runs = 9;
    qsizetype accounts = 0;
    // Alternated, so that both see the same machine conditions.
    const auto [parse, fast] = interleavedMedianMs(
        runs, [&] { accounts += QJsonDocument::fromJson(body).object().size(); },
        [&] { accounts = decode(body).size(); });
    const double withQt = medianMs(runs, [&] { AccountDecoder::decodeListWithQt(body); });
    // What the window asks for: the accounts grouped by login as they are read, against reading
    // them flat and grouping them afterwards; on one thread (the decode's work, as fromJson's),
    // and as the window reads them, cut in two and both parts read at once.
    const auto [flatThenGrouped, grouped] = interleavedMedianMs(
        runs, [&] { groupByInstitutionLogin(decode(body)); }, [&] { decodeWhole(body); });
    const auto [parseForCut, cut] = interleavedMedianMs(
        runs, [&] { QJsonDocument::fromJson(body); }, [&] { AccountDecoder::decodeLogins(body); });
    QList<InstitutionLogin> logins; // a fresh copy for each run, made outside the timings
    const auto [parseAgain, model] = interleavedMedianMs(
        runs, [&] { QJsonDocument::fromJson(body); }, [&] { buildModel(std::move(logins)); },
        [&] { logins = AccountDecoder::decodeLogins(body).value; });

    std::printf("bench_decode: %lld accounts, %.1f MB body\n", qlonglong(accounts), body.size() / 1e6);
    std::printf("  QJsonDocument::fromJson (baseline):       %8.1f ms (median of %d)\n", parse, runs);
    std::printf("  AccountDecoder::decodeList (simdjson):    %8.1f ms  ratio %.2fx\n", fast, fast / parse);
    std::printf("  AccountDecoder::decodeListWithQt (before): %7.1f ms  ratio %.2fx\n", withQt, withQt / parse);
    std::printf("  decodeLogins, grouped as read, one thread: %7.1f ms  ratio %.2fx (goal: at most 0.4x); "
                "decodeList then grouped: %.1f ms\n",
                grouped, grouped / parse, flatThenGrouped);
    std::printf("  the window's read, cut in two, both parts at once: %.1f ms  ratio %.2fx (baseline again: "
                "%.1f ms)\n",
                cut, cut / parseForCut, parseForCut);
    std::printf("  model + sorted proxy (the GUI thread's):  %8.1f ms  ratio %.2fx to fromJson\n", model,
                model / parseAgain);
    {
        const qint64 before = heapInUse();
        AccountTreeModel held;
        held.setLogins(AccountDecoder::decodeLogins(body).value);
        std::printf("  the model holding 10,000 accounts: %lld bytes/account\n",
                    qlonglong((heapInUse() - before) / held.accountCount()));
    }

    // Cost per account from 1,000 to 100,000: flat is linear. decodeList holds all accounts in
    // one block (5.4 MB at 10k, mapped afresh for each answer); decodeLogins holds them in one
    // small list per login, read on one thread here: the work per account (the window's read
    // cuts the two larger answers in two). Repeated answers find the thread's parser already
    // grown, up to 16 MiB; the first answer on a new thread pays for its pages at every size.
    double perAccount1k = 0;
    double groupedPerAccount1k = 0;
    double firstPerAccount1k = 0;
    double cutPerAccount1k = 0;
    std::printf("  per account, decodeList | decodeLogins, one thread | the same, a new thread's first answer | "
                "the window's read (cut in two from 1 MiB):\n");
    for (const int count : {1000, 10000, 100000}) {
        const QByteArray sized = asReceived(bodyOf(data, body, count));
        const int times = count >= 100000 ? 3 : runs;
        const auto [ms, groupedMs] = interleavedMedianMs(
            times, [&] { decode(sized); }, [&] { decodeWhole(sized); });
        const double us = ms * 1000 / count;
        const double groupedUs = groupedMs * 1000 / count;
        const double firstUs = firstAnswerMedianMs(times, sized) * 1000 / count;
        const double cutUs = medianMs(times, [&] { AccountDecoder::decodeLogins(sized); }) * 1000 / count;
        if (count == 1000) {
            perAccount1k = us;
            groupedPerAccount1k = groupedUs;
            firstPerAccount1k = firstUs;
            cutPerAccount1k = cutUs;
        }
        const qint64 before = heapInUse();
        QList<Account> held = decode(sized);
        const qint64 after = heapInUse();
        std::printf("  %6d accounts (%4.1f MB): %.2f us (%.2fx the 1k figure) | %.2f us (%.2fx) | %.2f us (%.2fx) | "
                    "%.2f us (%.2fx); %lld bytes/account held\n",
                    count, sized.size() / 1e6, us, us / perAccount1k, groupedUs, groupedUs / groupedPerAccount1k,
                    firstUs, firstUs / firstPerAccount1k, cutUs, cutUs / cutPerAccount1k,
                    qlonglong((after - before) / count));
        if (held.size() != count)
            return 1;
    }
    return accounts == 10000 ? 0 : 1;
}
