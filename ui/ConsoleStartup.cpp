#include "ConsoleStartup.h"

#include "sandbox/SandboxData.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

ConsoleStartup parseConsoleCommandLine(const QStringList &arguments)
{
    ConsoleStartup startup;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Account Console: browse, refresh and delete access to customers' "
                                            "bank accounts through the Finicity account API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(u"sandbox"_s, u"Use the built-in sandbox (the default for now)."_s);
    const QCommandLineOption customer(u"customer"_s, u"Open this customer ID at start."_s, u"ID"_s);
    parser.addOptions({sandbox, customer});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "account-console: %s\n", qPrintable(parser.errorText()));
        startup.exitCode = 2;
        return startup;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        startup.exitCode = 0;
    } else if (parser.isSet(u"version"_s)) {
        std::printf("account-console %s\n", CONSOLE_VERSION);
        startup.exitCode = 0;
    }
    startup.customerId = parser.isSet(customer) ? parser.value(customer)
                                                : QString::fromLatin1(SandboxData::kTypicalCustomer);
    return startup;
}
