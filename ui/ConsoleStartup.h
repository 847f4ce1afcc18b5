#pragma once

#include "ColorScheme.h"

#include <QString>
#include <QStringList>

// What the console was asked to do on its command line.
struct ConsoleStartup
{
    bool useSandbox = false; // --sandbox; otherwise the last used profile (the Sandbox at first)
    QString customerId;      // --customer; empty: on the sandbox, its typical customer
    bool refreshUsesV2 = false;
    int sandboxLatencyMs = 0;      // --sandbox-latency-ms: the built-in sandbox delays every answer
    int sandboxRefreshDelayMs = 0; // --sandbox-refresh-delay-ms: and refreshes, to watch their progress
    ColorScheme::Scheme colorScheme = ColorScheme::Scheme::Desktop; // --color-scheme
    QString language;  // --lang: en, fr or es (fr_CA, es_US); empty: the setting or the system's
    int exitCode = -1; // >= 0: exit now (after --help, --version or a bad option)
};

ConsoleStartup parseConsoleCommandLine(const QStringList &arguments);
