#pragma once

#include "Decoded.h"
#include "core/ConnectLink.h"

#include <QByteArray>

namespace ConnectLinkDecoder {

// {"link": "https://..."}: the Connect URL operations. The link must be an absolute http(s) URL
// (it is handed to the customer); its expiry is read from its `ttl` query parameter.
Decoded<ConnectLink> decode(const QByteArray &body, qint64 maxBytes = kDefaultMaxBodyBytes);

} // namespace ConnectLinkDecoder
