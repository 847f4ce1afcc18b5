#include "SandboxServer.h"

#include "SandboxLog.h"
#include "core/Ids.h"
#include "net/Endpoints.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using Endpoints::Operation;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    static const std::pair<M, const char *> names[] = {
        {M::Get, "GET"},     {M::Post, "POST"}, {M::Delete, "DELETE"},  {M::Put, "PUT"},
        {M::Patch, "PATCH"}, {M::Head, "HEAD"}, {M::Options, "OPTIONS"}};
    for (const auto &[known, name] : names) {
        if (known == method)
            return name;
    }
    return "OTHER";
}

QByteArray newToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray token(24, Qt::Uninitialized);
    for (char &c : token)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return token;
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_data(options.seed)
{}

quint16 SandboxServer::start()
{
    m_port = listen(QHostAddress::LocalHost, m_options.port);
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port));
}

void SandboxServer::expireAllTokens()
{
    for (QElapsedTimer &age : m_tokens)
        age.invalidate();
}

SandboxServer::Answer SandboxServer::error(int status, const QString &code, const QString &message)
{
    return json(QJsonObject{{u"code"_s, code}, {u"message"_s, message}}, status);
}

SandboxServer::Answer SandboxServer::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json"};
}

SandboxServer::Answer SandboxServer::unauthorized(const QString &code, const QString &message) const
{
    if (m_options.plainText401)
        return {401, message.toUtf8(), "text/plain"};
    return error(401, code, message);
}

