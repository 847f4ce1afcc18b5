#include "GetCustomerAccountJob.h"

#include "decode/AccountDecoder.h"

GetCustomerAccountJob::GetCustomerAccountJob(Session *session, const QString &customerId,
                                             const QString &accountId, QObject *parent)
    : ApiJob(session, parent)
    , m_customerId(customerId)
    , m_accountId(accountId)
{
}

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
    return [limit = maxBodyBytes()](int, const QByteArray &body) -> Parsed {
        Decoded<Account> decoded = AccountDecoder::decodeOne(body, limit);
        if (!decoded.ok())
            return {decoded.failure->text(), {}};
        return {{}, [value = std::move(decoded.value)](ApiJob *job) { static_cast<GetCustomerAccountJob *>(job)->m_account = value; }};
    };
}
