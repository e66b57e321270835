// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qc/trendanalysis.h"
#include "qc/trenddata.h"

#include <QByteArray>

namespace rd::qc {

// A series with its limits and flags as files: CSV (one row per point, the limits repeated on
// each) and JSON. The command line and the Trends page write the same bytes.
class TrendExport
{
public:
    static QByteArray csv(const TrendSeries &series, const TrendAnalysis &analysis);
    static QByteArray json(const TrendSeries &series, const TrendAnalysis &analysis,
                           const AnalysisOptions &options);
};

} // namespace rd::qc
