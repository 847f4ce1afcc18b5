#pragma once

#include <QByteArray>
#include <QString>

// Text that came from the network (an error message, a proxy's page) made fit to show: plain
// text, one line, no control or bidi-override characters, bounded. The widgets show it with
// Qt::PlainText as well; this keeps it short and printable wherever it goes (logs, CSV, tooltips).
namespace ServerText {

inline constexpr qsizetype kMaxChars = 200;

// Control characters (line breaks included) become spaces, format characters (bidi overrides,
// zero-width) are dropped, and the text is cut to maxChars with "…".
QString excerpt(const QString &text, qsizetype maxChars = kMaxChars);

// A body that is not JSON: an HTML page gives its <title> (or, lacking one, its text without
// tags); anything else its first characters; whitespace folded. Invalid UTF-8 becomes U+FFFD.
QString fromBody(const QByteArray &body, qsizetype maxChars = kMaxChars);

} // namespace ServerText
