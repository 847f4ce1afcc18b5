#pragma once

#include "AuditRecord.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// One customer's entries in the audit trail, read on a worker thread (the file grows for as long
// as the console is used), newest first. For the customer's history and the refresh guard.
namespace AuditHistory {

struct Result
{
    QList<AuditEntry> entries; // newest first
    QString error;             // the trail could not be read; entries is then empty
};
using Ready = std::function<void(const Result &result)>;

// `ready` runs on `context`'s thread, unless `context` is gone by then.
void forCustomer(const QString &path, const QString &customerId, QObject *context, Ready ready);

// The newest entry that sent a refresh covering this login (one for the login, or for the whole
// customer), whatever its outcome; nullptr when there is none.
const AuditEntry *lastRefreshOf(const QList<AuditEntry> &newestFirst, const QString &loginId);

} // namespace AuditHistory
