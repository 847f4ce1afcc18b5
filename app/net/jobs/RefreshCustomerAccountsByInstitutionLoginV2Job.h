#pragma once

#include "NoContentJob.h"

// RefreshCustomerAccountsByInstitutionLoginV2: POST
// /aggregation/v2/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts (204; read the accounts again)
class RefreshCustomerAccountsByInstitutionLoginV2Job : public NoContentJob
{
    Q_OBJECT
public:
    RefreshCustomerAccountsByInstitutionLoginV2Job(Session *session, const QString &customerId,
                                                   const QString &institutionLoginId, QObject *parent = nullptr)
        : NoContentJob(session, customerId, parent)
        , m_institutionLoginId(institutionLoginId)
    {}
    QString operationId() const override { return QStringLiteral("RefreshCustomerAccountsByInstitutionLoginV2"); }
    Kind kind() const override { return Kind::Refresh; }
    QString institutionLoginId() const { return m_institutionLoginId; }

protected:
    QByteArray verb() const override { return "POST"; }
    QString path() const override
    {
        return QStringLiteral("/aggregation/v2/customers/") + customerId() + QStringLiteral("/institutionLogins/")
               + m_institutionLoginId + QStringLiteral("/accounts");
    }
    QString validate() const override
    {
        const QString bad = NoContentJob::validate();
        return bad.isEmpty() ? checkId(tr("institution login ID"), m_institutionLoginId) : bad;
    }

private:
    QString m_institutionLoginId;
};
