#include "SplitAccountList.h"

#include "SimdAccountList.h"
#include "core/OneThreadPool.h"

#include <QHash>

#include <cstring>
#include <future>
#include <memory>
#include <utility>

namespace SplitAccountList {
namespace {

// How far past the middle a gap between two accounts is looked for; accounts are a few hundred
// bytes, and a body without such a gap there is read whole.
constexpr qsizetype kSearchBytes = 256 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The second part's own thread, like ApiJob's decoding thread: one simdjson parser (thread_local
// in SimdAccountList), sized for half an answer, which ends with the thread after 30 s idle.
// Never destroyed: a decode still running while the console exits (ApiJob's pool waits for it
// in its static destructor) may ask for this thread after the static destructors have begun.
QThreadPool &secondPartThread()
{
    static auto *pool = new OneThreadPool;
    return *pool;
}

struct Part
{
    std::optional<Decoded<QList<InstitutionLogin>>> decoded;
    SimdAccountList::RootShape shape;
};

// `head`, the body's bytes [from, to), `tail`: a body of its own, with room for simdjson to read
// it in place.
Part decodePart(const QByteArray &head, const QByteArray &body, qsizetype from, qsizetype to, const QByteArray &tail)
{
    QByteArray text;
    text.reserve(head.size() + (to - from) + tail.size() + SimdAccountList::kPadding);
    text.append(head).append(body.constData() + from, to - from).append(tail);
    Part part;
    part.decoded = SimdAccountList::decodePart(text, part.shape);
    return part;
}

bool usable(const Part &part)
{
    return part.decoded && part.decoded->ok() && part.shape.degraded == 0 && part.shape.accountsKeys == 1;
}

} // namespace

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

std::optional<QList<InstitutionLogin>> decodeLogins(const QByteArray &body, qsizetype from)
{
    const std::optional<Cut> cut = cutAfter(body, from);
    if (!cut)
        return std::nullopt;
    // Shared with the task: it may still be leaving set_value() when this thread has the part.
    const auto promise = std::make_shared<std::promise<Part>>();
    std::future<Part> secondPart = promise->get_future();
    secondPartThread().start([promise, body, cut = *cut] {
        promise->set_value(decodePart(QByteArrayLiteral("{\"accounts\":["), body, cut.secondStart, body.size(), {}));
    });
    Part first = decodePart({}, body, 0, cut->firstEnd, QByteArrayLiteral("]}"));
    Part second = secondPart.get(); // a worker waiting for a worker: never the GUI thread (ApiJob)
    // The first part must end with the list that was cut; the second holds it as its first member.
    if (!usable(first) || !first.shape.accountsLast || !usable(second))
        return std::nullopt;
    return join(std::move(first.decoded->value), std::move(second.decoded->value));
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
