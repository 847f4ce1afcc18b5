#include "Ids.h"

#include <cmath>

namespace Ids {

bool isValidPathId(const QString &id)
{
    if (id.isEmpty() || id.size() > 20)
        return false;
    for (QChar c : id) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isValidPathId(std::string_view utf8)
{
    if (utf8.empty() || utf8.size() > 20)
        return false;
    for (char c : utf8) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QString fromJson(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        return isValidPathId(text) ? text : QString();
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d != std::floor(d) || d >= 9007199254740992.0)
            return {};
        // Logins' ids come as numbers, the same one for dozens of accounts in a row: one string.
        thread_local double lastNumber = -1;
        thread_local QString lastText;
        if (d != lastNumber) {
            lastNumber = d;
            lastText = QString::number(qint64(d));
        }
        return lastText;
    }
    return {};
}

} // namespace Ids
