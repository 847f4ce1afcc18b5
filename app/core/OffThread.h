#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

// Runs `work` on the global thread pool (reading or writing a file, say: never on the GUI
// thread) and hands its result to `done` on `context`'s thread, unless `context` is gone by
// then. The way back is cleared under a mutex when `context` is destroyed, so the worker never
// posts to a dead object.
template <typename Result>
void runOffThread(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    struct Link
    {
        QMutex mutex;
        QObject *context = nullptr;
    };
    auto link = std::make_shared<Link>();
    link->context = context;
    // Owned by `context`, so it goes (and stops watching) with it.
    QObject::connect(context, &QObject::destroyed, context, [link] {
        QMutexLocker lock(&link->mutex);
        link->context = nullptr;
    });
    QThreadPool::globalInstance()->start([link, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<Result>(work());
        QMutexLocker lock(&link->mutex);
        if (link->context) // Qt drops the call if the context dies before it runs
            QMetaObject::invokeMethod(
                link->context, [done, result] { done(std::move(*result)); }, Qt::QueuedConnection);
    });
}
