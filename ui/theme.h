// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/preferences.h"

#include <QColor>
#include <QString>

namespace rd::ui {

// The palette of the chosen theme: the system's, or Fusion light or dark. Status colours
// (statusColour()) follow it so that alarms stay legible on either background.
void applyTheme(Preferences::Theme theme);
enum class StatusTone {
    Alarm,
    Warning,
    Good
};
QColor statusColour(StatusTone tone);
// A style sheet rule "color: #rrggbb;" for the tone, for labels that say a status in words.
QString statusStyle(StatusTone tone);

} // namespace rd::ui
