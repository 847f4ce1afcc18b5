#include "StartupTrace.h"

#include "FirstExpose.h"

#include <QtGlobal>

#include <cstdio>

namespace StartupTrace {

bool enabled()
{
    static const bool on = qEnvironmentVariableIntValue("CONSOLE_STARTUP_TRACE") == 1;
    return on;
}

void mark(const char *moment)
{
    if (enabled()) {
        std::fprintf(stderr, "startup: %s\n", moment);
        std::fflush(stderr);
    }
}

void watchFirstExpose(QWidget *window)
{
    if (enabled())
        // No early mark when the platform is slow to expose: the fallback is far beyond any start.
        onFirstExpose(
            window, [] { mark("window mapped"); }, {}, std::chrono::minutes(1));
}

} // namespace StartupTrace
