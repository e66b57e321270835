// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordstore.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace rd {
class Session;
}

namespace rd::ui {

class FormMessage;

// A QC analyst attaches unassigned results to the QC sample they were measured on, with a
// reason. Once the product is chosen, its samples drawn in the three days before the
// measurement are offered, each with its chain of identity; any sample id may be typed. The core
// checks the sample, the specification and the reason; a sample of a decided batch takes results
// only under a change-control reference (BatchLocks).
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(Session &session, const QList<InboxItem> &items, QWidget *parent = nullptr);

    QString sampleId() const;
    QString message() const;

private:
    void assign();
    void updateButton();
    void offerSamples();

    Session &m_session;
    QList<qint64> m_ids;
    QComboBox *m_product = nullptr;
    QComboBox *m_sample = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_changeControl = nullptr;
    FormMessage *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace rd::ui
