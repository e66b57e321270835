// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "qc/controlstats.h"
#include "qc/trenddata.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rd {
class Session;
}

namespace rd::qc {

// A named, frozen Levey-Jennings baseline: the batches it was made of and the mean and sample
// SD they gave when it was frozen.
struct FrozenBaseline
{
    QString product;
    QString test;
    QString name;
    QStringList batches;
    Baseline stats;
    QString setBy;
    QDateTime setAt;
};

class Baselines
{
    Q_DECLARE_TR_FUNCTIONS(rd::qc::Baselines)

public:
    explicit Baselines(Session &session);

    Result<QList<FrozenBaseline>> list(const QString &product, const QString &test) const;
    Result<FrozenBaseline> find(const QString &product, const QString &test,
                                const QString &name) const;
    // Freezes the points `indices` of `series` under `name` (QC analysts and administrators;
    // audited). A name is used once per product and test.
    Result<FrozenBaseline> freeze(const TrendSeries &series, const QList<qsizetype> &indices,
                                  const QString &name);

private:
    Session &m_session;
};

} // namespace rd::qc
