#include "CreateTokenJob.h"

#include "decode/ErrorBodyDecoder.h"
#include "net/Session.h"

#include <QJsonDocument>
#include <QJsonObject>

QByteArray CreateTokenJob::body() const
{
    const Credentials &credentials = session()->credentials();
    return QJsonDocument(QJsonObject{{QStringLiteral("partnerId"), credentials.partnerId},
                                     {QStringLiteral("partnerSecret"), credentials.partnerSecret}})
        .toJson(QJsonDocument::Compact);
}

ApiJob::Decoder CreateTokenJob::decoder() const
{
    return [](int, const QByteArray &body) -> Parsed {
        const Decoded<QString> decoded = TokenDecoder::decode(body);
        if (!decoded.ok())
            return {decoded.failure->text(), {}};
        return {{}, [token = decoded.value](ApiJob *job) {
                    static_cast<CreateTokenJob *>(job)->m_token = token;
                }};
    };
}
