#include "SecretStore.h"

#include "net/NetLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

QString keyFor(const QString &profile)
{
    return QStringLiteral("profile/") + profile;
}

// Runs a keychain job with a timeout; `finished` runs once, with the job, or with nullptr when
// the keychain did not answer in time.
void runWithTimeout(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *context,
                    std::function<void(QKeychain::Job *)> finished)
{
    auto once = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [once, finished, timer] {
        timer->deleteLater();
        if (std::exchange(*once, true))
            return;
        finished(nullptr);
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [once, finished, timer](QKeychain::Job *done) {
        timer->stop();
        timer->deleteLater();
        if (std::exchange(*once, true))
            return;
        finished(done);
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file instead of the keychain
    timer->start(timeout);
    job->start();
}

QString problemOf(QKeychain::Job *job)
{
    if (!job)
        return QObject::tr("the keychain did not answer in time");
    return job->errorString().isEmpty() ? QObject::tr("the keychain refused (error %1)").arg(int(job->error()))
                                        : job->errorString();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

void SecretStore::fallBackToMemory(const QString &reason)
{
    if (m_memoryReason.isEmpty()) {
        m_memoryReason = reason;
        qCWarning(lcSession).noquote() << "no keychain:" << reason << "- secrets are kept in memory for this run";
    }
}

void SecretStore::read(const QString &profile, QObject *context, ReadDone done)
{
    QPointer<QObject> guard(context);
    if (const auto it = m_memory.constFind(profile); it != m_memory.constEnd()) {
        QTimer::singleShot(0, this, [guard, done, secrets = *it, reason = m_memoryReason] {
            if (guard)
                done(secrets, reason);
        });
        return;
    }
    if (isUsingMemory()) {
        QTimer::singleShot(0, this, [guard, done, reason = m_memoryReason] {
            if (guard)
                done(std::nullopt, reason);
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(keyFor(profile));
    runWithTimeout(job, m_timeout, this, [this, guard, done](QKeychain::Job *finished) {
        if (!guard)
            return;
        if (finished && finished->error() == QKeychain::NoError) {
            const QJsonObject o =
                QJsonDocument::fromJson(static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData()).object();
            done(Secrets{o.value(QStringLiteral("partnerSecret")).toString(),
                         o.value(QStringLiteral("appKey")).toString()},
                 {});
            return;
        }
        if (finished && finished->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, {});
            return;
        }
        fallBackToMemory(problemOf(finished));
        done(std::nullopt, m_memoryReason);
    });
}

void SecretStore::write(const QString &profile, const Secrets &secrets, QObject *context, WriteDone done)
{
    QPointer<QObject> guard(context);
    if (isUsingMemory()) {
        m_memory.insert(profile, secrets);
        QTimer::singleShot(0, this, [guard, done, reason = m_memoryReason] {
            if (guard)
                done(false, reason);
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(keyFor(profile));
    job->setBinaryData(QJsonDocument(QJsonObject{{QStringLiteral("partnerSecret"), secrets.partnerSecret},
                                                 {QStringLiteral("appKey"), secrets.appKey}})
                           .toJson(QJsonDocument::Compact));
    runWithTimeout(job, m_timeout, this, [this, guard, done, profile, secrets](QKeychain::Job *finished) {
        if (finished && finished->error() == QKeychain::NoError) {
            m_memory.remove(profile);
            if (guard)
                done(true, {});
            return;
        }
        fallBackToMemory(problemOf(finished));
        m_memory.insert(profile, secrets);
        if (guard)
            done(false, m_memoryReason);
    });
}

void SecretStore::remove(const QString &profile, QObject *context, std::function<void()> done)
{
    m_memory.remove(profile);
    QPointer<QObject> guard(context);
    if (isUsingMemory()) {
        if (done)
            QTimer::singleShot(0, this, [guard, done] {
                if (guard)
                    done();
            });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(keyFor(profile));
    runWithTimeout(job, m_timeout, this, [guard, done](QKeychain::Job *) {
        if (guard && done)
            done();
    });
}
