#include "SandboxCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min, qint64 max, qint64 *out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        std::fprintf(stderr, "account-console-sandbox: --%s must be a whole number from %lld to %lld\n",
                     qPrintable(option.names().constFirst()), min, max);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

namespace {
// A bad command line, --help or --version: the exit code after saying so.
std::optional<int> exitEarly(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "account-console-sandbox: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("account-console-sandbox %s\n", CONSOLE_VERSION);
        return 0;
    }
    return std::nullopt;
}
} // namespace

std::optional<SandboxOptions> parseSandboxCommandLine(const QStringList &arguments, int *exitCode)
{
    SandboxOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "sandbox", "account-console-sandbox %1: a local stand-in for the Finicity account API, for Account "
                       "Console and its tests.\nListens on 127.0.0.1 only and prints \"listening on "
                       "http://127.0.0.1:PORT\" first.")
            .arg(QStringLiteral(CONSOLE_VERSION)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on; 0 picks a free one (default 0)."_s, u"N"_s);
    const QCommandLineOption partner(u"partner-id"_s, u"Partner ID to accept (default sandbox-partner)."_s, u"ID"_s);
    const QCommandLineOption secret(u"partner-secret"_s, u"Partner secret to accept (default sandbox-secret)."_s,
                                    u"SECRET"_s);
    const QCommandLineOption appKey(u"app-key"_s, u"App key to accept (default sandbox-app-key)."_s, u"KEY"_s);
    const QCommandLineOption ttl(u"token-ttl"_s, u"Seconds a token lives (default 7200)."_s, u"SECONDS"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay every answer by N milliseconds."_s, u"N"_s);
    const QCommandLineOption refreshDelay(u"refresh-delay-ms"_s,
                                          u"Delay refresh answers by N milliseconds, without blocking "
                                          "other requests."_s,
                                          u"N"_s);
    const QCommandLineOption plain(u"plain-text-401"_s, u"Answer 401 in plain text, as production sometimes does."_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated data (default 1)."_s, u"N"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"Print every request (method, path, status) to stderr."_s);
    parser.addOptions({port, partner, secret, appKey, ttl, latency, refreshDelay, plain, seed, verbose});

    if (const auto stop = exitEarly(parser, arguments)) {
        *exitCode = *stop;
        return std::nullopt;
    }
    qint64 portValue = 0, ttlValue = options.tokenTtlSeconds, latencyValue = 0, refreshValue = 0, seedValue = 1;
    if (!readNumber(parser, port, 0, 65535, &portValue) || !readNumber(parser, ttl, 1, 86400 * 7, &ttlValue)
        || !readNumber(parser, latency, 0, 600000, &latencyValue)
        || !readNumber(parser, refreshDelay, 0, 600000, &refreshValue)
        || !readNumber(parser, seed, 0, 4294967295ll, &seedValue)) {
        *exitCode = 2;
        return std::nullopt;
    }
    options.port = quint16(portValue);
    options.tokenTtlSeconds = int(ttlValue);
    options.latencyMs = int(latencyValue);
    options.refreshDelayMs = int(refreshValue);
    options.seed = quint32(seedValue);
    options.plainText401 = parser.isSet(plain);
    options.verbose = parser.isSet(verbose);
    if (parser.isSet(partner))
        options.partnerId = parser.value(partner);
    if (parser.isSet(secret))
        options.partnerSecret = parser.value(secret);
    if (parser.isSet(appKey))
        options.appKey = parser.value(appKey);
    *exitCode = 0;
    return options;
}
