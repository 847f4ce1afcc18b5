#pragma once

#include <QDateTime>
#include <QUrl>

// A Connect link (GenerateFixConnectUrl's ConnectUrl): the page where the customer repairs a
// connection, and when it stops working.
struct ConnectLink
{
    QUrl link;
    // From the link's `ttl` (epoch milliseconds), as the service writes it; invalid when absent.
    QDateTime expires;
};
