#include "JsonKeyCache.h"

#include <QCborMap>

void JsonKeyCache::useKeysOf(const QJsonObject &object)
{
    // Shares the parsed document: no copy.
    const QCborMap map = QCborMap::fromJsonObject(object);
    if (map.size() == m_keys.size()) {
        qsizetype i = 0;
        for (auto it = map.constBegin(); it != map.constEnd() && it.key() == m_keys.at(i); ++it)
            ++i;
        if (i == m_keys.size())
            return;
    }
    m_names.clear();
    m_keys.clear();
    m_positions.clear();
    m_names.reserve(map.size());
    m_keys.reserve(map.size());
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        m_keys.append(it.key());
        m_names.append(it.key().toString());
    }
}

qsizetype JsonKeyCache::indexOf(QLatin1StringView key)
{
    auto it = m_positions.constFind(key.data());
    if (it == m_positions.constEnd())
        it = m_positions.insert(key.data(), m_names.indexOf(key));
    return *it;
}
