#pragma once

#include "FieldValue.h"

#include <QLatin1StringView>
#include <QList>

#include <string_view>
#include <unordered_map>
#include <vector>

// The fields a decoder reads from one object, filled by a parser other than Qt's (simdjson) and
// read by a JsonReader as it reads a QJsonObject: same rules, same messages. Only the named keys
// are kept; any other field is ignored, as the readers ignore unknown fields. Used for the
// accounts TypicalAccountReader leaves to the general rules: rare, so plain lookups.
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
    FieldValue &at(int slot) { return m_values[size_t(slot)]; }
    // Absent when the key has no slot.
    const FieldValue &value(QLatin1StringView key) const
    {
        const int slot = slotOf(std::string_view(key.data(), size_t(key.size())));
        return slot < 0 ? m_undefined : m_values[size_t(slot)];
    }

private:
    std::unordered_map<std::string_view, int> m_byName;
    std::vector<FieldValue> m_values;
    FieldValue m_undefined;
};
