// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "records/sites.h"

#include <QCoreApplication>

namespace rd {

// Realistic demo records for three cell-therapy products made at four sites over two years
// (2024-10-01 to 2026-09-30, as of 2026-10-30; or, given the day the demo is "as of", the two
// years that end 30 days before it, so that the newest batches are still under review and their
// expiry has not passed. A seed and a day always give the same store): batch records
// with chain of identity, custody, steps, materials, equipment, deviations and environmental
// monitoring, and their QC results. A small share carries what a reviewer must catch:
// out-of-specification results, open and closed deviations, EM excursions, expired material
// lots, steps verified by their own operator, chain-of-identity mismatches, custody delays and
// temperature excursions, sterility still pending, and drifts and shifts that trend rules find.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(rd::DemoData)

public:
    struct Batch
    {
        BatchRecord record;
        QList<QcResult> results;
    };

    // `asOf` invalid: the fixed period (tests and benchmarks compare figures across days).
    DemoData(int batches, quint64 seed, const QDateTime &asOf = QDateTime());

    int batchCount() const { return m_batches; }
    static QList<Specification> specifications();
    // A new version of RD-BCMA imported but not yet approved, stated effective from 2024-01-01
    // with a lower viability limit and mycoplasma allowed to be pending: approved, it takes
    // effect on the day of its approval and judges no batch made before.
    static Specification draftSpecification();
    // The demo sites as the site register holds them (fictitious authorisations).
    static QList<Site> siteRegister();
    // The QC laboratory's analysts, named by user name on the demo's results; the demo store
    // gives each an account, so that every analyst is a person.
    struct Analyst
    {
        const char *userName;
        const char *fullName;
        const char *personId;
    };
    static QList<Analyst> laboratory();
    // Batch `index` (0-based, in order of manufacture) with its results; the same for a given
    // seed whatever else is generated.
    Batch batch(int index) const;
    // Cell-counter readings of samples no batch knows, for the unassigned inbox.
    QList<QcResult> unassignedResults() const;

    QDateTime periodStart() const;
    QDateTime periodEnd() const;

private:
    // A date of the fixed period moved to this demo's period.
    QDateTime moved(const QDateTime &fixed) const { return fixed.addSecs(m_shift); }

    int m_batches;
    quint64 m_seed;
    qint64 m_shift = 0; // seconds from the fixed period to this one
};

} // namespace rd
