#include "ConfirmationPrompter.h"
#include "ConsoleStartup.h"
#include "MainWindow.h"
#include "audit/AuditLog.h"
#include "core/EnglishPlurals.h"
#include "net/Session.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char **argv)
{
    QApplication::setApplicationName(QStringLiteral("account-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Account Console"));
    QApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("account-console"));
    QApplication::setDesktopFileName(QStringLiteral("org.accountconsole.AccountConsole"));
    // --help and --version answer before any display is needed.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const ConsoleStartup startup = parseConsoleCommandLine(arguments);
    if (startup.exitCode >= 0)
        return startup.exitCode;

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/account-console.svg")));
    EnglishPlurals plurals;
    QApplication::installTranslator(&plurals);

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
    settings.refreshUsesV2 = startup.refreshUsesV2;
    Session session(settings, {options.partnerId, options.partnerSecret, options.appKey});

    DialogPrompter prompter;
    AuditLog audit(AuditLog::defaultPath());
    MainWindow window(&session, &prompter,
                      {QObject::tr("Sandbox (built in)"), settings.refreshUsesV2, false, &audit});
    window.resize(1280, 800);
    window.show();
    // Reading a customer on start is fine; nothing refreshes or deletes without a confirmed click.
    if (!startup.customerId.isEmpty())
        window.openCustomer(startup.customerId);
    return app.exec();
}
