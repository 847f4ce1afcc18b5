#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

// A connection's partner secret and app key, in the OS keychain through QtKeychain.
//
// Every call is asynchronous, with a timeout, so the window never waits on the keychain. When no
// keychain is available (no D-Bus, locked, refused, no answer), the secrets are kept in memory
// for this run only and the caller is told why; nothing is ever written to disk instead.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Secrets
    {
        QString partnerSecret;
        QString appKey;
    };
    // secrets: nullopt when none are stored. problem: why the keychain could not be used, if so.
    using ReadDone = std::function<void(const std::optional<Secrets> &secrets, const QString &problem)>;
    // inKeychain: false when kept in memory only; problem says why.
    using WriteDone = std::function<void(bool inKeychain, const QString &problem)>;

    explicit SecretStore(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void read(const QString &profile, QObject *context, ReadDone done);
    void write(const QString &profile, const Secrets &secrets, QObject *context, WriteDone done);
    void remove(const QString &profile, QObject *context, std::function<void()> done = {});

    bool isUsingMemory() const { return !m_memoryReason.isEmpty(); }

    static QString serviceName() { return QStringLiteral("account-console"); }

private:
    void fallBackToMemory(const QString &reason);

    std::chrono::milliseconds m_timeout{10'000};
    QHash<QString, Secrets> m_memory; // this run only
    QString m_memoryReason;
};
