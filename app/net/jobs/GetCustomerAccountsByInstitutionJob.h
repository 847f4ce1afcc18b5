#pragma once

#include "AccountListJob.h"

// GetCustomerAccountsByInstitution:
// GET /aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts
class GetCustomerAccountsByInstitutionJob : public AccountListJob
{
    Q_OBJECT
public:
    GetCustomerAccountsByInstitutionJob(Session *session, const QString &customerId, const QString &institutionId,
                                        QObject *parent = nullptr)
        : AccountListJob(session, customerId, parent)
        , m_institutionId(institutionId)
    {}
    QString operationId() const override { return QStringLiteral("GetCustomerAccountsByInstitution"); }
    Kind kind() const override { return Kind::Read; }

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override
    {
        return customerPath() + QStringLiteral("/institutions/") + m_institutionId + QStringLiteral("/accounts");
    }
    QString validate() const override
    {
        const QString bad = AccountListJob::validate();
        return bad.isEmpty() ? checkId(tr("institution ID"), m_institutionId) : bad;
    }

private:
    QString m_institutionId;
};
