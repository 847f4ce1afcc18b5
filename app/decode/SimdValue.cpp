#include "SimdValue.h"

#include "JsonReader.h"

#include <QJsonDocument>

#include <algorithm>

using simdjson::error_code;

namespace SimdValue {

namespace {

// A number whose digits before the exponent are not all zeros, read as 0.
bool underflows(std::string_view text)
{
    for (const char c : text) {
        if (c == 'e' || c == 'E')
            return false;
        if (c >= '1' && c <= '9')
            return true;
    }
    return false;
}

// Not value.get_number(): in simdjson 3.0.1 it yields 0 for a fraction of more than 19 digits
// (found by fuzz_decoders). An integer beyond 64 bits, or a number beyond a double, is an error:
// Qt's parser reads those.
error_code readNumber(od::value &value, RawField &into)
{
    od::number_type type;
    if (const error_code error = value.get_number_type().get(type))
        return error;
    switch (type) {
    case od::number_type::signed_integer: {
        into.kind = RawField::Kind::Integer;
        int64_t integer = 0;
        if (const error_code error = value.get_int64().get(integer))
            return error;
        into.integer = integer;
        into.number = double(integer);
        return simdjson::SUCCESS;
    }
    case od::number_type::unsigned_integer: {
        into.kind = RawField::Kind::Number;
        uint64_t number = 0;
        if (const error_code error = value.get_uint64().get(number))
            return error;
        into.number = double(number);
        return simdjson::SUCCESS;
    }
    case od::number_type::floating_point_number: {
        into.kind = RawField::Kind::Number;
        const std::string_view text = value.raw_json_token();
        if (const error_code error = value.get_double().get(into.number))
            return error;
        // Qt refuses a number too small for a double ("illegal number"), simdjson makes it 0.
        return into.number == 0 && underflows(text) ? simdjson::NUMBER_ERROR : simdjson::SUCCESS;
    }
    }
    return simdjson::NUMBER_ERROR;
}

error_code readNull(od::value &value)
{
    bool isNull = false;
    if (const error_code error = value.is_null().get(isNull))
        return error;
    return isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
}

// The text of an array or object, consumed.
template <typename Container> error_code rawJson(simdjson::simdjson_result<Container> &&opened, std::string_view &text)
{
    Container container;
    if (error_code error = std::move(opened).get(container); error || (error = container.raw_json().get(text)))
        return error;
    return simdjson::SUCCESS;
}

// An account's detail or positions (rare in lists): its text, parsed by Qt as the reference path
// would. Qt refusing it, or nesting that deep, sends the whole body to Qt's parser.
error_code readNested(od::value &value, od::json_type type, RawField &into)
{
    std::string_view text;
    if (const error_code error =
            type == od::json_type::array ? rawJson(value.get_array(), text) : rawJson(value.get_object(), text))
        return error;
    if (std::count_if(text.begin(), text.end(), [](char c) { return c == '[' || c == '{'; }) > kMaxDepth)
        return simdjson::DEPTH_ERROR;
    QJsonParseError parsed;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())), &parsed);
    if (parsed.error != QJsonParseError::NoError)
        return simdjson::TAPE_ERROR;
    into.kind = RawField::Kind::Nested;
    into.nested = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return simdjson::SUCCESS;
}

// The text between the quotes, read in place when it holds no escape (stage 1 has already
// checked the body's UTF-8). get_string() copies every string into the parser's own buffer:
// more writes, and at 100,000 accounts 15 MB of pages faulted in for each answer.
error_code readString(od::value &value, std::string_view &text)
{
    const std::string_view token = value.raw_json_token(); // "...", then any spaces
    const size_t close = token.rfind('"');
    if (close == 0 || close == std::string_view::npos)
        return value.get_string().get(text); // not a string after all: simdjson says why
    const std::string_view inner = token.substr(1, close - 1);
    if (inner.find('\\') != std::string_view::npos)
        return value.get_string().get(text);
    od::raw_json_string raw; // moves past the string without unescaping it
    if (const error_code error = value.get_raw_json_string().get(raw))
        return error;
    text = inner;
    return simdjson::SUCCESS;
}

} // namespace

QString typeName(od::json_type type)
{
    switch (type) {
    case od::json_type::array:
        return JsonReader::typeName(QJsonValue::Array);
    case od::json_type::object:
        return JsonReader::typeName(QJsonValue::Object);
    case od::json_type::number:
        return JsonReader::typeName(QJsonValue::Double);
    case od::json_type::string:
        return JsonReader::typeName(QJsonValue::String);
    case od::json_type::boolean:
        return JsonReader::typeName(QJsonValue::Bool);
    case od::json_type::null:
        break;
    }
    return JsonReader::typeName(QJsonValue::Null);
}

error_code validate(od::value value, int depth)
{
    if (depth > kMaxDepth)
        return simdjson::DEPTH_ERROR;
    od::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    switch (type) {
    case od::json_type::array: {
        od::array array;
        if (const error_code error = value.get_array().get(array))
            return error;
        for (auto element : array) {
            od::value item;
            if (error_code error = element.get(item); error || (error = validate(item, depth + 1)))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::object: {
        od::object object;
        if (const error_code error = value.get_object().get(object))
            return error;
        for (auto member : object) {
            od::field field;
            std::string_view key;
            if (error_code error = std::move(member).get(field);
                error || (error = field.unescaped_key().get(key)) || (error = validate(field.value(), depth + 1)))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::string:
    case od::json_type::number:
    case od::json_type::boolean:
    case od::json_type::null: {
        RawField ignored;
        return read(value, ignored);
    }
    }
    return simdjson::INCORRECT_TYPE;
}

error_code read(od::value &value, RawField &into)
{
    od::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    switch (type) { // each case sets what its kind reads; the rest is stale, and unread
    case od::json_type::string:
        into.kind = RawField::Kind::String;
        return readString(value, into.text);
    case od::json_type::number:
        return readNumber(value, into);
    case od::json_type::boolean:
        into.kind = RawField::Kind::Bool;
        return value.get_bool().get(into.boolean);
    case od::json_type::null:
        into.kind = RawField::Kind::Null;
        return readNull(value);
    case od::json_type::array:
    case od::json_type::object:
        return readNested(value, type, into);
    }
    return simdjson::INCORRECT_TYPE;
}

} // namespace SimdValue
