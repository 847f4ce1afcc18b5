#include "JsonReader.h"

#include "core/Ids.h"
#include "net/NetLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JsonReader", text);
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path, std::optional<DecodeFailure> &failure,
                       qsizetype index, JsonKeyCache *keys)
    : m_object(object)
    , m_keys(keys)
    , m_path(path)
    , m_index(index)
    , m_failure(failure)
{
    if (keys)
        keys->useKeysOf(object);
    else
        m_names = object.keys();
}

namespace {
const QJsonObject kNoObject;
} // namespace

JsonReader::JsonReader(const JsonSlots &fields, const QString &path, std::optional<DecodeFailure> &failure,
                       qsizetype index)
    : m_object(kNoObject)
    , m_slots(&fields)
    , m_keys(nullptr)
    , m_path(path)
    , m_index(index)
    , m_failure(failure)
{}

QString JsonReader::path() const
{
    return m_index < 0 ? m_path : m_path + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
}

QString JsonReader::pathOf(QLatin1StringView key) const
{
    const QString base = path();
    return base.isEmpty() ? QString(key) : base + QLatin1Char('.') + key;
}

namespace {
// Fields shown as unknown in the decode running on this thread: the first few are logged, the rest
// counted, so that a list of 10,000 odd accounts writes a summary rather than 10,000 lines.
constexpr int kDegradedLogged = 10;
thread_local int degradedInThisDecode = 0;
thread_local bool quietDecode = false;
} // namespace

void JsonReader::beginDecode(bool quiet)
{
    degradedInThisDecode = 0;
    quietDecode = quiet;
}

void JsonReader::endDecode()
{
    if (!quietDecode && degradedInThisDecode > kDegradedLogged)
        qCWarning(lcDecode) << degradedInThisDecode - kDegradedLogged << "more fields shown as unknown";
    quietDecode = false;
}

int JsonReader::degradedInDecode()
{
    return degradedInThisDecode;
}

void JsonReader::degrade(QLatin1StringView key, const QString &problem) const
{
    // One odd value must not hide a customer: the field shows as unknown, and the log says why.
    if (++degradedInThisDecode <= kDegradedLogged && !quietDecode)
        qCWarning(lcDecode).noquote() << pathOf(key) + QStringLiteral(": shown as unknown:") << problem;
}

void JsonReader::fail(const QString &path, const QString &problem)
{
    if (!m_failure)
        m_failure = DecodeFailure{path, problem};
}

