// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/securebytes.h"

#include <QCoreApplication>

namespace rd {

// Whose password it is: what the password must not contain.
struct PasswordOwner
{
    QString userName;
    QString fullName;
    QString personId; // empty where the account has none yet
};

// The password rules of 21 CFR 11.300 as this site applies them (docs/DESIGN.md
// section 1): at least 12 characters; not a dictionary word, a sequence, a keyboard pattern
// or a run of one character (libpwquality with cracklib's word list); not containing the user
// name, the person identifier or any part of the full name; and not one of the user's last
// five passwords (the last rule needs the stored history and is checked by AccountService).
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(rd::PasswordPolicy)

public:
    static constexpr int kMinimumLength = 12;
    static constexpr int kHistoryDepth = 5;
    static constexpr int kMaximumBytes = 1024;
    // Longest run allowed of one character, and of a sequence such as "abcd" or "4321".
    static constexpr int kMaximumRepeat = 3;
    static constexpr int kMaximumSequence = 4;

    // The first rule the password breaks, as one line that names it; ErrorCode::Failed when
    // the password cannot be judged (the word list cannot be read), never a silent pass.
    static Status check(const PasswordOwner &owner, const SecureBytes &password);
    // One line for dialogs and --help.
    static QString rulesText();
};

} // namespace rd
