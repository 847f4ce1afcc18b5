#include "JsonSlots.h"

JsonSlots::JsonSlots(const QList<QLatin1StringView> &keys)
    : m_keys(keys)
    , m_values(size_t(keys.size()))
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
