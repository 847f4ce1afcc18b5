// Decoding account lists into the data types and building the window's model from them, as
// ratios to QJsonDocument::fromJson of the same bytes measured in the same run.
//   bench_decode                 timings (alternating medians) and per-account figures
//   bench_decode --instructions  one run of each measured function with callgrind collecting only
//                                around it (run under valgrind by instructions.sh): instruction
//                                counts, which a busy machine does not change
//   bench_decode --repeat N [--grouped|--whole] [--accounts 1000|10000|100000]
//                                decodes the 10,000 accounts (or as many as asked) N times and
//     [--one-thread [--part-bytes B]]
//                                nothing else: flat, grouped by login as the window reads them
//                                (in parts on two threads from 1 MiB), grouped and read whole on
//                                one thread, or in parts (of B bytes) on one thread: a steady
//                                workload to profile (perf record -g bench_decode --repeat 200)
#include "AccountFilterProxy.h"
#include "AccountTreeModel.h"
#include "BenchTiming.h"
#include "ReceivedBody.h"
#include "core/HeapTrimming.h"
#include "decode/AccountDecoder.h"
#include "decode/CustomerDecoder.h"
#include "decode/SimdAccountList.h"
#include "decode/SplitAccountList.h"
#include "sandbox/SandboxData.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <malloc.h>
#include <sys/resource.h>

#include <cstdio>
#include <iterator>
#include <limits>
#include <thread>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define BENCH_HAS_CALLGRIND 1
#endif

