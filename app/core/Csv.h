#pragma once

#include <QString>
#include <QStringList>

// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, lines end in
// CRLF. Written as UTF-8 by the callers.
namespace Csv {

QString field(const QString &value);
QString line(const QStringList &fields); // with its CRLF

} // namespace Csv
