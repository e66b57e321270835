// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "qc/controlstats.h"
#include "qc/rules.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace rd {
class Session;
}

namespace rd::qc {

struct TrendQuery
{
    QString product;
    QString test;
    QStringList sites; // empty: every site
    QDate from;        // manufacture start, inclusive; null: open
    QDate to;
};

// One batch's point: its final result for the test on the final-product sample (the latest
// one when retested), by manufacture time.
struct TrendPoint
{
    QString batchNumber;
    QString site;
    QDateTime manufacturedAt;
    QDateTime testedAt;
    QString sampleId;
    QString valueText; // as imported
    double value = 0;
};

struct TrendSeries
{
    QString product;
    QString test;
    QString testName;
    QString unit;
    std::optional<double> lower; // of the specification in force for the newest batch
    std::optional<double> upper;
    QString specVersion;
    QList<TrendPoint> points;

    QList<double> values() const;
};

// The numbers trend charts and out-of-trend checks are made of (docs/DESIGN.md section 10):
// superseded and invalidated results are not points, pending ones are not yet, and a series
// whose results do not share one unit is refused.
class TrendData
{
    Q_DECLARE_TR_FUNCTIONS(rd::qc::TrendData)

public:
    explicit TrendData(Session &session);

    Result<TrendSeries> series(const TrendQuery &query) const;
    // Products with batches, and the numeric tests of their specifications.
    Result<QStringList> products() const;
    Result<QStringList> numericTests(const QString &product) const;
    Result<QStringList> sites() const;

private:
    Session &m_session;
};

} // namespace rd::qc
