#pragma once

#include "ConnectionProfile.h"
#include "SecretStore.h"

#include <QObject>
#include <QString>

#include <functional>

class SignInFailures;

// Saves, renames and deletes connection profiles together with their keychain entries, so that
// a profile and its secrets never drift apart: a rename moves the entry (merged with whatever
// was retyped), a delete removes both, and the run's failed sign-ins follow a renamed profile.
class ProfileKeeper : public QObject
{
    Q_OBJECT
public:
    struct Saved
    {
        bool secretsWritten = false; // false: no secret to write (none typed, none stored)
        bool inKeychain = true;      // false: kept in memory for this run (problem says why)
        QString problem;
    };
    using SaveDone = std::function<void(const Saved &)>;

    ProfileKeeper(SecretStore *secrets, SignInFailures *failures, QObject *parent = nullptr);

    // Saves `profile`, which was called `previousName` (empty for a new one). An empty typed
    // secret keeps the stored one. `done` runs once the secrets are written (or not needed).
    void save(const QString &previousName, const ConnectionProfile &profile, const QString &typedSecret,
              const QString &typedAppKey, QObject *context, SaveDone done);
    void remove(const QString &name);

private:
    SecretStore *m_secrets;
    SignInFailures *m_failures;
};
