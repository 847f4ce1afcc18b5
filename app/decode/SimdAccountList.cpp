#include "SimdAccountList.h"

#include "AccountDecoder.h"
#include "JsonReader.h"
#include "JsonSlots.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;

namespace {

// A nested value (an account's detail or positions: rare in lists) as Qt would have parsed it.
QJsonValue nestedValue(const dom::element &element)
{
    const std::string text = simdjson::minify(element);
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// One value as Qt's parser would have read it: integers that fit 64 bits exactly, the rest as
// doubles (a QJsonValue's toDouble() of either gives the same double).
void readValue(const dom::element &element, FieldValue &into)
{
    switch (element.type()) {
    case dom::element_type::STRING: {
        const std::string_view text = element.get_string().value_unsafe();
        into.type = QJsonValue::String;
        into.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
        return;
    }
    case dom::element_type::INT64:
        into.type = QJsonValue::Double;
        into.number = double(element.get_int64().value_unsafe());
        return;
    case dom::element_type::UINT64:
        into.type = QJsonValue::Double;
        into.number = double(element.get_uint64().value_unsafe());
        return;
    case dom::element_type::DOUBLE:
        into.type = QJsonValue::Double;
        into.number = element.get_double().value_unsafe();
        return;
    case dom::element_type::BOOL:
        into.type = QJsonValue::Bool;
        into.boolean = element.get_bool().value_unsafe();
        return;
    case dom::element_type::NULL_VALUE:
        into.type = QJsonValue::Null;
        return;
    case dom::element_type::ARRAY:
    case dom::element_type::OBJECT:
        into.nested = nestedValue(element);
        into.type = into.nested.type();
        return;
    }
}

QString typeName(const dom::element &element)
{
    switch (element.type()) {
    case dom::element_type::ARRAY:
        return u"an array"_s;
    case dom::element_type::OBJECT:
        return u"an object"_s;
    default: {
        FieldValue value;
        readValue(element, value);
        return JsonReader::typeName(value.type);
    }
    }
}

} // namespace

namespace SimdAccountList {

std::optional<Decoded<QList<Account>>> decode(const QByteArray &body, qint64 maxBytes)
{
    Decoded<QList<Account>> result;
    if (!JsonReader::acceptBody(body, maxBytes, result.failure))
        return result;
    dom::parser parser;
    dom::element root;
    // The body is copied into a padded buffer by the parser (a QByteArray has no padding to spare).
    if (parser.parse(body.constData(), size_t(body.size())).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    // The same questions, in the same order, as the Qt path asks them.
    dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS)
        return std::nullopt; // Qt's words for a top level that is no object
    // As a QJsonObject would, the last of duplicate keys wins.
    dom::element accounts;
    bool found = false;
    for (const dom::key_value_pair field : object) {
        if (field.key == "accounts") {
            accounts = field.value;
            found = true;
        }
    }
    JsonReader::beginDecode();
    dom::array array;
    if (!found) {
        result.failure =
            DecodeFailure{u"accounts"_s, QCoreApplication::translate("JsonReader", "required field is missing")};
    } else if (accounts.get_array().get(array) != simdjson::SUCCESS) {
        result.failure = DecodeFailure{
            u"accounts"_s,
            QCoreApplication::translate("JsonReader", "expected an array, got %1").arg(typeName(accounts))};
    } else {
        const QString arrayPath = u"accounts"_s;
        JsonSlots fields(AccountDecoder::accountKeys());
        result.value.reserve(qsizetype(array.size()));
        qsizetype i = 0;
        for (const dom::element item : array) {
            dom::object account;
            if (item.get_object().get(account) != simdjson::SUCCESS) {
                result.failure = DecodeFailure{
                    arrayPath + u'[' + QString::number(i) + u']',
                    QCoreApplication::translate("JsonReader", "expected an object, got %1").arg(typeName(item))};
                break;
            }
            fields.clear();
            size_t position = 0;
            for (const dom::key_value_pair field : account) {
                const int slot = fields.slotAt(position++, field.key);
                if (slot < 0)
                    continue;
                if (field.value.is_string())
                    fields.setString(slot, field.value.get_string().value_unsafe());
                else
                    readValue(field.value, fields.at(slot));
            }
            JsonReader reader(fields, arrayPath, result.failure, i);
            result.value.append(AccountDecoder::readAccount(reader, result.failure));
            if (result.failure)
                break;
            ++i;
        }
    }
    JsonReader::endDecode();
    if (result.failure)
        result.value.clear();
    return result;
}

} // namespace SimdAccountList
