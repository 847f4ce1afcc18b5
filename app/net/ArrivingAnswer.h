#pragma once

#include "ApiJob.h"

#include <QByteArray>

// A 2xx answer read while it arrives, for an answer large enough that reading it only once it is
// whole would leave the window waiting for the whole read after the last byte (AccountListJob's
// logins). The job hands it the body every time the body grows; it reads what is whole on the
// decoding threads (DecodingThreads), and the job's thread never waits for a read. Once the body
// is whole, the decoder it gives runs on DecodingThreads::first(), after the reads started there.
class ArrivingAnswer
{
public:
    virtual ~ArrivingAnswer() = default;
    // The body so far (it only grows).
    virtual void received(const QByteArray &body) = 0;
    // Whether a task was given out; if not, the job decodes the body as it would without this.
    virtual bool started() const = 0;
    // The body has arrived: what finishes the read. It may still read the body whole.
    virtual ApiJob::Decoder finisher() const = 0;
};
