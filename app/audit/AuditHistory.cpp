#include "AuditHistory.h"

#include "AuditLogReader.h"
#include "net/Endpoints.h"

#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>

#include <algorithm>
#include <memory>

namespace AuditHistory {

namespace {
// The worker's way back to the context: cleared under the mutex when the context is destroyed,
// so the worker never posts to a dead object (a QPointer is not safe across threads).
struct ContextLink
{
    QMutex mutex;
    QObject *context = nullptr;
};
} // namespace

void forCustomer(const QString &path, const QString &customerId, QObject *context, Ready ready)
{
    auto link = std::make_shared<ContextLink>();
    link->context = context;
    QObject::connect(context, &QObject::destroyed, [link] {
        QMutexLocker lock(&link->mutex);
        link->context = nullptr;
    });
    QThreadPool::globalInstance()->start([path, customerId, link, ready] {
        Result result;
        if (QFileInfo::exists(path)) { // no file yet: nothing was ever done, not an error
            AuditLogContents contents = AuditLogReader::read(path);
            result.error = contents.error;
            for (AuditEntry &entry : contents.entries) {
                if (entry.intent.customerId == customerId)
                    result.entries.append(std::move(entry));
            }
            std::reverse(result.entries.begin(), result.entries.end());
        }
        QMutexLocker lock(&link->mutex);
        if (link->context) // Qt drops the call if the context dies before it runs
            QMetaObject::invokeMethod(
                link->context, [ready, result] { ready(result); }, Qt::QueuedConnection);
    });
}

const AuditEntry *lastRefreshOf(const QList<AuditEntry> &newestFirst, const QString &loginId)
{
    for (const AuditEntry &entry : newestFirst) {
        const Endpoints::Endpoint *endpoint = Endpoints::find(entry.intent.operation);
        if (!endpoint || endpoint->kind != Endpoints::Kind::Refresh)
            continue;
        if (entry.outcomeKind() == AuditRecord::Outcome::NotSent)
            continue; // nothing reached the bank
        if (entry.intent.loginId.isEmpty() || entry.intent.loginId == loginId)
            return &entry;
    }
    return nullptr;
}

} // namespace AuditHistory
