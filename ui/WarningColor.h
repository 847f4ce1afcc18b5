#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

// The red of errors and negative balances, derived from the palette so that it stays readable:
// a dark red on a light background, a light red on a dark theme (contrast at least 4.5:1, the
// WCAG AA level for text).
namespace WarningColor {

// For text drawn on `palette`'s Base (views) or Window (labels) colour.
QColor on(const QColor &background);
QColor forViews(); // on the application palette's Base
// Sets a label's (or any widget's) text colour to the warning red, or back to normal.
void apply(QWidget *widget, bool warn);

// WCAG relative-luminance contrast between two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);

} // namespace WarningColor
