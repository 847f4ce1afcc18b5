#include "SandboxRequestLog.h"

#include <QRegularExpression>

bool SandboxRequest::isRefresh() const
{
    return method == "POST" && path.endsWith(QLatin1String("/accounts"));
}

bool SandboxRequest::isAuthentication() const
{
    return path == QLatin1String("/aggregation/v2/partners/authentication");
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
