#include "SplitAccountList.h"

#include "DecodingThreads.h"
#include "SimdAccountList.h"

#include <QHash>

#include <cstring>
#include <future>
#include <memory>
#include <utility>

namespace SplitAccountList {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view bytesOf(const QByteArray &body, qsizetype from, qsizetype to)
{
    return {body.constData() + from, size_t(to - from)};
}

// Parts [begin, end) of `body` cut at `cuts`, read one after another into the same logins;
// nullopt when any of them is not as cut.
std::optional<QList<InstitutionLogin>> readParts(const QByteArray &body, const QList<Cut> &cuts, qsizetype begin,
                                                 qsizetype end)
{
    SimdAccountList::PartReader reader;
    for (qsizetype part = begin; part < end; ++part) {
        const bool first = part == 0;
        const bool last = part == cuts.size();
        const qsizetype from = first ? 0 : cuts[part - 1].secondStart;
        const qsizetype to = last ? body.size() : cuts[part].firstEnd;
        if (!readPart(reader, bytesOf(body, from, to), first, last))
            return std::nullopt;
    }
    return reader.take();
}

} // namespace

bool readPart(SimdAccountList::PartReader &reader, std::string_view bytes, bool first, bool last)
{
    const auto shape = reader.read(first ? "" : R"({"accounts":[)", bytes, last ? "" : "]}");
    // Every part but the last must end with the list that was cut; the parts after the first
    // hold it as their first member.
    return shape && !shape->failed && shape->degraded == 0 && shape->accountsKeys == 1 && (last || shape->accountsLast);
}

std::optional<Cut> cutAfter(const QByteArray &body, qsizetype from)
{
    const char *data = body.constData();
    const qsizetype size = body.size();
    const qsizetype limit = std::min(size, from + kSearchBytes);
    for (qsizetype at = std::max<qsizetype>(from, 0); at < limit; ++at) {
        const void *brace = std::memchr(data + at, '}', size_t(limit - at));
        if (!brace)
            return std::nullopt;
        at = static_cast<const char *>(brace) - data;
        qsizetype next = at + 1;
        while (next < size && isSpace(data[next]))
            ++next;
        if (next >= size || data[next] != ',')
            continue;
        ++next;
        while (next < size && isSpace(data[next]))
            ++next;
        if (next < size && data[next] == '{')
            return Cut{at + 1, next};
    }
    return std::nullopt;
}

QList<Cut> cutsEvery(const QByteArray &body, qsizetype partBytes)
{
    QList<Cut> cuts;
    qsizetype partStart = 0;
    while (const std::optional<Cut> cut = cutAfter(body, partStart + partBytes - 1)) {
        cuts.append(*cut);
        partStart = cut->secondStart;
    }
    return cuts;
}

std::optional<QList<InstitutionLogin>> decodeLogins(const QByteArray &body, const QList<Cut> &cuts, Threads threads)
{
    if (cuts.isEmpty())
        return std::nullopt;
    const qsizetype parts = cuts.size() + 1;
    if (threads == Threads::One)
        return readParts(body, cuts, 0, parts);
    // The second thread takes the parts from the first that starts past the middle.
    qsizetype half = 1;
    while (half < cuts.size() && cuts[half - 1].secondStart < body.size() / 2)
        ++half;
    // Shared with the task: it may still be leaving set_value() when this thread has the logins.
    using Logins = std::optional<QList<InstitutionLogin>>;
    const auto promise = std::make_shared<std::promise<Logins>>();
    std::future<Logins> secondHalf = promise->get_future();
    DecodingThreads::second().start(
        [promise, body, cuts, half, parts] { promise->set_value(readParts(body, cuts, half, parts)); });
    Logins first = readParts(body, cuts, 0, half);
    Logins second = secondHalf.get(); // a worker waiting for a worker: never the GUI thread (ApiJob)
    if (!first || !second)
        return std::nullopt;
    return join(std::move(*first), std::move(*second));
}

std::optional<QList<InstitutionLogin>> decodeLogins(const QByteArray &body)
{
    return decodeLogins(body, cutsEvery(body, kPartBytes), Threads::Two);
}

QList<InstitutionLogin> join(QList<InstitutionLogin> first, QList<InstitutionLogin> second)
{
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(first.size());
    for (qsizetype i = 0; i < first.size(); ++i)
        indexOf.insert(first[i].id, i);
    for (InstitutionLogin &login : second) {
        const auto it = indexOf.constFind(login.id);
        if (it == indexOf.constEnd()) {
            first.append(std::move(login));
            continue;
        }
        InstitutionLogin &joined = first[*it];
        joined.accounts.reserve(joined.accounts.size() + login.accounts.size());
        for (Account &account : login.accounts)
            joined.accounts.append(std::move(account));
        joined.summarize();
    }
    return first;
}

} // namespace SplitAccountList
