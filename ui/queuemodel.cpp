// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queuemodel.h"

#include "core/clock.h"
#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

QString durationText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    if (days > 0)
        return QueueModel::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QueueModel::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return QueueModel::tr("%1 min").arg(minutes);
}

// What the search field looks in, lower-cased once.
QString haystackOf(const QueueEntry &e)
{
    return (e.batchNumber + u'\n' + e.productCode + u'\n' + e.site + u'\n' + e.coiDin + u'\n' +
            Workflow::displayName(e.state))
        .toLower();
}

} // namespace

void QueueModel::setEntries(QList<QueueEntry> entries, const QDateTime &now)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_now = now;
    m_haystack.clear();
    m_haystack.reserve(m_entries.size());
    m_byBatch.clear();
    m_byBatch.reserve(m_entries.size());
    m_scanned = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QueueEntry &e = m_entries.at(i);
        m_haystack << haystackOf(e);
        m_byBatch.insert(e.batchNumber, i);
        if (e.scanned)
            ++m_scanned;
    }
    rebuild();
    endResetModel();
}

void QueueModel::updateEntries(const QList<QueueEntry> &scanned)
{
    for (const QueueEntry &s : scanned) {
        const auto it = m_byBatch.constFind(s.batchNumber);
        if (it == m_byBatch.cend())
            continue;
        QueueEntry &e = m_entries[*it];
        if (!e.scanned)
            ++m_scanned;
        const bool stateChanged = e.state != s.state;
        e = s;
        if (stateChanged)
            m_haystack[*it] = haystackOf(e);
    }
    if (m_sortColumn >= Critical) {
        // Sorted by the counts that just arrived: sort again.
        beginResetModel();
        sortVisible();
        endResetModel();
    } else if (!m_visible.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_needle = filter.text.trimmed().toLower();
    rebuild();
    endResetModel();
}

bool QueueModel::matches(qsizetype i) const
{
    const QueueEntry &e = m_entries.at(i);
    switch (m_filter.states) {
    case QueueFilter::States::Undecided:
        if (Workflow::isFinal(e.state))
            return false;
        break;
    case QueueFilter::States::One:
        if (e.state != m_filter.state)
            return false;
        break;
    case QueueFilter::States::All:
        break;
    }
    if (!m_filter.product.isEmpty() && e.productCode != m_filter.product)
        return false;
    if (!m_filter.site.isEmpty() && e.site != m_filter.site)
        return false;
    const QDate started = e.startedAt.date();
    if (m_filter.from.isValid() && started < m_filter.from)
        return false;
    if (m_filter.to.isValid() && started > m_filter.to)
        return false;
    return m_needle.isEmpty() || m_haystack.at(i).contains(m_needle);
}

void QueueModel::rebuild()
{
    m_visible.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (matches(i))
            m_visible << i;
    }
    sortVisible();
}

void QueueModel::sortVisible()
{
    const auto key = [this](qsizetype i) -> const QueueEntry & { return m_entries.at(i); };
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_visible.begin(), m_visible.end(), [&](qsizetype a, qsizetype b) {
        const QueueEntry &x = key(a);
        const QueueEntry &y = key(b);
        if (column == kUrgency)
            return ReviewQueue::moreUrgent(x, y);
        const auto less = [&](auto u, auto v) { return ascending ? u < v : v < u; };
        switch (column) {
        case Batch:
            return less(x.batchNumber, y.batchNumber);
        case Product:
            return less(x.productCode, y.productCode);
        case Site:
            return less(x.site, y.site);
        case State:
            return less(static_cast<int>(x.state), static_cast<int>(y.state));
        case Coi:
            return less(x.coiDin, y.coiDin);
        case PlannedShipment:
        case TimeLeft:
            return less(x.plannedShipmentAt, y.plannedShipmentAt);
        case Critical:
            return less(x.critical, y.critical);
        case Major:
            return less(x.major, y.major);
        case Minor:
            return less(x.minor + x.info, y.minor + y.info);
        case Open:
            return less(x.open, y.open);
        }
        return false;
    });
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    sortVisible();
    endResetModel();
}

int QueueModel::rowOf(const QString &batchNumber) const
{
    const auto it = m_byBatch.constFind(batchNumber);
    return it == m_byBatch.cend() ? -1 : static_cast<int>(m_visible.indexOf(*it));
}

