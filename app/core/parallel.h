// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace rd {

// How many threads work that is pure computation gets: the machine's cores, at most four.
inline int computeThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

// Runs work(from, to) over [0, count) in contiguous parts, at most `threads` at once and none
// shorter than `minimumPerPart`; the first part runs on the calling thread. Returns when every
// part has ended. `work` must touch only what its own range owns (and what nobody writes).
template<class Work>
void inParts(qsizetype count, int threads, qsizetype minimumPerPart, const Work &work)
{
    const qsizetype parts =
        std::clamp<qsizetype>(count / std::max<qsizetype>(minimumPerPart, 1), 1, threads);
    const qsizetype per = (count + parts - 1) / parts;
    std::vector<std::thread> others;
    for (qsizetype p = 1; p < parts; ++p) {
        const qsizetype from = p * per;
        const qsizetype to = std::min(count, from + per);
        if (from < to)
            others.emplace_back([&work, from, to] { work(from, to); });
    }
    work(0, std::min(count, per));
    for (std::thread &t : others)
        t.join();
}

} // namespace rd
