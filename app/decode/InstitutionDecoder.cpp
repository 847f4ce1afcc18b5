#include "InstitutionDecoder.h"

#include "JsonReader.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace InstitutionDecoder {

Decoded<Institution> decode(const QByteArray &body, qint64 maxBytes)
{
    Decoded<Institution> result;
    const auto root = JsonReader::parseObject(body, maxBytes, result.failure);
    if (!root)
        return result;
    const QJsonValue wrapped = root->value("institution"_L1);
    if (!wrapped.isObject()) {
        result.failure = DecodeFailure{u"institution"_s, wrapped.isUndefined() ? u"required field is missing"_s
                                                                               : u"expected an object, got "_s
                                                                                     + JsonReader::typeName(wrapped)};
        return result;
    }
    const QJsonObject object = wrapped.toObject();
    JsonReader reader(object, u"institution"_s, result.failure);
    Institution &i = result.value;
    i.id = reader.requiredId("id"_L1);
    i.name = reader.optionalString("name"_L1);
    i.displayName = reader.optionalString("displayName"_L1);
    i.accountTypeDescription = reader.optionalString("accountTypeDescription"_L1);
    i.urlHomeApp = reader.optionalString("urlHomeApp"_L1);
    i.phone = reader.optionalString("phone"_L1);
    i.email = reader.optionalString("email"_L1);
    i.currency = reader.optionalString("currency"_L1);
    i.status = reader.optionalString("status"_L1);
    i.oauthEnabled = reader.optionalBool("oauthEnabled"_L1);
    const QJsonObject address = object.value("address"_L1).toObject();
    QStringList parts;
    for (const auto key :
         {"addressLine1"_L1, "addressLine2"_L1, "city"_L1, "state"_L1, "postalCode"_L1, "country"_L1}) {
        const QString part = address.value(key).toString();
        if (!part.isEmpty())
            parts.append(part);
    }
    i.addressLine = parts.join(u", "_s);
    if (result.failure)
        result.value = {};
    return result;
}

} // namespace InstitutionDecoder
