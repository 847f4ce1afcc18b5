#include "AccountListJob.h"

#include "decode/AccountDecoder.h"
#include "decode/ArrivingAccountList.h"
#include "net/ArrivingAnswer.h"
#include "net/DecoderFor.h"

namespace {

ApiJob::Parsed loginsParsed(Decoded<QList<InstitutionLogin>> decoded)
{
    if (!decoded.ok())
        return {decoded.failure->text(), {}};
    return {{}, [logins = std::move(decoded.value)](ApiJob *job) mutable {
                static_cast<AccountListJob *>(job)->adoptLogins(std::move(logins));
            }};
}

// The logins read in parts while they arrive (ArrivingAccountList); a body not read so is read
// whole.
class ArrivingLogins final : public ArrivingAnswer
{
public:
    explicit ArrivingLogins(qint64 limit)
        : m_limit(limit)
    {}

    void received(const QByteArray &body) override { m_list.received(body); }
    bool started() const override { return m_list.started(); }
    ApiJob::Decoder finisher() const override
    {
        return [finish = m_list.finisher(), limit = m_limit](int, const QByteArray &body) -> ApiJob::Parsed {
            if (body.size() <= limit) {
                if (std::optional<QList<InstitutionLogin>> logins = finish(body))
                    return loginsParsed({std::move(*logins), std::nullopt});
            }
            return loginsParsed(AccountDecoder::decodeLoginsWhole(body, limit));
        };
    }

private:
    ArrivingAccountList m_list;
    qint64 m_limit;
};

} // namespace

AccountListJob::AccountListJob(Session *session, Endpoints::Operation operation, Ids ids, Query query, QObject *parent)
    : ApiJob(session, operation, std::move(ids), std::move(query), parent)
{}

ApiJob::Decoder AccountListJob::decoder() const
{
    if (!m_groupByLogin)
        return decoderFor(&AccountDecoder::decodeList, &AccountListJob::m_accounts, maxBodyBytes());
    return [limit = maxBodyBytes()](int, const QByteArray &body) -> Parsed {
        return loginsParsed(AccountDecoder::decodeLogins(body, limit));
    };
}

std::unique_ptr<ArrivingAnswer> AccountListJob::arrivingAnswer() const
{
    if (!m_groupByLogin)
        return nullptr;
    return std::make_unique<ArrivingLogins>(maxBodyBytes());
}
