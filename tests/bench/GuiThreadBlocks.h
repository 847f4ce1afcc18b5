#pragma once

// How long the GUI thread could not answer while a customer loads, measured two ways:
//  - the longest gap between ticks of a 1 ms timer (wall clock: what the agent would see on this
//    machine, where two cores also run the sandbox and the decoding thread), with the GUI
//    thread's own CPU time within that gap (what the console's code costs it);
//  - the longest single event the GUI thread delivered, and to what, to name the culprit.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace bench_detail {
// CPU time this thread has used, in nanoseconds: unlike wall-clock time, it does not count the
// time the scheduler gave the other threads and processes.
inline qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
} // namespace bench_detail

struct GuiThreadBlocks
{
    qint64 gapNs = 0;
    qint64 gapCpuNs = 0;
    qint64 eventNs = 0;
    qint64 eventCpuNs = 0;    // the GUI thread's own CPU time in that event
    QByteArray eventReceiver; // class name of the longest event's receiver
};

// Times every event the GUI thread delivers while `watching` is set (events sent from within an
// event count as part of it).
class EventTimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    GuiThreadBlocks *watching = nullptr;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs on every thread that delivers events (Qt's HTTP thread too): only the
        // GUI thread's count.
        if (!watching || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        GuiThreadBlocks *blocks = watching;

        const QByteArray name = receiver->metaObject()->className();
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const qint64 cpuBefore = bench_detail::threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = clock.nsecsElapsed();
        const qint64 cpuNs = bench_detail::threadCpuNs() - cpuBefore;
        --m_depth;
        if (qEnvironmentVariableIsSet("BENCH_EVENTS") && ns > 2000000)
            fprintf(stderr, "  {%s %d %.1f cpu %.1f}\n", name.constData(), int(event->type()), ns / 1e6, cpuNs / 1e6);
        if (ns > blocks->eventNs) {
            blocks->eventNs = ns;
            blocks->eventCpuNs = cpuNs;
            blocks->eventReceiver = name;
        }
        return result;
    }

private:
    int m_depth = 0;
};

// Watches the GUI thread from construction until finish(), which lets the event under way end
// first: the gap that holds the last event counts too.
class GuiThreadWatch
{
public:
    explicit GuiThreadWatch(EventTimingApplication &app, GuiThreadBlocks &blocks)
        : m_app(app)
        , m_blocks(blocks)
    {
        m_app.watching = &m_blocks;
        m_cpuAtTick = bench_detail::threadCpuNs();
        m_ticker.setInterval(1);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { tick(); });
        m_gap.start();
        m_ticker.start();
    }
    ~GuiThreadWatch() { m_app.watching = nullptr; }
    Q_DISABLE_COPY_MOVE(GuiThreadWatch)

    // Call once what is watched is done: returns after the next tick.
    void finish()
    {
        QEventLoop loop; // a benchmark may wait in a local loop; the application never does
        QObject::connect(&m_ticker, &QTimer::timeout, &loop, &QEventLoop::quit);
        loop.exec();
        m_ticker.stop();
        m_app.watching = nullptr;
    }

private:
    void tick()
    {
        m_blocks.gapNs = std::max(m_blocks.gapNs, m_gap.nsecsElapsed());
        m_gap.restart();
        const qint64 cpu = bench_detail::threadCpuNs();
        m_blocks.gapCpuNs = std::max(m_blocks.gapCpuNs, cpu - m_cpuAtTick);
        m_cpuAtTick = cpu;
    }

    EventTimingApplication &m_app;
    GuiThreadBlocks &m_blocks;
    QTimer m_ticker;
    QElapsedTimer m_gap;
    qint64 m_cpuAtTick = 0;
};
