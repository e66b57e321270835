// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// qcustomplot.h uses the foreach keyword in two inline templates (read-only loops), which this
// project switches off (QT_NO_FOREACH) for its own code: for the length of the header only,
// foreach is a range-based for.
#include <QtGlobal>
#ifndef foreach
#define foreach(declaration, container) for (declaration : container)
#define RD_FOREACH_FOR_QCUSTOMPLOT
#endif
#include <qcustomplot.h>
#ifdef RD_FOREACH_FOR_QCUSTOMPLOT
#undef foreach
#undef RD_FOREACH_FOR_QCUSTOMPLOT
#endif
