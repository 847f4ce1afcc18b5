#include "ConsoleStartup.h"
#include "ConsoleLanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// A delay option for the built-in sandbox; false, after saying why, for a bad value.
bool readMilliseconds(const QCommandLineParser &parser, const QCommandLineOption &option, int *target)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *target = parser.value(option).toInt(&ok);
    if (ok && *target >= 0 && *target <= 600'000)
        return true;
    std::fprintf(stderr, "account-console: --%s takes a whole number of milliseconds (0 to 600000)\n",
                 qPrintable(option.names().first()));
    return false;
}
} // namespace

ConsoleStartup parseConsoleCommandLine(const QStringList &arguments)
{
    ConsoleStartup startup;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Account Console %1: browse, refresh and delete access to customers' "
                                            "bank accounts through the Finicity account API.")
            .arg(QStringLiteral(CONSOLE_VERSION)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(u"sandbox"_s, u"Use the built-in sandbox instead of the last used connection."_s);
    const QCommandLineOption customer(
        u"customer"_s, u"Open this customer ID at start (on the sandbox: its typical customer)."_s, u"ID"_s);
    const QCommandLineOption refreshApi(u"refresh-api"_s,
                                        u"Refresh with the v1 operations (200 with accounts) or the Data Access "
                                        "Tiers v2 operations (204, then read again). Default v1."_s,
                                        u"v1|v2"_s);
    const QCommandLineOption latency(u"sandbox-latency-ms"_s,
                                     u"With the built-in sandbox: delay every answer by N ms."_s, u"N"_s);
    const QCommandLineOption refreshDelay(
        u"sandbox-refresh-delay-ms"_s,
        u"With the built-in sandbox: delay refreshes by N ms, to watch a refresh's progress."_s, u"N"_s);
    const QCommandLineOption colorScheme(
        u"color-scheme"_s,
        u"Use a light or dark palette instead of the desktop's (for desktops whose theme does not reach Qt)."_s,
        u"light|dark"_s);
    const QCommandLineOption lang(u"lang"_s,
                                  u"The console's language: en, fr (French, Canada) or es (Spanish, United "
                                  "States). Default: the language setting, else the system's."_s,
                                  u"en|fr|es"_s);
    parser.addOptions({sandbox, customer, refreshApi, latency, refreshDelay, colorScheme, lang});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "account-console: %s\n", qPrintable(parser.errorText()));
        startup.exitCode = 2;
        return startup;
    }
    if (parser.isSet(u"help"_s)) {
        // Parsed before QApplication exists (no display needed), so Qt cannot name the program.
        std::fputs(qPrintable(parser.helpText().replace(u"<executable_name>"_s, u"account-console"_s)), stdout);
        startup.exitCode = 0;
    } else if (parser.isSet(u"version"_s)) {
        std::printf("account-console %s\n", CONSOLE_VERSION);
        startup.exitCode = 0;
    }
    const QString api = parser.value(refreshApi);
    if (!api.isEmpty() && api != "v1"_L1 && api != "v2"_L1) {
        std::fprintf(stderr, "account-console: --refresh-api takes v1 or v2\n");
        startup.exitCode = 2;
        return startup;
    }
    if (!readMilliseconds(parser, latency, &startup.sandboxLatencyMs)
        || !readMilliseconds(parser, refreshDelay, &startup.sandboxRefreshDelayMs)) {
        startup.exitCode = 2;
        return startup;
    }
    if (!ColorScheme::parse(parser.value(colorScheme), &startup.colorScheme)) {
        std::fprintf(stderr, "account-console: --color-scheme takes light or dark\n");
        startup.exitCode = 2;
        return startup;
    }
    if (parser.isSet(lang)) {
        startup.language = ConsoleLanguage::normalise(parser.value(lang));
        if (startup.language.isEmpty()) {
            std::fprintf(stderr, "account-console: --lang takes en, fr or es\n");
            startup.exitCode = 2;
            return startup;
        }
    }
    startup.refreshUsesV2 = api == "v2"_L1;
    startup.useSandbox = parser.isSet(sandbox);
    // Empty: on the sandbox, its typical customer opens.
    startup.customerId = parser.value(customer);
    return startup;
}
