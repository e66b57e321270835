// SPDX-License-Identifier: GPL-3.0-or-later
#include "qc/controlstats.h"

#include <cmath>

namespace rd::qc {

namespace {

// Mean by Kahan summation: a million points of similar size lose nothing worth showing.
double meanOf(std::span<const double> values)
{
    double sum = 0;
    double carry = 0;
    for (const double v : values) {
        const double y = v - carry;
        const double t = sum + y;
        carry = (t - sum) - y;
        sum = t;
    }
    return sum / static_cast<double>(values.size());
}

double sampleSd(std::span<const double> values, double mean)
{
    double squares = 0;
    for (const double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

double mrBarOf(std::span<const double> values)
{
    double sum = 0;
    for (std::size_t i = 1; i < values.size(); ++i)
        sum += std::abs(values[i] - values[i - 1]);
    return sum / static_cast<double>(values.size() - 1);
}

} // namespace

QList<double> ControlStats::movingRanges(std::span<const double> values)
{
    QList<double> out;
    if (values.size() < 2)
        return out;
    out.reserve(static_cast<qsizetype>(values.size() - 1));
    for (std::size_t i = 1; i < values.size(); ++i)
        out << std::abs(values[i] - values[i - 1]);
    return out;
}

ImrLimits ControlStats::imr(std::span<const double> values)
{
    ImrLimits l;
    l.n = static_cast<qsizetype>(values.size());
    if (values.size() < kMinimumForLimits) {
        l.problem =
            tr("%n point(s): control limits need at least two.", nullptr, static_cast<int>(l.n));
        return l;
    }
    l.mean = meanOf(values);
    l.mrBar = mrBarOf(values);
    if (l.mrBar == 0) {
        l.problem = tr("All %1 values are %2: with no variation there are no control limits.")
                        .arg(l.n)
                        .arg(values[0]);
        return l;
    }
    l.sigma = l.mrBar / kD2;
    l.ucl = l.mean + kE2 * l.mrBar;
    l.lcl = l.mean - kE2 * l.mrBar;
    l.mrUcl = kD4 * l.mrBar;
    return l;
}

Baseline ControlStats::baseline(std::span<const double> values)
{
    Baseline b;
    b.n = static_cast<qsizetype>(values.size());
    if (values.size() < 2) {
        b.problem = tr("%n baseline point(s): a standard deviation needs at least two.", nullptr,
                       static_cast<int>(b.n));
        return b;
    }
    b.mean = meanOf(values);
    b.sd = sampleSd(values, b.mean);
    if (b.sd == 0)
        b.problem = tr("All %1 baseline values are %2: the standard deviation is zero.")
                        .arg(b.n)
                        .arg(values[0]);
    return b;
}

Capability ControlStats::capability(std::span<const double> values, std::optional<double> lower,
                                    std::optional<double> upper)
{
    Capability c;
    c.n = static_cast<qsizetype>(values.size());
    if (!lower && !upper) {
        c.problem = tr("The test has no numeric specification limits.");
        return c;
    }
    if (c.n < Capability::kMinimumPoints) {
        c.problem = tr("Not enough data: %1 point(s), capability needs at least %2.")
                        .arg(c.n)
                        .arg(Capability::kMinimumPoints);
        return c;
    }
    c.mean = meanOf(values);
    c.sigmaWithin = mrBarOf(values) / kD2;
    c.sigmaOverall = sampleSd(values, c.mean);
    if (c.sigmaWithin == 0 || c.sigmaOverall == 0) {
        c.problem = tr("No variation in %1 points: capability indices are not defined.").arg(c.n);
        return c;
    }
    const auto index = [&](double sigma, bool both) -> std::optional<double> {
        if (both)
            return (*upper - *lower) / (6 * sigma);
        return std::nullopt;
    };
    const auto kIndex = [&](double sigma) {
        std::optional<double> k;
        if (upper)
            k = (*upper - c.mean) / (3 * sigma);
        if (lower) {
            const double l = (c.mean - *lower) / (3 * sigma);
            k = k ? std::min(*k, l) : l;
        }
        return k;
    };
    c.cp = index(c.sigmaWithin, lower && upper);
    c.pp = index(c.sigmaOverall, lower && upper);
    c.cpk = kIndex(c.sigmaWithin);
    c.ppk = kIndex(c.sigmaOverall);
    return c;
}

} // namespace rd::qc
