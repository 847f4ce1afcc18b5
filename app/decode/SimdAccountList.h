#pragma once

#include "Decoded.h"
#include "core/Account.h"

#include <QByteArray>
#include <QList>

#include <optional>

// The account list parsed with simdjson's DOM (several times faster than QJsonDocument for the
// 10,000-account answer) and read field by field by the same JsonReader rules as every other
// answer, so tolerance, strictness, degrading and messages are the same.
namespace SimdAccountList {

// nullopt when simdjson cannot parse the body (not JSON, invalid UTF-8, an integer beyond 64
// bits, nesting beyond its depth): the caller then parses it with Qt, which accepts it or names
// the problem. The size limit and an empty body are judged here, as everywhere.
std::optional<Decoded<QList<Account>>> decode(const QByteArray &body, qint64 maxBytes);

} // namespace SimdAccountList
