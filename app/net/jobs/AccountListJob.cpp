#include "AccountListJob.h"

#include "decode/AccountDecoder.h"
#include "net/DecoderFor.h"

AccountListJob::AccountListJob(Session *session, Endpoints::Operation operation, Ids ids, Query query, QObject *parent)
    : ApiJob(session, operation, std::move(ids), std::move(query), parent)
{}

ApiJob::Decoder AccountListJob::decoder() const
{
    return decoderFor(&AccountDecoder::decodeList, &AccountListJob::m_accounts, maxBodyBytes());
}
