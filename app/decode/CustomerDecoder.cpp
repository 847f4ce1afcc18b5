#include "CustomerDecoder.h"

#include "JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

Customer decodeCustomer(const QJsonObject &object, const QString &path, std::optional<DecodeFailure> &failure)
{
    JsonReader reader(object, path, failure);
    Customer c;
    c.id = reader.requiredId("id"_L1);
    c.username = reader.requiredString("username"_L1);
    c.type = reader.requiredString("type"_L1);
    c.createdDate = reader.requiredDate("createdDate"_L1); // a string of epoch seconds here
    c.firstName = reader.optionalString("firstName"_L1);
    c.lastName = reader.optionalString("lastName"_L1);
    c.phone = reader.optionalString("phone"_L1);
    c.email = reader.optionalString("email"_L1);
    c.applicationId = reader.optionalString("applicationId"_L1);
    c.lastModifiedDate = reader.optionalDate("lastModifiedDate"_L1);
    return reader.ok() ? c : Customer{};
}

} // namespace

namespace CustomerDecoder {

Decoded<CustomerPage> decodePage(const QByteArray &body, qint64 maxBytes)
{
    Decoded<CustomerPage> result;
    const auto root = JsonReader::parseObject(body, maxBytes, result.failure);
    if (!root)
        return result;
    JsonReader reader(*root, {}, result.failure);
    result.value.displaying = reader.optionalInt("displaying"_L1).value_or(0);
    result.value.found = reader.optionalInt("found"_L1).value_or(result.value.displaying);
    result.value.moreAvailable = reader.optionalBool("moreAvailable"_L1);
    const QJsonValue customers = root->value("customers"_L1);
    if (!customers.isArray()) {
        reader.fail(u"customers"_s, customers.isUndefined()
                                        ? u"required field is missing"_s
                                        : u"expected an array, got "_s + JsonReader::typeName(customers));
    } else {
        const QJsonArray array = customers.toArray();
        for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
            const QString itemPath = u"customers["_s + QString::number(i) + u']';
            if (!array.at(i).isObject())
                reader.fail(itemPath, u"expected an object, got "_s + JsonReader::typeName(array.at(i)));
            else
                result.value.customers.append(decodeCustomer(array.at(i).toObject(), itemPath, result.failure));
        }
    }
    if (result.failure)
        result.value = {};
    return result;
}

Decoded<Customer> decodeOne(const QByteArray &body, qint64 maxBytes)
{
    Decoded<Customer> result;
    if (const auto root = JsonReader::parseObject(body, maxBytes, result.failure))
        result.value = decodeCustomer(*root, {}, result.failure);
    return result;
}

} // namespace CustomerDecoder
