// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordstore.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace rd {
class Session;
}

namespace rd::ui {

class BatchListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Batch,
        Product,
        Site,
        Presentation,
        Started,
        PlannedShipment,
        Version,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setBatches(QList<BatchSummary> batches);
    const BatchSummary &batch(int row) const { return m_batches.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<BatchSummary> m_batches;
};

// The batch records in the store, newest first, with one record's contents beside the list:
// what was imported, as it was imported.
class BatchesPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchesPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    BatchListModel *model() const { return m_model; }
    bool selectBatch(const QString &batchNumber);
    QString detailText() const;
    QString countText() const;

private:
    void showSelected();

    Session &m_session;
    BatchListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace rd::ui
