#include "TransportFailure.h"

#include <QCoreApplication>

namespace TransportFailure {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TransportFailure", text);
}

ApiError make(ApiError::Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

QString lostDetail(QNetworkReply::NetworkError error, const Progress &progress)
{
    if (progress.httpStatus != 0) {
        return progress.expected >= 0
                   ? tr("the answer was cut off after %1 of %2 bytes").arg(progress.received).arg(progress.expected)
                   : tr("the answer was cut off after %1 bytes").arg(progress.received);
    }
    if (error == QNetworkReply::ContentReSendError)
        return tr("the connection was closed after the request was sent, before any answer");
    return tr("the connection was reset or closed before any answer");
}

ApiError malformed(const QString &qtText)
{
    if (qtText.contains(QLatin1String("ecompress")))
        return make(ApiError::Kind::BadResponse, tr("the answer could not be decompressed"));
    return make(ApiError::Kind::BadResponse, tr("the answer was malformed (%1)").arg(qtText));
}

} // namespace

bool provesNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

std::optional<ApiError> classify(QNetworkReply::NetworkError error, const QString &qtText, const Progress &progress,
                                 qint64 bodyBytes)
{
    if (error != QNetworkReply::OperationCanceledError && progress.isCutOff(bodyBytes)) {
        Progress seen = progress;
        seen.received = bodyBytes;
        return make(ApiError::Kind::ConnectionLost, lostDetail(QNetworkReply::RemoteHostClosedError, seen));
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return make(ApiError::Kind::ConnectionFailed, qtText);
    case QNetworkReply::SslHandshakeFailedError:
        return make(ApiError::Kind::Tls, qtText);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return make(ApiError::Kind::ConnectionLost, lostDetail(error, progress));
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        // Qt also reports a 400 as ProtocolInvalidOperationError: then the status is the answer.
        if (progress.httpStatus == 0 || (progress.httpStatus >= 200 && progress.httpStatus < 300))
            return malformed(qtText);
        return std::nullopt;
    case QNetworkReply::NoError:
    case QNetworkReply::OperationCanceledError:
        return std::nullopt; // an abort is reported by whoever aborted
    default:
        // Qt derives most other errors from an HTTP error status, which the job maps. With a 2xx
        // status they are the content's: Qt 6.4 reports a refused decompression (a gzip bomb)
        // as UnknownContentError.
        if (progress.httpStatus >= 200 && progress.httpStatus < 300)
            return malformed(qtText);
        return std::nullopt;
    }
}

} // namespace TransportFailure
