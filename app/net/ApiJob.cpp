#include "ApiJob.h"

#include "NetLog.h"
#include "Session.h"
#include "connection/BaseUrlRule.h"
#include "core/Ids.h"
#include "decode/Decoded.h"
#include "decode/ErrorBodyDecoder.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QThreadPool>

namespace {
// Bodies up to this size decode on the job's thread; larger ones on a worker, so that a
// 10,000-account answer never freezes the window.
constexpr qsizetype kWorkerDecodeBytes = 256 * 1024;
} // namespace

// Connects a worker's decode to its job. The job clears `job` when destroyed, under the mutex,
// so the worker never posts to a dead job; Qt drops a posted call whose context died meanwhile.
struct ApiJob::WorkerLink
{
    QMutex mutex;
    ApiJob *job = nullptr;
};

ApiJob::ApiJob(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_stop = Stop::Timeout;
        if (m_reply)
            m_reply->abort();
    });
}

ApiJob::~ApiJob()
{
    if (m_worker) {
        QMutexLocker lock(&m_worker->mutex);
        m_worker->job = nullptr;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString ApiJob::checkId(const QString &what, const QString &id)
{
    if (Ids::isValidPathId(id))
        return {};
    return tr("The %1 \"%2\" is not valid: it must be 1 to 20 digits.").arg(what, id.left(40));
}

ApiError ApiJob::makeError(ApiError::Kind kind, const QString &detail) const
{
    ApiError error;
    error.kind = kind;
    error.operation = operationId();
    error.detail = detail;
    return error;
}

void ApiJob::start()
{
    Q_ASSERT(!m_running && !m_finished);
    m_running = true;
    m_elapsed.start();
    QString refusal = validate();
    if (refusal.isEmpty() && !m_session)
        refusal = tr("There is no connection to the service.");
    if (refusal.isEmpty())
        refusal = BaseUrlRule::check(m_session->settings().baseUrl);
    if (refusal.isEmpty() && changesData() && m_session->settings().readOnly)
        refusal = tr("This connection is read-only: refreshing and deleting are turned off.");
    if (!refusal.isEmpty()) {
        // Keep finished() asynchronous, like every other outcome.
        QTimer::singleShot(0, this, [this, refusal] { finish(makeError(ApiError::Kind::InvalidRequest, refusal)); });
        return;
    }
    if (kind() == Kind::Authenticate) {
        send();
        return;
    }
    m_session->withToken(this, [this](const std::optional<ApiError> &error) {
        if (m_finished)
            return;
        if (error) {
            ApiError failed = *error;
            failed.operation = operationId();
            QTimer::singleShot(0, this, [this, failed] { finish(failed); });
            return;
        }
        send();
    });
}

void ApiJob::abort()
{
    if (!m_running)
        return;
    m_stop = Stop::Aborted;
    if (m_reply)
        m_reply->abort();
    else
        QTimer::singleShot(0, this, [this] { finish(makeError(ApiError::Kind::Aborted)); });
}

void ApiJob::send()
{
    if (m_stop == Stop::Aborted) {
        QTimer::singleShot(0, this, [this] { finish(makeError(ApiError::Kind::Aborted)); });
        return;
    }
    const ConnectionSettings &settings = m_session->settings();
    QUrl url = settings.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path());
    QStringList query;
    for (const auto &[key, value] : queryItems())
        query.append(key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!query.isEmpty())
        url.setQuery(query.join(QLatin1Char('&')));

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Finicity-App-Key", m_session->credentials().appKey.toUtf8());
    if (kind() != Kind::Authenticate) {
        m_tokenUsed = m_session->token();
        request.setRawHeader("Finicity-App-Token", m_tokenUsed.toUtf8());
    }
    const QByteArray payload = body();
    if (!payload.isEmpty() || verb() == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    m_reply = m_session->network()->sendCustomRequest(request, verb(), payload);
    ++m_requestsSent;
    const qint64 limit = settings.maxBodyBytes;
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this, limit](qint64 received, qint64 total) {
        if (received > limit || total > limit) {
            m_stop = Stop::TooLarge;
            m_reply->abort();
        }
    });
    // Certificate errors are recorded for the agent and never ignored: the reply then fails.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList problems;
        for (const QSslError &error : errors)
            problems.append(error.errorString());
        problems.removeDuplicates();
        QSslCertificate certificate = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
        if (certificate.isNull() && m_reply)
            certificate = m_reply->sslConfiguration().peerCertificate();
        QString text = problems.join(QStringLiteral("; "));
        if (!certificate.isNull()) {
            text += tr(" — certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5")
                        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                             certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                             certificate.expiryDate().toUTC().toString(Qt::ISODate),
                             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
        }
        m_tlsProblem = text;
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_timeout.start(kind() == Kind::Refresh ? settings.refreshTimeout : settings.readTimeout);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_timeout.stop();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_stop == Stop::None ? reply->readAll() : QByteArray();
    qCInfo(lcNet).noquote() << verb() << path() << (m_httpStatus ? QString::number(m_httpStatus) : QStringLiteral("-"))
                            << QStringLiteral("%1 ms").arg(m_elapsed.elapsed());

    switch (m_stop) {
    case Stop::Timeout: {
        const std::chrono::milliseconds limit =
            kind() == Kind::Refresh ? m_session->settings().refreshTimeout : m_session->settings().readTimeout;
        finish(makeError(ApiError::Kind::Timeout, tr("no answer after %1 s").arg(limit.count() / 1000)));
        return;
    }
    case Stop::Aborted:
        finish(makeError(ApiError::Kind::Aborted));
        return;
    case Stop::TooLarge:
        finish(makeError(ApiError::Kind::BadResponse,
                         tr("the answer exceeds the limit of %1 bytes").arg(m_session->settings().maxBodyBytes)));
        return;
    case Stop::None:
        break;
    }

    if (m_httpStatus == 0) {
        if (!m_tlsProblem.isEmpty())
            finish(makeError(ApiError::Kind::Tls, m_tlsProblem));
        else
            finish(makeError(ApiError::Kind::ConnectionFailed, reply->errorString()));
        return;
    }
    // A 401 means the request was not carried out: authenticate once and send it once more.
    if (m_httpStatus == 401 && kind() != Kind::Authenticate && !m_reauthenticated) {
        m_reauthenticated = true;
        qCInfo(lcSession) << operationId() << "was answered 401; authenticating once and re-sending";
        m_session->discardToken(m_tokenUsed);
        m_session->withToken(this, [this](const std::optional<ApiError> &error) {
            if (error) {
                ApiError failed = *error;
                failed.operation = operationId();
                finish(failed);
            } else {
                send();
            }
        });
        return;
    }
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        decodeAnswer(bytes);
        return;
    }
    ApiError error = makeError(ApiError::Kind::Http);
    error.httpStatus = m_httpStatus;
    const ErrorBody body = ErrorBodyDecoder::decode(bytes);
    error.apiCode = body.code;
    error.apiMessage = body.message;
    if (m_httpStatus >= 300 && m_httpStatus < 400)
        error.apiMessage = tr("The service redirected the request; redirects are not followed.");
    finish(error);
}

