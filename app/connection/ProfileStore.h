#pragma once

#include "ConnectionProfile.h"

#include <QList>

// Connection profiles in QSettings (non-secret fields only), plus the built-in Sandbox, which
// always exists and is listed first.
namespace ProfileStore {

QList<ConnectionProfile> load();
std::optional<ConnectionProfile> find(const QString &name);
// Refuses the built-in Sandbox's name; replaces a profile of the same name.
bool save(const ConnectionProfile &profile);
void remove(const QString &name);
QString lastUsed(); // the Sandbox when none was used yet
void setLastUsed(const QString &name);

} // namespace ProfileStore
