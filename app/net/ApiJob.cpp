#include "ApiJob.h"

#include "ArrivingAnswer.h"
#include "NetLog.h"
#include "OneShotBody.h"
#include "Session.h"
#include "TransportFailure.h"
#include "connection/BaseUrlRule.h"
#include "decode/Decoded.h"
#include "decode/DecodingThreads.h"
#include "decode/ErrorBodyDecoder.h"
#include "decode/SimdAccountList.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>

#include <algorithm>

namespace {
// What is read from a reply per turn of the event loop: while the GUI thread was busy, megabytes
// pile up in the reply (the 100,000-account answer is 56 MB), and reading them at once held the
// window for up to 17 ms (bench_console). The rest is read on the next turn.
constexpr qint64 kReadSlice = 2 * 1024 * 1024;
// Bodies up to this size decode on the job's thread; larger ones on a worker
// (DecodingThreads::first, in the order they arrive), so that a 10,000-account answer never
// freezes the window.
constexpr qsizetype kWorkerDecodeBytes = 256 * 1024;
} // namespace

// Connects a worker's decode to its job. The job clears `job` when destroyed, under the mutex,
// so the worker never posts to a dead job; Qt drops a posted call whose context died meanwhile.
struct ApiJob::WorkerLink
{
    QMutex mutex;
    ApiJob *job = nullptr;
};

ApiJob::ApiJob(Session *session, Endpoints::Operation operation, Ids ids, Query query, QObject *parent)
    : QObject(parent)
    , m_endpoint(Endpoints::get(operation))
    , m_ids(std::move(ids))
    , m_query(std::move(query))
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

std::unique_ptr<ArrivingAnswer> ApiJob::arrivingAnswer() const
{
    return nullptr;
}

QString ApiJob::validate() const
{
    QString refusal;
    Endpoints::fillPath(m_endpoint, m_ids, &refusal);
    return refusal;
}

QString ApiJob::path() const
{
    QString unused;
    return Endpoints::fillPath(m_endpoint, m_ids, &unused).value_or(QString());
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
        refusal = tr("This connection is read-only: refreshing, deleting and creating fix links are turned off.");
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

QNetworkRequest ApiJob::buildRequest() const
{
    const ConnectionSettings &settings = m_session->settings();
    QUrl url = settings.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path());
    QStringList query;
    for (const auto &[key, value] : m_query) {
        if (!value.isEmpty())
            query.append(key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (!query.isEmpty())
        url.setQuery(query.join(QLatin1Char('&')));

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Finicity-App-Key", m_session->credentials().appKey.toUtf8());
    return request;
}

QNetworkReply *ApiJob::transmit(QNetworkRequest request, const QByteArray &payload)
{
    if (!payload.isEmpty() || verb() == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (kind() == Kind::Read)
        return m_session->network()->sendCustomRequest(request, verb(), payload); // Qt may re-send a read: harmless
    // At most once on the wire: a body Qt cannot rewind (so it cannot re-send it), on a connection
    // of its own (so a stale pooled connection cannot fail it), over HTTP/1.1.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
    if (m_ownNetwork) // after a 401 this may run inside the old reply's finished(): not delete
        m_ownNetwork->deleteLater();
    m_ownNetwork = m_session->createNetwork(this);
    auto *device = new OneShotBody(payload);
    QNetworkReply *reply = m_ownNetwork->sendCustomRequest(request, verb(), device);
    device->setParent(reply);
    return reply;
}

void ApiJob::send()
{
    if (m_stop == Stop::Aborted) {
        QTimer::singleShot(0, this, [this] { finish(makeError(ApiError::Kind::Aborted)); });
        return;
    }
    QNetworkRequest request = buildRequest();
    if (kind() != Kind::Authenticate) {
        m_tokenUsed = m_session->token();
        request.setRawHeader("Finicity-App-Token", m_tokenUsed.toUtf8());
    }
    m_progress = {};
    m_body.clear();
    m_arriving.reset();
    m_reply = transmit(request, body());
    ++m_requestsSent;
    watchReply();
    const ConnectionSettings &settings = m_session->settings();
    m_timeout.start(kind() == Kind::Refresh ? settings.refreshTimeout : settings.readTimeout);
}

void ApiJob::watchReply()
{
    QNetworkReply *reply = m_reply;
    const qint64 limit = maxBodyBytes();
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, limit] {
        m_progress.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        m_progress.expected = length.isValid() ? length.toLongLong() : -1;
        // One allocation for the whole body when its length is announced (and allowed).
        if (m_progress.expected > 0 && m_progress.expected <= limit && m_body.isEmpty())
            m_body.reserve(m_progress.expected + SimdAccountList::kPadding);
        m_progress.encoded = reply->hasRawHeader("Content-Encoding");
        if (m_progress.httpStatus >= 200 && m_progress.httpStatus < 300 && !m_arriving)
            m_arriving = arrivingAnswer();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, limit](qint64 received, qint64 total) {
        m_progress.received = received;
        if (received > limit || total > limit)
            stopTooLarge(reply);
    });
    // Read as it arrives, so that the limit also holds for what Qt inflates (a gzip bomb).
    // One slice per turn of the event loop: Qt delivers the chunks its HTTP thread received
    // meanwhile one after another in the same turn, each with its readyRead(), and a slice read at
    // each held the window up to 19.6 ms while the 100,000-account answer arrived (median of three
    // loads, bench_console in CI). With a read already scheduled, that read takes what came.
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (!m_readScheduled)
            readSlice(reply);
    });
    // Certificate errors are recorded for the agent and never ignored: the reply then fails.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        m_tlsProblem = describeCertificateErrors(errors, reply->sslConfiguration().peerCertificate());
    });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::stopTooLarge(QNetworkReply *reply)
{
    m_stop = Stop::TooLarge;
    m_body.clear();
    reply->abort();
}