SandboxServer::Reply SandboxServer::respondTo(const Call &call)
{
    Incoming in;
    in.method = call.method;
    in.path = call.url.path();
    in.query = call.url.query();
    in.segments = in.path.split(u'/', Qt::SkipEmptyParts);
    const QUrlQuery query(call.url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        in.params.insert(key, value);
    in.appKey = call.appKey;
    in.token = call.token;
    in.body = call.body;

    bool isRefresh = false;
    const Answer answer = route(in, &isRefresh);
    const SandboxRequest logged{in.method, in.path, in.query, answer.status};
    m_log.append(logged);
    if (m_options.verbose)
        qCInfo(lcSandbox).noquote() << in.method << in.path << answer.status;
    emit requestHandled(logged);
    return {answer.status, answer.body, answer.contentType, isRefresh};
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Reply reply = respondTo({methodName(request.method()), request.url(), request.value("Finicity-App-Key"),
                                   request.value("Finicity-App-Token"), request.body()});
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto respond = [responder, reply] {
        const auto status = QHttpServerResponder::StatusCode(reply.status);
        if (reply.status == 204)
            responder->write(status);
        else
            responder->write(reply.body, reply.contentType, status);
    };
    const int delay = m_options.latencyMs + (reply.isRefresh ? m_options.refreshDelayMs : 0);
    if (delay <= 0) {
        respond();
    } else {
        // The socket is the answer's context: if the client gives up and disconnects, nothing is
        // written, but the change (a refresh) has happened, as at the real service. answerDue says
        // when the answer was due either way, so a test can wait for that moment.
        QTimer::singleShot(delay, socket, respond);
        QTimer::singleShot(delay, this, [this] { emit answerDue(); });
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

std::optional<SandboxServer::Answer> SandboxServer::checkAuthorization(const Incoming &in) const
{
    if (in.appKey.isEmpty())
        return unauthorized(u"10026"_s, u"Missing parameter (Finicity-App-Key)"_s);
    if (QString::fromUtf8(in.appKey) != m_options.appKey)
        return unauthorized(u"10021"_s, u"You are not authorized."_s);
    if (in.token.isEmpty())
        return unauthorized(u"10024"_s, u"Missing parameter (Finicity-App-Token)"_s);
    const auto token = m_tokens.constFind(in.token);
    if (token == m_tokens.constEnd())
        return unauthorized(u"10022"_s, u"Invalid (Finicity-App-Token)"_s);
    if (!token->isValid() || token->elapsed() >= qint64(m_options.tokenTtlSeconds) * 1000)
        return unauthorized(u"10023"_s, u"Expired (Finicity-App-Token)"_s);
    return std::nullopt;
}

SandboxServer::Answer SandboxServer::authenticate(const Incoming &in)
{
    if (in.method != "POST")
        return error(405, u"405"_s, u"Method not allowed."_s);
    if (in.appKey.isEmpty())
        return unauthorized(u"10026"_s, u"Missing parameter (Finicity-App-Key)"_s);
    const QJsonObject body = QJsonDocument::fromJson(in.body).object();
    for (const auto key : {"partnerId"_L1, "partnerSecret"_L1}) {
        if (!body.value(key).isString() || body.value(key).toString().isEmpty())
            return error(400, u"10005"_s, u"Missing parameter ("_s + key + u')');
    }
    if (m_locked)
        return unauthorized(u"10001"_s, u"Invalid credentials. The partner is locked out after five failed "
                                        "authentications; contact support to unlock it."_s);
    if (QString::fromUtf8(in.appKey) != m_options.appKey || body.value("partnerId"_L1).toString() != m_options.partnerId
        || body.value("partnerSecret"_L1).toString() != m_options.partnerSecret) {
        m_locked = ++m_failedAuthentications >= 5;
        return unauthorized(u"10001"_s, u"Invalid credentials"_s);
    }
    m_failedAuthentications = 0;
    const QByteArray token = newToken();
    m_tokens[token].start();
    return json(QJsonObject{{u"token"_s, QString::fromLatin1(token)}});
}

// Routing by the client's own endpoint table: an unknown path is a 404, a known path with another
// verb a 405, a malformed id a 400, an unknown customer a 404; the operation's handler does the rest.
SandboxServer::Answer SandboxServer::route(const Incoming &in, bool *isRefresh)
{
    if (in.path == QLatin1StringView(SandboxFixPage::kPath)) { // the customer's browser, not the API
        const SandboxFixPage::Page page = m_fixPage.answer(in.method, QUrl(in.path + u'?' + in.query), in.body);
        return {page.status, page.html, "text/html; charset=utf-8"};
    }
    const QList<Endpoints::Match> matches = Endpoints::match(in.path);
    if (matches.isEmpty())
        return error(404, u"14020"_s, u"No such resource: "_s + in.path);
    if (matches.first().endpoint->operation == Operation::CreateToken)
        return authenticate(in);
    if (const auto refusal = checkAuthorization(in))
        return *refusal;
    const auto chosen = std::find_if(matches.begin(), matches.end(), [&](const Endpoints::Match &m) {
        return m.endpoint->verb == QLatin1StringView(in.method);
    });
    if (chosen == matches.end())
        return error(405, u"405"_s, u"Method not allowed."_s);
    for (const QString &name : Endpoints::placeholders(*chosen->endpoint)) {
        if (!Ids::isValidPathId(chosen->values.value(name)))
            return error(400, u"10010"_s, u"Invalid parameter (%1)"_s.arg(name));
    }
    const QString customerId = chosen->values.value(u"customerId"_s);
    if (!customerId.isEmpty() && !m_data.hasCustomer(customerId))
        return error(404, u"14001"_s, u"Customer not found."_s);
    *isRefresh = chosen->endpoint->kind == Endpoints::Kind::Refresh;
    if (chosen->endpoint->kind == Endpoints::Kind::Read)
        return read(chosen->endpoint->operation, in, chosen->values);
    if (chosen->endpoint->operation == Operation::GenerateFixConnectUrl)
        return generateFixLink(in);
    return change(chosen->endpoint->operation, chosen->values);
}

SandboxServer::Answer SandboxServer::customers(const Incoming &in)
{
    bool startOk = true, limitOk = true;
    const int start = in.params.contains(u"start"_s) ? in.params[u"start"_s].toInt(&startOk) : 1;
    const int limit = in.params.contains(u"limit"_s) ? in.params[u"limit"_s].toInt(&limitOk) : 25;
    if (!startOk || start < 1)
        return error(400, u"10010"_s, u"Invalid parameter (start)"_s);
    if (!limitOk || limit < 1 || limit > 1000)
        return error(400, u"10010"_s, u"Invalid parameter (limit)"_s);
    const QList<QJsonObject> found =
        m_data.findCustomers(in.params.value(u"search"_s), in.params.value(u"username"_s), in.params.value(u"type"_s));
    QJsonArray page;
    for (qsizetype i = start - 1; i < found.size() && page.size() < limit; ++i)
        page.append(found[i]);
    return json(QJsonObject{{u"found"_s, int(found.size())},
                            {u"displaying"_s, int(page.size())},
                            {u"moreAvailable"_s, start - 1 + page.size() < found.size()},
                            {u"customers"_s, page}});
}

SandboxServer::Answer SandboxServer::read(Operation operation, const Incoming &in, const QHash<QString, QString> &ids)
{
    const QString customerId = ids.value(u"customerId"_s);
    const QString loginId = ids.value(u"institutionLoginId"_s);
    switch (operation) {
    case Operation::GetCustomers:
        return customers(in);
    case Operation::GetCustomer:
        return json(*m_data.customer(customerId));
    case Operation::GetCustomerAccounts: {
        const QString accountType = in.params.value(u"account_type"_s);
        if (!accountType.isEmpty() && accountType != "ava"_L1)
            return error(400, u"10010"_s, u"Invalid parameter (account_type)"_s);
        return accounts(m_data.accountsBody(customerId, in.params.value(u"status"_s), accountType));
    }
    case Operation::GetCustomerAccount:
        if (const auto account = m_data.account(customerId, ids.value(u"accountId"_s)))
            return json(*account);
        return missingAccount(customerId, ids.value(u"accountId"_s));
    case Operation::GetCustomerAccountsByInstitution:
        return accounts(m_data.accountsBodyForInstitution(customerId, ids.value(u"institutionId"_s)));
    case Operation::GetCustomerAccountsByInstitutionLogin:
        if (!m_data.hasLogin(customerId, loginId))
            return missingLogin();
        return accounts(m_data.accountsBodyForLogin(customerId, loginId));
    case Operation::GetInstitution:
        if (const auto institution = m_data.institution(ids.value(u"institutionId"_s)))
            return json(QJsonObject{{u"institution"_s, *institution}});
        return error(404, u"14006"_s, u"Institution not found."_s);
    default:
        return error(405, u"405"_s, u"Method not allowed."_s);
    }
}

// Refreshes and deletes: they change the data for the rest of the run.
SandboxServer::Answer SandboxServer::change(Operation operation, const QHash<QString, QString> &ids)
{
    const QString customerId = ids.value(u"customerId"_s);
    const QString loginId = ids.value(u"institutionLoginId"_s);
    const Endpoints::Endpoint &endpoint = Endpoints::get(operation);
    switch (operation) {
    case Operation::RefreshCustomerAccounts:
    case Operation::RefreshCustomerAccountsV2:
    case Operation::RefreshCustomerAccountsByInstitutionLogin:
    case Operation::RefreshCustomerAccountsByInstitutionLoginV2: {
        if (loginId.isEmpty() && m_data.accountCount(customerId) == 0)
            return error(404, u"38003"_s, u"Customer does not have any accounts"_s);
        if (!loginId.isEmpty() && !m_data.hasLogin(customerId, loginId))
            return missingLogin();
        if (const auto failure = m_data.refresh(customerId, loginId))
            return error(failure->httpStatus, failure->code, failure->message);
        if (endpoint.response == Endpoints::Response::NoContent)
            return {204, {}, {}};
        return accounts(loginId.isEmpty() ? m_data.accountsBody(customerId, {}, {})
                                          : m_data.accountsBodyForLogin(customerId, loginId));
    }
    case Operation::DeleteCustomerAccount:
        if (!m_data.deleteAccount(customerId, ids.value(u"accountId"_s)))
            return missingAccount(customerId, ids.value(u"accountId"_s));
        return {204, {}, {}};
    case Operation::DeleteCustomerAccountsByInstitutionLogin:
        if (!m_data.hasLogin(customerId, loginId))
            return error(404, u"38006"_s, u"Institution login not found for this customer."_s);
        m_data.deleteLogin(customerId, loginId);
        return {204, {}, {}};
    default:
        return error(405, u"405"_s, u"Method not allowed."_s);
    }
}

// FixConnectParameters: partnerId, customerId and institutionLoginId are required; the link is
// single-use unless the caller says otherwise.
SandboxServer::Answer SandboxServer::generateFixLink(const Incoming &in)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.body, &parseError);
    if (!document.isObject())
        return error(400, u"10000"_s, u"The request body is not a JSON object."_s);
    const QJsonObject body = document.object();
    for (const auto key : {"partnerId"_L1, "customerId"_L1, "institutionLoginId"_L1}) {
        if (!body.value(key).isString() || body.value(key).toString().isEmpty())
            return error(400, u"10005"_s, u"Missing parameter ("_s + key + u')');
    }
    const QString partnerId = body.value("partnerId"_L1).toString();
    const QString customerId = body.value("customerId"_L1).toString();
    const QString loginId = body.value("institutionLoginId"_L1).toString();
    if (partnerId != m_options.partnerId)
        return error(400, u"10010"_s, u"Invalid parameter (partnerId)"_s);
    const QJsonValue language = body.value("language"_L1);
    if (!language.isUndefined() && language != "es"_L1 && language != "fr"_L1 && language != "en"_L1)
        return error(400, u"10010"_s, u"Invalid parameter (language)"_s);
    if (!Ids::isValidPathId(customerId) || !Ids::isValidPathId(loginId))
        return error(400, u"10010"_s, u"Invalid parameter (customerId or institutionLoginId)"_s);
    if (!m_data.hasCustomer(customerId))
        return error(404, u"14001"_s, u"Customer not found."_s);
    if (!m_data.hasLogin(customerId, loginId))
        return missingLogin();
    const bool singleUse = body.value("singleUseUrl"_L1).toBool(true);
    const QUrl link = m_fixPage.issue(baseUrl(), partnerId, customerId, loginId, singleUse);
    return json(QJsonObject{{u"link"_s, link.toString(QUrl::FullyEncoded)}});
}

SandboxServer::Answer SandboxServer::missingAccount(const QString &customerId, const QString &accountId)
{
    return error(
        404, u"38003"_s,
        u"customer does not have given account (customerId = %1, accountId = [%2])"_s.arg(customerId, accountId));
}

SandboxServer::Answer SandboxServer::missingLogin()
{
    return error(404, u"38007"_s, u"Customer does not have any accounts associated with institutionLoginId."_s);
}
