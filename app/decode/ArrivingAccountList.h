#pragma once

#include "SplitAccountList.h"
#include "core/InstitutionLogin.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

// An account list read in parts while it arrives (SplitAccountList's parts, cut as the bytes come
// in): each part is read as soon as it has arrived whole, so that once the last byte is in only
// what is left is read, on both decoding threads at once.
//  - received() runs on the thread that receives the body: it cuts what is new and starts its
//    reads. Where no gap between two accounts is found near where a part should end, the rest of
//    the body is one part, as with SplitAccountList::cutsEvery.
//  - while the body arrives, the parts are read on DecodingThreads::first(), one thread: a
//    second one would take the processor from the threads receiving the body;
//  - once it is whole, DecodingThreads::second() helps with the parts not yet read, and the
//    finisher (on a worker: it waits for the reads under way) reads the last part, helps too,
//    and joins the parts' logins in their order.
// A part that is not as cut (SplitAccountList::readPart) leaves the body to be read whole.
class ArrivingAccountList
{
public:
    explicit ArrivingAccountList(qsizetype partBytes = SplitAccountList::kPartBytes);
    ~ArrivingAccountList(); // reads not yet begun are dropped
    Q_DISABLE_COPY_MOVE(ArrivingAccountList)

    // The body so far (it only grows).
    void received(const QByteArray &body);
    // Whether a part's read was started.
    bool started() const { return m_next > 0; }
    // The body has arrived: the logins of the whole body, or nullopt when it should be read
    // whole. Never on the window's thread: it waits for the reads under way.
    using Finish = std::function<std::optional<QList<InstitutionLogin>>(const QByteArray &body)>;
    Finish finisher() const;

private:
    struct Reads;
    std::shared_ptr<Reads> m_reads;
    qsizetype m_partBytes;
    qsizetype m_next = 0;  // where the next part starts: past 0 once a part's read was started
    bool m_noMore = false; // no gap was found: the rest is one part
};
