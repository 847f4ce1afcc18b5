#pragma once

#include "core/Customer.h"
#include "net/ApiJob.h"

// GetCustomers: GET /aggregation/v1/customers?search=&start=&limit=
class GetCustomersJob : public ApiJob
{
    Q_OBJECT
public:
    // start is 1-based, as the API counts.
    GetCustomersJob(Session *session, const QString &search, int start = 1, int limit = 25, QObject *parent = nullptr);
    QString operationId() const override { return QStringLiteral("GetCustomers"); }
    Kind kind() const override { return Kind::Read; }
    const CustomerPage &page() const { return m_page; }

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/aggregation/v1/customers"); }
    QList<std::pair<QString, QString>> queryItems() const override;
    QString validate() const override;
    Decoder decoder() const override;

private:
    QString m_search;
    int m_start;
    int m_limit;
    CustomerPage m_page;
};
