// SPDX-License-Identifier: GPL-3.0-or-later
// W4 trend: I-MR limits, capability and all 14 rules for 100 000 and 1 000 000 points, and a
// replot of the I and MR chart of 100 000 points on a 1400 x 800 chart (median of 10).
#include "bench.h"
#include "qc/trendanalysis.h"
#include "ui/trendchart.h"

#include <QElapsedTimer>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace rd::bench {

namespace {

// A potency series with a shift in its last third, so that the rules have something to find.
qc::TrendSeries series(int n)
{
    std::mt19937_64 random(7);
    std::normal_distribution<double> normal(1700.0, 260.0);
    qc::TrendSeries s;
    s.product = u"RD-CD19"_s;
    s.test = u"POTENCY"_s;
    s.unit = u"pg/mL"_s;
    s.lower = 600;
    const QDateTime start(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC);
    s.points.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double v = normal(random) - (i > n * 2 / 3 ? 300 : 0);
        s.points << qc::TrendPoint{u"B%1"_s.arg(i),
                                   u"Leiden, NL"_s,
                                   start.addSecs(qint64(i) * 600),
                                   start.addSecs(qint64(i) * 600 + 3600),
                                   u"S%1"_s.arg(i),
                                   QString::number(v, 'f', 0),
                                   v};
    }
    return s;
}

} // namespace

int runTrend(const Options &o)
{
    qc::AnalysisOptions options;
    options.rules = qc::Rules::all();
    for (const int n : {100000, 1000000}) {
        const int size = o.quick ? n / 10 : n;
        const QList<double> values = series(size).values();
        QList<double> times;
        qsizetype violations = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            const qc::TrendAnalysis a = qc::TrendAnalyzer::analyze(values, 600, {}, options);
            times << static_cast<double>(t.nsecsElapsed()) / 1e6;
            violations = a.violations.size();
        }
        std::sort(times.begin(), times.end());
        Figure f;
        f.workload = u"W4"_s;
        f.name = u"trend limits and 14 rules"_s;
        f.size = u"%1 points, %2 violations"_s.arg(thousands(size), thousands(violations));
        f.ms = times.at(2);
        f.rate = u"median of 5"_s;
        const double goal = n == 100000 ? 50 : 500;
        f.goal = u"< %1 ms"_s.arg(goal);
        f.met = f.ms < goal;
        report(f);
    }
    const int size = o.quick ? 10000 : 100000;
    const qc::TrendSeries s = series(size);
    const qc::TrendAnalysis a = qc::TrendAnalyzer::analyze(s.values(), s.lower, s.upper, options);
    ui::TrendChart chart;
    chart.resize(1400, 800);
    chart.show();
    chart.setData(s, a, ui::TrendChart::Mode::IndividualsMovingRange);
    QList<double> times;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        chart.replot(QCustomPlot::rpImmediateRefresh);
        times << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    Figure f;
    f.workload = u"W4"_s;
    f.name = u"trend replot, I and MR charts"_s;
    f.size = u"%1 points"_s.arg(thousands(size));
    f.ms = times.at(5);
    f.rate =
        u"median of 10 (%1-%2 ms)"_s.arg(times.first(), 0, 'f', 1).arg(times.last(), 0, 'f', 1);
    f.goal = u"< 50 ms"_s;
    f.met = f.ms < 50;
    report(f);
    return 0;
}

} // namespace rd::bench
