#pragma once

#include "net/ConnectionSettings.h"

#include <QString>
#include <QUrl>

// One named connection: where, as which partner, and how. Its secrets (partner secret, app key)
// are not here: they live in the OS keychain (SecretStore).
struct ConnectionProfile
{
    QString name;
    QUrl baseUrl;
    QString partnerId;
    bool refreshUsesV2 = false;
    int readTimeoutSeconds = 60;
    int refreshTimeoutSeconds = 180;
    bool readOnly = false;
    bool builtInSandbox = false; // the in-process sandbox; always present, not editable

    static QString sandboxName();
    static ConnectionProfile sandbox();

    ConnectionSettings settings() const;
};
