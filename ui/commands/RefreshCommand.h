#pragma once

#include "ActionCommand.h"
#include "audit/AuditRecord.h"

// Refreshes all of a customer's accounts, or one institution login's, from the bank: v1 (200
// with the accounts) or v2 (204, then the accounts are read again), as the connection says.
// Its confirmation shows, per login, when the data last came and the bank's health, and this
// console's last refresh of it from the audit trail; a refresh within the guard window
// (preferences) must be ticked "Refresh anyway". Nothing is blocked outright.
class RefreshCommand : public ActionCommand
{
    Q_OBJECT
public:
    // loginId empty: the whole customer.
    RefreshCommand(const CustomerContext &context, const QString &loginId, QObject *parent = nullptr);
    QString progressLabel() const override;

protected:
    void prepare(std::function<void()> ready) override;
    ConfirmationRequest confirmation() const override;
    ApiJob *createJob() override;
    void succeeded(ApiJob *job) override;
    QString busyLabel() const override;
    QSet<QString> affectedAccountIds() const override;
    QString auditLoginId() const override { return m_loginId; }

private:
    void reread();
    QString scopeName() const;
    QStringList loginIds() const;
    QString factsOf(const QString &loginId) const;
    void addGuard(ConfirmationRequest &request) const;

    QString m_loginId;
    QList<AuditEntry> m_history; // this customer's audit entries, newest first
    QString m_historyError;
};
