#include "BaseUrlRule.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace BaseUrlRule {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString check(const QUrl &url)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("BaseUrlRule", text);
    };
    if (!url.isValid() || url.host().isEmpty())
        return tr("The base URL is not a valid address.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopback(url))
            return {};
        return tr("The base URL must use https: plain http would send the partner secret, the app key and "
                  "tokens unencrypted. Only this machine (127.0.0.1, localhost) may use http.");
    }
    return tr("The base URL must start with https://.");
}

} // namespace BaseUrlRule
