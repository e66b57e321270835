// SPDX-License-Identifier: GPL-3.0-or-later
// W5 exceptions: one batch's exceptions (median of 50 batches spread over the queue), and the
// whole 10 000-batch queue as the window computes it in the background. The store is W1's
// (the demo export imported); it is made here when W1 has not run.
#include "bench.h"
#include "review/reviewqueue.h"
#include "review/reviewservice.h"

#include <QDir>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::bench {

int runExceptions(const Options &o)
{
    const QString path = storePath(o, u"import"_s);
    if (!storeReady(o, u"import"_s)) {
        say(u"W1's store is not there yet; importing the demo export into a new one"_s);
        if (!createEmptyStore(path, false) ||
            !importExport(path, demoExport(batchesForImport(o)), false))
            return 1;
        markReady(o, u"import"_s);
    }
    std::unique_ptr<Session> session = open(path, u"qa.reviewer"_s);
    if (!session)
        return 1;
    Result<QList<QueueEntry>> entries = ReviewQueue(*session).entries();
    if (!entries || entries->isEmpty())
        return 1;

    QList<double> times;
    {
        // A service of its own, as when a reviewer opens a batch.
        ReviewService review(*session);
        for (int i = 0; i < 50; ++i) {
            const QString batch = entries->at(i * 97 % entries->size()).batchNumber;
            QElapsedTimer t;
            t.start();
            if (!review.review(batch))
                return 1;
            times << static_cast<double>(t.nsecsElapsed()) / 1e6;
        }
    }
    std::sort(times.begin(), times.end());
    Figure one;
    one.workload = u"W5"_s;
    one.name = u"exceptions, one batch"_s;
    one.size = u"median of 50 batches"_s;
    one.ms = times.at(25);
    one.rate = u"%1-%2 ms"_s.arg(times.first(), 0, 'f', 2).arg(times.last(), 0, 'f', 2);
    one.goal = u"< 20 ms"_s;
    one.met = one.ms < 20;
    report(one);

    // Median of three scans, each of the whole queue afresh: this shared machine's speed
    // wanders by a third from one minute to the next.
    QList<double> scans;
    qint64 exceptions = 0;
    for (int run = 0; run < 3; ++run) {
        QList<QueueEntry> fresh = entries.value();
        QElapsedTimer t;
        t.start();
        if (Status s = ReviewQueue(*session).scan(fresh); !s) {
            say(s.error().message());
            return 1;
        }
        scans << static_cast<double>(t.nsecsElapsed()) / 1e6;
        exceptions = 0;
        for (const QueueEntry &e : std::as_const(fresh))
            exceptions += e.critical + e.major + e.minor + e.info;
    }
    std::sort(scans.begin(), scans.end());
    const double ms = scans.at(1);
    Figure all;
    all.workload = u"W5"_s;
    all.name = u"exceptions, whole queue"_s;
    all.size =
        u"%1 batches, %2 exceptions"_s.arg(thousands(entries->size()), thousands(exceptions));
    all.ms = ms;
    all.rate = u"%1 ms per batch; median of 3 (%2-%3 s)"_s
                   .arg(ms / static_cast<double>(entries->size()), 0, 'f', 2)
                   .arg(scans.first() / 1000, 0, 'f', 2)
                   .arg(scans.last() / 1000, 0, 'f', 2);
    all.goal = u"< 5 s"_s;
    all.met = ms < 5000;
    report(all);
    return 0;
}

} // namespace rd::bench
