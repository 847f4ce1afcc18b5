#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// What a polite server never does, played over loopback on the API's paths. It answers sign-in
// properly (unless the fault is Unauthorized) and every other request with the fault, and counts
// every request it reads, so a test can tell what reached "the service".
//
// A real TCP server, not a mock of QNetworkReply: resets are real RSTs (SO_LINGER 0), cut-off
// bodies are real closes, so the client sees exactly what a load balancer or proxy would do.
class FaultServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Fault {
        ResetAfterRequest,     // RST as soon as the request has been read
        ResetAfterDelay,       // RST 300 ms after the request has been read
        ResetMidBody,          // headers and half the body, then RST
        ShortBody,             // Content-Length larger than what is sent, then a clean close
        DripBody,              // one byte every 100 ms: slower than any test's timeout
        GzipBomb,              // a small gzip body that inflates to 256 MiB
        HugeBodyWithLength,    // 70 MB, announced in Content-Length
        HugeBodyWithoutLength, // 70 MB, delimited by closing the connection
        TooManyRequests,       // 429 with Retry-After: 30
        Unavailable,           // 503 with Retry-After: 120
        HtmlBadGateway,        // a proxy's HTML 502 page
        InvalidUtf8,           // 200 with a JSON string holding invalid UTF-8
        DeepNesting,           // 200 with 100,000 nested arrays
        OutOfRangeNumbers,     // 200 with numbers no int64/int/date can hold
        DuplicateKeys,         // 200 with an account whose keys repeat
        Empty200,              // 200 with no body at all
        Null200,               // 200 with the body `null`
        RedirectToOtherHost,   // 307 to another host
        Unauthorized,          // 401 on every request, sign-in included
    };
    Q_ENUM(Fault)

    struct Request
    {
        QByteArray method;
        QByteArray path;
    };

    explicit FaultServer(Fault fault, QObject *parent = nullptr);
    // Reads (GET) are answered with accountListJson(); only refreshes and deletes meet the fault.
    void setFaultOnlyChanges(bool onlyChanges) { m_onlyChanges = onlyChanges; }
    // The account list reads are answered with (and the faults spoil) instead of accountListJson().
    void setAccountList(const QByteArray &json) { m_accountList = json; }

    QUrl url() const;
    // Requests read on the API's paths, sign-in excluded.
    QList<Request> apiRequests() const { return m_apiRequests; }
    int signIns() const { return m_signIns; }

    // The body a 200 carries for the faults that answer 200: a valid account list whose first
    // account (id 5011648377, login 1007302745) the fault then spoils.
    static QByteArray accountListJson(const QByteArray &firstAccountExtra = {});

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &path);
    static void reset(QTcpSocket *socket);
    static QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
                               const QByteArray &extraHeaders = {});

    Fault m_fault;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_apiRequests;
    int m_signIns = 0;
    bool m_onlyChanges = false;
    QByteArray m_accountList;
};
