#pragma once

#include "FieldValue.h"

#include <QHash>
#include <QLatin1StringView>
#include <QList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The fields a decoder reads from one object, filled by a parser other than Qt's (simdjson) and
// read by a JsonReader as it reads a QJsonObject: same rules, same messages. Only the named keys
// are kept; any other field is ignored, as the readers ignore unknown fields.
class JsonSlots
{
public:
    explicit JsonSlots(const QList<QLatin1StringView> &keys);

    // The slot of a key as the parser hands it over (UTF-8, unescaped), or -1.
    int slotOf(std::string_view key) const
    {
        const auto it = m_byName.find(key);
        return it == m_byName.end() ? -1 : it->second;
    }
    void clear();
    FieldValue &at(int slot) { return m_values[size_t(slot)]; }
    // Readers ask for the same literals object after object: found by the literal's address
    // first, by its text the first time.
    const FieldValue &value(QLatin1StringView key) const;

private:
    QList<QLatin1StringView> m_keys;
    std::unordered_map<std::string_view, int> m_byName;
    std::vector<FieldValue> m_values;
    mutable QHash<const char *, int> m_byAddress;
    // The order the reader asked in for the last object: it asks in the same order every time.
    mutable std::vector<std::pair<const char *, int>> m_readOrder;
    mutable size_t m_readCursor = 0;
    FieldValue m_undefined;
};
