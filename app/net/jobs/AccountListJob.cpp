#include "AccountListJob.h"

#include "decode/AccountDecoder.h"
#include "net/Session.h"

AccountListJob::AccountListJob(Session *session, const QString &customerId, QObject *parent)
    : ApiJob(session, parent)
    , m_customerId(customerId)
{
}

QString AccountListJob::validate() const
{
    return checkId(tr("customer ID"), m_customerId);
}

ApiJob::Decoder AccountListJob::decoder() const
{
    return [limit = maxBodyBytes()](int, const QByteArray &body) -> Parsed {
        Decoded<QList<Account>> decoded = AccountDecoder::decodeList(body, limit);
        if (!decoded.ok())
            return {decoded.failure->text(), {}};
        return {{}, [accounts = std::move(decoded.value)](ApiJob *job) {
                    static_cast<AccountListJob *>(job)->m_accounts = accounts;
                }};
    };
}
