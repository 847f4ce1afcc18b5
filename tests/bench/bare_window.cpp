// The baseline of bench_startup: a bare QMainWindow of the console's size, shown; it says when it
// is mapped, as the console does with CONSOLE_STARTUP_TRACE=1, and quits.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QWindow>

#include <cstdio>

namespace {

// A function of its own, so that startup-instructions.sh can have callgrind dump before it.
[[gnu::noinline]] void announceMapped()
{
    std::fprintf(stderr, "startup: window mapped\n");
    std::fflush(stderr);
}

class Mapped : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            announceMapped();
            QApplication::quit();
        }
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.winId();
    Mapped mapped;
    window.windowHandle()->installEventFilter(&mapped);
    window.show();
    return app.exec();
}
