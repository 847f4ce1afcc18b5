#pragma once

#include "ActionCommand.h"
#include "core/ConnectLink.h"

// Creates a Connect "Fix" link for one institution login whose error the customer can repair
// (GenerateFixConnectUrl), after a confirmation, and shows it in a FixLinkDialog. An audited act
// like a refresh or a delete: the link lets whoever holds it change the customer's connection.
class CreateFixLinkCommand : public ActionCommand
{
    Q_OBJECT
public:
    CreateFixLinkCommand(const CustomerContext &context, const QString &loginId, QObject *parent = nullptr);
    QString progressLabel() const override;

signals:
    void linkCreated(const ConnectLink &link);

protected:
    ConfirmationRequest confirmation() const override;
    ApiJob *createJob() override;
    void succeeded(ApiJob *job) override;
    QString busyLabel() const override { return {}; }
    QSet<QString> affectedAccountIds() const override { return {}; } // nothing changes in the rows
    QString auditLoginId() const override { return m_loginId; }

private:
    QString institutionName() const; // read when needed: the name may arrive after the click

    QString m_loginId;
};
