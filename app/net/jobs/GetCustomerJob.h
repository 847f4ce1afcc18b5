#pragma once

#include "core/Customer.h"
#include "net/ApiJob.h"

// GetCustomer: GET /aggregation/v1/customers/{customerId}
class GetCustomerJob : public ApiJob
{
    Q_OBJECT
public:
    GetCustomerJob(Session *session, const QString &customerId, QObject *parent = nullptr);
    QString operationId() const override { return QStringLiteral("GetCustomer"); }
    Kind kind() const override { return Kind::Read; }
    const Customer &customer() const { return m_customer; }

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/aggregation/v1/customers/") + m_customerId; }
    QString validate() const override { return checkId(tr("customer ID"), m_customerId); }
    Decoder decoder() const override;

private:
    QString m_customerId;
    Customer m_customer;
};
