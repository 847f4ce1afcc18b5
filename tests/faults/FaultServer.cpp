#include "FaultServer.h"

#include "net/Endpoints.h"

#include <QTcpSocket>

#include <QTimer>
#include <algorithm>

#include <sys/socket.h>
#include <zlib.h>

namespace {

constexpr qint64 kHugeBytes = 70'000'000;

// `bytes` of '0' as a gzip stream, deflated in pieces so that it never exists inflated.
QByteArray gzipOfZeros(qint64 bytes)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray input(1 << 20, '0');
    QByteArray output;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0;) {
        const qint64 piece = qMin<qint64>(left, input.size());
        left -= piece;
        stream.next_in = reinterpret_cast<Bytef *>(input.data());
        stream.avail_in = uInt(piece);
        const int flush = left > 0 ? Z_NO_FLUSH : Z_FINISH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
            stream.avail_out = uInt(chunk.size());
            deflate(&stream, flush);
            output.append(chunk.constData(), chunk.size() - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return output;
}

// Made once, before any request is timed: deflating 256 MiB takes a while on a busy machine.
const QByteArray &gzipBomb()
{
    static const QByteArray bomb = gzipOfZeros(256ll << 20);
    return bomb;
}

// Where a request ends in `buffer`, or -1 while it is incomplete (Content-Length or chunked).
qsizetype requestEnd(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    const QByteArray headers = buffer.left(headerEnd).toLower();
    const qsizetype bodyStart = headerEnd + 4;
    if (headers.contains("transfer-encoding: chunked")) {
        const qsizetype last = buffer.indexOf("\r\n0\r\n\r\n", bodyStart - 2);
        return last < 0 ? -1 : last + 7;
    }
    const qsizetype at = headers.indexOf("content-length:");
    if (at < 0)
        return bodyStart;
    const qsizetype lineEnd = headers.indexOf("\r\n", at);
    const qint64 length = headers.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
    return buffer.size() >= bodyStart + length ? bodyStart + length : -1;
}

} // namespace

