// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/auditpage.h"

#include "core/clock.h"
#include "domain/records.h"
#include "session/session.h"
#include "ui/reportflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
constexpr int kPage = 500;
}

AuditTableModel::AuditTableModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    reload();
}

void AuditTableModel::setFilter(const QString &contains)
{
    if (contains == m_filter)
        return;
    m_filter = contains;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    fetchMore(QModelIndex());
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    AuditQuery query;
    query.contains = m_filter;
    query.beforeSeq = m_events.isEmpty() ? 0 : m_events.last().seq;
    query.limit = kPage;
    const Result<QList<AuditEvent>> page = m_session.audit().read(query);
    if (!page) {
        m_error = page.error().message();
        m_atEnd = true;
        return;
    }
    if (page->size() < kPage)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_events.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page->size()) - 1);
    m_events.append(page.value());
    endInsertRows();
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent &e = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Action)
        return e.entry.action; // the stable identifier behind the readable name
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Seq:
            return e.seq;
        case Time:
            return toLocalDisplay(e.utc);
        case User:
            return e.user;
        case Action:
            return audit::displayName(e.entry.action);
        case Entity:
            return e.entry.entityType.isEmpty()
                       ? QString()
                       : u"%1 %2"_s.arg(e.entry.entityType, e.entry.entityId);
        case Field:
            return e.entry.field;
        case OldValue:
            return enclosedText(e.entry.oldValue);
        case NewValue:
            return enclosedText(e.entry.newValue);
        case Reason:
            return enclosedText(e.entry.reason);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

AuditPage::AuditPage(Session &session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"auditPage"_s);
    setAccessibleName(tr("Audit trail"));
    auto *title = new QLabel(tr("<h2>Audit trail</h2>"), this);
    title->setObjectName(u"auditTitle"_s);
    m_filter = new QLineEdit(this);
    m_filter->setAccessibleName(tr("Search the audit trail"));
    m_filter->setObjectName(u"auditFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by user, action, record, value or reason"));
    m_filter->setClearButtonEnabled(true);
    m_model = new AuditTableModel(session, this);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Audit events"));
    m_view->setObjectName(u"auditView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: sizing to contents would read every loaded row.
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(AuditTableModel::Seq, fm.horizontalAdvance(u"0000000"_s));
    m_view->setColumnWidth(AuditTableModel::Time,
                           fm.horizontalAdvance(u"2026-11-21 17:39:42 (UTC+00:00)"_s) + 16);
    m_view->setColumnWidth(AuditTableModel::User, fm.horizontalAdvance(u"qa.reviewer.xx"_s));
    m_view->setColumnWidth(AuditTableModel::Action,
                           fm.horizontalAdvance(u"Session closed (checkpoint)"_s) + 16);
    m_view->setColumnWidth(AuditTableModel::Entity, fm.horizontalAdvance(u"user qa.reviewer.xx"_s));
    m_view->setColumnWidth(AuditTableModel::NewValue, 260);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Events shown"));
    m_status->setObjectName(u"auditStatus"_s);

    m_print = new QPushButton(tr("&Print report…"), this);
    m_print->setObjectName(u"auditPrint"_s);
    m_print->setToolTip(tr("An audit-trail report of the store or of one batch, by days, user "
                           "and action, with the chain verification: preview, print or PDF/A "
                           "(Ctrl+P)"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QPushButton::clicked, this, [this, &session]() {
        if (const std::optional<reports::ReportRequest> r = askReport())
            ReportFlow::preview(this, session, *r);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    // Filter as the user types, but not on every keystroke of a fast typist.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this]() {
        m_model->setFilter(m_filter->text().trimmed());
        m_status->setText(m_model->lastError());
    });
    m_status->setText(m_model->lastError());
}

std::optional<reports::ReportRequest> AuditPage::askReport()
{
    QDialog dialog(this);
    dialog.setObjectName(u"auditReportDialog"_s);
    dialog.setWindowTitle(tr("Audit-trail report"));
    auto *batch = new QLineEdit(&dialog);
    batch->setObjectName(u"auditReportBatch"_s);
    batch->setPlaceholderText(tr("empty: the whole store"));
    auto *useDays = new QCheckBox(tr("Only &these days (UTC):"), &dialog);
    useDays->setObjectName(u"auditReportUseDays"_s);
    const QDate today = Clock::instance().nowUtc().date();
    auto *from = new QDateEdit(today.addDays(-30), &dialog);
    from->setObjectName(u"auditReportFrom"_s);
    from->setCalendarPopup(true);
    from->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *to = new QDateEdit(today, &dialog);
    to->setObjectName(u"auditReportTo"_s);
    to->setCalendarPopup(true);
    to->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *user = new QLineEdit(&dialog);
    user->setObjectName(u"auditReportUser"_s);
    user->setPlaceholderText(tr("empty: every user"));
    auto *action = new QComboBox(&dialog);
    action->setObjectName(u"auditReportAction"_s);
    action->addItem(tr("Every action"), QString());
    for (const QString &id : audit::actions())
        action->addItem(audit::displayName(id), id);
    auto *form = new QFormLayout;
    form->addRow(tr("&Batch:"), batch);
    auto *days = new QHBoxLayout;
    days->addWidget(from);
    days->addWidget(new QLabel(tr("to"), &dialog));
    days->addWidget(to);
    form->addRow(useDays, days);
    form->addRow(tr("&User:"), user);
    form->addRow(tr("&Action:"), action);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    reports::ReportRequest r;
    r.kind = reports::DocumentKind::AuditTrail;
    r.batchNumber = batch->text().trimmed();
    if (useDays->isChecked()) {
        r.from = from->date();
        r.to = to->date();
    }
    r.user = user->text().trimmed();
    r.action = action->currentData().toString();
    return r;
}

void AuditPage::refresh()
{
    m_model->reload();
    m_status->setText(m_model->lastError());
}

} // namespace rd::ui
