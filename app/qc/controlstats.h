// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace rd::qc {

// Individuals and moving-range chart limits (docs/DESIGN.md section 10): centre x̄, sigma estimated
// as MR̄/1.128 (d2 for n = 2), limits x̄ ± 2.66·MR̄; the MR chart's UCL 3.267·MR̄ (D4), LCL 0.
struct ImrLimits
{
    qsizetype n = 0;
    double mean = 0;
    double mrBar = 0;
    double sigma = 0; // MR̄ / 1.128
    double ucl = 0;
    double lcl = 0;
    double mrUcl = 0;
    QString problem; // why there are no limits (too few points, no variation); empty when valid
    bool valid() const { return problem.isEmpty(); }
};

// Mean and sample standard deviation (n − 1) of a baseline, for Levey-Jennings charts.
struct Baseline
{
    qsizetype n = 0;
    double mean = 0;
    double sd = 0;
    QString problem;
    bool valid() const { return problem.isEmpty(); }
};

// Process capability. Cp and Pp need both specification limits; Cpk and Ppk use the nearer
// one (one-sided specifications have only those). Below kMinimumPoints there are no figures,
// only the reason.
struct Capability
{
    static constexpr qsizetype kMinimumPoints = 20;
    qsizetype n = 0;
    double mean = 0;
    double sigmaWithin = 0;  // MR̄ / 1.128
    double sigmaOverall = 0; // sample standard deviation
    std::optional<double> cp, cpk, pp, ppk;
    QString problem;
    bool valid() const { return problem.isEmpty(); }
};

class ControlStats
{
    Q_DECLARE_TR_FUNCTIONS(rd::qc::ControlStats)

public:
    static constexpr double kD2 = 1.128; // for moving ranges of two
    static constexpr double kE2 = 2.66;  // 3 / d2, rounded as the literature does
    static constexpr double kD4 = 3.267; // MR chart UCL factor
    static constexpr qsizetype kMinimumForLimits = 2;

    static ImrLimits imr(std::span<const double> values);
    // The moving ranges |x[i] − x[i−1]|, one fewer than the values.
    static QList<double> movingRanges(std::span<const double> values);
    static Baseline baseline(std::span<const double> values);
    static Capability capability(std::span<const double> values, std::optional<double> lower,
                                 std::optional<double> upper);
};

} // namespace rd::qc
