#include "ProfileKeeper.h"

#include "ProfileStore.h"
#include "net/SignInFailures.h"

#include <QPointer>

ProfileKeeper::ProfileKeeper(SecretStore *secrets, SignInFailures *failures, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_failures(failures)
{}

void ProfileKeeper::save(const QString &previousName, const ConnectionProfile &profile, const QString &typedSecret,
                         const QString &typedAppKey, QObject *context, SaveDone done)
{
    const bool renamed = !previousName.isEmpty() && previousName != profile.name;
    if (renamed) {
        ProfileStore::remove(previousName);
        m_failures->rename(previousName, profile.name);
    }
    ProfileStore::save(profile);
    if (typedSecret.isEmpty() && typedAppKey.isEmpty() && !renamed) {
        done({});
        return;
    }
    // Both secrets are one keychain entry: a field left empty keeps its stored value, under the
    // profile's new name when it was renamed.
    const QString oldName = renamed ? previousName : QString();
    QPointer<QObject> caller(context);
    m_secrets->read(renamed ? previousName : profile.name, this,
                    [this, profile, oldName, typedSecret, typedAppKey, caller,
                     done](const std::optional<SecretStore::Secrets> &stored, const QString &) {
                        SecretStore::Secrets secrets = stored.value_or(SecretStore::Secrets{});
                        if (!typedSecret.isEmpty())
                            secrets.partnerSecret = typedSecret;
                        if (!typedAppKey.isEmpty())
                            secrets.appKey = typedAppKey;
                        if (!stored && typedSecret.isEmpty() && typedAppKey.isEmpty()) {
                            if (caller)
                                done({});
                            return;
                        }
                        m_secrets->write(profile.name, secrets, this,
                                         [this, oldName, caller, done](bool inKeychain, const QString &problem) {
                                             if (!oldName.isEmpty())
                                                 m_secrets->remove(oldName, this); // moved: no orphaned entry
                                             if (caller)
                                                 done({true, inKeychain, problem});
                                         });
                    });
}

void ProfileKeeper::remove(const QString &name)
{
    ProfileStore::remove(name);
    m_secrets->remove(name, this);
}
