#include "AccountsWindow.h"
#include "ConsoleStartup.h"
#include "net/Session.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("account-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Account Console"));
    QApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("account-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/account-console.svg")));

    const ConsoleStartup startup = parseConsoleCommandLine(QApplication::arguments());
    if (startup.exitCode >= 0)
        return startup.exitCode;

    // The built-in sandbox runs in-process on a loopback port, with its default credentials.
    SandboxServer sandbox;
    if (sandbox.start() == 0) {
        QMessageBox::critical(nullptr, QObject::tr("Account Console"),
                              QObject::tr("The built-in sandbox could not listen on 127.0.0.1."));
        return 1;
    }
    const SandboxOptions &options = sandbox.options();
    ConnectionSettings settings;
    settings.baseUrl = sandbox.baseUrl();
    Session session(settings, {options.partnerId, options.partnerSecret, options.appKey});

    AccountsWindow window(&session, QObject::tr("Sandbox"), startup.customerId);
    window.show();
    // Reading accounts on start is fine; nothing refreshes or deletes without a person's click.
    QTimer::singleShot(0, &window, &AccountsWindow::load);
    return app.exec();
}
