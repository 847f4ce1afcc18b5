#include "GetCustomerAccountJob.h"

#include "decode/AccountDecoder.h"
#include "net/DecoderFor.h"

GetCustomerAccountJob::GetCustomerAccountJob(Session *session, const QString &customerId, const QString &accountId,
                                             QObject *parent)
    : ApiJob(session, parent)
    , m_customerId(customerId)
    , m_accountId(accountId)
{}

QString GetCustomerAccountJob::path() const
{
    return QStringLiteral("/aggregation/v2/customers/%1/accounts/%2").arg(m_customerId, m_accountId);
}

QString GetCustomerAccountJob::validate() const
{
    const QString bad = checkId(tr("customer ID"), m_customerId);
    return bad.isEmpty() ? checkId(tr("account ID"), m_accountId) : bad;
}

ApiJob::Decoder GetCustomerAccountJob::decoder() const
{
    return decoderFor(&AccountDecoder::decodeOne, &GetCustomerAccountJob::m_account, maxBodyBytes());
}
