#include "ServerText.h"

#include <QRegularExpression>

namespace ServerText {

QString excerpt(const QString &text, qsizetype maxChars)
{
    QString clean;
    clean.reserve(qMin(text.size(), maxChars * 2));
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || (c.isSpace() && c != QLatin1Char(' ')))
            clean += QLatin1Char(' ');
        else if (c.category() != QChar::Other_Format) // bidi overrides, zero-width characters
            clean += c;
        if (clean.size() > maxChars * 4)
            break; // enough to cut
    }
    clean = clean.trimmed();
    if (clean.size() > maxChars)
        clean = clean.left(maxChars - 1).trimmed() + QChar(0x2026);
    return clean;
}

QString fromBody(const QByteArray &body, qsizetype maxChars)
{
    const QString text = QString::fromUtf8(body.left(64 * 1024));
    if (!text.contains(QLatin1Char('<')))
        return excerpt(text.simplified(), maxChars);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto match = title.match(text); match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        return excerpt(match.captured(1).simplified(), maxChars);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>?"));
    QString stripped = text;
    stripped.replace(tags, QStringLiteral(" "));
    return excerpt(stripped.simplified(), maxChars);
}

} // namespace ServerText
