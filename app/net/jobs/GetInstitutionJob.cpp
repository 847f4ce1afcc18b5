#include "GetInstitutionJob.h"

#include "decode/InstitutionDecoder.h"
#include "net/DecoderFor.h"

GetInstitutionJob::GetInstitutionJob(Session *session, const QString &institutionId, QObject *parent)
    : ApiJob(session, parent)
    , m_institutionId(institutionId)
{}

ApiJob::Decoder GetInstitutionJob::decoder() const
{
    return decoderFor(&InstitutionDecoder::decode, &GetInstitutionJob::m_institution, maxBodyBytes());
}
