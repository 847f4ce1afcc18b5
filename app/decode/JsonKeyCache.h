#pragma once

#include <QCborValue>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The key names of a run of JSON objects that share their keys, as the 10,000 accounts of one
// answer do: Qt 6.4 hands out an object's keys only as newly allocated strings, so naming each
// key once per run rather than once per object removes most of the allocations of decoding.
// Keys are checked against the last object's without allocating (as CBOR values over the same
// parsed document); any difference names the keys afresh.
class JsonKeyCache
{
public:
    // Makes indexOf() answer for this object.
    void useKeysOf(const QJsonObject &object);
    // The key's position in the object's iteration order, or -1. Readers ask for the same string
    // literals object after object, so positions are remembered by the literal's address.
    qsizetype indexOf(QLatin1StringView key);

private:
    QList<QString> m_names;
    QList<QCborValue> m_keys;
    QHash<const char *, qsizetype> m_positions;
};
