#include "StartupTrace.h"

#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace {

class FirstExpose : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            StartupTrace::mark("window mapped");
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }
};

} // namespace

namespace StartupTrace {

bool enabled()
{
    static const bool on = qEnvironmentVariableIntValue("CONSOLE_STARTUP_TRACE") == 1;
    return on;
}

void mark(const char *moment)
{
    if (enabled()) {
        std::fprintf(stderr, "startup: %s\n", moment);
        std::fflush(stderr);
    }
}

void watchFirstExpose(QWidget *window)
{
    if (!enabled())
        return;
    window->winId(); // makes the native window, so it can be watched before it is shown
    if (QWindow *handle = window->windowHandle())
        handle->installEventFilter(new FirstExpose(window));
}

} // namespace StartupTrace