namespace {

// The accounts of `body` as answers of `accounts` each (the last may hold fewer), in their order,
// as the service would send them.
QList<QByteArray> inAnswersOf(const QByteArray &body, int accounts)
{
    const qsizetype open = body.indexOf('[') + 1;
    const qsizetype close = body.lastIndexOf(']');
    QList<QByteArray> answers;
    qsizetype start = open;
    while (start < close) {
        qsizetype end = start;
        for (int i = 0; i < accounts && end < close; ++i) {
            const qsizetype next = body.indexOf("},{", end);
            end = next < 0 || next >= close ? close : next + 1;
        }
        answers.append("{\"accounts\":[" + body.mid(start, end - start) + "]}");
        start = end + 1; // past the comma
    }
    return answers;
}

// The body of `count` accounts: the first of the 10,000, or at 100,000 the sandbox's stress
// customer (2,000 logins, each login's accounts together, as the service sends them).
QByteArray bodyOf(const SandboxData &data, const QByteArray &tenThousand, int count)
{
    if (count == 100000)
        return data.accountsBody(QString::fromLatin1(SandboxData::kStressCustomer), {}, {});
    if (count >= 10000)
        return tenThousand;
    return inAnswersOf(tenThousand, count).first();
}

QList<Account> decode(const QByteArray &body)
{
    auto decoded = AccountDecoder::decodeList(body);
    if (!decoded.ok())
        qFatal("decode failed: %s", qPrintable(decoded.failure->text()));
    return std::move(decoded.value);
}

// The logins read whole on this thread, however large the body.
QList<InstitutionLogin> decodeWhole(const QByteArray &body)
{
    auto decoded = SimdAccountList::decodeLogins(body, kDefaultMaxBodyBytes);
    if (!decoded || !decoded->ok())
        qFatal("decode failed");
    return std::move(decoded->value);
}

// The logins read on this thread as the window reads them: from 1 MiB in parts (of `partBytes`),
// one after another. The decode's work, as against fromJson's; the window reads the second half
// of the parts on a thread of its own at the same time (AccountDecoder::decodeLogins).
QList<InstitutionLogin> decodeOnOneThread(const QByteArray &body, qsizetype partBytes = SplitAccountList::kPartBytes)
{
    if (body.size() < SplitAccountList::kSplitBytes)
        return decodeWhole(body);
    auto parts = SplitAccountList::decodeLogins(body, SplitAccountList::cutsEvery(body, partBytes),
                                                SplitAccountList::Threads::One);
    if (!parts)
        qFatal("the parts were not read");
    return std::move(*parts);
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

// Page faults the process has taken: memory it touched for the first time, or again after giving it back.
long minorFaults()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// Bytes the heap hands out now: what decoded accounts hold, whatever malloc keeps around.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd); // small blocks and mmapped large ones
}

// A page of `count` customers as GetCustomers answers it (the sandbox's customers, repeated).
QByteArray customerPage(const SandboxData &data, int count)
{
    const QList<QJsonObject> known = data.findCustomers({}, {}, {});
    QJsonArray page;
    for (int i = 0; i < count; ++i)
        page.append(known[i % known.size()]);
    return QJsonDocument(QJsonObject{{QStringLiteral("found"), count},
                                     {QStringLiteral("displaying"), count},
                                     {QStringLiteral("moreAvailable"), false},
                                     {QStringLiteral("customers"), page}})
        .toJson(QJsonDocument::Compact);
}

// The answers read with Qt's parser, at their sizes: a customer search's page (25 by default, at
// most 1,000) and one account's details (the v2 account). Speed does not matter there.
void printQtReads(const SandboxData &data, int runs)
{
    const QByteArray page = asReceived(customerPage(data, 25));
    const QByteArray largestPage = asReceived(customerPage(data, 1000));
    const QString typical = QString::fromLatin1(SandboxData::kTypicalCustomer);
    const QByteArray first = data.accountsBody(typical, {}, {});
    const QString accountId = QJsonDocument::fromJson(first)
                                  .object()
                                  .value(QStringLiteral("accounts"))
                                  .toArray()
                                  .first()[QStringLiteral("id")]
                                  .toString();
    const QByteArray account =
        asReceived(QJsonDocument(*data.account(typical, accountId)).toJson(QJsonDocument::Compact));
    const auto microseconds = [runs](const QByteArray &body, const std::function<bool(const QByteArray &)> &read) {
        if (!read(body))
            qFatal("decode failed");
        return medianMs(runs,
                        [&] {
                            for (int i = 0; i < 100; ++i)
                                read(body);
                        })
               * 10; // ms per 100 reads, in us per read
    };
    const double pageUs = microseconds(page, [](const QByteArray &b) { return CustomerDecoder::decodePage(b).ok(); });
    const double largestUs =
        microseconds(largestPage, [](const QByteArray &b) { return CustomerDecoder::decodePage(b).ok(); });
    const double accountUs =
        microseconds(account, [](const QByteArray &b) { return AccountDecoder::decodeOne(b).ok(); });
    std::printf(
        "  read by Qt's parser (speed does not matter at their size): a page of 25 customers (%.1f KB) %.0f us, "
        "of 1,000 (%.0f KB) %.2f ms; one account's details (%.1f KB) %.0f us\n",
        page.size() / 1e3, pageUs, largestPage.size() / 1e3, largestUs / 1000, account.size() / 1e3, accountUs);
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
    logins.clear();
    measure("decodeLoginsInParts", [&] { logins = decodeOnOneThread(body); });
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
        const QByteArray partsLabel = "decodeLoginsInParts" + QByteArray::number(count);
        measure(partsLabel.constData(), [&] { logins = decodeOnOneThread(sized); });
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
        const bool grouped = app.arguments().contains(QStringLiteral("--grouped"));      // the window's read
        const bool whole = app.arguments().contains(QStringLiteral("--whole"));          // grouped, one thread
        const bool oneThread = app.arguments().contains(QStringLiteral("--one-thread")); // in parts
        const qsizetype partAt = app.arguments().indexOf(QStringLiteral("--part-bytes"));
        const qsizetype partBytes =
            partAt > 0 ? app.arguments().value(partAt + 1).toLongLong() : SplitAccountList::kPartBytes;
        const qsizetype countAt = app.arguments().indexOf(QStringLiteral("--accounts"));
        const QByteArray sized =
            countAt > 0 ? asReceived(bodyOf(data, body, app.arguments().value(countAt + 1).toInt())) : body;
        for (int i = 0; i < times; ++i) {
            if (whole)
                decodeWhole(sized);
            else if (oneThread)
                decodeOnOneThread(sized, partBytes);
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
    // them flat and grouping them afterwards; read whole on one thread; in parts on one thread
    // (the decode's work, as fromJson's); and as the window reads them, in parts on two threads.
    const auto [flatThenGrouped, grouped] = interleavedMedianMs(
        runs, [&] { groupByInstitutionLogin(decode(body)); }, [&] { decodeWhole(body); });
    const auto [parseForParts, inParts] = interleavedMedianMs(
        runs, [&] { QJsonDocument::fromJson(body); }, [&] { decodeOnOneThread(body); });
    const auto [parseForWindow, windowRead] = interleavedMedianMs(
        runs, [&] { QJsonDocument::fromJson(body); }, [&] { AccountDecoder::decodeLogins(body); });
    QList<InstitutionLogin> logins; // a fresh copy for each run, made outside the timings
    const auto [parseAgain, model] = interleavedMedianMs(
        runs, [&] { QJsonDocument::fromJson(body); }, [&] { buildModel(std::move(logins)); },
        [&] { logins = AccountDecoder::decodeLogins(body).value; });

    std::printf("bench_decode: %lld accounts, %.1f MB body\n", qlonglong(accounts), body.size() / 1e6);
    std::printf("  QJsonDocument::fromJson (baseline):       %8.1f ms (median of %d)\n", parse, runs);
    std::printf("  AccountDecoder::decodeList (simdjson):    %8.1f ms  ratio %.2fx\n", fast, fast / parse);
    std::printf("  AccountDecoder::decodeListWithQt (before): %7.1f ms  ratio %.2fx\n", withQt, withQt / parse);
    std::printf("  decodeLogins read whole, one thread:      %8.1f ms  ratio %.2fx; decodeList then grouped: "
                "%.1f ms\n",
                grouped, grouped / parse, flatThenGrouped);
    std::printf("  decodeLogins in parts, one thread (the decode's work): %.1f ms  ratio %.2fx (goal: at most 0.4x; "
                "baseline again: %.1f ms)\n",
                inParts, inParts / parseForParts, parseForParts);
    std::printf("  the window's read, in parts on two threads: %.1f ms  ratio %.2fx (baseline again: %.1f ms)\n",
                windowRead, windowRead / parseForWindow, parseForWindow);
    std::printf("  model + sorted proxy (the GUI thread's):  %8.1f ms  ratio %.2fx to fromJson\n", model,
                model / parseAgain);
    printQtReads(data, runs);
    {
        const qint64 before = heapInUse();
        AccountTreeModel held;
        held.setLogins(AccountDecoder::decodeLogins(body).value);
        std::printf("  the model holding 10,000 accounts: %lld bytes/account\n",
                    qlonglong((heapInUse() - before) / held.accountCount()));
    }

    // Cost per account from 1,000 to 100,000: flat is linear. decodeList holds all accounts in
    // one block (5.4 MB at 10k, mapped afresh for each answer); decodeLogins holds them in one
    // small list per login. Read whole, a large answer's parser is as large as the body, and its
    // memory is faulted in afresh for each answer (a parser over 16 MiB is not kept); read in
    // parts as the window reads it (from 1 MiB), one part's parser and buffer serve them all.
    // "In parts, one thread" is the work per account; the window's read, the second half of the
    // parts on a thread of its own, the wait per account.
    // Each larger answer is timed in turns with the same accounts as answers of 1,000 (its bytes
    // cut into bodies of 1,000 consecutive accounts, each read once per turn): the same bytes,
    // the same accounts and the same machine, so that the ratio is what the answer's size costs.
    // The 1,000 row reads one body again and again, which stays in the cache while a large
    // answer comes from main memory; each ratio to it is printed too.
    // Here the heaps are not trimmed: memory a read freed stays with the process, so that every
    // read fills memory it has touched before, as reads of 1,000 always do (blocks from 1 MiB,
    // decodeList's, are still mapped afresh each time). With the console's trimming, whether a
    // large read found the last one's memory still there or faulted it in again depended on
    // where that one's blocks happened to lie: 0 or 10,000 faults per 100,000 accounts read in
    // parts, from one build of this benchmark to the next. What a read that faults its memory in
    // pays is measured after the table, on its own.
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
    const std::pair<const char *, std::function<void(const QByteArray &)>> reads[] = {
        {"decodeList",
         [](const QByteArray &b) {
             decode(b);
         }},
        {"decodeLogins read whole, one thread",
         [](const QByteArray &b) {
             decodeWhole(b);
         }},
        {"in parts, one thread (goal: within 1.2x)",
         [](const QByteArray &b) {
             decodeOnOneThread(b);
         }},
        {"the window's read, two threads",
         [](const QByteArray &b) {
             AccountDecoder::decodeLogins(b);
         }},
    };
    std::printf("  per account; its ratio to the same accounts read as answers of 1,000, in turns with it; its "
                "ratio to the 1,000 row:\n   ");
    for (const auto &[name, read] : reads)
        std::printf(" %s |", name);
    std::printf("\n");
    double thousandRow[std::size(reads)] = {};
    for (const int count : {1000, 10000, 100000}) {
        const QByteArray sized = asReceived(bodyOf(data, body, count));
        QList<QByteArray> thousands = inAnswersOf(sized, 1000);
        for (QByteArray &thousand : thousands)
            thousand = asReceived(thousand);
        qsizetype sliced = 0;
        for (const QByteArray &thousand : thousands)
            sliced += decode(thousand).size();
        if (sliced != count)
            qFatal("%d accounts cut into %lld", count, qlonglong(sliced));
        const int times = count >= 100000 ? 9 : count >= 10000 ? runs : 4 * runs;
        std::printf("  %6d accounts (%4.1f MB):", count, sized.size() / 1e6);
        for (size_t r = 0; r < std::size(reads); ++r) {
            const auto &read = reads[r].second;
            if (count == 1000) {
                thousandRow[r] = medianMs(times, [&] { read(sized); }) * 1000 / count;
                std::printf(" %.2f us |", thousandRow[r]);
                continue;
            }
            const auto [thousandsMs, ms] = interleavedMedianMs(
                times,
                [&] {
                    for (const QByteArray &thousand : thousands)
                        read(thousand);
                },
                [&] { read(sized); });
            const double us = ms * 1000 / count;
            std::printf(" %.2f us (%.2fx; %.2fx) |", us, ms / thousandsMs, us / thousandRow[r]);
        }
        const qint64 before = heapInUse();
        QList<Account> held = decode(sized);
        const qint64 after = heapInUse();
        std::printf(" %lld bytes/account held\n", qlonglong((after - before) / count));
        if (held.size() != count)
            return 1;
    }
    {
        // A read whose memory is faulted in afresh (malloc_trim gives back what the last one
        // freed), in turns with one whose memory is still there.
        const QByteArray sized = asReceived(bodyOf(data, body, 100000));
        long faults = 0;
        const auto [freshMs, warmMs] = interleavedMedianMs(
            5,
            [&] {
                const long before = minorFaults();
                decodeOnOneThread(sized);
                faults = minorFaults() - before;
            },
            [&] { decodeOnOneThread(sized); }, [] { malloc_trim(0); });
        std::printf("  in parts, one thread, 100000 accounts into memory faulted in afresh: %.2f us per account "
                    "against %.2f us (%ld page faults, %.1f us each)\n",
                    freshMs / 100, warmMs / 100, faults, (freshMs - warmMs) * 1000 / double(std::max(faults, 1L)));
    }
    return accounts == 10000 ? 0 : 1;
}
