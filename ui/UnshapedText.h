#pragma once

#include <QFont>

// Latin text laid out without kerning or ligatures (QFont::PreferNoShaping); scripts that need
// shaping (Arabic, Devanagari, ...) are still shaped. Text layout was the largest part of the
// console's work from the window's first paint to the first customer's accounts: HarfBuzz's
// shaping alone 9.6 M of the 64.7 M instructions the GUI thread ran (callgrind, between the
// start-up marks), and the tree's unshaped font loaded a font engine of its own (4.3 M).
namespace UnshapedText {

QFont of(QFont font);
// Every widget's default font, before the first widget is made; it follows the desktop's font
// when that changes while the console runs.
void applyToApplication();

} // namespace UnshapedText
