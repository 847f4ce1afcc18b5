#pragma once

// Loads fontconfig's configuration on a thread of its own, at the start of main(): the window's
// first text needs it, and parsing the system's font configuration (XML) was two thirds of the
// main window's construction (callgrind: 24 M of 37.5 M instructions). Started before
// QApplication, it runs while the GUI thread waits for the display; the window mapped about
// 2 ms sooner under Xvfb (bench_startup). fontconfig's initialisation is thread-safe: if Qt asks
// before the thread is done, fontconfig keeps one of the two configurations.
namespace FontConfigWarmUp {
void start();
}
