#pragma once

#include "Decoded.h"
#include "FieldValue.h"
#include "JsonKeyCache.h"
#include "JsonSlots.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

// Reads typed fields out of one JSON object, tolerant where the API is loose (ids and codes as
// number or string, null as absent, unknown fields ignored) and strict where it matters: a
// missing required field or a wrong type records the first failure with its full path. After
// a failure every read returns a default and ok() is false.
class JsonReader
{
public:
    // path names the object in failures; index, when not negative, is appended as "[index]". The
    // full path is only built when something fails. keys, when given, is shared by the readers of
    // a list of objects that share their keys.
    JsonReader(const QJsonObject &object, const QString &path, std::optional<DecodeFailure> &failure,
               qsizetype index = -1, JsonKeyCache *keys = nullptr);
    // The same rules over fields another parser filled in (JsonSlots).
    JsonReader(const JsonSlots &fields, const QString &path, std::optional<DecodeFailure> &failure,
               qsizetype index = -1);

    bool ok() const { return !m_failure.has_value(); }
    const QJsonObject &object() const { return m_object; }
    QString pathOf(QLatin1StringView key) const;
    QString path() const;

    QString requiredString(QLatin1StringView key);
    QString optionalString(QLatin1StringView key);
    // Opaque id: digits as a JSON string or number.
    QString requiredId(QLatin1StringView key);
    QString optionalId(QLatin1StringView key);
    // A required reference to another record (customer, institution, login): missing is a
    // failure; a value that is no id (negative, letters, too long) degrades to unknown ("").
    QString referenceId(QLatin1StringView key);
    // Epoch seconds (integer or string of digits), as UTC. A number out of QDateTime's range is
    // shown as unknown (an invalid QDateTime); text that is not a number is a failure.
    QDateTime requiredDate(QLatin1StringView key);
    QDateTime optionalDate(QLatin1StringView key);
    std::optional<double> optionalNumber(QLatin1StringView key);
    // An integer out of int's range is unknown (nullopt); a fraction or text is a failure.
    std::optional<int> optionalInt(QLatin1StringView key);
    bool optionalBool(QLatin1StringView key, bool fallback = false);

    void fail(const QString &path, const QString &problem);
    // The field's value is of the right type but unusable: it is left unknown and logged under
    // console.decode; the rest of the record and the list still decode.
    void degrade(QLatin1StringView key, const QString &problem) const;
    // The raw value of a field (undefined when absent or null).
    QJsonValue raw(QLatin1StringView key) const { return present(key).toJson(); }

    // Parses a body into its top-level object, refusing oversized or malformed input.
    static std::optional<QJsonObject> parseObject(const QByteArray &body, qint64 maxBytes,
                                                  std::optional<DecodeFailure> &failure);
    // The checks before any parser runs: the size limit and an empty answer.
    static bool acceptBody(const QByteArray &body, qint64 maxBytes, std::optional<DecodeFailure> &failure);
    static QString typeName(const QJsonValue &value) { return typeName(value.type()); }
    static QString typeName(QJsonValue::Type type);
    // A required member of the top-level object with the given type (Array or Object); otherwise
    // records "required field is missing" or "expected an array, got a number" and returns null.
    static std::optional<QJsonValue> member(const QJsonObject &root, QLatin1StringView key, QJsonValue::Type type,
                                            std::optional<DecodeFailure> &failure);
    // Item i of a list as an object, or the failure "list[i]: expected an object, got …".
    static std::optional<QJsonObject> objectAt(const QJsonArray &array, qsizetype i, const QString &listPath,
                                               std::optional<DecodeFailure> &failure);
    static QDateTime dateFromJson(const QJsonValue &value, bool *ok)
    {
        return dateFrom(FieldValue::fromJson(value), ok);
    }
    static QDateTime dateFrom(const FieldValue &value, bool *ok);
    // Around one body's decode: bounds the log of fields shown as unknown to it. A quiet one only
    // counts them (a part of a body, whose paths would not name the right account).
    struct DecodeScope
    {
        enum class Log { Degraded, Quiet };
        explicit DecodeScope(Log log = Log::Degraded) { beginDecode(log == Log::Quiet); }
        ~DecodeScope() { endDecode(); }
        Q_DISABLE_COPY_MOVE(DecodeScope)
    };
    // Fields shown as unknown so far in this thread's decode (or its last one).
    static int degradedInDecode();
    static bool isOutOfRangeDate(const FieldValue &value);

private:
    static void beginDecode(bool quiet);
    static void endDecode();
    // The field's value; null counts as absent. Valid until the next call.
    const FieldValue &present(QLatin1StringView key) const;
    // The field as an id when it is a string of digits (the usual case), read without a copy.
    std::optional<QString> digitsAt(QLatin1StringView key) const;
    // The field's value in the parsed document, read without copying it into a QJsonValue; null
    // counts as absent.
    std::optional<QJsonObject::const_iterator> find(QLatin1StringView key) const;

    const QJsonObject &m_object;
    const JsonSlots *m_slots = nullptr;
    mutable FieldValue m_scratch; // present()'s answer when reading a QJsonObject
    // The object's key names, read once (by the list's cache when there is one):
    // QJsonObject::constFind() costs several times a scan of these, and was the largest part of
    // decoding 10,000 accounts.
    QList<QString> m_names;
    JsonKeyCache *m_keys;
    QString m_path;
    qsizetype m_index;
    std::optional<DecodeFailure> &m_failure;
};

// Every decoder's entry point: the body parsed into its top-level object (size limit, malformed
// JSON refused), `fill` reads the value from it, and a failure anywhere leaves no half-filled value.
template <typename T, typename Fill> Decoded<T> decodeRoot(const QByteArray &body, qint64 maxBytes, Fill fill)
{
    Decoded<T> result;
    {
        const JsonReader::DecodeScope scope;
        if (const auto root = JsonReader::parseObject(body, maxBytes, result.failure))
            fill(*root, result.value, result.failure);
    }
    if (result.failure)
        result.value = T{};
    return result;
}
