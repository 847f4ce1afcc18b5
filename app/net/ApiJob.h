#pragma once

#include "Endpoints.h"
#include "TransportFailure.h"
#include "core/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class ArrivingAnswer;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslCertificate;
class QSslError;
class Session;

// The shared base of every operation: URL building from validated path ids, headers, timeout,
// redirects off, the one re-authentication after a 401, decoding and error mapping.
//
// finished() is always emitted exactly once, asynchronously, even for a request refused before
// sending. Nothing here retries: a timeout, a network error or a 5xx ends the job, because a
// refresh or a delete may have been carried out and only a person may decide to send it again.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    using Kind = Endpoints::Kind;
    using Ids = QHash<QString, QString>;              // the path's placeholders' values
    using Query = QList<std::pair<QString, QString>>; // sent in this order; empty values are left out

    // Decoding a 2xx answer is split in two so that large bodies decode on a worker thread: the
    // Decoder may run on any thread and touches nothing but its arguments and what it captured by
    // value; the Adopt it returns runs on the job's thread and moves the result into the job.
    using Adopt = std::function<void(ApiJob *job)>;
    struct Parsed
    {
        QString failure; // empty on success
        Adopt adopt;
    };
    using Decoder = std::function<Parsed(int httpStatus, const QByteArray &body)>;

    ApiJob(Session *session, Endpoints::Operation operation, Ids ids = {}, Query query = {}, QObject *parent = nullptr);
    ~ApiJob() override;

    const Endpoints::Endpoint &endpoint() const { return m_endpoint; }
    QString operationId() const { return QString(m_endpoint.id); }
    Kind kind() const { return m_endpoint.kind; }
    QString id(const QString &placeholder) const { return m_ids.value(placeholder); }
    // Refreshes, deletes and fix links: audited, sent at most once, refused when read-only.
    bool changesData() const { return kind() == Kind::Refresh || kind() == Kind::Delete || kind() == Kind::Link; }

    void start();
    // The person stops waiting. The service may still complete the operation.
    void abort();
    bool isRunning() const { return m_running; }

    const std::optional<ApiError> &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    // How many requests this job handed to the network (1, or 2 after a 401 re-authentication).
    // A change (refresh, delete, sign-in) is never sent more often than this. A read may be
    // re-sent by Qt's HTTP channel after a dropped connection, which this does not count.
    int requestsSent() const { return m_requestsSent; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished();

protected:
    virtual QByteArray body() const { return {}; }
    // Why the request may not be sent, as a sentence; empty when it may. The base refuses ids
    // that cannot go into the path.
    virtual QString validate() const;
    virtual Decoder decoder() const = 0;
    // A 2xx answer read while it arrives, made when its status is known; none (the default): the
    // answer is decoded once it is whole.
    virtual std::unique_ptr<ArrivingAnswer> arrivingAnswer() const;
    qint64 maxBodyBytes() const;

    Session *session() const;

private:
    QByteArray verb() const { return QByteArray(m_endpoint.verb.data(), m_endpoint.verb.size()); }
    QString path() const; // below the base URL, from ids that validate() accepted
    QNetworkRequest buildRequest() const;
    QNetworkReply *transmit(QNetworkRequest request, const QByteArray &payload);
    void send();
    void watchReply();
    // Reads at most a slice of what has arrived and schedules a read of the rest.
    void readSlice(QNetworkReply *reply);
    void stopTooLarge(QNetworkReply *reply);
    void onReplyFinished();
    ApiError stopError() const;
    void reauthenticateAndResend();
    ApiError httpError(QNetworkReply &reply) const;
    static QString describeCertificateErrors(const QList<QSslError> &errors, const QSslCertificate &peer);
    void decodeAnswer(const QByteArray &bytes);
    void adopt(const Parsed &parsed);
    void finish(std::optional<ApiError> error);
    ApiError makeError(ApiError::Kind kind, const QString &detail = {}) const;

    struct WorkerLink;
    const Endpoints::Endpoint &m_endpoint;
    Ids m_ids;
    Query m_query;
    std::shared_ptr<WorkerLink> m_worker;
    std::unique_ptr<ArrivingAnswer> m_arriving; // this request's answer, read as it arrives
    QPointer<Session> m_session;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkAccessManager> m_ownNetwork; // a change's own connection
    TransportFailure::Progress m_progress;
    QByteArray m_body; // what has arrived so far, inflated
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    QString m_tokenUsed;
    QString m_tlsProblem; // the certificate errors and the certificate, when TLS failed
    std::optional<ApiError> m_error;
    int m_httpStatus = 0;
    int m_requestsSent = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_reauthenticated = false;
    bool m_readScheduled = false;
    bool m_autoDelete = false;
    enum class Stop { None, Timeout, Aborted, TooLarge } m_stop = Stop::None;
};
