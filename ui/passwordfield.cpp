// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/passwordfield.h"

#include <QAction>
#include <QStyle>

namespace rd::ui {

PasswordField::PasswordField(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto *reveal = addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                             QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the password"));
    reveal->setObjectName(QStringLiteral("revealPassword"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool on) {
        setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(on ? tr("Hide the password") : tr("Show the password"));
    });
}

SecureBytes PasswordField::takePassword()
{
    // Take the field's buffer, then let the field drop its reference, so that `typed` is the
    // only owner and wiping it overwrites the characters that were typed. setText() rather than
    // clear(): clear() is an undoable edit, and undo (with the text shown) would bring it back.
    QString typed = text();
    setText(QString());
    SecureBytes bytes = SecureBytes::fromUtf8(typed);
    wipe(typed);
    return bytes;
}

void PasswordField::wipeText()
{
    QString typed = text();
    setText(QString());
    wipe(typed);
}

} // namespace rd::ui
