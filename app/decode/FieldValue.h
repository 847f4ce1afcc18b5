#pragma once

#include <QJsonValue>
#include <QString>

// One field's value as the readers judge it, whichever parser read it: a string, a number, a
// boolean, null or absent; arrays and objects (rare: an account's detail and positions) are kept
// as Qt's QJsonValue. Lighter than QJsonValue, whose strings Qt 6.4 keeps in a heap-allocated
// container each: decoding 10,000 accounts spent a third of its time there.
struct FieldValue
{
    QJsonValue::Type type = QJsonValue::Undefined;
    QString text;      // String
    double number = 0; // Double
    bool boolean = false;
    QJsonValue nested; // Array, Object

    static FieldValue fromJson(const QJsonValue &value)
    {
        FieldValue v;
        v.type = value.type();
        switch (v.type) {
        case QJsonValue::String:
            v.text = value.toString();
            break;
        case QJsonValue::Double:
            v.number = value.toDouble();
            break;
        case QJsonValue::Bool:
            v.boolean = value.toBool();
            break;
        case QJsonValue::Array:
        case QJsonValue::Object:
            v.nested = value;
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        return v;
    }
    QJsonValue toJson() const
    {
        switch (type) {
        case QJsonValue::String:
            return text;
        case QJsonValue::Double:
            return number;
        case QJsonValue::Bool:
            return boolean;
        case QJsonValue::Array:
        case QJsonValue::Object:
            return nested;
        case QJsonValue::Null:
            return QJsonValue(QJsonValue::Null);
        case QJsonValue::Undefined:
            break;
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    bool isUndefined() const { return type == QJsonValue::Undefined; }
    bool isNull() const { return type == QJsonValue::Null; }
    bool isString() const { return type == QJsonValue::String; }
    bool isDouble() const { return type == QJsonValue::Double; }
    bool isBool() const { return type == QJsonValue::Bool; }
    const QString &toString() const { return text; }
    double toDouble() const { return number; }
    bool toBool() const { return boolean; }
};
