#pragma once

#include "net/ApiJob.h"
#include "net/Session.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// An in-process sandbox on a loopback port and a session pointed at it: the network tests talk
// to a real HTTP server, and read its request log to prove what was and was not sent.
struct SandboxFixture
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<Session> session;

    explicit SandboxFixture(const SandboxOptions &options = {}, ConnectionSettings settings = {})
        : server(std::make_unique<SandboxServer>(options))
    {
        if (server->start() == 0)
            qFatal("sandbox could not listen");
        settings.baseUrl = server->baseUrl();
        const SandboxOptions &o = server->options();
        session = std::make_unique<Session>(settings, Credentials{o.partnerId, o.partnerSecret, o.appKey});
    }

    SandboxRequestLog &log() { return server->requestLog(); }
};

// Starts the job and waits for it to finish; false if it never did.
template <typename Job> bool runJob(Job &job, int timeoutMs = 20000)
{
    QSignalSpy spy(&job, &ApiJob::finished);
    job.start();
    return spy.wait(timeoutMs) && spy.count() == 1;
}
