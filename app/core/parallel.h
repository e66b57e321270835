// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <thread>
#include <type_traits>
#include <vector>

namespace rd {

// How many threads work that is pure computation gets: the machine's cores, at most four.
inline int computeThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

// How many parts inParts() makes of `count` items.
inline qsizetype partsOf(qsizetype count, int threads, qsizetype minimumPerPart)
{
    return std::clamp<qsizetype>(count / std::max<qsizetype>(minimumPerPart, 1), 1, threads);
}

// Runs work(from, to), or work(part, from, to), over [0, count) in contiguous parts numbered
// from 0, at most `threads` at once and none shorter than `minimumPerPart` (partsOf() says how
// many); the first part runs on the calling thread. Returns when every part has ended. `work`
// must touch only what its own range or part owns (and what nobody writes).
template<class Work>
void inParts(qsizetype count, int threads, qsizetype minimumPerPart, const Work &work)
{
    const auto run = [&work](qsizetype part, qsizetype from, qsizetype to) {
        if constexpr (std::is_invocable_v<const Work &, qsizetype, qsizetype, qsizetype>)
            work(part, from, to);
        else
            work(from, to);
    };
    const qsizetype parts = partsOf(count, threads, minimumPerPart);
    const qsizetype per = (count + parts - 1) / parts;
    std::vector<std::thread> others;
    for (qsizetype p = 1; p < parts; ++p) {
        const qsizetype from = p * per;
        const qsizetype to = std::min(count, from + per);
        if (from < to)
            others.emplace_back([&run, p, from, to] { run(p, from, to); });
    }
    run(0, 0, std::min(count, per));
    for (std::thread &t : others)
        t.join();
}

} // namespace rd