void ApiJob::readSlice(QNetworkReply *reply)
{
    // Straight into the body, without a QByteArray per chunk; room to spare after the end lets
    // the account list decoder read it in place, without copying it (SimdAccountList::kPadding).
    // The body grows by doubling, as append would.
    const qint64 available = reply->bytesAvailable();
    const qint64 wanted = std::min(available, kReadSlice);
    if (wanted > 0) {
        const qsizetype had = m_body.size();
        const qsizetype needed = had + qsizetype(wanted) + SimdAccountList::kPadding;
        if (m_body.capacity() < needed)
            m_body.reserve(std::max(needed, 2 * m_body.capacity()));
        m_body.resize(had + qsizetype(wanted));
        const qint64 got = reply->read(m_body.data() + had, wanted);
        m_body.resize(had + qsizetype(std::max<qint64>(got, 0)));
        if (m_body.size() > maxBodyBytes()) {
            stopTooLarge(reply);
            return;
        }
        if (m_arriving)
            m_arriving->received(m_body);
    }
    // readyRead() comes again only for new data: what is left is read on the next turn.
    if (available > wanted && !m_readScheduled) {
        m_readScheduled = true;
        QTimer::singleShot(0, this, [this, reply] {
            m_readScheduled = false;
            if (m_reply == reply && m_stop == Stop::None)
                readSlice(reply);
        });
    }
}

