// SPDX-License-Identifier: GPL-3.0-or-later
#include "qc/trendanalysis.h"

using namespace Qt::StringLiterals;

namespace rd::qc {

QString TrendAnalysis::chartId(ChartKind kind)
{
    return kind == ChartKind::LeveyJennings ? u"lj"_s : u"imr"_s;
}

std::optional<ChartKind> TrendAnalysis::chartFromId(const QString &id)
{
    if (id == u"imr"_s)
        return ChartKind::IndividualsMovingRange;
    if (id == u"lj"_s)
        return ChartKind::LeveyJennings;
    return std::nullopt;
}

TrendAnalysis TrendAnalyzer::analyze(std::span<const double> values, std::optional<double> lower,
                                     std::optional<double> upper, const AnalysisOptions &options)
{
    TrendAnalysis a;
    a.chart = options.chart;
    const std::size_t n = values.size();
    a.rulesAt.resize(static_cast<qsizetype>(n));
    a.movingRanges = ControlStats::movingRanges(values);
    a.capability = ControlStats::capability(values, lower, upper);
    if (options.baselinePoints < 0 || static_cast<std::size_t>(options.baselinePoints) > n) {
        a.problem = tr("The baseline of %1 points is longer than the series (%2 points).")
                        .arg(options.baselinePoints)
                        .arg(n);
        return a;
    }
    const std::size_t k =
        options.baselinePoints > 0 ? static_cast<std::size_t>(options.baselinePoints) : n;
    a.baselinePoints = static_cast<qsizetype>(k);
    std::span<const double> base = values.first(k);
    QList<double> chosen;
    if (!options.baselineIndices.isEmpty()) {
        for (const qsizetype i : options.baselineIndices) {
            if (i >= 0 && static_cast<std::size_t>(i) < n)
                chosen << values[static_cast<std::size_t>(i)];
        }
        base = chosen;
        a.baselinePoints = chosen.size();
    }
    if (options.frozen) {
        // A frozen baseline's figures stand as they were frozen.
        if (!options.frozen->valid() || !(options.frozen->sd > 0)) {
            a.problem = tr("The frozen baseline has no usable standard deviation.");
            return a;
        }
        a.baselinePoints = options.frozen->n;
        a.centre = options.frozen->mean;
        a.sigma = options.frozen->sd;
        a.ucl = a.centre + 3 * a.sigma;
        a.lcl = a.centre - 3 * a.sigma;
        a.imr = ControlStats::imr(values);
        a.violations = Rules::evaluate(values, a.centre, a.sigma, options.rules);
        for (const Violation &v : std::as_const(a.violations)) {
            for (const qsizetype p : v.points) {
                if (!a.rulesAt[p].contains(v.rule))
                    a.rulesAt[p] << v.rule;
            }
        }
        return a;
    }
    if (options.chart == ChartKind::IndividualsMovingRange) {
        a.imr = ControlStats::imr(base);
        if (!a.imr.valid()) {
            a.problem = a.imr.problem;
            return a;
        }
        a.centre = a.imr.mean;
        a.sigma = a.imr.sigma;
        a.ucl = a.imr.ucl;
        a.lcl = a.imr.lcl;
    } else {
        const Baseline b = ControlStats::baseline(base);
        if (!b.valid()) {
            a.problem = b.problem;
            return a;
        }
        a.centre = b.mean;
        a.sigma = b.sd;
        a.ucl = b.mean + 3 * b.sd;
        a.lcl = b.mean - 3 * b.sd;
        a.imr = ControlStats::imr(base); // for the MR chart
    }
    a.violations = Rules::evaluate(values, a.centre, a.sigma, options.rules);
    for (const Violation &v : std::as_const(a.violations)) {
        for (const qsizetype p : v.points) {
            if (!a.rulesAt[p].contains(v.rule))
                a.rulesAt[p] << v.rule;
        }
    }
    return a;
}

} // namespace rd::qc
