#include "ColorScheme.h"

#include "ConsoleStyle.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ColorScheme {

bool parse(const QString &name, Scheme *scheme)
{
    if (name.isEmpty() || name == "desktop"_L1)
        *scheme = Scheme::Desktop;
    else if (name == "light"_L1)
        *scheme = Scheme::Light;
    else if (name == "dark"_L1)
        *scheme = Scheme::Dark;
    else
        return false;
    return true;
}

QPalette dark()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x80, 0x82, 0x88), highlight(0x3d, 0x7e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x29));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xa8, 0x8c, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

void apply(Scheme scheme)
{
    if (scheme == Scheme::Desktop) {
        QApplication::setStyle(new ConsoleStyle);
        return;
    }
    QApplication::setStyle(new ConsoleStyle(u"Fusion"_s));
    QApplication::setPalette(scheme == Scheme::Dark ? dark() : QApplication::style()->standardPalette());
}

} // namespace ColorScheme
