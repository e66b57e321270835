// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/securebytes.h"

#include <QCoreApplication>

namespace rd {

// The password rules of 21 CFR 11.300 as this site applies them: at least 12 characters, not
// containing the user name, and not one of the user's last five passwords (the last rule needs
// the stored history and is checked by AccountService).
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(rd::PasswordPolicy)

public:
    static constexpr int kMinimumLength = 12;
    static constexpr int kHistoryDepth = 5;
    static constexpr int kMaximumBytes = 1024;

    // Length (in characters, not bytes) and the user name (case-insensitive).
    static Status check(const QString &userName, const SecureBytes &password);
    // One line for dialogs and --help.
    static QString rulesText();
};

} // namespace rd
