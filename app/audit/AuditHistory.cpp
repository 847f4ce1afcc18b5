#include "AuditHistory.h"

#include "AuditLogReader.h"
#include "core/OffThread.h"
#include "net/Endpoints.h"

#include <QFileInfo>

#include <algorithm>

namespace AuditHistory {

void forCustomer(const QString &path, const QString &customerId, QObject *context, Ready ready)
{
    runOffThread<Result>(
        context,
        [path, customerId] {
            Result result;
            if (!QFileInfo::exists(path)) // no file yet: nothing was ever done, not an error
                return result;
            AuditLogContents contents = AuditLogReader::read(path);
            result.error = contents.error;
            for (AuditEntry &entry : contents.entries) {
                if (entry.intent.customerId == customerId)
                    result.entries.append(std::move(entry));
            }
            std::reverse(result.entries.begin(), result.entries.end());
            return result;
        },
        [ready](const Result &result) { ready(result); });
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
