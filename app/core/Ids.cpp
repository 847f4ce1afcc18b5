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
        return QString::number(qint64(d));
    }
    return {};
}

} // namespace Ids
