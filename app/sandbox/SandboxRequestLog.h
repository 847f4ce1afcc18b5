#pragma once

#include "net/Endpoints.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What the sandbox received: the evidence tests use to prove what was, and was not, sent.
struct SandboxRequest
{
    QByteArray method;
    QString path; // without the query
    QString query;
    int status = 0;

    bool isRefresh() const;
    bool isDelete() const { return method == "DELETE"; }
    bool isAuthentication() const;
};

class SandboxRequestLog
{
public:
    void append(const SandboxRequest &request) { m_requests.append(request); }
    void clear() { m_requests.clear(); }
    const QList<SandboxRequest> &all() const { return m_requests; }
    qsizetype size() const { return m_requests.size(); }
    int count(const QByteArray &method, const QString &pathPattern) const; // pattern: QRegularExpression
    // Requests for `operation` (by the endpoint table) whose placeholders have the given values.
    int count(Endpoints::Operation operation, const QHash<QString, QString> &ids = {}) const;
    int refreshCount() const;
    int deleteCount() const;
    int authenticationCount() const;

private:
    QList<SandboxRequest> m_requests;
};
