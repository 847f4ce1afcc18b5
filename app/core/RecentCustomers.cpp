#include "RecentCustomers.h"

#include "Ids.h"

#include <QSettings>

namespace {
const QString kKey = QStringLiteral("customers/recent");
}

QStringList RecentCustomers::load()
{
    QStringList ids;
    for (const QString &id : QSettings().value(kKey).toStringList()) {
        if (Ids::isValidPathId(id) && !ids.contains(id))
            ids.append(id);
    }
    return ids.mid(0, kMaximum);
}

void RecentCustomers::remember(const QString &customerId)
{
    if (!Ids::isValidPathId(customerId))
        return;
    QStringList ids = load();
    if (!ids.isEmpty() && ids.first() == customerId)
        return; // already first: no write
    ids.removeAll(customerId);
    ids.prepend(customerId);
    QSettings().setValue(kKey, ids.mid(0, kMaximum));
}
