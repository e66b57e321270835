// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/batchespage.h"

#include "core/clock.h"
#include "records/batchcatalogue.h"
#include "session/session.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString numberText(const std::optional<Number> &n)
{
    return n ? n->text : QString();
}

QString deviationClassName(DeviationClass c)
{
    switch (c) {
    case DeviationClass::Minor:
        return BatchesPage::tr("minor");
    case DeviationClass::Major:
        return BatchesPage::tr("major");
    case DeviationClass::Critical:
        return BatchesPage::tr("critical");
    }
    return {};
}

QString statusName(ResultStatus s)
{
    switch (s) {
    case ResultStatus::Final:
        return BatchesPage::tr("final");
    case ResultStatus::Pending:
        return BatchesPage::tr("pending");
    case ResultStatus::Invalidated:
        return BatchesPage::tr("invalidated");
    }
    return {};
}

QString row(const QStringList &cells, bool header = false)
{
    QString html = u"<tr>"_s;
    for (const QString &c : cells)
        html +=
            (header ? u"<th align=left>"_s : u"<td>"_s) + c + (header ? u"</th>"_s : u"</td>"_s);
    return html + u"</tr>"_s;
}

// A time in a table cell, kept on one line.
QString timeCell(const QDateTime &t)
{
    return toLocalDisplay(t).toHtmlEscaped().replace(u' ', u"&nbsp;"_s);
}

const QString kTable = u"<table cellspacing=0 cellpadding=3 border=1 width=100%>"_s;

} // namespace

void BatchListModel::setBatches(QList<BatchSummary> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

int BatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int BatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_batches.size())
        return {};
    const BatchSummary &b = m_batches.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Batch:
            return b.batchNumber;
        case Product:
            return b.productCode;
        case Site:
            return b.site;
        case Presentation:
            return b.presentation;
        case Started:
            return toLocalDisplay(b.startedAt);
        case PlannedShipment:
            return toLocalDisplay(b.plannedShipmentAt);
        case Version:
            return b.version;
        default:
            return {};
        }
    }
    // Sorting by time sorts by the instant, not by the displayed text.
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Started:
            return b.startedAt;
        case PlannedShipment:
            return b.plannedShipmentAt;
        case Version:
            return b.version;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Batch:
        return tr("Batch");
    case Product:
        return tr("Product");
    case Site:
        return tr("Site");
    case Presentation:
        return tr("Presentation");
    case Started:
        return tr("Started");
    case PlannedShipment:
        return tr("Planned shipment");
    case Version:
        return tr("Version");
    default:
        return {};
    }
}

BatchesPage::BatchesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"batchesPage"_s);
    auto *title = new QLabel(tr("<h2>Batch records</h2>"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"batchFilter"_s);
    m_filter->setAccessibleName(tr("Filter batches"));
    m_filter->setPlaceholderText(tr("Filter by batch, product, site or presentation"));
    m_filter->setClearButtonEnabled(true);

    m_model = new BatchListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_view = new QTableView(this);
    m_view->setObjectName(u"batchView"_s);
    m_view->setAccessibleName(tr("Batch records"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    m_view->setColumnWidth(BatchListModel::Batch,
                           fm.horizontalAdvance(u"BCMA-SSF-2609-00000"_s) + 16);
    m_view->setColumnWidth(BatchListModel::Product, fm.horizontalAdvance(u"RD-BCMA"_s) + 24);
    m_view->setColumnWidth(BatchListModel::Site,
                           fm.horizontalAdvance(u"South San Francisco"_s) + 16);
    m_view->setColumnWidth(BatchListModel::Presentation,
                           fm.horizontalAdvance(u"cryopreserved"_s) + 16);
    const int timeWidth = fm.horizontalAdvance(u"2026-11-21 17:39:42 (UTC+00:00)"_s) + 16;
    m_view->setColumnWidth(BatchListModel::Started, timeWidth + 8);
    m_view->setColumnWidth(BatchListModel::PlannedShipment, timeWidth);
    m_view->sortByColumn(BatchListModel::Started, Qt::DescendingOrder);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"batchDetail"_s);
    m_detail->setAccessibleName(tr("Batch record"));
    m_detail->setWordWrapMode(QTextOption::WordWrap); // never inside a time or an id
    m_count = new QLabel(this);
    m_count->setObjectName(u"batchCount"_s);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"batchSplitter"_s);
    splitter->addWidget(list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this]() {
        m_proxy->setFilterFixedString(m_filter->text().trimmed());
        m_count->setText(countText());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchesPage::showSelected);
    refresh();
}

void BatchesPage::refresh()
{
    const QModelIndex current = m_view->currentIndex();
    const QString selected = current.isValid()
                                 ? m_model->batch(m_proxy->mapToSource(current).row()).batchNumber
                                 : QString();
    Result<QList<BatchSummary>> batches = BatchCatalogue(m_session).summaries();
    if (!batches) {
        m_model->setBatches({});
        m_detail->setPlainText(batches.error().message());
    } else {
        m_model->setBatches(std::move(batches.value()));
        if (m_model->rowCount() == 0)
            m_detail->setPlainText(tr("No batch records yet. An administrator imports them with "
                                      "Store ▸ Import…"));
    }
    m_count->setText(countText());
    if (selected.isEmpty() || !selectBatch(selected)) {
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, BatchListModel::Batch));
    }
}

