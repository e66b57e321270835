// SPDX-License-Identifier: GPL-3.0-or-later
// W3 queue filter: the queue model with N batches (default 100 000, made up from the demo's
// sites and products), typing a 6-character search one keystroke at a time; each keystroke
// is one filter pass. Also the first fill of the model.
// Usage: bench_queue [N]
#include "ui/queuemodel.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rd;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QStringList products = {u"RD-CD19"_s, u"RD-BCMA"_s, u"RD-TIL"_s};
    const QStringList sites = {u"Leiden, NL"_s, u"Osaka, JP"_s, u"Bridgewater, US"_s,
                               u"South San Francisco, US"_s};
    const QDateTime start(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC);
    QList<QueueEntry> entries;
    entries.reserve(n);
    for (int i = 0; i < n; ++i) {
        QueueEntry e;
        e.productCode = products.at(i % 3);
        e.site = sites.at(i / 3 % 4);
        e.batchNumber = u"%1-%2-%3"_s.arg(e.productCode.mid(3), e.site.left(3).toUpper())
                            .arg(i + 1, 6, 10, QLatin1Char('0'));
        e.coiDin = u"A1204 24 %1 X"_s.arg(100000 + i * 7 % 899999, 6, 10, QLatin1Char('0'));
        e.startedAt = start.addSecs(qint64(i) * 3000);
        e.plannedShipmentAt = e.startedAt.addDays(12);
        e.state = i % 50 == 0 ? BatchState::AwaitingReview : BatchState::Released;
        entries << e;
    }
    ui::QueueModel model;
    QElapsedTimer t;
    t.start();
    model.setEntries(entries, start.addYears(10));
    const double fillMs = t.nsecsElapsed() / 1e6;
    ui::QueueFilter filter;
    filter.states = ui::QueueFilter::States::All;
    const QString typed = u"CD19-L"_s;
    QList<double> times;
    for (int i = 1; i <= typed.size(); ++i) {
        filter.text = typed.left(i);
        t.restart();
        model.setFilter(filter);
        times << t.nsecsElapsed() / 1e6;
    }
    std::printf("W3 queue filter  %d batches  fill %.1f ms  keystrokes:", n, fillMs);
    for (const double ms : times)
        std::printf(" %.1f", ms);
    std::printf(" ms  (max %.1f ms, %d rows match)\n",
                *std::max_element(times.cbegin(), times.cend()), model.rowCount());
    return 0;
}
