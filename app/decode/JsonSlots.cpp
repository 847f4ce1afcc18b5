#include "JsonSlots.h"

JsonSlots::JsonSlots(const QList<QLatin1StringView> &keys)
    : m_keys(keys)
    , m_values(size_t(keys.size()))
    , m_interning(size_t(keys.size()))
{
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_byName.emplace(std::string_view(keys[i].data(), size_t(keys[i].size())), int(i));
}

void JsonSlots::clear()
{
    // Only the type: a string's storage is reused or released when the slot is next set.
    for (FieldValue &value : m_values)
        value.type = QJsonValue::Undefined;
    m_readCursor = 0;
}

const FieldValue &JsonSlots::value(QLatin1StringView key) const
{
    int slot = -1;
    if (m_readCursor < m_readOrder.size() && m_readOrder[m_readCursor].first == key.data()) {
        slot = m_readOrder[m_readCursor].second;
    } else {
        auto known = m_byAddress.constFind(key.data());
        if (known == m_byAddress.constEnd())
            known = m_byAddress.insert(key.data(), slotOf(std::string_view(key.data(), size_t(key.size()))));
        slot = *known;
        if (m_readCursor < m_readOrder.size())
            m_readOrder[m_readCursor] = {key.data(), slot};
        else
            m_readOrder.emplace_back(key.data(), slot);
    }
    ++m_readCursor;
    return slot < 0 ? m_undefined : m_values[size_t(slot)];
}

int JsonSlots::slotAt(size_t position, std::string_view key)
{
    if (position < m_lastOrder.size() && m_lastOrder[position].first == key)
        return m_lastOrder[position].second;
    const int slot = slotOf(key);
    if (position >= m_lastOrder.size())
        m_lastOrder.resize(position + 1);
    m_lastOrder[position] = {std::string(key), slot};
    return slot;
}

void JsonSlots::setString(int slot, std::string_view utf8)
{
    constexpr size_t kRemembered = 8;
    constexpr int kTrial = 64; // values seen before deciding whether a field's values repeat
    FieldValue &value = m_values[size_t(slot)];
    value.type = QJsonValue::String;
    Interning &interning = m_interning[size_t(slot)];
    const bool worthIt = interning.tries < kTrial || interning.hits * 4 >= interning.tries;
    if (!worthIt) { // ids, numbers: every value is new
        value.text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        return;
    }
    ++interning.tries;
    for (const Recent &known : interning.recent) {
        if (known.utf8 == utf8) {
            ++interning.hits;
            value.text = known.text;
            return;
        }
    }
    value.text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    if (interning.recent.size() < kRemembered)
        interning.recent.push_back({std::string(utf8), value.text});
    else // replace the oldest, round robin
        interning.recent[size_t(interning.tries) % kRemembered] = {std::string(utf8), value.text};
}
