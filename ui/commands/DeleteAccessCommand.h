#pragma once

#include "ActionCommand.h"

// Deletes the console's access to one account or to a whole institution login. The rows go only
// after the service answered 204; on any error nothing is removed.
class DeleteAccessCommand : public ActionCommand
{
    Q_OBJECT
public:
    enum class Scope { Account, Login };
    DeleteAccessCommand(const CustomerContext &context, Scope scope, const QString &id, QObject *parent = nullptr);
    QString progressLabel() const override;

protected:
    ConfirmationRequest confirmation() const override;
    ApiJob *createJob() override;
    void succeeded(ApiJob *job) override;
    QString busyLabel() const override;
    QSet<QString> affectedAccountIds() const override;
    QString auditLoginId() const override;

private:
    Scope m_scope;
    QString m_id;
    QString m_description; // for the outcome, read before the rows go
};
