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
};

// nullopt when `error` is no transport failure (an HTTP error status is mapped by the job, an
// abort by whoever aborted). ApiError::operation is left to the caller.
std::optional<ApiError> classify(QNetworkReply::NetworkError error, const QString &qtText, const Progress &progress);

// True when the failure proves the request never left this computer (refused, unknown host,
// failed handshake), so that a refresh or delete was certainly not carried out.
bool provesNotSent(QNetworkReply::NetworkError error);

} // namespace TransportFailure
