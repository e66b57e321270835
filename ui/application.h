// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rd::ui {

// The window's start: options (--store, --user), the unlock dialog, then the main window.
int runWindow(const QStringList &arguments);

} // namespace rd::ui
