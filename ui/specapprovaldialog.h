// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;

namespace rd {
class Session;
}

namespace rd::ui {

class BusyBar;
class FormMessage;
class PasswordField;

// Approves a specification version with an electronic signature: says what is approved (its
// content hash, the date it states and the date it will take effect, which is never before
// today), asks for the password again and approves through the core
// (SpecificationService::approve), which may still refuse with its reason. The password is
// checked off the GUI thread.
class SpecApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    SpecApprovalDialog(Session &session, const Specification &spec, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    QString message() const;
    const std::optional<Specification> &approved() const { return m_approved; }

public slots:
    void accept() override;
    void reject() override;

private:
    void setBusy(bool busy);

    Session &m_session;
    Specification m_spec;
    PasswordField *m_password = nullptr;
    FormMessage *m_message = nullptr;
    BusyBar *m_busyBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
    std::optional<Specification> m_approved;
};

} // namespace rd::ui
