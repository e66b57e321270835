// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace rd {
class Session;
}

namespace rd::ui {

// Every specification version of every product: who imported it, its approval and the date it
// takes effect, its tests, and what changed from the version it replaces. A QA reviewer other
// than the importer approves a draft here (SpecApprovalDialog); the rules are the core's
// (SpecificationService).
class SpecificationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SpecificationsPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    // The selected version, or none.
    const Specification *selected() const;
    void select(const QString &product, const QString &version);
    // Opens the approval of the selected version (the password is asked in the dialog).
    void approveSelected();
    QString message() const;
    QStringList shownDifferences() const;

signals:
    void approved();

private:
    void showSelected();

    Session &m_session;
    QList<Specification> m_versions;
    QTableWidget *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QTableWidget *m_tests = nullptr;
    QListWidget *m_changes = nullptr;
    QPushButton *m_approve = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rd::ui
