// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace rd::test {

// The process's memory from /proc/self/status (Linux), in bytes: the resident now ("VmRSS:"),
// or the most it has had since resetPeakMemory() ("VmHWM:"); -1 where it cannot be read.
qint64 processMemory(const char *field);

// Makes the peak resident memory what the process holds now ("5" to /proc/self/clear_refs), so
// that what follows is measured on its own; false where that cannot be done.
bool resetPeakMemory();

} // namespace rd::test