qint64 ApiJob::maxBodyBytes() const
{
    return m_session ? m_session->settings().maxBodyBytes : kDefaultMaxBodyBytes;
}

void ApiJob::decodeAnswer(const QByteArray &bytes)
{
    const Decoder decode = decoder();
    const int status = m_httpStatus;
    if (bytes.size() <= kWorkerDecodeBytes) {
        adopt(decode(status, bytes));
        return;
    }
    m_worker = std::make_shared<WorkerLink>();
    m_worker->job = this;
    QThreadPool::globalInstance()->start([link = m_worker, decode, status, bytes] {
        const Parsed parsed = decode(status, bytes);
        QMutexLocker lock(&link->mutex);
        if (link->job)
            QMetaObject::invokeMethod(
                link->job, [job = link->job, parsed] { job->adopt(parsed); }, Qt::QueuedConnection);
    });
}

void ApiJob::adopt(const Parsed &parsed)
{
    if (!parsed.failure.isEmpty()) {
        qCWarning(lcDecode).noquote() << operationId() << "answer could not be decoded:" << parsed.failure;
        finish(makeError(ApiError::Kind::BadResponse, parsed.failure));
        return;
    }
    if (parsed.adopt)
        parsed.adopt(this);
    finish(std::nullopt);
}

void ApiJob::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_error = std::move(error);
    if (m_error)
        qCInfo(lcNet).noquote() << m_error->logText();
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

Session *ApiJob::session() const
{
    return m_session;
}
