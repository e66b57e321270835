// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/securebytes.h"

#include <QLineEdit>

namespace rd::ui {

// A password line edit: hidden text, a button to show it while checking a typo, and a hand-over
// into locked memory that clears the field.
class PasswordField : public QLineEdit
{
    Q_OBJECT

public:
    explicit PasswordField(QWidget *parent = nullptr);

    // The typed password as UTF-8 in locked memory; the field is emptied.
    SecureBytes takePassword();
    // Empties the field, overwriting what it held.
    void wipeText();
};

} // namespace rd::ui
