#pragma once

#include <QThreadPool>

// A pool of one thread: its tasks run one at a time, in the order they were started, and what
// the thread keeps (thread_local: a simdjson parser) serves each of them. Like any pool thread,
// it ends after 30 s without work unless told otherwise.
class OneThreadPool : public QThreadPool
{
public:
    explicit OneThreadPool(QObject *parent = nullptr)
        : QThreadPool(parent)
    {
        setMaxThreadCount(1);
    }
};
