// Faults the sandbox cannot produce: a refused connection, a server that never answers, a
// body that is not JSON, an oversized body, a redirect. A raw TCP server stands in for the
// service (no QNetworkReply mock): it answers sign-in properly and every other request with
// the fault under test.
#include "net/Session.h"
#include "net/jobs/GetCustomerAccountsJob.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class FaultyServer : public QTcpServer
{
public:
    explicit FaultyServer(QByteArray fault)
        : m_fault(std::move(fault))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:"_s + QString::number(serverPort())); }
    int faultsServed = 0;

private:
    void answer(QTcpSocket *socket)
    {
        m_buffer[socket] += socket->readAll();
        const QByteArray request = m_buffer[socket];
        const qsizetype headerEnd = request.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        m_buffer.remove(socket);
        if (request.startsWith("POST /aggregation/v2/partners/authentication")) {
            const QByteArray body = R"({"token":"t0ken"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        ++faultsServed;
        if (!m_fault.isEmpty())
            socket->write(m_fault); // an empty fault: never answer
    }

    QByteArray m_fault;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

std::optional<ApiError> fetch(const QUrl &url, ConnectionSettings settings = {})
{
    settings.baseUrl = url;
    Session session(settings, {u"p"_s, u"s"_s, u"k"_s});
    GetCustomerAccountsJob job(&session, u"1005061234"_s);
    QSignalSpy done(&job, &ApiJob::finished);
    job.start();
    if (!done.wait(20000))
        qFatal("job never finished");
    return job.error();
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl url(u"http://127.0.0.1:"_s + QString::number(probe.serverPort()));
        probe.close(); // nothing listens there now
        const auto error = fetch(url);
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::ConnectionFailed);
        QVERIFY2(error->agentText().contains(u"Could not reach the service"_s), qPrintable(error->agentText()));
        QVERIFY2(error->agentText().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(error->agentText()));
    }

    void timeout()
    {
        FaultyServer server({});
        ConnectionSettings settings;
        settings.readTimeout = std::chrono::milliseconds(300);
        const auto error = fetch(server.url(), settings);
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::Timeout);
        QVERIFY(error->agentText().contains(u"did not answer in time"_s));
        QCOMPARE(server.faultsServed, 1); // and it was not sent again
    }

    void notJson()
    {
        const QByteArray html = "<html><body>502 Bad Gateway</body></html>";
        FaultyServer server("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                            + QByteArray::number(html.size()) + "\r\n\r\n" + html);
        const auto error = fetch(server.url());
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::BadResponse);
        QVERIFY2(error->agentText().contains(u"could not be read: not valid JSON"_s), qPrintable(error->agentText()));
    }

    void oversizedBody()
    {
        FaultyServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                            + QByteArray(5000, ' '));
        ConnectionSettings settings;
        settings.maxBodyBytes = 1000;
        const auto error = fetch(server.url(), settings);
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::BadResponse);
        QVERIFY2(error->agentText().contains(u"exceeds the limit of 1000 bytes"_s), qPrintable(error->agentText()));
    }

    void redirectIsNotFollowed()
    {
        FaultyServer server("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/steal\r\nContent-Length: 0\r\n\r\n");
        const auto error = fetch(server.url());
        QVERIFY(error);
        QCOMPARE(error->httpStatus, 302);
        QVERIFY(error->agentText().contains(u"redirects are not followed"_s));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