QString JsonReader::typeName(QJsonValue::Type valueType)
{
    static const std::pair<QJsonValue::Type, const char *> names[] = {
        {QJsonValue::Null, "null"},       {QJsonValue::Bool, "a boolean"}, {QJsonValue::Double, "a number"},
        {QJsonValue::String, "a string"}, {QJsonValue::Array, "an array"}, {QJsonValue::Object, "an object"}};
    for (const auto &[type, name] : names) {
        if (type == valueType)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("nothing");
}

const FieldValue &JsonReader::present(QLatin1StringView key) const
{
    static const FieldValue absent;
    if (m_failure)
        return absent;
    if (m_slots) {
        const FieldValue &value = m_slots->value(key);
        return value.isNull() ? absent : value;
    }
    const auto it = find(key);
    if (!it)
        return absent;
    m_scratch = FieldValue::fromJson(it->value());
    return m_scratch;
}

std::optional<QJsonObject::const_iterator> JsonReader::find(QLatin1StringView key) const
{
    if (m_failure || m_slots) // slots: present() reads them
        return std::nullopt;
    const qsizetype i = m_keys ? m_keys->indexOf(key) : m_names.indexOf(key);
    if (i < 0)
        return std::nullopt;
    const auto it = m_object.constBegin() + i;
    return it.value().isNull() ? std::nullopt : std::optional(it);
}

QString JsonReader::requiredString(QLatin1StringView key)
{
    // The common case without a QJsonValue copy: thousands of accounts go through here.
    if (const auto it = find(key); it && it->value().isString())
        return it->value().toString();
    const FieldValue &value = present(key); // absent, null or not a string (or a slot's string)
    if (value.isString())
        return value.toString();
    if (ok())
        fail(pathOf(key), value.isUndefined() ? tr("required field is missing")
                                              : tr("expected a string, got %1").arg(typeName(value.type)));
    return {};
}

QString JsonReader::optionalString(QLatin1StringView key)
{
    if (const auto it = find(key); it && it->value().isString())
        return it->value().toString();
    const FieldValue &value = present(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) { // tolerated: the service sometimes sends numeric text as a number
        const double d = value.toDouble();
        return d == std::floor(d) && std::fabs(d) < 9007199254740992.0 ? QString::number(qint64(d))
                                                                       : QString::number(d, 'g', 17);
    }
    return {};
}

std::optional<QString> JsonReader::digitsAt(QLatin1StringView key) const
{
    // The common case without a QJsonValue copy: thousands of accounts go through here.
    if (const auto it = find(key); it && it->value().isString()) {
        QString id = it->value().toString();
        if (Ids::isValidPathId(id))
            return id;
    }
    if (m_slots) {
        if (const FieldValue &value = present(key); value.isString() && Ids::isValidPathId(value.toString()))
            return value.toString();
    }
    return std::nullopt;
}

QString JsonReader::requiredId(QLatin1StringView key)
{
    if (auto id = digitsAt(key))
        return *id;
    const FieldValue &value = present(key);
    const QString id = Ids::fromJson(value.toJson());
    if (id.isEmpty() && ok())
        fail(pathOf(key), value.isUndefined()
                              ? tr("required field is missing")
                              : tr("expected an id (digits as a string or number), got %1").arg(typeName(value.type)));
    return id;
}

QString JsonReader::optionalId(QLatin1StringView key)
{
    const FieldValue &value = present(key);
    const QString id = Ids::fromJson(value.toJson());
    if (id.isEmpty() && !value.isUndefined())
        degrade(key, tr("not an id: %1").arg(typeName(value.type)));
    return id;
}

QString JsonReader::referenceId(QLatin1StringView key)
{
    if (auto id = digitsAt(key))
        return *id;
    const FieldValue &value = present(key);
    if (value.isUndefined()) {
        if (ok())
            fail(pathOf(key), tr("required field is missing"));
        return {};
    }
    const QString id = Ids::fromJson(value.toJson());
    if (id.isEmpty())
        degrade(key, tr("not an id (digits as a string or number): %1").arg(typeName(value.type)));
    return id;
}

QDateTime JsonReader::dateFrom(const FieldValue &value, bool *ok)
{
    // Beyond ±1e15 s QDateTime cannot hold the date (and a double no longer holds whole seconds).
    constexpr double kLimit = 1e15;
    *ok = false;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::fabs(d) < kLimit) {
            *ok = true;
            return QDateTime::fromSecsSinceEpoch(qint64(d), Qt::UTC);
        }
    } else if (value.isString()) {
        const qint64 seconds = value.toString().toLongLong(ok);
        if (*ok && (seconds >= qint64(kLimit) || seconds <= -qint64(kLimit)))
            *ok = false;
        if (*ok)
            return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    return {};
}

// A number (or string of digits) that is not a date the console can show: shown as unknown. Any
// other type is a wrong type, and refused.
bool JsonReader::isOutOfRangeDate(const FieldValue &value)
{
    if (value.isDouble())
        return true;
    if (!value.isString())
        return false;
    const QString text = value.toString().trimmed();
    bool digits = !text.isEmpty();
    for (qsizetype i = 0; i < text.size() && digits; ++i)
        digits = text[i].isDigit() || (i == 0 && text[i] == QLatin1Char('-'));
    return digits;
}

QDateTime JsonReader::requiredDate(QLatin1StringView key)
{
    const FieldValue &value = present(key);
    bool parsed = false;
    const QDateTime date = dateFrom(value, &parsed);
    if (parsed || !ok())
        return date;
    if (isOutOfRangeDate(value))
        degrade(key, tr("epoch seconds out of range"));
    else
        fail(pathOf(key), value.isUndefined() ? tr("required field is missing")
                                              : tr("expected epoch seconds, got %1").arg(typeName(value.type)));
    return {};
}

