// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordstore.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rd {
class Session;
}

namespace rd::ui {

// The unassigned results, every value as it was imported, and what became of them.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Sample,
        Test,
        Value,
        Unit,
        TestedAt,
        Instrument,
        Analyst,
        File,
        State,
        Resolution,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(QList<InboxItem> items);
    const InboxItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<InboxItem> m_items;
};

// The unassigned-results inbox (docs/DESIGN.md section 9): QC analysts assign results to the sample
// they were measured on, or reject them, always with a reason.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    InboxModel *model() const { return m_model; }
    // Selects the rows of these inbox ids (rows not shown are ignored).
    void selectIds(const QList<qint64> &ids);
    QList<qint64> selectedIds() const;
    void assignSelected();
    void rejectSelected();
    QString message() const;

Q_SIGNALS:
    // Results were assigned or rejected.
    void changed();

private:
    QList<InboxItem> selectedItems() const;
    void updateButtons();
    void showMessage(const QString &text);

    Session &m_session;
    InboxModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rd::ui
