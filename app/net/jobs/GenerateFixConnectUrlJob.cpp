#include "GenerateFixConnectUrlJob.h"

#include "core/Ids.h"
#include "decode/ConnectLinkDecoder.h"
#include "net/DecoderFor.h"
#include "net/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

GenerateFixConnectUrlJob::GenerateFixConnectUrlJob(Session *session, const QString &customerId, const QString &loginId,
                                                   const QString &language, QObject *parent)
    : ApiJob(session, Endpoints::Operation::GenerateFixConnectUrl, {}, {}, parent)
    , m_customerId(customerId)
    , m_loginId(loginId)
    , m_language(language)
{}

QString GenerateFixConnectUrlJob::languageFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return u"fr"_s;
    case QLocale::Spanish:
        return u"es"_s;
    default:
        return {};
    }
}

// The ids travel in the body here, so they get the same check a path's ids get.
QString GenerateFixConnectUrlJob::validate() const
{
    for (const auto &[name, value] : {std::pair(u"customerId"_s, m_customerId), {u"institutionLoginId"_s, m_loginId}}) {
        if (!::Ids::isValidPathId(value))
            return tr("The %1 \"%2\" is not valid: it must be 1 to 20 digits.")
                .arg(Endpoints::placeholderName(name), value.left(40));
    }
    return {};
}

QByteArray GenerateFixConnectUrlJob::body() const
{
    QJsonObject body{{u"partnerId"_s, session()->credentials().partnerId},
                     {u"customerId"_s, m_customerId},
                     {u"institutionLoginId"_s, m_loginId},
                     // The link stops working once the customer completed the fix.
                     {u"singleUseUrl"_s, true}};
    if (!m_language.isEmpty())
        body.insert(u"language"_s, m_language);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiJob::Decoder GenerateFixConnectUrlJob::decoder() const
{
    return decoderFor(&ConnectLinkDecoder::decode, &GenerateFixConnectUrlJob::m_link, maxBodyBytes());
}
