#include "JsonSlots.h"

JsonSlots::JsonSlots(const QList<QLatin1StringView> &keys)
    : m_values(size_t(keys.size()))
{
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_byName.emplace(std::string_view(keys[i].data(), size_t(keys[i].size())), int(i));
}
