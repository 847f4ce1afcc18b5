#include "ArrivingAccountList.h"

#include "DecodingThreads.h"
#include "SimdAccountList.h"
#include "SplitAccountList.h"

#include <QMutex>
#include <QWaitCondition>

#include <atomic>

// What the reads share: the parts cut and not yet read, and each part's logins, by the part's
// place in the body. A read takes the next part nobody took, so the parts are read in order by
// whichever thread is free.
struct ArrivingAccountList::Reads
{
    std::atomic<bool> cancelled = false;
    QMutex mutex;
    QWaitCondition partRead;
    QList<QByteArray> parts; // each emptied when taken
    QList<std::optional<QList<InstitutionLogin>>> logins;
    qsizetype taken = 0;
    qsizetype done = 0;     // parts whose read has ended
    bool lastAdded = false; // the body's end is in the last part
    bool notAsCut = false;  // a part was not: the body is read whole, the parts left are not read

    void add(QByteArray bytes, bool last)
    {
        QMutexLocker lock(&mutex);
        parts.append(std::move(bytes));
        logins.append(std::nullopt);
        lastAdded = last;
    }

    qsizetype untaken()
    {
        QMutexLocker lock(&mutex);
        return parts.size() - taken;
    }

    // Reads the next part nobody took; false when there was none, or the read is cancelled.
    bool readNext()
    {
        QMutexLocker lock(&mutex);
        if (cancelled || taken == parts.size())
            return false;
        const qsizetype index = taken++;
        const QByteArray bytes = std::exchange(parts[index], {});
        const bool last = lastAdded && index == parts.size() - 1;
        const bool skip = notAsCut;
        lock.unlock();
        bool asCut = false;
        QList<InstitutionLogin> partLogins;
        if (!skip) {
            // The thread's parser, sized for a part, reads it (SimdAccountList keeps one per thread).
            SimdAccountList::PartReader reader;
            asCut = SplitAccountList::readPart(reader, {bytes.constData(), size_t(bytes.size())}, index == 0, last);
            partLogins = reader.take();
        }
        lock.relock();
        if (asCut)
            logins[index] = std::move(partLogins);
        else
            notAsCut = true;
        ++done;
        partRead.wakeAll();
        return true;
    }
};

ArrivingAccountList::ArrivingAccountList(qsizetype partBytes)
    : m_reads(std::make_shared<Reads>())
    , m_partBytes(partBytes)
{}

ArrivingAccountList::~ArrivingAccountList()
{
    m_reads->cancelled = true;
}

void ArrivingAccountList::received(const QByteArray &body)
{
    using namespace SplitAccountList;
    while (!m_noMore && body.size() > m_next + m_partBytes) {
        const std::optional<Cut> cut = cutAfter(body, m_next + m_partBytes - 1);
        if (!cut) {
            // None yet: the gap may still be arriving. None within reach: the rest is one part.
            m_noMore = body.size() >= m_next + m_partBytes + kSearchBytes;
            return;
        }
        m_reads->add(body.mid(m_next, cut->firstEnd - m_next), false); // a copy: the body grows where it is
        m_next = cut->secondStart;
        // One thread while the body arrives: a second one would take the processor from the
        // threads receiving it, and it would arrive later.
        DecodingThreads::first().start([reads = m_reads] { reads->readNext(); });
    }
}

ArrivingAccountList::Finish ArrivingAccountList::finisher() const
{
    // The body is in: the second thread helps with the parts nobody took yet.
    for (qsizetype help = m_reads->untaken(); help > 0; --help)
        DecodingThreads::second().start([reads = m_reads] { reads->readNext(); });
    return [reads = m_reads, from = m_next](const QByteArray &body) {
        std::optional<QList<InstitutionLogin>> whole;
        reads->add(body.mid(from), true);
        while (reads->readNext()) {
        }
        QMutexLocker lock(&reads->mutex);
        while (reads->done < reads->taken)
            reads->partRead.wait(&reads->mutex);
        if (reads->taken < reads->parts.size())
            return whole; // cancelled
        for (std::optional<QList<InstitutionLogin>> &part : reads->logins) {
            if (!part)
                return std::optional<QList<InstitutionLogin>>();
            whole = whole ? SplitAccountList::join(std::move(*whole), std::move(*part)) : std::move(part);
        }
        return whole;
    };
}
