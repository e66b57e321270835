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
    QString typed = text();
    SecureBytes bytes = SecureBytes::fromUtf8(typed);
    wipe(typed);
    wipeText();
    return bytes;
}

void PasswordField::wipeText()
{
    // Overwrite before clearing so the old characters do not linger in the field's buffer.
    setText(QString(text().size(), QLatin1Char(' ')));
    clear();
}

} // namespace rd::ui
