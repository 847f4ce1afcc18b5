#pragma once

#include "core/Institution.h"
#include "net/ApiJob.h"

// GetInstitution: GET /institution/v2/institutions/{institutionId}
class GetInstitutionJob : public ApiJob
{
    Q_OBJECT
public:
    GetInstitutionJob(Session *session, const QString &institutionId, QObject *parent = nullptr);
    QString operationId() const override { return QStringLiteral("GetInstitution"); }
    Kind kind() const override { return Kind::Read; }
    const Institution &institution() const { return m_institution; }

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/institution/v2/institutions/") + m_institutionId; }
    QString validate() const override { return checkId(tr("institution ID"), m_institutionId); }
    Decoder decoder() const override;

private:
    QString m_institutionId;
    Institution m_institution;
};
