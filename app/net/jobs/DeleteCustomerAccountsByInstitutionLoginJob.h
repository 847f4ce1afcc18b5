#pragma once

#include "NoContentJob.h"

// DeleteCustomerAccountsByInstitutionLogin: DELETE
// /aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId} (204)
class DeleteCustomerAccountsByInstitutionLoginJob : public NoContentJob
{
    Q_OBJECT
public:
    DeleteCustomerAccountsByInstitutionLoginJob(Session *session, const QString &customerId,
                                                const QString &institutionLoginId, QObject *parent = nullptr)
        : NoContentJob(session, customerId, parent)
        , m_institutionLoginId(institutionLoginId)
    {}
    QString operationId() const override { return QStringLiteral("DeleteCustomerAccountsByInstitutionLogin"); }
    Kind kind() const override { return Kind::Delete; }
    QString institutionLoginId() const { return m_institutionLoginId; }

protected:
    QByteArray verb() const override { return "DELETE"; }
    QString path() const override
    {
        return QStringLiteral("/aggregation/v1/customers/") + customerId() + QStringLiteral("/institutionLogins/")
               + m_institutionLoginId;
    }
    QString validate() const override
    {
        const QString bad = NoContentJob::validate();
        return bad.isEmpty() ? checkId(tr("institution login ID"), m_institutionLoginId) : bad;
    }

private:
    QString m_institutionLoginId;
};
