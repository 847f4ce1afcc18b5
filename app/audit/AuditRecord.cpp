#include "AuditRecord.h"

#include "net/ApiJob.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject AuditRecord::toJson() const
{
    QJsonObject o{{u"kind"_s, kind == Kind::Intent ? u"intent"_s : u"outcome"_s},
                  {u"id"_s, id},
                  {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)}};
    if (kind == Kind::Intent) {
        o.insert(u"user"_s, osUser);
        o.insert(u"profile"_s, profile);
        o.insert(u"operation"_s, operation);
        o.insert(u"customerId"_s, customerId);
        if (!loginId.isEmpty())
            o.insert(u"institutionLoginId"_s, loginId);
        o.insert(u"accountIds"_s, QJsonArray::fromStringList(accountIds));
        o.insert(u"confirmation"_s, confirmation);
    } else {
        o.insert(u"result"_s, result);
        o.insert(u"httpStatus"_s, httpStatus);
        if (!apiCode.isEmpty())
            o.insert(u"apiCode"_s, apiCode);
        o.insert(u"durationMs"_s, durationMs);
        if (!message.isEmpty())
            o.insert(u"message"_s, message);
    }
    return o;
}

std::optional<AuditRecord> AuditRecord::fromJson(const QJsonObject &o)
{
    AuditRecord r;
    const QString kind = o.value("kind"_L1).toString();
    if (kind == "intent"_L1)
        r.kind = Kind::Intent;
    else if (kind == "outcome"_L1)
        r.kind = Kind::Outcome;
    else
        return std::nullopt;
    r.id = o.value("id"_L1).toString();
    r.time = QDateTime::fromString(o.value("time"_L1).toString(), Qt::ISODateWithMs);
    if (r.id.isEmpty() || !r.time.isValid())
        return std::nullopt;
    r.osUser = o.value("user"_L1).toString();
    r.profile = o.value("profile"_L1).toString();
    r.operation = o.value("operation"_L1).toString();
    r.customerId = o.value("customerId"_L1).toString();
    r.loginId = o.value("institutionLoginId"_L1).toString();
    for (const QJsonValue &id : o.value("accountIds"_L1).toArray())
        r.accountIds.append(id.toString());
    r.confirmation = o.value("confirmation"_L1).toString();
    r.result = o.value("result"_L1).toString();
    r.httpStatus = o.value("httpStatus"_L1).toInt();
    r.apiCode = o.value("apiCode"_L1).toString();
    r.durationMs = o.value("durationMs"_L1).toInteger();
    r.message = o.value("message"_L1).toString();
    return r;
}

namespace {
// The words in the file: stable, never translated.
constexpr std::pair<AuditRecord::Outcome, QLatin1StringView> kResults[] = {
    {AuditRecord::Outcome::NotSent, QLatin1StringView("not sent")},
    {AuditRecord::Outcome::Succeeded, QLatin1StringView("succeeded")},
    {AuditRecord::Outcome::Failed, QLatin1StringView("failed")},
    {AuditRecord::Outcome::TimedOut, QLatin1StringView("timed out")},
    {AuditRecord::Outcome::StoppedWaiting, QLatin1StringView("stopped waiting")},
    {AuditRecord::Outcome::Unknown, QLatin1StringView("outcome unknown")},
};
} // namespace

QString AuditRecord::resultText(Outcome outcome)
{
    for (const auto &[known, text] : kResults) {
        if (known == outcome)
            return text;
    }
    return {};
}

std::optional<AuditRecord::Outcome> AuditRecord::outcomeFromText(const QString &result)
{
    for (const auto &[outcome, text] : kResults) {
        if (text == result)
            return outcome;
    }
    return std::nullopt;
}

AuditRecord::Outcome AuditRecord::outcomeOf(const ApiJob &job)
{
    if (!job.error())
        return Outcome::Succeeded;
    const ApiError &error = *job.error();
    if (error.kind == ApiError::Kind::Aborted)
        return Outcome::StoppedWaiting;
    if (error.outcomeUnknown) // sent, but no complete answer came back
        return Outcome::Unknown;
    return error.kind == ApiError::Kind::Timeout ? Outcome::TimedOut : Outcome::Failed;
}

AuditRecord::Outcome AuditEntry::outcomeKind() const
{
    if (!outcome)
        return AuditRecord::Outcome::Unknown;
    return AuditRecord::outcomeFromText(outcome->result).value_or(AuditRecord::Outcome::Failed);
}

QString AuditEntry::outcomeText() const
{
    if (!outcome)
        return QCoreApplication::translate("AuditEntry", "outcome unknown");
    if (outcomeKind() != AuditRecord::Outcome::Failed || outcome->httpStatus == 0) {
        // The file's words (English, the file format), in the agent's language.
        static const char *const words[] = {
            QT_TRANSLATE_NOOP("AuditEntry", "not sent"),        QT_TRANSLATE_NOOP("AuditEntry", "succeeded"),
            QT_TRANSLATE_NOOP("AuditEntry", "failed"),          QT_TRANSLATE_NOOP("AuditEntry", "timed out"),
            QT_TRANSLATE_NOOP("AuditEntry", "stopped waiting"), QT_TRANSLATE_NOOP("AuditEntry", "outcome unknown")};
        for (const char *word : words) {
            if (outcome->result == QLatin1StringView(word))
                return QCoreApplication::translate("AuditEntry", word);
        }
        return outcome->result;
    }
    return outcome->apiCode.isEmpty()
               ? QCoreApplication::translate("AuditEntry", "failed (HTTP %1)").arg(outcome->httpStatus)
               : QCoreApplication::translate("AuditEntry", "failed (HTTP %1, code %2)")
                     .arg(outcome->httpStatus)
                     .arg(outcome->apiCode);
}
