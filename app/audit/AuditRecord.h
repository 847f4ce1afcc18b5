#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One line of the audit trail. A refresh or delete writes an intent before its request is sent
// and an outcome when it ends; both carry the same id. An intent with no outcome means the
// console stopped (crash, kill, power) while the request was out: "outcome unknown".
class ApiJob;

struct AuditRecord
{
    enum class Kind { Intent, Outcome };
    // How a change ended, as recorded in `result`.
    enum class Outcome {
        NotSent,        // stopped, or the intent could not be written: nothing reached the service
        Succeeded,      // the service answered with success
        Failed,         // the service answered with an error, or refused before sending
        TimedOut,       // a read's time-out (a change's is Unknown)
        StoppedWaiting, // the person stopped waiting; the service may still carry it out
        Unknown,        // sent, but no complete answer: the service may have carried it out
    };

    Kind kind = Kind::Intent;
    QString id;     // links an intent to its outcome
    QDateTime time; // UTC
    // Intent
    QString osUser;
    QString profile;
    QString operation; // operationId, e.g. "DeleteCustomerAccountsByInstitutionLogin"
    QString customerId;
    QString loginId;
    QStringList accountIds;
    QString confirmation; // what the agent confirmed, e.g. the button's words and what was typed
    // Outcome
    // "succeeded", "failed", "timed out", "stopped waiting", "not sent", or "outcome unknown" (sent,
    // but the connection failed before a complete answer: message says why)
    QString result;
    int httpStatus = 0;
    QString apiCode;
    qint64 durationMs = 0;
    QString message;

    QJsonObject toJson() const;
    static std::optional<AuditRecord> fromJson(const QJsonObject &object);

    // The one mapping between outcomes and the words in the file ("succeeded", "outcome unknown").
    static QString resultText(Outcome outcome);
    static std::optional<Outcome> outcomeFromText(const QString &result);
    static Outcome outcomeOf(const ApiJob &finishedJob);
};

// An intent and, when it was written, its outcome.
struct AuditEntry
{
    AuditRecord intent;
    std::optional<AuditRecord> outcome;

    QString outcomeText() const; // "succeeded", "failed (HTTP 404, code 38003)", "outcome unknown", ...
    // Unknown when there is no outcome line (a crash mid-request) as well.
    AuditRecord::Outcome outcomeKind() const;
};
