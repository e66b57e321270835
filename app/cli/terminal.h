// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/securebytes.h"

#include <QCoreApplication>

namespace rd {

// Asks for passwords and other input on the command line: from the controlling terminal with
// echo off, or, with --password-stdin, one line of standard input each, in the order the
// verb's help lists. Secrets go straight into locked memory; they never pass through argv.
class Terminal
{
    Q_DECLARE_TR_FUNCTIONS(rd::Terminal)

public:
    explicit Terminal(bool secretsFromStdin);

    Result<SecureBytes> secret(const QString &prompt);
    // A new password: asked twice on a terminal, once from standard input.
    Result<SecureBytes> newSecret(const QString &prompt, const QString &repeatPrompt);
    // Plain text (a user name); from the terminal only.
    Result<QString> text(const QString &prompt);

    static void out(const QString &line);
    static void err(const QString &line);

private:
    Result<SecureBytes> readStdinLine();
    Result<SecureBytes> readTerminal(const QString &prompt, bool echo);

    bool m_fromStdin;
    int m_stdinLine = 0;
};

} // namespace rd
