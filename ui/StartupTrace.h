#pragma once

class QWidget;

// With CONSOLE_STARTUP_TRACE=1 in the environment, the console writes "startup: <moment>" lines
// to stderr at the moments bench_startup measures (the window mapped, the first customer's
// accounts answered). Without it, nothing happens.
namespace StartupTrace {

bool enabled();
void mark(const char *moment);
// Marks "window mapped" at the widget's first expose.
void watchFirstExpose(QWidget *window);

} // namespace StartupTrace
