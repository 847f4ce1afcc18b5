#pragma once

#include "net/ApiJob.h"

// CreateToken: the partner's sign-in. Sent only by Session.
class CreateTokenJob : public ApiJob
{
    Q_OBJECT
public:
    explicit CreateTokenJob(Session *session, QObject *parent = nullptr)
        : ApiJob(session, Endpoints::Operation::CreateToken, {}, {}, parent)
    {}
    QString token() const { return m_token; }

protected:
    QByteArray body() const override;
    Decoder decoder() const override;

private:
    QString m_token;
};
