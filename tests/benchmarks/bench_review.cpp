// SPDX-License-Identifier: GPL-3.0-or-later
// W5 exceptions: the time to compute one batch's exceptions (median of 50) and the whole queue.
// Usage: bench_review STORE USER  (password on standard input)
#include "core/runtime.h"
#include "review/reviewqueue.h"
#include "review/reviewservice.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
using namespace rd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_review STORE USER < password\n");
        return 2;
    }
    if (Status s = Runtime::initialize(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message()));
        return 1;
    }
    std::string line;
    std::getline(std::cin, line);
    const SecureBytes password(reinterpret_cast<const unsigned char *>(line.data()), line.size());
    Result<std::unique_ptr<Session>> session =
        Session::open(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]), password);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message()));
        return 1;
    }
    ReviewQueue queue(*session.value());
    QElapsedTimer t;
    t.start();
    Result<QList<QueueEntry>> entries = queue.entries();
    if (!entries)
        return 1;
    const qint64 listMs = t.elapsed();

    ReviewService review(*session.value());
    QList<double> times;
    for (int i = 0; i < 50 && !entries->isEmpty(); ++i) {
        const QString batch = entries->at(i * 97 % entries->size()).batchNumber;
        QElapsedTimer one;
        one.start();
        if (!review.review(batch))
            return 1;
        times << one.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    t.restart();
    if (Status s = queue.scan(entries.value()); !s)
        return 1;
    const qint64 scanMs = t.elapsed();
    std::printf("W5 exceptions  one batch  median %.2f ms (min %.2f, max %.2f, n=%lld)\n",
                times.value(times.size() / 2), times.value(0), times.value(times.size() - 1),
                static_cast<long long>(times.size()));
    std::printf(
        "W5 exceptions  queue      %lld batches  list %lld ms  scan %lld ms  (%.0f batches/s)\n",
        static_cast<long long>(entries->size()), static_cast<long long>(listMs),
        static_cast<long long>(scanMs), entries->size() * 1000.0 / std::max<qint64>(1, scanMs));
    return 0;
}
