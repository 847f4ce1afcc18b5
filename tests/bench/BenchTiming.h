#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>
#include <utility>

namespace bench_detail {
inline double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace bench_detail

// The median of `runs` timings of `work`, in milliseconds: robust to a noisy shared machine.
inline double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(bench_detail::elapsedMs(work));
    return bench_detail::median(times);
}

// Medians of a baseline and of the measured work, run alternately so that a ratio between them
// is not skewed by the shared machine getting busier or quieter between two phases. `untimed`,
// when given, runs before each pair outside the timings (to free what the last run built, say).
inline std::pair<double, double> interleavedMedianMs(int runs, const std::function<void()> &baseline,
                                                     const std::function<void()> &work,
                                                     const std::function<void()> &untimed = {})
{
    QList<double> baselineTimes;
    QList<double> workTimes;
    for (int i = 0; i < runs; ++i) {
        if (untimed)
            untimed();
        baselineTimes.append(bench_detail::elapsedMs(baseline));
        workTimes.append(bench_detail::elapsedMs(work));
    }
    return {bench_detail::median(baselineTimes), bench_detail::median(workTimes)};
}
