// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rd {

// The headless verbs of the releasedesk binary (docs/DESIGN.md section 12). They call the same
// core services as the window. Exit codes: 0 done, 1 refused or failed (one line on stderr),
// 2 usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(rd::CommandLine)

public:
    // Whether these arguments ask for a verb (or --help / --version) rather than the window.
    static bool wantsCommandLine(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace rd
