#include "SandboxFixPage.h"

#include "SandboxData.h"

#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QUrl SandboxFixPage::issue(const QUrl &base, const QString &partnerId, const QString &customerId,
                           const QString &loginId, bool singleUse)
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString signature = QString::fromLatin1(random.toHex());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Bounded: links expired for a day are forgotten (until then their page says "expired").
    m_issued.removeIf([now](const auto &issued) { return issued.value().expiresMs + 24 * 3600 * 1000 < now; });
    m_issued.insert(signature, {customerId, loginId, now + kLifetimeMs, singleUse, false});
    // The service's own link carries the same parameters (ConnectLink's example).
    QUrlQuery query;
    query.addQueryItem(u"customerId"_s, customerId);
    query.addQueryItem(u"institutionLoginId"_s, loginId);
    query.addQueryItem(u"origin"_s, u"url"_s);
    query.addQueryItem(u"partnerId"_s, partnerId);
    query.addQueryItem(u"signature"_s, signature);
    query.addQueryItem(u"timestamp"_s, QString::number(now));
    query.addQueryItem(u"ttl"_s, QString::number(now + kLifetimeMs));
    query.addQueryItem(u"type"_s, u"fix"_s);
    QUrl link = base;
    link.setPath(QLatin1StringView(kPath));
    link.setQuery(query);
    return link;
}

SandboxFixPage::Page SandboxFixPage::page(int status, const QString &title, const QString &body)
{
    const QString html =
        u"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
        "<style>body{font-family:sans-serif;max-width:40em;margin:3em auto;line-height:1.5}"
        "button{font-size:1.2em;padding:.5em 1.5em}</style></head><body><h1>%1</h1>%2</body></html>"_s.arg(
            title.toHtmlEscaped(), body);
    return {status, html.toUtf8()};
}

SandboxFixPage::Page SandboxFixPage::answer(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    const QString signature = method == "POST" ? QUrlQuery(QString::fromUtf8(body)).queryItemValue(u"signature"_s)
                                               : QUrlQuery(url).queryItemValue(u"signature"_s);
    const auto it = m_issued.find(signature);
    if (signature.isEmpty() || it == m_issued.end())
        return page(404, u"Unknown link"_s, u"<p>This link is not one the sandbox issued.</p>"_s);
    if (it->singleUse && it->used)
        return page(410, u"Link already used"_s,
                    u"<p>This link was single-use and the fix has been completed. Ask for a new link.</p>"_s);
    if (QDateTime::currentMSecsSinceEpoch() > it->expiresMs)
        return page(410, u"Link expired"_s, u"<p>This link has expired. Ask for a new link.</p>"_s);
    if (!m_data.hasLogin(it->customerId, it->loginId))
        return page(404, u"Connection not found"_s, u"<p>This connection no longer exists.</p>"_s);
    const QString bank = m_data.institutionNameOfLogin(it->customerId, it->loginId).toHtmlEscaped();
    if (method != "POST") {
        return page(200, u"Fix your connection to %1"_s.arg(bank),
                    u"<p>This is the account console's sandbox standing in for the provider's Connect page. "
                    "Here the customer would sign in to %1 again and answer its security questions.</p>"
                    "<form method=\"post\" action=\"%2\"><input type=\"hidden\" name=\"signature\" value=\"%3\">"
                    "<button type=\"submit\" autofocus>Complete the fix</button></form>"_s.arg(
                        bank, QLatin1StringView(kPath), signature));
    }
    m_data.completeFix(it->customerId, it->loginId);
    it->used = true;
    ++m_completed;
    return page(
        200, u"Connection fixed"_s,
        u"<p>The connection to %1 works again. The support agent's next reload shows it healthy.</p>"_s.arg(bank));
}