QString BatchesPage::countText() const
{
    return m_proxy->rowCount() == m_model->rowCount()
               ? tr("%n batch record(s)", nullptr, m_model->rowCount())
               : tr("%1 of %n batch record(s)", nullptr, m_model->rowCount())
                     .arg(m_proxy->rowCount());
}

bool BatchesPage::selectBatch(const QString &batchNumber)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, BatchListModel::Batch);
        if (index.data().toString() == batchNumber) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString BatchesPage::detailText() const
{
    return m_detail->toPlainText();
}

void BatchesPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const BatchSummary &summary = m_model->batch(m_proxy->mapToSource(current).row());
    BatchCatalogue catalogue(m_session);
    const Result<BatchRecord> loaded = catalogue.record(summary.recordId);
    if (!loaded) {
        m_detail->setPlainText(loaded.error().message());
        return;
    }
    const BatchRecord &b = loaded.value();
    QString html = u"<h3>%1</h3>"_s.arg(
        tr("Batch %1 — %2, %3").arg(esc(b.batchNumber), esc(b.productCode), esc(b.site)));
    html += u"<p>"_s +
            tr("Record version %1, status %2, %3; master batch record %4.")
                .arg(summary.version)
                .arg(esc(b.recordStatus), esc(b.presentation), esc(b.masterBatchRecordVersion)) +
            u"<br>"_s +
            tr("Manufactured %1 to %2; expires %3.")
                .arg(toLocalDisplay(b.startedAt), toLocalDisplay(b.endedAt),
                     toLocalDisplay(b.expiresAt)) +
            u"<br><b>"_s + tr("Planned shipment: %1").arg(toLocalDisplay(b.plannedShipmentAt)) +
            u"</b></p>"_s;

    html += u"<h4>%1</h4>"_s.arg(tr("Chain of identity"));
    html += u"<p>"_s +
            tr("COI %1, patient %2, collection %3 at %4 on %5, treatment centre %6.")
                .arg(esc(b.coi.din), esc(b.coi.patientReference), esc(b.coi.collectionId),
                     esc(b.coi.collectionSite), toLocalDisplay(b.coi.collectedAt),
                     esc(b.coi.treatmentCentre)) +
            u"</p>"_s;

    html += u"<h4>%1</h4>"_s.arg(
        tr("Custody (%n event(s))", nullptr, static_cast<int>(b.custody.size())));
    html += kTable + row({tr("Event"), tr("Time"), tr("By"), tr("Location"), tr("°C")}, true);
    for (const CustodyEvent &e : b.custody)
        html += row({esc(e.event), timeCell(e.at), esc(e.by), esc(e.location),
                     esc(numberText(e.temperatureC))});
    html += u"</table>"_s;

    html += u"<h4>%1</h4>"_s.arg(tr("Steps (%n)", nullptr, static_cast<int>(b.steps.size())));
    html += kTable + row({tr("#"), tr("Step"), tr("Operator"), tr("Verifier"), tr("Ended")}, true);
    for (const ProcessStep &s : b.steps)
        html += row({QString::number(s.sequence), esc(s.name), esc(s.operatorName), esc(s.verifier),
                     timeCell(s.endedAt)});
    html += u"</table>"_s;

    html +=
        u"<h4>%1</h4>"_s.arg(tr("Deviations (%n)", nullptr, static_cast<int>(b.deviations.size())));
    if (!b.deviations.isEmpty()) {
        html += kTable + row({tr("Id"), tr("Title"), tr("Class"), tr("State")}, true);
        for (const Deviation &d : b.deviations)
            html += row({esc(d.id), esc(d.title), deviationClassName(d.deviationClass),
                         d.open ? tr("open") : tr("closed %1").arg(timeCell(d.closedAt))});
        html += u"</table>"_s;
    }

    const Result<QList<QcResult>> results = catalogue.results(b.batchNumber);
    if (!results) {
        html += u"<p>"_s + esc(results.error().message()) + u"</p>"_s;
    } else {
        html +=
            u"<h4>%1</h4>"_s.arg(tr("QC results (%n)", nullptr, static_cast<int>(results->size())));
        html += kTable + row({tr("Sample"), tr("Test"), tr("Result"), tr("Unit"), tr("Status"),
                              tr("Measured")},
                             true);
        for (const QcResult &r : results.value())
            html += row({esc(r.sampleId), esc(r.testCode), esc(r.value ? r.value->text : r.text),
                         esc(r.unit), statusName(r.status), timeCell(r.testedAt)});
        html += u"</table>"_s;
    }
    m_detail->setHtml(html);
}

} // namespace rd::ui
