#pragma once

#include "ConnectionSettings.h"
#include "core/ApiError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class CreateTokenJob;
class SignInFailures;

// Owns the connection's token and the one QNetworkAccessManager that every job uses.
//
// It authenticates on first need and renews the token after `tokenRenewAfter`. It never repeats
// a failed authentication by itself: five failures in a row lock the partner out at the
// provider, so after one failure every job fails at once until a person calls signIn().
class Session : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const std::optional<ApiError> &)>;

    Session(const ConnectionSettings &settings, const Credentials &credentials, QObject *parent = nullptr);
    ~Session() override;

    QNetworkAccessManager *network() const { return m_network; }
    // A new network access manager set up like network(), for a request that must travel on a
    // connection of its own (a refresh, a delete or a sign-in).
    QNetworkAccessManager *createNetwork(QObject *parent) const;
    const ConnectionSettings &settings() const { return m_settings; }
    const Credentials &credentials() const { return m_credentials; }

    QString token() const { return m_token; }
    bool hasFreshToken() const;
    qint64 tokenAgeSeconds() const;
    int failedAuthenticationsInARow() const;
    bool isAuthenticationBlocked() const { return m_lastFailure.has_value(); }
    // Counts failures in `failures` under `profile`, shared with every other sign-in of that
    // profile in this run (earlier sessions, "Test sign-in").
    void countFailuresIn(SignInFailures *failures, const QString &profile);

    // Calls back once a fresh token is at hand, or with the error of the authentication attempt.
    // Callers that arrive during an attempt share it. The callback is dropped if context dies.
    void withToken(QObject *context, TokenCallback callback);
    // A job's request was answered 401 with `rejectedToken`: forget it so the next withToken()
    // authenticates (unless a newer token has already replaced it).
    void discardToken(const QString &rejectedToken);

    // A person asked to sign in: lifts the block left by a failed attempt and authenticates now.
    void signIn();
    void signOut();

signals:
    void signedIn();
    void signedOut();
    void authenticationFailed(const ApiError &error, int failuresInARow);

private:
    void authenticate();
    void onAuthenticated(CreateTokenJob *job);

    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };

    ConnectionSettings m_settings;
    Credentials m_credentials;
    QNetworkAccessManager *m_network;
    QString m_token;
    QElapsedTimer m_tokenAge;
    QPointer<CreateTokenJob> m_pendingAuthentication;
    QList<Waiter> m_waiters;
    std::optional<ApiError> m_lastFailure;
    // Failed sign-ins in a row: the run's count for the profile when shared, else this session's own.
    QPointer<SignInFailures> m_failures;
    QString m_profile;
};
