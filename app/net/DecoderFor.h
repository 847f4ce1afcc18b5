#pragma once

#include "ApiJob.h"
#include "decode/Decoded.h"

// The Decoder of a job whose answer decodes into one member: `decode` runs wherever the job
// decodes (a worker thread for large bodies), and the value is moved into `member` on the job's
// thread.
template <typename Job, typename T>
ApiJob::Decoder decoderFor(Decoded<T> (*decode)(const QByteArray &, qint64), T Job::*member, qint64 limit)
{
    return [decode, member, limit](int, const QByteArray &body) -> ApiJob::Parsed {
        Decoded<T> decoded = decode(body, limit);
        if (!decoded.ok())
            return {decoded.failure->text(), {}};
        return {{}, [member, value = std::move(decoded.value)](ApiJob *job) {
                    static_cast<Job *>(job)->*member = value;
                }};
    };
}
