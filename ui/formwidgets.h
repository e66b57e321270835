// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QProgressBar>

namespace rd::ui {

// The message under a form (a refusal from the core, a typo in a repeated password): hidden
// until there is something to say, marked by an icon as well as a coloured bar, so it does not
// rely on colour alone.
class FormMessage : public QLabel
{
    Q_OBJECT

public:
    FormMessage(const QString &objectName, QWidget *parent);

    void showMessage(const QString &text);
    void clearMessage();
    // The message shown, or empty.
    QString message() const { return m_text; }

private:
    QString m_text;
};

// A thin bar that runs while slow work (Argon2id, verification) goes on in the background.
class BusyBar : public QProgressBar
{
    Q_OBJECT

public:
    explicit BusyBar(QWidget *parent);
};

} // namespace rd::ui
