#pragma once

#include <QString>

// How the sandbox behaves; every field is a command-line option of account-console-sandbox.
struct SandboxOptions
{
    quint16 port = 0; // 0: pick a free port
    QString partnerId = QStringLiteral("sandbox-partner");
    QString partnerSecret = QStringLiteral("sandbox-secret");
    QString appKey = QStringLiteral("sandbox-app-key");
    int tokenTtlSeconds = 2 * 60 * 60; // as the service: two hours
    int latencyMs = 0;                 // delays every answer
    int refreshDelayMs = 0;            // delays refreshes, without blocking other requests
    bool plainText401 = false;         // answer 401 in plain text, as production sometimes does
    quint32 seed = 1;
    bool verbose = false; // print each request to stderr
};
