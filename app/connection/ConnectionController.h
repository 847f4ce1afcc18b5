#pragma once

#include "ConnectionProfile.h"
#include "LocalService.h"

#include <QHash>
#include <QObject>

#include <memory>

class SecretStore;
class Session;
class SignInFailures;

// Turns a profile into a signed-out Session: the built-in Sandbox starts the local service;
// a real profile reads its secrets from the keychain first (asynchronously). It remembers the
// failed sign-ins of each profile for the whole run, so reconnecting does not reset the count.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    // startSandbox starts the built-in sandbox when its profile is chosen; without one, that
    // profile cannot connect.
    explicit ConnectionController(SecretStore *secrets, LocalServiceFactory startSandbox = {},
                                  QObject *parent = nullptr);
    ~ConnectionController() override;

    void connectTo(const ConnectionProfile &profile);
    // Starts the built-in sandbox ahead of connecting to it (at start-up, while the window is
    // built); connectTo() starts it otherwise.
    void startSandbox();
    Session *session() const { return m_session.get(); }
    const ConnectionProfile &profile() const { return m_profile; }
    // The built-in sandbox, once started.
    const std::optional<LocalService> &sandbox() const { return m_sandbox; }
    // Failed sign-ins per profile for the run, shared with the profile editor's "Test sign-in".
    SignInFailures *signInFailures() const { return m_failures; }

signals:
    void connected(Session *session, const ConnectionProfile &profile);
    void connectionFailed(const QString &message);
    void notice(const QString &message); // e.g. the keychain is unavailable

private:
    void finish(const ConnectionProfile &profile, const QString &secret, const QString &appKey);
    void sandboxReady(const std::optional<LocalService> &sandbox);
    void failSandbox();

    SecretStore *m_secrets;
    LocalServiceFactory m_startSandbox;
    std::optional<LocalService> m_sandbox;
    bool m_sandboxStarting = false;
    std::optional<std::pair<int, ConnectionProfile>> m_waitingForSandbox; // attempt, profile
    std::unique_ptr<Session> m_session;
    ConnectionProfile m_profile;
    SignInFailures *m_failures;
    int m_attempt = 0; // a newer connectTo() wins over an older one still reading the keychain
};
