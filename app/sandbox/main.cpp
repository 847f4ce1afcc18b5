#include "SandboxCommandLine.h"
#include "SandboxServer.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("account-console-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    int exitCode = 0;
    const auto options = parseSandboxCommandLine(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    SandboxServer server(*options);
    if (server.start() == 0) {
        std::fprintf(stderr, "account-console-sandbox: cannot listen on 127.0.0.1:%u\n", unsigned(options->port));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
