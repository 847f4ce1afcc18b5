#pragma once

#include "FieldValue.h"

#include <QJsonValue>
#include <QtGlobal>

#include <string_view>

// One field of an account as simdjson read it, before any rule is applied: strings are views
// into the body, or into the parser's buffer when they held escapes (valid while the decode
// runs), numbers are kept both as the integer
// the text spelled and as the double Qt's parser would have made of it.
struct RawField
{
    enum class Kind : quint8 { Absent, Null, String, Integer, Number, Bool, Nested };
    Kind kind = Kind::Absent;
    bool boolean = false;
    qint64 integer = 0;    // Integer: a whole number that fits 64 bits signed
    double number = 0;     // Integer and Number
    std::string_view text; // String: unescaped UTF-8
    QJsonValue nested;     // Nested: an array or an object (an account's detail, positions)

    bool isAbsent() const { return kind == Kind::Absent || kind == Kind::Null; }

    // The same value as a FieldValue, for the general rules (JsonReader over JsonSlots).
    FieldValue toFieldValue() const
    {
        FieldValue value;
        switch (kind) {
        case Kind::Absent:
            break;
        case Kind::Null:
            value.type = QJsonValue::Null;
            break;
        case Kind::String:
            value.type = QJsonValue::String;
            value.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
            break;
        case Kind::Integer:
        case Kind::Number:
            value.type = QJsonValue::Double;
            value.number = number;
            break;
        case Kind::Bool:
            value.type = QJsonValue::Bool;
            value.boolean = boolean;
            break;
        case Kind::Nested:
            value.type = nested.type();
            value.nested = nested;
            break;
        }
        return value;
    }
};
