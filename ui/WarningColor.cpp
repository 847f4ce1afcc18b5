#include "WarningColor.h"

#include <QApplication>

#include <cmath>

namespace WarningColor {

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor on(const QColor &background)
{
    // Walk the red's lightness away from the background until the text reads well.
    const bool dark = luminance(background) < 0.18;
    QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
    for (int step = 0; step < 20 && contrast(red, background) < 4.5; ++step)
        red = dark ? red.lighter(110) : red.darker(110);
    return red;
}

QColor forViews()
{
    // Asked for every painted cell: computed again only when the palette's base changes (GUI thread).
    static QRgb base = 0;
    static QColor red;
    const QColor now = QApplication::palette().color(QPalette::Base);
    if (!red.isValid() || now.rgba() != base) {
        base = now.rgba();
        red = on(now);
    }
    return red;
}

void apply(QWidget *widget, bool warn)
{
    QPalette palette = widget->palette();
    const QColor normal = QApplication::palette().color(QPalette::WindowText);
    palette.setColor(QPalette::WindowText, warn ? on(palette.color(QPalette::Window)) : normal);
    widget->setPalette(palette);
}

} // namespace WarningColor