bool QueueModel::isOverdue(const QueueEntry &e, const QDateTime &now)
{
    return !Workflow::isFinal(e.state) && e.state != BatchState::ConditionallyReleased &&
           e.plannedShipmentAt.isValid() && e.plannedShipmentAt < now;
}

int QueueModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_entries.cbegin(), m_entries.cend(),
                      [this](const QueueEntry &e) { return isOverdue(e, m_now); }));
}

QMap<BatchState, int> QueueModel::stateCounts() const
{
    QMap<BatchState, int> out;
    for (const QueueEntry &e : m_entries)
        ++out[e.state];
    return out;
}

QStringList QueueModel::products() const
{
    QSet<QString> set;
    for (const QueueEntry &e : m_entries)
        set.insert(e.productCode);
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

QStringList QueueModel::sites() const
{
    QSet<QString> set;
    for (const QueueEntry &e : m_entries)
        set.insert(e.site);
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

QList<QueueEntry> QueueModel::entriesToScan(int max) const
{
    // What the reviewer sees first, first.
    QList<QueueEntry> out;
    for (const qsizetype i : m_visible) {
        if (!m_entries.at(i).scanned)
            out << m_entries.at(i);
        if (out.size() >= max)
            return out;
    }
    for (const QueueEntry &e : m_entries) {
        if (!e.scanned)
            out << e;
        if (out.size() >= max)
            break;
    }
    return out;
}

QString QueueModel::timeLeftText(const QueueEntry &e, const QDateTime &now)
{
    if (Workflow::isFinal(e.state))
        return tr("decided");
    if (!e.plannedShipmentAt.isValid())
        return tr("no shipment planned");
    const qint64 seconds = now.secsTo(e.plannedShipmentAt);
    if (e.state == BatchState::ConditionallyReleased)
        return tr("shipped conditionally");
    if (seconds < 0)
        return tr("OVERDUE by %1").arg(durationText(-seconds));
    return tr("in %1").arg(durationText(seconds));
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const QueueEntry &e = entry(index.row());
    const bool overdue = isOverdue(e, m_now);
    const auto count = [&e](int n) -> QVariant {
        return e.scanned ? QVariant(n) : QVariant(u"…"_s);
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Batch:
            return e.batchNumber;
        case Product:
            return e.productCode;
        case Site:
            return e.site;
        case State:
            return Workflow::displayName(e.state);
        case Coi:
            return e.coiDin;
        case PlannedShipment:
            return e.plannedShipmentAt.isValid() ? toLocalDisplay(e.plannedShipmentAt) : QString();
        case TimeLeft:
            return timeLeftText(e, m_now);
        case Critical:
            return e.scanned && e.blocked ? tr("%1 — blocks release").arg(e.critical)
                                          : count(e.critical);
        case Major:
            return count(e.major);
        case Minor:
            return count(e.minor + e.info);
        case Open:
            return count(e.open);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == TimeLeft && overdue)
            return tr("The planned shipment to %1 has passed: a patient is waiting.").arg(e.site);
        if (!e.scanned && index.column() >= Critical)
            return tr("Exceptions are being computed.");
    } else if (role == Qt::FontRole) {
        if ((index.column() == TimeLeft && overdue) || (index.column() == Critical && e.blocked)) {
            QFont f;
            f.setBold(true);
            return f;
        }
    } else if (role == Qt::ForegroundRole) {
        if ((index.column() == TimeLeft && overdue) ||
            (index.column() == Critical && e.scanned && e.critical > 0))
            return QBrush(statusColour(StatusTone::Alarm));
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() >= Critical && index.column() != Critical)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return e.batchNumber;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Batch:
        return tr("Batch");
    case Product:
        return tr("Product");
    case Site:
        return tr("Site");
    case State:
        return tr("State");
    case Coi:
        return tr("Chain of identity");
    case PlannedShipment:
        return tr("Planned shipment");
    case TimeLeft:
        return tr("Time left");
    case Critical:
        return tr("Critical");
    case Major:
        return tr("Major");
    case Minor:
        return tr("Minor / info");
    case Open:
        return tr("To disposition");
    }
    return {};
}

} // namespace rd::ui
