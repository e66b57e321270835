// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

// Fails the test with the error's own message when a Result or Status is not ok; the
// expression is evaluated once.
#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &r_ = (result);                                                                 \
        if (!r_.ok())                                                                              \
            QFAIL(qPrintable(r_.error().message()));                                               \
    } while (false)
