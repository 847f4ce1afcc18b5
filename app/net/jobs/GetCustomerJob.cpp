#include "GetCustomerJob.h"

#include "decode/CustomerDecoder.h"
#include "net/Session.h"

GetCustomerJob::GetCustomerJob(Session *session, const QString &customerId, QObject *parent)
    : ApiJob(session, parent)
    , m_customerId(customerId)
{
}

QString GetCustomerJob::parse(int, const QByteArray &body)
{
    Decoded<Customer> decoded = CustomerDecoder::decodeOne(body, session()->settings().maxBodyBytes);
    m_customer = std::move(decoded.value);
    return decoded.ok() ? QString() : decoded.failure->text();
}
