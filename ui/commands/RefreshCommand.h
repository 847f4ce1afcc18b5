#pragma once

#include "ActionCommand.h"

// Refreshes all of a customer's accounts, or one institution login's, from the bank: v1 (200
// with the accounts) or v2 (204, then the accounts are read again), as the connection says.
class RefreshCommand : public ActionCommand
{
    Q_OBJECT
public:
    // loginId empty: the whole customer.
    RefreshCommand(const CustomerContext &context, const QString &loginId, QObject *parent = nullptr);
    QString progressLabel() const override;

protected:
    ConfirmationRequest confirmation() const override;
    ApiJob *createJob() override;
    void succeeded(ApiJob *job) override;
    QString busyLabel() const override;
    QSet<QString> affectedAccountIds() const override;
    QString auditLoginId() const override { return m_loginId; }

private:
    void reread();
    QString scopeName() const;

    QString m_loginId;
};
