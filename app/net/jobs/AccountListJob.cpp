#include "AccountListJob.h"

#include "decode/AccountDecoder.h"
#include "net/DecoderFor.h"
#include "net/Session.h"

AccountListJob::AccountListJob(Session *session, const QString &customerId, QObject *parent)
    : ApiJob(session, parent)
    , m_customerId(customerId)
{}

QString AccountListJob::validate() const
{
    return checkId(tr("customer ID"), m_customerId);
}

ApiJob::Decoder AccountListJob::decoder() const
{
    return decoderFor(&AccountDecoder::decodeList, &AccountListJob::m_accounts, maxBodyBytes());
}
