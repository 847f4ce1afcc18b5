#include "SandboxThread.h"

#include "SandboxServer.h"

SandboxThread::SandboxThread(const SandboxOptions &options, QObject *parent)
    : QThread(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("sandbox"));
}

SandboxThread::~SandboxThread()
{
    quit(); // also before exec(): it then returns at once
    wait();
}

void SandboxThread::run()
{
    SandboxServer server(m_options);
    if (server.start() == 0) {
        emit listening({});
        return;
    }
    emit listening(server.baseUrl());
    exec();
}
