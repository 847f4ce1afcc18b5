#include "UnshapedText.h"

#include <QApplication>

namespace UnshapedText {

QFont of(QFont font)
{
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

void applyToApplication()
{
    QApplication::setFont(of(QApplication::font()));
}

} // namespace UnshapedText
