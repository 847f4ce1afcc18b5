#include "ConnectionProfile.h"

#include <QCoreApplication>

QString ConnectionProfile::sandboxName()
{
    return QCoreApplication::translate("ConnectionProfile", "Sandbox");
}

ConnectionProfile ConnectionProfile::sandbox()
{
    ConnectionProfile profile;
    profile.name = sandboxName();
    profile.partnerId = QStringLiteral("sandbox-partner");
    profile.builtInSandbox = true;
    return profile;
}

ConnectionSettings ConnectionProfile::settings() const
{
    ConnectionSettings s;
    s.baseUrl = baseUrl;
    s.readTimeout = std::chrono::seconds(readTimeoutSeconds);
    s.refreshTimeout = std::chrono::seconds(refreshTimeoutSeconds);
    s.readOnly = readOnly;
    s.refreshUsesV2 = refreshUsesV2;
    return s;
}
