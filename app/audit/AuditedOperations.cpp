#include "AuditedOperations.h"

#include <QCoreApplication>

namespace AuditedOperations {

const QList<Operation> &all()
{
    static const QList<Operation> operations = {
        {QLatin1StringView("RefreshCustomerAccounts"), QT_TRANSLATE_NOOP("AuditedOperations",
                                                                         "Refreshed all of the customer's accounts")},
        {QLatin1StringView("RefreshCustomerAccountsV2"),
         QT_TRANSLATE_NOOP("AuditedOperations", "Refreshed all of the customer's accounts (v2)")},
        {QLatin1StringView("RefreshCustomerAccountsByInstitutionLogin"),
         QT_TRANSLATE_NOOP("AuditedOperations", "Refreshed an institution login")},
        {QLatin1StringView("RefreshCustomerAccountsByInstitutionLoginV2"),
         QT_TRANSLATE_NOOP("AuditedOperations", "Refreshed an institution login (v2)")},
        {QLatin1StringView("DeleteCustomerAccount"),
         QT_TRANSLATE_NOOP("AuditedOperations", "Deleted access to an account")},
        {QLatin1StringView("DeleteCustomerAccountsByInstitutionLogin"),
         QT_TRANSLATE_NOOP("AuditedOperations", "Deleted access to an institution login")},
    };
    return operations;
}

QString agentName(const QString &operationId)
{
    for (const Operation &operation : all()) {
        if (operation.id == operationId)
            return QCoreApplication::translate("AuditedOperations", operation.agentName);
    }
    return operationId;
}

} // namespace AuditedOperations
