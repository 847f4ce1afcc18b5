#include "InstitutionDecoder.h"

#include "JsonReader.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
// The parts of an address that are there, in reading order.
QString addressLine(const QJsonObject &address)
{
    QStringList parts;
    for (const auto key :
         {"addressLine1"_L1, "addressLine2"_L1, "city"_L1, "state"_L1, "postalCode"_L1, "country"_L1}) {
        const QString part = address.value(key).toString();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u", "_s);
}
} // namespace

namespace InstitutionDecoder {

Decoded<Institution> decode(const QByteArray &body, qint64 maxBytes)
{
    return decodeRoot<Institution>(body, maxBytes, [](const QJsonObject &root, Institution &i, auto &failure) {
        const auto wrapped = JsonReader::member(root, "institution"_L1, QJsonValue::Object, failure);
        if (!wrapped)
            return;
        const QJsonObject object = wrapped->toObject();
        JsonReader reader(object, u"institution"_s, failure);
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
        i.addressLine = addressLine(object.value("address"_L1).toObject());
        // Beta data in the spec: read when present, never required.
        i.aggregationStatus = object.value("productionStatus"_L1).toObject().value("transAgg"_L1).toString();
    });
}

} // namespace InstitutionDecoder
