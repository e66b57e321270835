// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/audittrail.h"
#include "reports/reportbuilder.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <optional>

class QLineEdit;
class QPushButton;
class QTableView;
class QLabel;

namespace rd {
class Session;
}

namespace rd::ui {

// The audit trail newest first, loaded a page at a time as the view scrolls, so a trail of a
// million events opens as fast as one of ten.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Seq,
        Time,
        User,
        Action,
        Entity,
        Field,
        OldValue,
        NewValue,
        Reason,
        ColumnCount
    };

    explicit AuditTableModel(Session &session, QObject *parent = nullptr);

    void setFilter(const QString &contains);
    void reload();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Session &m_session;
    QString m_filter;
    QList<AuditEvent> m_events;
    bool m_atEnd = false;
    QString m_error;
};

// The audit trail, newest first, filtered as one types; "Print report…" makes the
// audit-trail report of the store or of one batch.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    AuditTableModel *model() const { return m_model; }

private:
    std::optional<reports::ReportRequest> askReport();
    QPushButton *m_print = nullptr;
    AuditTableModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace rd::ui
