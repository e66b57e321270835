// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "records/recordstore.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace rd {

struct RuleViolation
{
    QString field;
    QString reason;
};

// What must hold for a QC result to belong to a sample of a batch: the test is in the
// specification the batch was made to (or is a cell-counter reading), the unit is that
// test's unit, and a qualitative test has a text result, a numeric one a number. Used by
// every import and by assignments from the unassigned inbox.
class ResultRules
{
    Q_DECLARE_TR_FUNCTIONS(rd::ResultRules)

public:
    // Test code -> unit of the readings an Allotrope cell-counting file provides.
    static const QHash<QString, QString> &cellCounterUnits();

    static std::optional<RuleViolation> check(const QcResult &result, const SampleOwner &owner,
                                              const Specification *specInForce);
};

} // namespace rd
