#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

class SandboxData;

// The sandbox's stand-in for the provider's Connect "Fix" flow: it issues links (what
// GenerateFixConnectUrl answers) and serves the page behind them, whose one button plays the
// customer completing the fix, so the login's aggregation error clears. No app key or token: it
// is the customer's browser that opens it.
class SandboxFixPage
{
public:
    static constexpr auto kPath = "/sandbox/connect/fix";
    static constexpr qint64 kLifetimeMs = 2 * 60 * 60 * 1000; // as the service's links: two hours

    explicit SandboxFixPage(SandboxData &data)
        : m_data(data)
    {}

    // A link to the page for this login; base is the server's own address.
    QUrl issue(const QUrl &base, const QString &partnerId, const QString &customerId, const QString &loginId,
               bool singleUse);

    struct Page
    {
        int status = 200;
        QByteArray html;
    };
    // GET shows the page for the link's signature; POST (the button) completes the fix.
    Page answer(const QByteArray &method, const QUrl &url, const QByteArray &body);
    int completedFixes() const { return m_completed; }

private:
    struct Issued
    {
        QString customerId;
        QString loginId;
        qint64 expiresMs = 0;
        bool singleUse = true;
        bool used = false;
    };
    static Page page(int status, const QString &title, const QString &body);

    SandboxData &m_data;
    QHash<QString, Issued> m_issued; // by signature
    int m_completed = 0;
};
