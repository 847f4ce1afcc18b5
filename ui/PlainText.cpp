#include "PlainText.h"

#include <QTextDocument>

namespace PlainText {

QString toolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace PlainText
