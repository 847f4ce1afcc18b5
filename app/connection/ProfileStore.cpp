#include "ProfileStore.h"

#include <QSettings>

namespace {

const QString kGroup = QStringLiteral("profiles");

QList<ConnectionProfile> stored()
{
    QSettings settings;
    QList<ConnectionProfile> profiles;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
        p.partnerId = settings.value(QStringLiteral("partnerId")).toString();
        p.refreshUsesV2 = settings.value(QStringLiteral("refreshUsesV2"), false).toBool();
        p.readTimeoutSeconds = qBound(5, settings.value(QStringLiteral("readTimeoutSeconds"), 60).toInt(), 600);
        p.refreshTimeoutSeconds = qBound(5, settings.value(QStringLiteral("refreshTimeoutSeconds"), 180).toInt(), 1800);
        p.readOnly = settings.value(QStringLiteral("readOnly"), false).toBool();
        if (!p.name.isEmpty() && p.name != ConnectionProfile::sandboxName())
            profiles.append(p);
    }
    settings.endArray();
    return profiles;
}

void store(const QList<ConnectionProfile> &profiles)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        settings.setValue(QStringLiteral("partnerId"), p.partnerId);
        settings.setValue(QStringLiteral("refreshUsesV2"), p.refreshUsesV2);
        settings.setValue(QStringLiteral("readTimeoutSeconds"), p.readTimeoutSeconds);
        settings.setValue(QStringLiteral("refreshTimeoutSeconds"), p.refreshTimeoutSeconds);
        settings.setValue(QStringLiteral("readOnly"), p.readOnly);
    }
    settings.endArray();
}

} // namespace

namespace ProfileStore {

QList<ConnectionProfile> load()
{
    return QList<ConnectionProfile>{ConnectionProfile::sandbox()} + stored();
}

std::optional<ConnectionProfile> find(const QString &name)
{
    for (const ConnectionProfile &p : load()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

bool save(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty() || profile.name == ConnectionProfile::sandboxName())
        return false;
    QList<ConnectionProfile> profiles = stored();
    bool replaced = false;
    for (ConnectionProfile &p : profiles) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        profiles.append(profile);
    store(profiles);
    return true;
}

void remove(const QString &name)
{
    QList<ConnectionProfile> profiles = stored();
    profiles.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    store(profiles);
    if (lastUsed() == name)
        setLastUsed(ConnectionProfile::sandboxName());
}

QString lastUsed()
{
    const QString name = QSettings().value(QStringLiteral("connection/lastUsed")).toString();
    return find(name) ? name : ConnectionProfile::sandboxName();
}

void setLastUsed(const QString &name)
{
    // Only a change: QSettings rewrites and syncs the whole file for any setValue, even of the
    // value it holds, and this runs on the GUI thread at every start (0.5 to 2 ms here).
    QSettings settings;
    if (settings.value(QStringLiteral("connection/lastUsed")).toString() != name)
        settings.setValue(QStringLiteral("connection/lastUsed"), name);
}

} // namespace ProfileStore
