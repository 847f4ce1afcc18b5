#include "FirstExpose.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace {

class FirstExposeFilter : public QObject
{
public:
    FirstExposeFilter(QWidget *window, std::function<void()> atExpose, std::function<void()> afterPaint,
                      std::chrono::milliseconds fallback)
        : QObject(window)
        , m_atExpose(std::move(atExpose))
        , m_afterPaint(std::move(afterPaint))
    {
        QTimer::singleShot(fallback, this, [this] { fire(); });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            fire();
        }
        return false; // the expose goes on to Qt, which paints the window
    }

private:
    void fire()
    {
        if (m_fired)
            return;
        m_fired = true;
        if (m_atExpose)
            m_atExpose();
        // Queued: it runs after the expose event has been handled, and so after the paint.
        QTimer::singleShot(0, this, [this] {
            if (m_afterPaint)
                m_afterPaint();
            deleteLater();
        });
    }

    std::function<void()> m_atExpose;
    std::function<void()> m_afterPaint;
    bool m_fired = false;
};

} // namespace

void onFirstExpose(QWidget *window, std::function<void()> atExpose, std::function<void()> afterPaint,
                   std::chrono::milliseconds fallback)
{
    window->winId(); // makes the native window, so it can be watched before it is shown
    auto *filter = new FirstExposeFilter(window, std::move(atExpose), std::move(afterPaint), fallback);
    if (QWindow *handle = window->windowHandle())
        handle->installEventFilter(filter);
}
