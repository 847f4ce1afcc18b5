#pragma once

#include <QJsonValue>
#include <QString>

#include <string_view>

// Identifiers are opaque strings of digits in the console's model. The API is not consistent:
// institutionId is a string in account records but an integer in paths, institutionLoginId the
// reverse. Everything is normalised to its canonical decimal string here.
namespace Ids {

// True for 1..20 ASCII digits: the only form that may be put into a request path.
bool isValidPathId(const QString &id);
bool isValidPathId(std::string_view utf8);

// A JSON number (integral, non-negative) or a string of digits, as canonical digits; an empty
// string when the value is neither.
QString fromJson(const QJsonValue &value);

} // namespace Ids
