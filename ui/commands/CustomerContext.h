#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class AccountTreeModel;
class AuditLog;
class ConfirmationPrompter;
class Session;

// What a command acts on and through: one open customer.
struct CustomerContext
{
    Session *session = nullptr;
    QString customerId;
    QString customerName;
    AccountTreeModel *model = nullptr;
    ConfirmationPrompter *prompter = nullptr;
    QPointer<QWidget> window;  // parent of the confirmation dialog
    AuditLog *audit = nullptr; // every refresh and delete is recorded here
    QString profile;           // the connection's name, for the audit trail

    QString customerLabel() const
    {
        return customerName.isEmpty() ? customerId : QStringLiteral("%1 (%2)").arg(customerName, customerId);
    }
};
