// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inboxpage.h"

#include "core/clock.h"
#include "records/inbox.h"
#include "session/session.h"
#include "ui/assigndialog.h"
#include "ui/dialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
QString stateName(const QString &state)
{
    if (state == u"open"_s)
        return InboxModel::tr("Open");
    if (state == u"assigned"_s)
        return InboxModel::tr("Assigned");
    if (state == u"rejected"_s)
        return InboxModel::tr("Rejected");
    return state;
}
} // namespace

void InboxModel::setItems(QList<InboxItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const InboxItem &i = m_items.at(index.row());
    const QcResult &r = i.result;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return i.id;
        case Sample:
            return r.sampleId;
        case Test:
            return r.testCode;
        case Value:
            return r.value ? r.value->text : r.text;
        case Unit:
            return r.unit;
        case TestedAt:
            return toLocalDisplay(r.testedAt);
        case Instrument:
            return r.instrument;
        case Analyst:
            return r.analyst;
        case File:
            return i.fileName;
        case State:
            return stateName(i.state);
        case Resolution:
            if (i.state == u"open"_s)
                return QString();
            return tr("%1 on %2: %3")
                .arg(i.resolvedBy, toLocalDisplay(i.resolvedAt), enclosedText(i.resolutionReason));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == File)
        return tr("SHA-256 %1").arg(i.fileSha256);
    if (role == Qt::ToolTipRole && index.column() == Resolution)
        return data(index, Qt::DisplayRole);
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Value))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return i.id;
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case Sample:
        return tr("Sample in the file");
    case Test:
        return tr("Test");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case TestedAt:
        return tr("Measured");
    case Instrument:
        return tr("Instrument");
    case Analyst:
        return tr("Analyst");
    case File:
        return tr("File");
    case State:
        return tr("State");
    case Resolution:
        return tr("Resolved");
    default:
        return {};
    }
}

InboxPage::InboxPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"inboxPage"_s);
    setAccessibleName(tr("Unassigned results"));
    auto *title = new QLabel(tr("<h2>Unassigned results</h2>"), this);
    title->setObjectName(u"inboxTitle"_s);
    auto *note = new QLabel(tr("Results whose sample matched no QC sample of a batch wait here "
                               "with every value as imported. A QC analyst assigns them to the "
                               "sample they were measured on, or rejects them; both need a "
                               "reason and go into the audit trail."),
                            this);
    note->setObjectName(u"inboxNote"_s);
    note->setWordWrap(true);

    m_state = new QComboBox(this);
    m_state->setObjectName(u"inboxState"_s);
    m_state->setAccessibleName(tr("Show"));
    m_state->addItem(tr("Open"), u"open"_s);
    m_state->addItem(tr("Assigned"), u"assigned"_s);
    m_state->addItem(tr("Rejected"), u"rejected"_s);
    m_state->addItem(tr("All"), QString());
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"inboxFilter"_s);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Filter by sample, test, instrument, analyst or file"));
    m_filter->setClearButtonEnabled(true);

    m_model = new InboxModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(u"inboxView"_s);
    m_view->setAccessibleName(tr("Unassigned results"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(InboxModel::TestedAt, Qt::AscendingOrder);

    m_assign = new QPushButton(tr("&Assign to sample…"), this);
    m_assign->setObjectName(u"assignButton"_s);
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setObjectName(u"rejectButton"_s);
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Results shown"));
    m_count->setObjectName(u"inboxCount"_s);
    auto *bar = new QHBoxLayout();
    bar->addWidget(m_state);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_assign);
    bar->addWidget(m_reject);

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Message"));
    m_message->setObjectName(u"inboxMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_message);

    connect(m_state, &QComboBox::currentIndexChanged, this, &InboxPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateButtons();
    });
    connect(m_assign, &QPushButton::clicked, this, &InboxPage::assignSelected);
    connect(m_reject, &QPushButton::clicked, this, &InboxPage::rejectSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InboxPage::updateButtons);
    refresh();
}

void InboxPage::refresh()
{
    const QList<qint64> selected = selectedIds();
    Result<QList<InboxItem>> items = Inbox(m_session).items(m_state->currentData().toString());
    if (!items) {
        m_model->setItems({});
        showMessage(items.error().message());
    } else {
        m_model->setItems(std::move(items.value()));
    }
    m_view->resizeColumnsToContents();
    selectIds(selected);
    updateButtons();
}

void InboxPage::selectIds(const QList<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (wanted.contains(index.data(Qt::UserRole).toLongLong()))
            selection.select(index, m_proxy->index(row, InboxModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateButtons();
}

QList<qint64> InboxPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(Qt::UserRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<InboxItem> InboxPage::selectedItems() const
{
    QList<InboxItem> items;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        items << m_model->item(m_proxy->mapToSource(index).row());
    std::sort(items.begin(), items.end(),
              [](const InboxItem &a, const InboxItem &b) { return a.id < b.id; });
    return items;
}

void InboxPage::updateButtons()
{
    const QList<InboxItem> items = selectedItems();
    const bool allOpen =
        !items.isEmpty() && std::all_of(items.cbegin(), items.cend(),
                                        [](const InboxItem &i) { return i.state == u"open"_s; });
    const Status may = Inbox(m_session).mayResolve();
    m_assign->setEnabled(may.ok() && allOpen);
    m_reject->setEnabled(may.ok() && allOpen);
    const QString why = may.ok() ? QString() : may.error().message();
    m_assign->setToolTip(why);
    m_reject->setToolTip(why);
    m_count->setText(tr("%n result(s) shown", nullptr, m_proxy->rowCount()) +
                     (items.isEmpty()
                          ? QString()
                          : tr(", %n selected", nullptr, static_cast<int>(items.size()))));
}

void InboxPage::showMessage(const QString &text)
{
    m_message->setText(text);
}

QString InboxPage::message() const
{
    return m_message->text();
}

void InboxPage::assignSelected()
{
    const QList<InboxItem> items = selectedItems();
    if (items.isEmpty() || !m_assign->isEnabled())
        return;
    AssignDialog dialog(m_session, items, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Assigned %n result(s) to sample %1.", nullptr, static_cast<int>(items.size()))
                    .arg(dialog.sampleId()));
    refresh();
    Q_EMIT changed();
}

void InboxPage::rejectSelected()
{
    const QList<InboxItem> items = selectedItems();
    if (items.isEmpty() || !m_reject->isEnabled())
        return;
    const std::optional<QString> reason =
        Dialogs::text(this, tr("Reject results"),
                      tr("Why are these %n result(s) rejected? (for the audit trail)", nullptr,
                         static_cast<int>(items.size())));
    if (!reason)
        return;
    QList<qint64> ids;
    for (const InboxItem &i : items)
        ids << i.id;
    if (const Status done = Inbox(m_session).reject(ids, *reason); !done) {
        showMessage(done.error().message());
        return;
    }
    showMessage(tr("Rejected %n result(s).", nullptr, static_cast<int>(ids.size())));
    refresh();
    Q_EMIT changed();
}

} // namespace rd::ui