QString ApiJob::describeCertificateErrors(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    QStringList problems;
    for (const QSslError &error : errors)
        problems.append(error.errorString());
    problems.removeDuplicates();
    QSslCertificate certificate = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    if (certificate.isNull())
        certificate = peer;
    QString text = problems.join(QStringLiteral("; "));
    if (!certificate.isNull()) {
        text += tr(" — certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5")
                    .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                         certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                         certificate.expiryDate().toUTC().toString(Qt::ISODate),
                         QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    return text;
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_timeout.stop(); // all has arrived
    // What the reply still holds is read a slice per turn (readSlice) before the answer is judged.
    if (m_stop == Stop::None && reply->bytesAvailable() > kReadSlice) {
        if (!m_readScheduled) // else the read scheduled by the last slice comes first
            readSlice(reply);
        QTimer::singleShot(0, this, [this, reply] {
            if (m_reply == reply)
                onReplyFinished();
        });
        return;
    }
    m_reply = nullptr;
    reply->disconnect(this); // nothing it still emits concerns this job
    reply->deleteLater();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCInfo(lcNet).noquote() << verb() << path() << (m_httpStatus ? QString::number(m_httpStatus) : QStringLiteral("-"))
                            << QStringLiteral("%1 ms").arg(m_elapsed.elapsed());
    if (m_stop == Stop::None)
        readSlice(reply); // the last slice
    if (m_stop != Stop::None) {
        finish(stopError());
        return;
    }
    // A redirect is an answer (never followed), whatever Qt thought of not following it.
    if (m_httpStatus >= 300 && m_httpStatus < 400) {
        finish(httpError(*reply));
        return;
    }
    // The transport wins over the status: a 200 whose body was cut off is no answer.
    m_progress.httpStatus = m_httpStatus;
    if (auto failure = TransportFailure::classify(reply->error(), reply->errorString(), m_progress, m_body.size())) {
        if (failure->kind == ApiError::Kind::Tls && !m_tlsProblem.isEmpty())
            failure->detail = m_tlsProblem;
        failure->operation = operationId();
        failure->outcomeUnknown = kind() != Kind::Read && !TransportFailure::provesNotSent(reply->error());
        finish(*failure);
        return;
    }
    if (m_httpStatus == 0) {
        finish(makeError(ApiError::Kind::ConnectionFailed, reply->errorString()));
        return;
    }
    if (m_httpStatus == 401 && kind() != Kind::Authenticate && !m_reauthenticated) {
        reauthenticateAndResend();
        return;
    }
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        decodeAnswer(std::exchange(m_body, {}));
        return;
    }
    finish(httpError(*reply));
}

ApiError ApiJob::stopError() const
{
    switch (m_stop) {
    case Stop::Timeout: {
        const std::chrono::milliseconds limit =
            kind() == Kind::Refresh ? m_session->settings().refreshTimeout : m_session->settings().readTimeout;
        ApiError error = makeError(ApiError::Kind::Timeout, tr("waited %1 s").arg(limit.count() / 1000.0));
        error.outcomeUnknown = kind() != Kind::Read;
        return error;
    }
    case Stop::TooLarge: {
        ApiError error =
            makeError(ApiError::Kind::BadResponse,
                      tr("the answer exceeds the limit of %1 bytes").arg(m_session->settings().maxBodyBytes));
        error.outcomeUnknown = kind() != Kind::Read;
        return error;
    }
    case Stop::Aborted:
    case Stop::None:
        break;
    }
    return makeError(ApiError::Kind::Aborted);
}

// A 401 means the request was not carried out: authenticate once and send it once more.
void ApiJob::reauthenticateAndResend()
{
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
}

ApiError ApiJob::httpError(QNetworkReply &reply) const
{
    ApiError error = makeError(ApiError::Kind::Http);
    error.httpStatus = m_httpStatus;
    const ErrorBody body = ErrorBodyDecoder::decode(m_body);
    error.apiCode = body.code;
    error.apiMessage = body.message;
    if (m_httpStatus >= 300 && m_httpStatus < 400)
        error.apiMessage = tr("The service redirected the request, and redirects are not followed");
    bool ok = false;
    const int retryAfter = reply.rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && retryAfter >= 0)
        error.retryAfterSeconds = retryAfter;
    return error;
}

qint64 ApiJob::maxBodyBytes() const
{
    return m_session ? m_session->settings().maxBodyBytes : kDefaultMaxBodyBytes;
}

void ApiJob::decodeAnswer(const QByteArray &bytes)
{
    // What was read as it arrived is finished where it was read, after it.
    const bool arrived = m_arriving && m_arriving->started();
    const Decoder decode = arrived ? m_arriving->finisher() : decoder();
    const int status = m_httpStatus;
    if (!arrived && bytes.size() <= kWorkerDecodeBytes) {
        adopt(decode(status, bytes));
        return;
    }
    m_worker = std::make_shared<WorkerLink>();
    m_worker->job = this;
    DecodingThreads::first().start([link = m_worker, decode, status, bytes] {
        {
            QMutexLocker lock(&link->mutex);
            if (!link->job)
                return; // gone while its answer waited (a tab closed): nobody wants it
        }
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
    m_arriving.reset(); // what is still to read of it is not wanted
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
