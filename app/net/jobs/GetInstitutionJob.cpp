#include "GetInstitutionJob.h"

#include "decode/InstitutionDecoder.h"

GetInstitutionJob::GetInstitutionJob(Session *session, const QString &institutionId, QObject *parent)
    : ApiJob(session, parent)
    , m_institutionId(institutionId)
{
}

ApiJob::Decoder GetInstitutionJob::decoder() const
{
    return [limit = maxBodyBytes()](int, const QByteArray &body) -> Parsed {
        Decoded<Institution> decoded = InstitutionDecoder::decode(body, limit);
        if (!decoded.ok())
            return {decoded.failure->text(), {}};
        return {{}, [value = std::move(decoded.value)](ApiJob *job) { static_cast<GetInstitutionJob *>(job)->m_institution = value; }};
    };
}
