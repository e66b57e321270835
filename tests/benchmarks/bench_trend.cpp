// SPDX-License-Identifier: GPL-3.0-or-later
// W4 trend: limits and all 14 rules for 100 000 and 1 000 000 points, and a replot of the
// I and MR chart of 100 000 points (median of 10, on a 1400 × 800 chart).
// Usage: bench_trend   (QT_QPA_PLATFORM=offscreen without a display)
#include "qc/trendanalysis.h"
#include "ui/trendchart.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

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

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qc::AnalysisOptions options;
    options.rules = qc::Rules::all();
    for (const int n : {100000, 1000000}) {
        const qc::TrendSeries s = series(n);
        const QList<double> values = s.values();
        QElapsedTimer t;
        t.start();
        const qc::TrendAnalysis a = qc::TrendAnalyzer::analyze(values, s.lower, s.upper, options);
        std::printf("W4 trend  %7d points  limits, capability and 14 rules  %lld ms  (%lld "
                    "violations)\n",
                    n, static_cast<long long>(t.elapsed()),
                    static_cast<long long>(a.violations.size()));
    }
    const qc::TrendSeries s = series(100000);
    const QList<double> values = s.values();
    const qc::TrendAnalysis a = qc::TrendAnalyzer::analyze(values, s.lower, s.upper, options);
    ui::TrendChart chart;
    chart.resize(1400, 800);
    chart.show();
    QElapsedTimer t;
    t.start();
    chart.setData(s, a, ui::TrendChart::Mode::IndividualsMovingRange);
    const qint64 setMs = t.elapsed();
    QList<double> times;
    for (int i = 0; i < 10; ++i) {
        t.restart();
        chart.replot(QCustomPlot::rpImmediateRefresh);
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("W4 trend   100000 points  chart built %lld ms; replot median %.1f ms (min %.1f, "
                "max %.1f)\n",
                static_cast<long long>(setMs), times.at(5), times.first(), times.last());
    return 0;
}
