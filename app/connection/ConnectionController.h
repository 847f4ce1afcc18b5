#pragma once

#include "ConnectionProfile.h"

#include <QHash>
#include <QObject>

#include <memory>

class SandboxServer;
class SecretStore;
class Session;
class SignInFailures;

// Turns a profile into a signed-out Session: the built-in Sandbox starts the in-process sandbox;
// a real profile reads its secrets from the keychain first (asynchronously). It remembers the
// failed sign-ins of each profile for the whole run, so reconnecting does not reset the count.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionController(SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionController() override;

    void connectTo(const ConnectionProfile &profile);
    Session *session() const { return m_session.get(); }
    const ConnectionProfile &profile() const { return m_profile; }
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    // Failed sign-ins per profile for the run, shared with the profile editor's "Test sign-in".
    SignInFailures *signInFailures() const { return m_failures; }

signals:
    void connected(Session *session, const ConnectionProfile &profile);
    void connectionFailed(const QString &message);
    void notice(const QString &message); // e.g. the keychain is unavailable

private:
    void finish(const ConnectionProfile &profile, const QString &secret, const QString &appKey);

    SecretStore *m_secrets;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Session> m_session;
    ConnectionProfile m_profile;
    SignInFailures *m_failures;
    int m_attempt = 0; // a newer connectTo() wins over an older one still reading the keychain
};
