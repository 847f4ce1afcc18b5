#pragma once

// Loads fontconfig's configuration on a thread of its own while QApplication connects to the
// display: the window's first text needs it, and parsing the system's font configuration (XML)
// was two thirds of the main window's construction (callgrind: 24 M of 37.5 M instructions).
// Under Xvfb the window was mapped about 2 ms sooner (bench_startup, medians of 5 starts).
namespace FontConfigWarmUp {
// At the start of main(), before QApplication.
void start();
// Before the first widget with text. It waits, if at all, only for what the GUI thread would
// otherwise do itself: Qt's font database loads the same configuration on its first use, and
// started while the thread is still at it, it would load a second one (fontconfig keeps one).
void finish();
} // namespace FontConfigWarmUp
