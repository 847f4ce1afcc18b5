#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

// The operations the audit trail records (every refresh and delete), and what the agent did, in
// the agent's words: the viewer shows "Deleted access to an account", with the API's id beside it.
namespace AuditedOperations {

struct Operation
{
    QLatin1StringView id; // operationId, as recorded
    const char *agentName; // translated through QCoreApplication::translate("AuditedOperations", …)
};

const QList<Operation> &all();

// The agent-facing name, translated; the id itself for an operation this version does not know.
QString agentName(const QString &operationId);

} // namespace AuditedOperations
