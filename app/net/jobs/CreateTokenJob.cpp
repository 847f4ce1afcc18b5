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

QString CreateTokenJob::parse(int, const QByteArray &body)
{
    const Decoded<QString> decoded = TokenDecoder::decode(body);
    m_token = decoded.value;
    return decoded.ok() ? QString() : decoded.failure->text();
}
