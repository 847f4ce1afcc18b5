#pragma once

#include "core/ApiError.h"

#include <QNetworkReply>

#include <optional>

// What the network layer (not the service) did to a request, as the agent should hear it.
// Transport failures win over any HTTP status: a 200 whose body was cut off is a failure.
namespace TransportFailure {

struct Progress
{
    int httpStatus = 0; // 0 when no answer's headers arrived
    qint64 received = 0;
    qint64 expected = -1; // Content-Length, when the service announced one
    bool encoded = false; // Content-Encoding: the length counts compressed bytes
    // A 2xx body announced with a length and not encoded arrived shorter than announced.
    bool isCutOff(qint64 bodyBytes) const
    {
        return httpStatus >= 200 && httpStatus < 300 && !encoded && expected >= 0 && bodyBytes < expected;
    }
};

// A cut-off 2xx answer (progress.isCutOff) is always ConnectionLost, whatever Qt calls it.
// nullopt when `error` is no transport failure (an HTTP error status is mapped by the job, an
// abort by whoever aborted). ApiError::operation is left to the caller.
std::optional<ApiError> classify(QNetworkReply::NetworkError error, const QString &qtText, const Progress &progress,
                                 qint64 bodyBytes);

// True when the failure proves the request never left this computer (refused, unknown host,
// failed handshake), so that a refresh or delete was certainly not carried out.
bool provesNotSent(QNetworkReply::NetworkError error);

} // namespace TransportFailure
