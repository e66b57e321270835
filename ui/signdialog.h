// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rd {
class Session;
}

namespace rd::ui {

class BusyBar;
class FormMessage;
class PasswordField;

// An electronic signature (21 CFR 11.50, 11.200): states in full words what the signature
// means and what is signed (batch, record version and content hash), asks for the password
// again, and signs through the core, which may still refuse with its reason. The password is
// checked off the GUI thread (Argon2id takes most of a second on purpose).
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    SignDialog(Session &session, const BatchReview &review, Meaning meaning,
               QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    QString message() const;
    const std::optional<ESignature> &signature() const { return m_signature; }

public slots:
    void accept() override;
    void reject() override;

private:
    SignRequest request() const;
    void setBusy(bool busy);

    Session &m_session;
    QString m_batch;
    Meaning m_meaning;
    QPlainTextEdit *m_comment = nullptr;
    QLineEdit *m_physician = nullptr;
    QLineEdit *m_investigation = nullptr; // QC approval of an out-of-specification result
    QPlainTextEdit *m_risk = nullptr;
    PasswordField *m_password = nullptr;
    FormMessage *m_message = nullptr;
    BusyBar *m_busyBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
    std::optional<ESignature> m_signature;
};

} // namespace rd::ui
