#pragma once

#include <QThreadPool>

// The two threads that read large answers, each a pool of one thread: its tasks run one at a
// time, in the order they were started, and the simdjson parser it keeps (thread_local, sized
// for the largest read it made) serves each of them. Where each thread of Qt's global pool kept
// its own, the console held 4.5 MB more with a customer open (bench_console). Like any pool
// thread, each ends after 30 s without work, and its parser with it.
namespace DecodingThreads {

// ApiJob's decodes of large answers, and the first of a list's parts read on two threads.
QThreadPool &first();
// The other parts. Never destroyed: a read still running on the first thread while the
// console exits (its pool waits for it in its static destructor) may still start one here.
QThreadPool &second();

} // namespace DecodingThreads
