#pragma once

#include "AccountListJob.h"

// RefreshCustomerAccountsByInstitutionLogin: POST
// /aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts (200 with the refreshed
// accounts)
class RefreshCustomerAccountsByInstitutionLoginJob : public AccountListJob
{
    Q_OBJECT
public:
    RefreshCustomerAccountsByInstitutionLoginJob(Session *session, const QString &customerId,
                                                 const QString &institutionLoginId, QObject *parent = nullptr)
        : AccountListJob(session, customerId, parent)
        , m_institutionLoginId(institutionLoginId)
    {}
    QString operationId() const override { return QStringLiteral("RefreshCustomerAccountsByInstitutionLogin"); }
    Kind kind() const override { return Kind::Refresh; }
    QString institutionLoginId() const { return m_institutionLoginId; }

protected:
    QByteArray verb() const override { return "POST"; }
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
