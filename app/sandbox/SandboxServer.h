#pragma once

#include "SandboxData.h"
#include "SandboxFixPage.h"
#include "SandboxOptions.h"
#include "SandboxRequestLog.h"
#include "net/Endpoints.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>

class QHttpServerResponder;

// A local stand-in for the account API: the same fifteen operations, the same headers and
// error bodies, stateful seed data. Listens on 127.0.0.1 only.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);

    // Returns the port, or 0 when listening failed.
    quint16 start();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    SandboxData &data() { return m_data; }
    SandboxFixPage &fixPage() { return m_fixPage; }
    const SandboxRequestLog &requestLog() const { return m_log; }
    SandboxRequestLog &requestLog() { return m_log; }
    SandboxOptions &options() { return m_options; }

    // One request as the server sees it, and what it answers: the routing without the socket (the
    // fuzz harness drives it directly). Logged like a request over the network.
    struct Call
    {
        QByteArray method; // "GET", "POST", ...
        QUrl url;          // path and query
        QByteArray appKey;
        QByteArray token;
        QByteArray body;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        bool isRefresh = false; // answered after --refresh-delay-ms
    };
    Reply respondTo(const Call &call);

    // Test hooks: make every issued token expired, as after two hours.
    void expireAllTokens();
    int failedAuthentications() const { return m_failedAuthentications; }

signals:
    void requestHandled(const SandboxRequest &request);
    // A delayed answer (--latency-ms, --refresh-delay-ms) was due now, whether or not the client
    // was still there to receive it.
    void answerDue();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    struct Incoming
    {
        QByteArray method;
        QStringList segments;
        QString path;
        QString query;
        QHash<QString, QString> params;
        QByteArray appKey;
        QByteArray token;
        QByteArray body;
    };

    Answer route(const Incoming &in, bool *isRefresh);
    Answer authenticate(const Incoming &in);
    std::optional<Answer> checkAuthorization(const Incoming &in) const;
    Answer customers(const Incoming &in);
    Answer read(Endpoints::Operation operation, const Incoming &in, const QHash<QString, QString> &ids);
    Answer change(Endpoints::Operation operation, const QHash<QString, QString> &ids);
    Answer generateFixLink(const Incoming &in);
    static Answer missingAccount(const QString &customerId, const QString &accountId);
    static Answer missingLogin();

    static Answer error(int status, const QString &code, const QString &message);
    static Answer json(const QJsonObject &object, int status = 200);
    static Answer accounts(const QByteArray &body) { return {200, body, "application/json"}; }
    Answer unauthorized(const QString &code, const QString &message) const;

    SandboxOptions m_options;
    SandboxData m_data;
    SandboxFixPage m_fixPage{m_data};
    SandboxRequestLog m_log;
    QHash<QByteArray, QElapsedTimer> m_tokens; // issued tokens and their age
    int m_failedAuthentications = 0;           // in a row; five lock the partner out
    bool m_locked = false;
    quint16 m_port = 0;
};
