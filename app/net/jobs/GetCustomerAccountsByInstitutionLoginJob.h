#pragma once

#include "AccountListJob.h"

// GetCustomerAccountsByInstitutionLogin: GET
// /aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts
class GetCustomerAccountsByInstitutionLoginJob : public AccountListJob
{
    Q_OBJECT
public:
    GetCustomerAccountsByInstitutionLoginJob(Session *session, const QString &customerId,
                                             const QString &institutionLoginId, QObject *parent = nullptr)
        : AccountListJob(session, customerId, parent)
        , m_institutionLoginId(institutionLoginId)
    {}
    QString operationId() const override { return QStringLiteral("GetCustomerAccountsByInstitutionLogin"); }
    Kind kind() const override { return Kind::Read; }
    QString institutionLoginId() const { return m_institutionLoginId; }

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override
    {
        return customerPath() + QStringLiteral("/institutionLogins/") + m_institutionLoginId
               + QStringLiteral("/accounts");
    }
    QString validate() const override
    {
        const QString bad = AccountListJob::validate();
        return bad.isEmpty() ? checkId(tr("institution login ID"), m_institutionLoginId) : bad;
    }

private:
    QString m_institutionLoginId;
};
