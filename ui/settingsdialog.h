// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rd {
class Session;
}

namespace rd::ui {

// Settings (Ctrl+,): this workstation user's preferences (language, default store, paper and
// language of printed documents, chart defaults, look) and, for administrators, the store's
// inactivity lock. OK applies everything at once; a change of language takes effect in the
// open window at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `session` may be null (no store open): the store's settings are then not shown.
    explicit SettingsDialog(Session *session, QWidget *parent = nullptr);

    // Saves what the dialog shows. On a refusal (an inactivity lock out of range, say) nothing
    // of the store changes and the message says why.
    Status apply();

signals:
    void inactivityMinutesChanged(int minutes);

private:
    void browseStore();

    Session *m_session;
    QComboBox *m_language = nullptr;
    QLineEdit *m_defaultStore = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_documentLanguage = nullptr;
    QComboBox *m_chart = nullptr;
    QSpinBox *m_baseline = nullptr;
    QComboBox *m_rules = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
    QLabel *m_message = nullptr;
    int m_storedLockMinutes = 0;
};

} // namespace rd::ui
