#pragma once

#include <QPalette>
#include <QString>

// A light or dark palette on the Fusion style, for desktops whose theme does not reach Qt
// programs (and for screenshots of both). By default the console takes the desktop's palette.
namespace ColorScheme {

enum class Scheme { Desktop, Light, Dark };

// "light", "dark", "desktop" or "" (the desktop's); false for anything else.
bool parse(const QString &name, Scheme *scheme);
QPalette dark();
// Applies the scheme to the running application: the console's style (ConsoleStyle) on the
// desktop's style and palette, or on Fusion with the scheme's palette.
void apply(Scheme scheme);

} // namespace ColorScheme
