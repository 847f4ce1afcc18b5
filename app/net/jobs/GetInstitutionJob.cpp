#include "GetInstitutionJob.h"

#include "decode/InstitutionDecoder.h"
#include "net/Session.h"

GetInstitutionJob::GetInstitutionJob(Session *session, const QString &institutionId, QObject *parent)
    : ApiJob(session, parent)
    , m_institutionId(institutionId)
{
}

QString GetInstitutionJob::parse(int, const QByteArray &body)
{
    Decoded<Institution> decoded = InstitutionDecoder::decode(body, session()->settings().maxBodyBytes);
    m_institution = std::move(decoded.value);
    return decoded.ok() ? QString() : decoded.failure->text();
}
