#include "ConfirmationPrompter.h"
#include "ConsoleLanguage.h"
#include "ConsoleStartup.h"
#include "CustomerTab.h"
#include "FirstExpose.h"
#include "FontConfigWarmUp.h"
#include "MainWindow.h"
#include "StartupTrace.h"
#include "SvgIconEngine.h"
#include "UnshapedText.h"
#include "audit/AuditLog.h"
#include "connection/ConnectionController.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "core/HeapTrimming.h"
#include "core/LogRedactor.h"
#include "core/ProcessHardening.h"
#include "net/Session.h"
#include "sandbox/InProcessSandbox.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStatusBar>
#include <memory>

namespace {

void nameApplication()
{
    QApplication::setApplicationName(QStringLiteral("account-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Account Console"));
    QApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("account-console"));
    QApplication::setDesktopFileName(QStringLiteral("org.accountconsole.AccountConsole"));
}

void listProfiles(MainWindow &window, const QString &current)
{
    QStringList names;
    for (const ConnectionProfile &p : ProfileStore::load())
        names.append(p.name);
    window.setProfiles(names, current);
}

void showConnectionFailure(MainWindow &window, const QString &message)
{
    window.statusBar()->showMessage(message);
    auto *box =
        new QMessageBox(QMessageBox::Warning, QObject::tr("Account Console"), message, QMessageBox::Close, &window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// What each connection, failure and notice of the connection layer shows in the window.
void wire(ConnectionController &connections, MainWindow &window, AuditLog &audit, SecretStore &secrets,
          const ConsoleStartup &startup)
{
    auto openAtStart = std::make_shared<bool>(true); // once, on the sandbox
    QObject::connect(
        &connections, &ConnectionController::connected, &window,
        [&, openAtStart](Session *session, const ConnectionProfile &profile) {
            window.setConnection(session, {profile.name, &audit, &secrets, connections.signInFailures()});
            ProfileStore::setLastUsed(profile.name);
            listProfiles(window, profile.name);
            // Reading a customer on start is fine; nothing refreshes or deletes without a
            // confirmed click. The customer asked for, else the sandbox's typical one.
            if (profile.builtInSandbox && std::exchange(*openAtStart, false)) {
                CustomerTab *tab = window.openCustomer(
                    startup.customerId.isEmpty() ? connections.sandbox()->typicalCustomerId : startup.customerId);
                if (tab && StartupTrace::enabled())
                    QObject::connect(tab, &CustomerTab::loaded, tab, [] { StartupTrace::mark("accounts answered"); });
            }
        });
    QObject::connect(&connections, &ConnectionController::connectionFailed, &window,
                     [&window](const QString &message) { showConnectionFailure(window, message); });
    QObject::connect(&connections, &ConnectionController::notice, &window,
                     [&window](const QString &message) { window.statusBar()->showMessage(message); });
    QObject::connect(&window, &MainWindow::connectionRequested, &connections, [&connections](const QString &name) {
        if (const auto profile = ProfileStore::find(name))
            connections.connectTo(*profile);
    });
    QObject::connect(&window, &MainWindow::profilesEdited, &window,
                     [&] { listProfiles(window, connections.profile().name); });
}

} // namespace

int main(int argc, char **argv)
{
    HeapTrimming::enable(); // before the first allocation worth giving back
    // Before anything could hold a secret: no core dumps, no ptrace, private files.
    const QString hardening = ProcessHardening::apply();
    nameApplication();
    // --help and --version answer before any display is needed.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const ConsoleStartup startup = parseConsoleCommandLine(arguments);
    if (startup.exitCode >= 0)
        return startup.exitCode;

    LogRedactor::install();
    FontConfigWarmUp::start(); // while QApplication connects to the display
    QApplication app(argc, argv);
    if (!hardening.isEmpty())
        qWarning("account-console: %s", qPrintable(hardening));
    ProcessHardening::makePrivate(QSettings().fileName());
    ColorScheme::apply(startup.colorScheme);
    UnshapedText::applyToApplication();
    ConsoleLanguage::install(ConsoleLanguage::choose(startup.language));
    QNetworkProxyFactory::setUseSystemConfiguration(true); // the system's proxy settings apply

    DialogPrompter prompter;
    AuditLog audit(AuditLog::defaultPath());
    SecretStore secrets;
    SandboxOptions sandboxOptions;
    sandboxOptions.latencyMs = startup.sandboxLatencyMs;
    sandboxOptions.refreshDelayMs = startup.sandboxRefreshDelayMs;
    ConnectionController connections(&secrets, inProcessSandbox(sandboxOptions));
    ConnectionProfile first =
        startup.useSandbox ? ConnectionProfile::sandbox() : ProfileStore::find(ProfileStore::lastUsed()).value();
    first.refreshUsesV2 = first.refreshUsesV2 || startup.refreshUsesV2;

    FontConfigWarmUp::finish(); // the window's first text needs it
    MainWindow window(nullptr, &prompter, {QObject::tr("connecting…"), &audit, &secrets, connections.signInFailures()});
    window.show();
    wire(connections, window, audit, secrets, startup);

    listProfiles(window, first.name);
    // The window first. The built-in sandbox (Qt's TLS backend, which its HTTP server loads, and
    // its seed data: as much work again as the window's own start) starts on its thread once the
    // window is exposed, while Qt paints it; started earlier, it slowed the window's mapping by
    // 4 ms (bench_startup). Connecting opens the first customer and reads the keychain: once the
    // window is painted. So is the window's icon: X11 wants it drawn at every size the icon has
    // (_NET_WM_ICON), 2.7 M of the 33.6 M instructions the GUI thread ran before the window was
    // mapped (callgrind); the desktop file names it for the window manager meanwhile.
    onFirstExpose(
        &window,
        [&connections, first] {
            if (first.builtInSandbox)
                connections.startSandbox();
        },
        [&connections, first] {
            connections.connectTo(first);
            QApplication::setWindowIcon(QIcon(new SvgIconEngine(QStringLiteral(":/icons/account-console.svg"))));
        });
    // Watched last, so that it is told first (Qt calls the last event filter installed first):
    // the mark is the moment of the expose, before what the expose starts.
    StartupTrace::watchFirstExpose(&window);
    return app.exec();
}
