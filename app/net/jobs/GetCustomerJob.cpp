#include "GetCustomerJob.h"

#include "decode/CustomerDecoder.h"
#include "net/DecoderFor.h"

GetCustomerJob::GetCustomerJob(Session *session, const QString &customerId, QObject *parent)
    : ApiJob(session, parent)
    , m_customerId(customerId)
{}

ApiJob::Decoder GetCustomerJob::decoder() const
{
    return decoderFor(&CustomerDecoder::decodeOne, &GetCustomerJob::m_customer, maxBodyBytes());
}
