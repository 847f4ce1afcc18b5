#include "GetCustomerJob.h"

#include "decode/CustomerDecoder.h"

GetCustomerJob::GetCustomerJob(Session *session, const QString &customerId, QObject *parent)
    : ApiJob(session, parent)
    , m_customerId(customerId)
{
}

ApiJob::Decoder GetCustomerJob::decoder() const
{
    return [limit = maxBodyBytes()](int, const QByteArray &body) -> Parsed {
        Decoded<Customer> decoded = CustomerDecoder::decodeOne(body, limit);
        if (!decoded.ok())
            return {decoded.failure->text(), {}};
        return {{}, [value = std::move(decoded.value)](ApiJob *job) { static_cast<GetCustomerJob *>(job)->m_customer = value; }};
    };
}
