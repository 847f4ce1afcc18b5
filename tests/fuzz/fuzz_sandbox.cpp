// libFuzzer harness: the sandbox's request handling (routing, id checks, authorization, query
// parameters, bodies). Input: one flags byte (valid app key, valid token, method), then the
// target ("/path?query"), a newline, and the body. Qt HttpServer's own HTTP parsing is Qt's.
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

namespace {

SandboxServer *server = nullptr;
QByteArray token;

QByteArray signIn()
{
    const SandboxOptions &o = server->options();
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("partnerId"), o.partnerId},
                                                      {QStringLiteral("partnerSecret"), o.partnerSecret}})
                                .toJson(QJsonDocument::Compact);
    const SandboxServer::Reply reply = server->respondTo(
        {"POST", QUrl(QString(Endpoints::get(Endpoints::Operation::CreateToken).path)), o.appKey.toUtf8(), {}, body});
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("token")).toString().toUtf8();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("console.*=false"));
    server = new SandboxServer;
    token = signIn();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const QByteArray methods[] = {"GET", "POST", "DELETE", "PUT"};
    const std::uint8_t flags = data[0];
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray target = newline < 0 ? rest : rest.left(newline);
    SandboxServer::Call call;
    call.method = methods[(flags >> 2) & 3];
    call.url = QUrl::fromEncoded(target);
    call.appKey = flags & 1 ? server->options().appKey.toUtf8() : rest.left(8);
    call.token = flags & 2 ? token : QByteArray();
    call.body = newline < 0 ? QByteArray() : rest.mid(newline + 1);
    const SandboxServer::Reply reply = server->respondTo(call);
    if (reply.status < 100 || reply.status > 599)
        __builtin_trap(); // every request gets a real HTTP status
    return 0;
}
