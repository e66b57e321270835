// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qc/controlstats.h"
#include "qc/rules.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <span>

namespace rd::qc {

enum class ChartKind {
    IndividualsMovingRange, // x̄ ± 2.66·MR̄
    LeveyJennings,          // mean ± 1/2/3 SD of a baseline
};

struct AnalysisOptions
{
    ChartKind chart = ChartKind::IndividualsMovingRange;
    qsizetype baselinePoints = 0;     // limits from the first K points; 0: from all of them
    QList<qsizetype> baselineIndices; // or from these points (e.g. a date range)
    std::optional<Baseline> frozen;   // or from a frozen baseline's mean and SD
    QList<Rule> rules = Rules::nelson();
};

// Limits, rules and capability of one series: what the chart draws and the command line
// prints.
struct TrendAnalysis
{
    ChartKind chart = ChartKind::IndividualsMovingRange;
    qsizetype baselinePoints = 0;
    double centre = 0;
    double sigma = 0;
    double lcl = 0;
    double ucl = 0;
    ImrLimits imr;              // over the baseline
    QList<double> movingRanges; // MR[i] belongs to point i + 1
    QList<Violation> violations;
    QList<QList<Rule>> rulesAt; // per point, the rules it is part of
    Capability capability;
    QString problem; // no limits (and so no rules): why

    bool valid() const { return problem.isEmpty(); }
    static QString chartId(ChartKind kind); // "imr", "lj"
    static std::optional<ChartKind> chartFromId(const QString &id);
};

class TrendAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(rd::qc::TrendAnalyzer)

public:
    static TrendAnalysis analyze(std::span<const double> values, std::optional<double> lower,
                                 std::optional<double> upper, const AnalysisOptions &options);
};

} // namespace rd::qc
