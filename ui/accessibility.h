// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace rd::ui {

// Gives every label that names a field (its buddy) the objectName "<field>Label", so that the
// labels QFormLayout makes are as reachable to automation as the fields themselves. Labels read
// their own text to assistive technology.
void nameFieldLabels(QWidget *root);

} // namespace rd::ui
