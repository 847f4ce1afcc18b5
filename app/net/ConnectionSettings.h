#pragma once

#include "decode/Decoded.h"

#include <QString>
#include <QUrl>

#include <chrono>

// The non-secret settings of one connection to the service.
struct ConnectionSettings
{
    QUrl baseUrl;
    std::chrono::milliseconds readTimeout{60'000};
    std::chrono::milliseconds refreshTimeout{180'000}; // the provider recommends 180 s
    qint64 maxBodyBytes = kDefaultMaxBodyBytes;
    // The provider's tokens live two hours; renew well before.
    std::chrono::seconds tokenRenewAfter{90 * 60};
    bool readOnly = false;
    // Refresh with the Data Access Tiers v2 operations (204, then read again) instead of v1
    // (200 with the refreshed accounts).
    bool refreshUsesV2 = false;
};

// The secrets of one connection. Held in memory only; see README "Secrets".
struct Credentials
{
    QString partnerId;
    QString partnerSecret;
    QString appKey;
};
