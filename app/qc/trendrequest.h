// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "qc/trendanalysis.h"
#include "qc/trenddata.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rd {
class Session;
}

namespace rd::qc {

// Everything that picks a trend and its limits, in the words of the command line: which series,
// which chart, where the limits come from and which rules run. The `trend` verb, the trend
// report and its verification all go through run(), so they agree on the numbers.
struct TrendRequest
{
    Q_DECLARE_TR_FUNCTIONS(rd::qc::TrendRequest)

public:
    TrendQuery query;
    QString chart = QStringLiteral("imr");
    qsizetype baselinePoints = 0; // limits from the first K points
    QDate baselineFrom;           // or from the batches made in these dates
    QDate baselineTo;
    QString baselineName;             // or from this frozen baseline
    QList<qsizetype> baselineIndices; // or from these points (the window's selection)
    QString rules = QStringLiteral("nelson");

    struct Outcome
    {
        TrendSeries series;
        TrendAnalysis analysis;
        AnalysisOptions options;
    };

    // Checks the request without the store (usage errors).
    Status validate() const;
    Result<Outcome> run(Session &session) const;
    // A line saying where the limits come from ("the first 20 points", "frozen baseline X").
    QString baselineText() const;

    QJsonObject toJson() const;
    static Result<TrendRequest> fromJson(const QJsonObject &o);
};

} // namespace rd::qc
