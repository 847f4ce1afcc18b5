#include "LogRedactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <atomic>

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QSet<QString> &secrets()
{
    static QSet<QString> s;
    return s;
}

QtMessageHandler previous = nullptr;
std::atomic<bool> installed{false};

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = LogRedactor::redact(message);
    if (previous)
        previous(type, context, clean);
    else
        qt_message_output(type, context, clean);
}

} // namespace

namespace LogRedactor {

void install()
{
    if (installed.exchange(true))
        return;
    previous = qInstallMessageHandler(handler);
}

void addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&mutex());
    secrets().insert(secret);
}

QString redact(const QString &message)
{
    static const QRegularExpression headers(QStringLiteral(R"re((Finicity-App-(?:Key|Token)\s*[:=]\s*)[^\s,;"']+)re"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonFields(
        QStringLiteral(R"re(("(?:token|partnerSecret|appKey)"\s*:\s*")[^"]*("))re"));
    QString clean = message;
    {
        QMutexLocker lock(&mutex());
        for (const QString &secret : std::as_const(secrets()))
            clean.replace(secret, QStringLiteral("[redacted]"));
    }
    // Each pattern only where its literal part is (the patterns are compiled at their first use:
    // 0.85 M instructions, paid before the window was shown when Qt warned of something).
    if (clean.contains(QLatin1String("Finicity-App-"), Qt::CaseInsensitive))
        clean.replace(headers, QStringLiteral("\\1[redacted]"));
    if (clean.contains(QLatin1String("\"token\"")) || clean.contains(QLatin1String("\"partnerSecret\""))
        || clean.contains(QLatin1String("\"appKey\"")))
        clean.replace(jsonFields, QStringLiteral("\\1[redacted]\\2"));
    return clean;
}

} // namespace LogRedactor
