#include "ApiError.h"

#include "ErrorCatalog.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}
} // namespace

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::InvalidRequest:
        return detail;
    case Kind::ConnectionFailed:
        return tr("Could not reach the service (%1).").arg(detail);
    case Kind::Tls:
        return tr("The service's identity could not be verified: %1.").arg(detail);
    case Kind::Timeout:
        return detail.isEmpty() ? tr("The service did not answer in time.")
                                : tr("The service did not answer in time (%1).").arg(detail);
    case Kind::ConnectionLost:
        return tr("The connection to the service was lost (%1).").arg(detail);
    case Kind::Aborted:
        return tr("Stopped waiting for the service.");
    case Kind::BadResponse:
        return tr("The service's answer could not be read: %1.").arg(detail);
    case Kind::Http:
        break;
    }
    if (const auto entry = ErrorCatalog::lookup(apiCode)) {
        QString meaning = entry->meaning;
        if (meaning.endsWith(QLatin1Char('.')))
            meaning.chop(1);
        return tr("%1 (code %2).").arg(meaning, apiCode);
    }
    QString text = apiMessage.isEmpty() ? tr("The service answered with an error") : apiMessage;
    if (!apiCode.isEmpty())
        text += tr(" (HTTP %1, code %2)").arg(httpStatus).arg(apiCode);
    else
        text += tr(" (HTTP %1)").arg(httpStatus);
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    if (retryAfterSeconds >= 0)
        text += QLatin1Char(' ') + tr("The service asks to wait %1 s before trying again.").arg(retryAfterSeconds);
    return text;
}

QString ApiError::advice() const
{
    if (outcomeUnknown)
        return tr("The operation may still complete at the service, or it may have carried it out: reload before "
                  "trying again.");
    switch (kind) {
    case Kind::InvalidRequest:
        return {};
    case Kind::ConnectionFailed:
        return tr("Check the network connection and the connection's base URL, then try again.");
    case Kind::Tls:
        return tr("Nothing was sent. Check the base URL, and give these certificate details to your "
                  "administrator; the console does not connect past a certificate error.");
    case Kind::Timeout:
        return tr("What is shown was not updated. Try again; if the service is often this slow, raise the "
                  "connection's timeout.");
    case Kind::ConnectionLost:
        return tr("What is shown was not updated. Try again; if it keeps happening, check the network or the "
                  "proxy.");
    case Kind::Aborted:
        return tr("The operation may still complete at the service; reload to see its result.");
    case Kind::BadResponse:
        return tr("Try again; if it keeps happening, report it with the time and operation.");
    case Kind::Http:
        break;
    }
    if (const auto entry = ErrorCatalog::lookup(apiCode); entry && !entry->advice.isEmpty())
        return entry->advice;
    if (httpStatus == 401)
        return tr("Sign in again.");
    if (retryAfterSeconds >= 0)
        return tr("Nothing is retried by itself.");
    if (httpStatus >= 500)
        return tr("The service had a problem; try again in a few minutes.");
    return tr("If this keeps happening, report it with the time and operation.");
}

QString ApiError::agentText() const
{
    const QString a = advice();
    return a.isEmpty() ? summary() : summary() + QLatin1Char(' ') + a;
}

QString ApiError::logText() const
{
    return QStringLiteral("%1: kind=%2 http=%3 code=%4%5 %6")
        .arg(operation)
        .arg(int(kind))
        .arg(httpStatus)
        .arg(apiCode.isEmpty() ? QStringLiteral("-") : apiCode,
             outcomeUnknown ? QStringLiteral(" outcome-unknown") : QString(), detail);
}
