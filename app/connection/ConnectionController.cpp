#include "ConnectionController.h"

#include "BaseUrlRule.h"
#include "SecretStore.h"
#include "net/Session.h"
#include "net/SignInFailures.h"

ConnectionController::ConnectionController(SecretStore *secrets, LocalServiceFactory startSandbox, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_startSandbox(std::move(startSandbox))
    , m_failures(new SignInFailures(this))
{}

ConnectionController::~ConnectionController() = default;

void ConnectionController::connectTo(const ConnectionProfile &profile)
{
    const int attempt = ++m_attempt;
    if (profile.builtInSandbox) {
        if (!m_startSandbox) {
            failSandbox();
            return;
        }
        m_waitingForSandbox = std::pair(attempt, profile);
        if (m_sandbox)
            sandboxReady(m_sandbox);
        else
            startSandbox(); // or already starting: its answer connects
        return;
    }
    m_waitingForSandbox.reset();
    if (const QString problem = BaseUrlRule::check(profile.baseUrl); !problem.isEmpty()) {
        emit connectionFailed(tr("%1 cannot be used: %2").arg(profile.name, problem));
        return;
    }
    m_secrets->read(
        profile.name, this,
        [this, attempt, profile](const std::optional<SecretStore::Secrets> &secrets, const QString &problem) {
            if (attempt != m_attempt)
                return;
            if (!problem.isEmpty())
                emit notice(tr("No keychain is available (%1): secrets are kept in memory for this "
                               "run only.")
                                .arg(problem));
            if (!secrets || secrets->partnerSecret.isEmpty() || secrets->appKey.isEmpty()) {
                emit connectionFailed(tr("No partner secret or app key is stored for %1. Enter them "
                                         "in File → Connections.")
                                          .arg(profile.name));
                return;
            }
            finish(profile, secrets->partnerSecret, secrets->appKey);
        });
}

void ConnectionController::startSandbox()
{
    if (m_sandbox || m_sandboxStarting || !m_startSandbox)
        return;
    m_sandboxStarting = true;
    m_startSandbox(this, [this](const std::optional<LocalService> &sandbox) {
        m_sandboxStarting = false;
        m_sandbox = sandbox; // not listening: the next connectTo() tries again
        sandboxReady(sandbox);
    });
}

void ConnectionController::sandboxReady(const std::optional<LocalService> &sandbox)
{
    // Only the latest connectTo(), and only if it chose the sandbox, connects now.
    const auto waiting = std::exchange(m_waitingForSandbox, std::nullopt);
    if (!waiting || waiting->first != m_attempt)
        return;
    if (!sandbox) {
        failSandbox();
        return;
    }
    ConnectionProfile profile = waiting->second;
    profile.baseUrl = sandbox->baseUrl;
    finish(profile, sandbox->partnerSecret, sandbox->appKey);
}

void ConnectionController::failSandbox()
{
    emit connectionFailed(tr("The built-in sandbox could not listen on 127.0.0.1."));
}

void ConnectionController::finish(const ConnectionProfile &profile, const QString &secret, const QString &appKey)
{
    m_profile = profile;
    m_session = std::make_unique<Session>(profile.settings(), Credentials{profile.partnerId, secret, appKey});
    m_session->countFailuresIn(m_failures, profile.name);
    emit connected(m_session.get(), m_profile);
}
