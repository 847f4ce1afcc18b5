#include "ErrorBodyDecoder.h"

#include "JsonReader.h"
#include "core/Ids.h"
#include "core/ServerText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ErrorBodyDecoder {

ErrorBody decode(const QByteArray &body)
{
    ErrorBody error;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        // Plain text (or HTML from a proxy): keep a short, printable excerpt.
        error.message = ServerText::fromBody(body);
        return error;
    }
    const QJsonObject object = document.object();
    error.code = Ids::fromJson(object.value("code"_L1));
    for (const auto key : {"message"_L1, "user_message"_L1, "title"_L1}) {
        error.message = ServerText::excerpt(object.value(key).toString());
        if (!error.message.isEmpty())
            break;
    }
    return error;
}

} // namespace ErrorBodyDecoder

namespace TokenDecoder {

Decoded<QString> decode(const QByteArray &body)
{
    return decodeRoot<QString>(body, 64 * 1024, [](const QJsonObject &root, QString &token, auto &failure) {
        JsonReader reader(root, {}, failure);
        token = reader.requiredString("token"_L1);
        if (reader.ok() && token.isEmpty())
            reader.fail(u"token"_s, u"is empty"_s);
    });
}

} // namespace TokenDecoder
