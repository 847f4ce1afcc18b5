#include "AccountListJob.h"

#include "decode/AccountDecoder.h"
#include "net/DecoderFor.h"

AccountListJob::AccountListJob(Session *session, Endpoints::Operation operation, Ids ids, Query query, QObject *parent)
    : ApiJob(session, operation, std::move(ids), std::move(query), parent)
{}

ApiJob::Decoder AccountListJob::decoder() const
{
    if (!m_groupByLogin)
        return decoderFor(&AccountDecoder::decodeList, &AccountListJob::m_accounts, maxBodyBytes());
    return [limit = maxBodyBytes()](int, const QByteArray &body) -> Parsed {
        Decoded<QList<InstitutionLogin>> decoded = AccountDecoder::decodeLogins(body, limit);
        if (!decoded.ok())
            return {decoded.failure->text(), {}};
        return {{}, [logins = std::move(decoded.value)](ApiJob *job) mutable {
                    static_cast<AccountListJob *>(job)->m_logins = std::move(logins);
                }};
    };
}
