#include "ConnectLinkDecoder.h"

#include "JsonReader.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ConnectLinkDecoder {

Decoded<ConnectLink> decode(const QByteArray &body, qint64 maxBytes)
{
    return decodeRoot<ConnectLink>(body, maxBytes, [](const QJsonObject &root, ConnectLink &link, auto &failure) {
        JsonReader reader(root, {}, failure);
        const QString text = reader.requiredString("link"_L1);
        if (!reader.ok())
            return;
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) || url.host().isEmpty()) {
            reader.fail(reader.pathOf("link"_L1), u"expected an http(s) link"_s);
            return;
        }
        link.link = url;
        // ttl is the expiry in epoch milliseconds; a link without one (or with nonsense) still works.
        bool ok = false;
        const qint64 ttl = QUrlQuery(url).queryItemValue(u"ttl"_s).toLongLong(&ok);
        if (ok && ttl > 0 && ttl < 32503680000000) // before the year 3000
            link.expires = QDateTime::fromMSecsSinceEpoch(ttl, Qt::UTC);
    });
}

} // namespace ConnectLinkDecoder
