#pragma once

#include <QString>
#include <QUrl>

// Where requests may go: https anywhere, plain http only to this machine (the sandbox). The
// partner secret, app key and tokens never cross a network unencrypted.
namespace BaseUrlRule {

bool isLoopback(const QUrl &url);
// Empty when the URL may be used, else a sentence saying why not.
QString check(const QUrl &url);

} // namespace BaseUrlRule
