// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "qc/trendanalysis.h"
#include "qc/trenddata.h"

#include <functional>

namespace rd::qc {

// Draws a trend chart to a PNG file. The core has no widgets, so the binary, which has, hands
// it one at start-up; without it (a core-only tool) the command line says charts are not
// available.
using ChartRenderer =
    std::function<Status(const TrendSeries &, const TrendAnalysis &, const QString &path)>;

void setChartRenderer(ChartRenderer renderer);
const ChartRenderer &chartRenderer();

} // namespace rd::qc
