// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd {

// Process start-up for everything that holds secrets: libsodium initialised, core dumps and
// ptrace attachment off (a dump would hold the master key), the SQLCipher driver registered,
// and the test-only Argon2id switch read from RELEASEDESK_TESTING_MINIMUM_KDF.
class Runtime
{
    Q_DECLARE_TR_FUNCTIONS(rd::Runtime)

public:
    static Status initialize();
    // "ReleaseDesk 0.1.0 (Qt ..., SQLCipher ..., libsodium ...)".
    static QString versionText();
    // Non-empty when the test-only switch is on: a warning to show.
    static QString testingWarning();
};

} // namespace rd
