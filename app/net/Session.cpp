#include "Session.h"

#include "NetLog.h"
#include "SignInFailures.h"
#include "core/LogRedactor.h"
#include "jobs/CreateTokenJob.h"

#include <QNetworkAccessManager>

Session::Session(const ConnectionSettings &settings, const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_network(createNetwork(this))
    , m_failures(new SignInFailures(this))
{
    LogRedactor::addSecret(credentials.partnerSecret);
    LogRedactor::addSecret(credentials.appKey);
}

Session::~Session() = default;

QNetworkAccessManager *Session::createNetwork(QObject *parent) const
{
    auto *network = new QNetworkAccessManager(parent);
    // Redirects are never followed: a redirected request would carry the app key and token to
    // wherever the redirect points.
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return network;
}

int Session::failedAuthenticationsInARow() const
{
    return m_failures ? m_failures->inARow(m_profile) : 0;
}

void Session::countFailuresIn(SignInFailures *failures, const QString &profile)
{
    m_failures = failures;
    m_profile = profile;
}

bool Session::hasFreshToken() const
{
    return !m_token.isEmpty() && m_tokenAge.isValid()
           && m_tokenAge.elapsed() < std::chrono::milliseconds(m_settings.tokenRenewAfter).count();
}

qint64 Session::tokenAgeSeconds() const
{
    return m_token.isEmpty() ? -1 : m_tokenAge.elapsed() / 1000;
}

void Session::withToken(QObject *context, TokenCallback callback)
{
    if (hasFreshToken()) {
        callback(std::nullopt);
        return;
    }
    if (m_lastFailure) {
        ApiError blocked = *m_lastFailure;
        blocked.detail = tr("sign-in failed earlier; it is not repeated automatically");
        callback(blocked);
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_pendingAuthentication)
        authenticate();
}

void Session::discardToken(const QString &rejectedToken)
{
    if (m_token == rejectedToken)
        m_token.clear();
}

void Session::signIn()
{
    m_lastFailure.reset();
    m_token.clear();
    if (!m_pendingAuthentication)
        authenticate();
}

void Session::signOut()
{
    m_token.clear();
    m_tokenAge.invalidate();
    emit signedOut();
}

void Session::authenticate()
{
    qCInfo(lcSession) << "authenticating";
    auto *job = new CreateTokenJob(this, this);
    m_pendingAuthentication = job;
    connect(job, &ApiJob::finished, this, [this, job] { onAuthenticated(job); });
    job->start();
}

void Session::onAuthenticated(CreateTokenJob *job)
{
    job->deleteLater();
    m_pendingAuthentication = nullptr;
    std::optional<ApiError> error = job->error();
    if (error) {
        if (m_failures)
            m_failures->recordFailure(m_profile);
        m_lastFailure = error;
        const int inARow = failedAuthenticationsInARow();
        qCWarning(lcSession) << "authentication failed" << inARow << "in a row:" << error->logText();
        emit authenticationFailed(*error, inARow);
    } else {
        if (m_failures)
            m_failures->recordSuccess(m_profile);
        m_token = job->token();
        LogRedactor::addSecret(m_token);
        m_tokenAge.start();
        qCInfo(lcSession) << "signed in";
        emit signedIn();
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(error);
    }
}
