#include "SandboxRequestLog.h"

#include "net/Endpoints.h"

#include <QRegularExpression>

namespace {
// The operation a logged request was, by the endpoint table.
const Endpoints::Endpoint *endpointOf(const SandboxRequest &request)
{
    for (const Endpoints::Match &match : Endpoints::match(request.path)) {
        if (match.endpoint->verb == QLatin1StringView(request.method))
            return match.endpoint;
    }
    return nullptr;
}
} // namespace

bool SandboxRequest::isRefresh() const
{
    const Endpoints::Endpoint *endpoint = endpointOf(*this);
    return endpoint && endpoint->kind == Endpoints::Kind::Refresh;
}

bool SandboxRequest::isAuthentication() const
{
    const Endpoints::Endpoint *endpoint = endpointOf(*this);
    return endpoint && endpoint->kind == Endpoints::Kind::Authenticate;
}

int SandboxRequestLog::count(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(pathPattern));
    int n = 0;
    for (const SandboxRequest &request : m_requests)
        n += request.method == method && pattern.match(request.path).hasMatch();
    return n;
}

int SandboxRequestLog::refreshCount() const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(), [](const auto &r) { return r.isRefresh(); }));
}

int SandboxRequestLog::deleteCount() const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(), [](const auto &r) { return r.isDelete(); }));
}

int SandboxRequestLog::authenticationCount() const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(), [](const auto &r) { return r.isAuthentication(); }));
}

int SandboxRequestLog::count(Endpoints::Operation operation, const QHash<QString, QString> &ids) const
{
    const Endpoints::Endpoint &wanted = Endpoints::get(operation);
    int n = 0;
    for (const SandboxRequest &request : m_requests) {
        if (request.method != QByteArray(wanted.verb.data(), wanted.verb.size()))
            continue;
        for (const Endpoints::Match &match : Endpoints::match(request.path)) {
            if (match.endpoint != &wanted)
                continue;
            bool same = true;
            for (auto it = ids.begin(); it != ids.end() && same; ++it)
                same = match.values.value(it.key()) == it.value();
            n += same;
        }
    }
    return n;
}
