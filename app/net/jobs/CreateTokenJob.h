#pragma once

#include "net/ApiJob.h"

// CreateToken: POST /aggregation/v2/partners/authentication. Sent only by Session.
class CreateTokenJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    QString operationId() const override { return QStringLiteral("CreateToken"); }
    Kind kind() const override { return Kind::Authenticate; }
    QString token() const { return m_token; }

protected:
    QByteArray verb() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/aggregation/v2/partners/authentication"); }
    QByteArray body() const override;
    Decoder decoder() const override;

private:
    QString m_token;
};
