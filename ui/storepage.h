// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QSpinBox;
class QPushButton;

namespace rd {
class Session;
}

namespace rd::ui {

// The open store at a glance (where it is, its id, cipher settings, accounts, audit events,
// last checkpoint) and verification of its audit trail, which runs in the background with
// progress and can be cancelled.
class StorePage : public QWidget
{
    Q_OBJECT

public:
    explicit StorePage(Session &session, QWidget *parent = nullptr);

    void refresh();
    void verify();
    bool isVerifying() const { return m_verifying; }

    QString verificationText() const;

signals:
    void inactivityMinutesChanged(int minutes);

private:
    void setVerifying(bool on);

    Session &m_session;
    QLabel *m_facts = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
    QLabel *m_lockNote = nullptr;
    bool m_verifying = false;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace rd::ui
