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
    return decodeRoot<CustomerPage>(body, maxBytes, [](const QJsonObject &root, CustomerPage &page, auto &failure) {
        JsonReader reader(root, {}, failure);
        page.displaying = reader.optionalInt("displaying"_L1).value_or(0);
        page.found = reader.optionalInt("found"_L1).value_or(page.displaying);
        page.moreAvailable = reader.optionalBool("moreAvailable"_L1);
        const auto customers = JsonReader::member(root, "customers"_L1, QJsonValue::Array, failure);
        const QJsonArray array = customers ? customers->toArray() : QJsonArray();
        for (qsizetype i = 0; i < array.size() && !failure; ++i) {
            if (const auto item = JsonReader::objectAt(array, i, u"customers"_s, failure))
                page.customers.append(decodeCustomer(*item, u"customers["_s + QString::number(i) + u']', failure));
        }
    });
}

Decoded<Customer> decodeOne(const QByteArray &body, qint64 maxBytes)
{
    return decodeRoot<Customer>(body, maxBytes, [](const QJsonObject &root, Customer &customer, auto &failure) {
        customer = decodeCustomer(root, {}, failure);
    });
}

} // namespace CustomerDecoder