QDateTime JsonReader::optionalDate(QLatin1StringView key)
{
    if (const auto it = find(key); it && it->value().isDouble()) {
        const double d = it->value().toDouble();
        if (std::isfinite(d) && std::fabs(d) < 1e15)
            return QDateTime::fromSecsSinceEpoch(qint64(d), Qt::UTC);
    }
    const FieldValue &value = present(key);
    bool parsed = false;
    const QDateTime date = dateFrom(value, &parsed);
    if (parsed || value.isUndefined() || !ok())
        return date;
    if (isOutOfRangeDate(value))
        degrade(key, tr("epoch seconds out of range"));
    else
        fail(pathOf(key), tr("expected epoch seconds, got %1").arg(typeName(value.type)));
    return {};
}

std::optional<double> JsonReader::optionalNumber(QLatin1StringView key)
{
    const FieldValue &value = present(key);
    if (value.isDouble())
        return value.toDouble();
    if (!value.isUndefined() && ok())
        fail(pathOf(key), tr("expected a number, got %1").arg(typeName(value.type)));
    return std::nullopt;
}

std::optional<int> JsonReader::optionalInt(QLatin1StringView key)
{
    const FieldValue &value = present(key);
    // Compared as doubles first: converting a double outside int's range is undefined behaviour.
    constexpr double kMin = std::numeric_limits<int>::min();
    constexpr double kMax = std::numeric_limits<int>::max();
    if (value.isDouble() && value.toDouble() == std::floor(value.toDouble())) {
        const double d = value.toDouble();
        if (d >= kMin && d <= kMax)
            return int(d);
        degrade(key, tr("integer out of range"));
        return std::nullopt;
    }
    if (value.isString()) { // codes arrive as "103" as often as 103
        bool parsed = false;
        const int n = value.toString().toInt(&parsed);
        if (parsed)
            return n;
        const double d = value.toString().toDouble(&parsed);
        if (parsed && std::isfinite(d) && d == std::floor(d)) { // digits, but not an int
            degrade(key, tr("integer out of range"));
            return std::nullopt;
        }
    }
    if (!value.isUndefined() && ok())
        fail(pathOf(key), tr("expected an integer, got %1").arg(typeName(value.type)));
    return std::nullopt;
}

bool JsonReader::optionalBool(QLatin1StringView key, bool fallback)
{
    const FieldValue &value = present(key);
    if (value.isBool())
        return value.toBool();
    if (!value.isUndefined() && ok())
        fail(pathOf(key), tr("expected a boolean, got %1").arg(typeName(value.type)));
    return fallback;
}

std::optional<QJsonValue> JsonReader::member(const QJsonObject &root, QLatin1StringView key, QJsonValue::Type type,
                                             std::optional<DecodeFailure> &failure)
{
    const QJsonValue value = root.value(key);
    if (value.type() == type)
        return value;
    const QString expected =
        type == QJsonValue::Array ? tr("expected an array, got %1") : tr("expected an object, got %1");
    if (!failure)
        failure = DecodeFailure{QString(key),
                                value.isUndefined() ? tr("required field is missing") : expected.arg(typeName(value))};
    return std::nullopt;
}

std::optional<QJsonObject> JsonReader::objectAt(const QJsonArray &array, qsizetype i, const QString &listPath,
                                                std::optional<DecodeFailure> &failure)
{
    const QJsonValue item = array.at(i);
    if (item.isObject())
        return item.toObject();
    if (!failure)
        failure = DecodeFailure{listPath + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                                tr("expected an object, got %1").arg(typeName(item))};
    return std::nullopt;
}

bool JsonReader::acceptBody(const QByteArray &body, qint64 maxBytes, std::optional<DecodeFailure> &failure)
{
    if (body.size() > maxBytes) {
        failure =
            DecodeFailure{{}, tr("the body of %1 bytes exceeds the limit of %2 bytes").arg(body.size()).arg(maxBytes)};
        return false;
    }
    if (body.trimmed().isEmpty()) {
        failure = DecodeFailure{{}, tr("the answer was empty")};
        return false;
    }
    return true;
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &body, qint64 maxBytes,
                                                   std::optional<DecodeFailure> &failure)
{
    if (!acceptBody(body, maxBytes, failure))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        failure = DecodeFailure{{}, tr("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)};
        return std::nullopt;
    }
    if (!document.isObject()) {
        failure = DecodeFailure{{}, tr("expected a JSON object at the top level")};
        return std::nullopt;
    }
    return document.object();
}