FaultServer::FaultServer(Fault fault, QObject *parent)
    : QTcpServer(parent)
    , m_fault(fault)
{
    if (fault == Fault::GzipBomb)
        gzipBomb();
    listen(QHostAddress::LocalHost);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QUrl FaultServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

QByteArray FaultServer::accountListJson(const QByteArray &firstAccountExtra)
{
    QByteArray first = R"({"id":"5011648377","number":"8888","accountNumberDisplay":"8888","name":"Super Checking",)"
                       R"("type":"checking","status":"active","balance":401.26,"customerId":"1005061234",)"
                       R"("institutionId":"4222","institutionLoginId":1007302745,"createdDate":1607450357,)"
                       R"("currency":"USD")";
    if (!firstAccountExtra.isEmpty())
        first += ',' + firstAccountExtra;
    first += '}';
    const QByteArray second = R"({"id":"5011648378","accountNumberDisplay":"1111","name":"Savings",)"
                              R"("type":"savings","status":"active","balance":20.5,"customerId":"1005061234",)"
                              R"("institutionId":"4222","institutionLoginId":1007302745,"createdDate":1607450357,)"
                              R"("currency":"USD"})";
    return R"({"accounts":[)" + first + ',' + second + "]}";
}

QByteArray FaultServer::response(int status, const QByteArray &reason, const QByteArray &body,
                                 const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\n"
           + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void FaultServer::reset(QTcpSocket *socket)
{
    // Linger 0: close() sends RST instead of FIN, as a load balancer dropping the connection does.
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (qsizetype end = requestEnd(buffer); end > 0 && socket->state() == QAbstractSocket::ConnectedState;
         end = requestEnd(buffer)) {
        const QByteArray request = buffer.left(end);
        buffer.remove(0, end);
        const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
        if (line.size() < 2)
            return reset(socket);
        answer(socket, line[0], line[1]);
    }
}

void FaultServer::answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &path)
{
    const qsizetype query = path.indexOf('?');
    const QList<Endpoints::Match> matches = Endpoints::match(QString::fromLatin1(query < 0 ? path : path.left(query)));
    const auto is = [&matches](Endpoints::Operation operation) {
        return std::any_of(matches.begin(), matches.end(),
                           [operation](const Endpoints::Match &m) { return m.endpoint->operation == operation; });
    };
    if (is(Endpoints::Operation::CreateToken)) {
        ++m_signIns;
        if (m_fault == Fault::Unauthorized)
            socket->write(response(401, "Unauthorized", R"({"code":10001,"message":"Invalid credentials"})"));
        else
            socket->write(response(200, "OK", R"({"token":"t0kenFromTheFaultServer"})"));
        return;
    }
    m_apiRequests.append({method, path});
    const QByteArray okList = m_accountList.isEmpty() ? accountListJson() : m_accountList;
    if (m_onlyChanges && method == "GET") {
        socket->write(response(200, "OK", is(Endpoints::Operation::GetInstitution) ? QByteArray("{}") : okList));
        return;
    }
    switch (m_fault) {
    case Fault::ResetAfterRequest:
        return reset(socket);
    case Fault::ResetAfterDelay:
        QTimer::singleShot(300, socket, [socket] { reset(socket); });
        return;
    case Fault::ResetMidBody: {
        const QByteArray whole = response(200, "OK", okList);
        socket->write(whole.left(whole.size() - okList.size() / 2));
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { reset(socket); });
        return;
    }
    case Fault::ShortBody: {
        const QByteArray whole = response(200, "OK", okList);
        socket->write(whole.left(whole.size() - okList.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    case Fault::DripBody: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(okList.size()) + "\r\n\r\n");
        auto *drip = new QTimer(socket);
        connect(drip, &QTimer::timeout, socket, [socket, okList, sent = qsizetype(0)]() mutable {
            if (sent < okList.size())
                socket->write(okList.mid(sent++, 1));
        });
        drip->start(100);
        return;
    }
    case Fault::GzipBomb:
        socket->write(response(200, "OK", gzipBomb(), "Content-Encoding: gzip\r\n"));
        return;
    case Fault::HugeBodyWithLength:
        socket->write(response(200, "OK", QByteArray(kHugeBytes, ' ')));
        return;
    case Fault::HugeBodyWithoutLength:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        socket->write(QByteArray(kHugeBytes, ' '));
        socket->disconnectFromHost();
        return;
    case Fault::TooManyRequests:
        socket->write(
            response(429, "Too Many Requests", R"({"code":429,"message":"Too many requests"})", "Retry-After: 30\r\n"));
        return;
    case Fault::Unavailable:
        socket->write(response(503, "Service Unavailable", {}, "Retry-After: 120\r\n"));
        return;
    case Fault::HtmlBadGateway: {
        const QByteArray page = "<html><head><title>502 Bad Gateway</title></head><body bgcolor=\"white\">"
                                "<center><h1>502 Bad Gateway</h1></center><hr><center><a href=\"http://evil."
                                "example/\">click</a><img src=\"http://evil.example/x.png\"></center>\x01\x1b[31m"
                                "</body></html>";
        socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: "
                      + QByteArray::number(page.size()) + "\r\n\r\n" + page);
        return;
    }
    case Fault::InvalidUtf8:
        socket->write(response(200, "OK",
                               accountListJson(R"("accountNickname":"caf)"
                                               "\xff\xfe"
                                               R"(")")));
        return;
    case Fault::DeepNesting:
        socket->write(response(200, "OK", QByteArray(100'000, '[') + QByteArray(100'000, ']')));
        return;
    case Fault::OutOfRangeNumbers:
        socket->write(response(200, "OK",
                               accountListJson(R"("aggregationStatusCode":1e20,"displayPosition":3e9,)"
                                               R"("balanceDate":1e300,"lastUpdatedDate":-1e16)")));
        return;
    case Fault::DuplicateKeys:
        socket->write(response(200, "OK", accountListJson(R"("name":"Second Name","balance":99.99)")));
        return;
    case Fault::Empty200:
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        return;
    case Fault::Null200:
        socket->write(response(200, "OK", "null"));
        return;
    case Fault::RedirectToOtherHost:
        socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.2:9/steal" + path
                      + "\r\nContent-Length: 0\r\n\r\n");
        return;
    case Fault::Unauthorized:
        socket->write(response(401, "Unauthorized", R"({"code":10022,"message":"Invalid credentials"})"));
        return;
    }
}
