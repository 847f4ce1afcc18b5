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

QString AccountListJob::parse(int, const QByteArray &body)
{
    Decoded<QList<Account>> decoded = AccountDecoder::decodeList(body, session()->settings().maxBodyBytes);
    m_accounts = std::move(decoded.value);
    return decoded.ok() ? QString() : decoded.failure->text();
}
