// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demodata.h"

namespace rd::test {

// The demo specification in force when a record was made.
Specification specInForce(const BatchRecord &record);

// A number as files write it, two decimals.
Number number(double value);

// Every identifier read at a hand-over or on a sample label set to the record's chain of
// identity, as when each was scanned.
void relabel(BatchRecord &record);

// Demo batch `index` (seed 7) with everything a reviewer could question taken out: valid chain
// of identity, custody in time and temperature, verified steps with parameters in range, lots
// and calibrations current, no deviations, clean EM, every release test conforming, results by
// an analyst who has no account. It raises no exception at all.
DemoData::Batch cleanBatch(int index = 0);

} // namespace rd::test
