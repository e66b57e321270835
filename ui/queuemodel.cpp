// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queuemodel.h"

#include "core/clock.h"
#include "review/exceptions.h"
#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

// What the search field looks in, lower-cased once.
QString haystackOf(const QueueEntry &e)
{
    return (e.batchNumber + u'\n' + e.productCode + u'\n' + e.site + u'\n' + e.coiDin + u'\n' +
            Workflow::displayName(e.state))
        .toLower();
}

} // namespace

QueueContents QueueModel::prepare(QList<QueueEntry> entries)
{
    QueueContents c;
    c.entries = std::move(entries);
    c.haystack.reserve(c.entries.size());
    c.byBatch.reserve(c.entries.size());
    QSet<QString> products;
    QSet<QString> sites;
    for (qsizetype i = 0; i < c.entries.size(); ++i) {
        const QueueEntry &e = c.entries.at(i);
        c.haystack << haystackOf(e);
        c.byBatch.insert(e.batchNumber, i);
        products.insert(e.productCode);
        sites.insert(e.site);
    }
    c.products = QStringList(products.cbegin(), products.cend());
    c.products.sort();
    c.sites = QStringList(sites.cbegin(), sites.cend());
    c.sites.sort();
    c.urgencyOrdered =
        std::is_sorted(c.entries.cbegin(), c.entries.cend(), ReviewQueue::moreUrgent);
    return c;
}

void QueueModel::setEntries(QList<QueueEntry> entries, const QDateTime &now)
{
    setContents(prepare(std::move(entries)), now);
}

void QueueModel::setContents(QueueContents contents, const QDateTime &now)
{
    beginResetModel();
    m_entries = std::move(contents.entries);
    m_haystack = std::move(contents.haystack);
    m_byBatch = std::move(contents.byBatch);
    m_products = std::move(contents.products);
    m_sites = std::move(contents.sites);
    m_now = now;
    m_scanned = 0;
    m_overdue = 0;
    for (const QueueEntry &e : std::as_const(m_entries)) {
        if (e.scanned)
            ++m_scanned;
        if (isOverdue(e, m_now))
            ++m_overdue;
    }
    m_order.resize(m_entries.size());
    std::iota(m_order.begin(), m_order.end(), qsizetype(0));
    if (m_sortColumn != kUrgency || !contents.urgencyOrdered)
        sortIndices(m_order);
    rebuild();
    endResetModel();
}

void QueueModel::updateEntries(const QList<QueueEntry> &scanned)
{
    bool stateChanged = false;
    for (const QueueEntry &s : scanned) {
        const auto it = m_byBatch.constFind(s.batchNumber);
        if (it == m_byBatch.cend())
            continue;
        QueueEntry &e = m_entries[*it];
        if (!e.scanned)
            ++m_scanned;
        m_overdue += int(isOverdue(s, m_now)) - int(isOverdue(e, m_now));
        const bool changed = e.state != s.state;
        e = s;
        if (changed) {
            m_haystack[*it] = haystackOf(e);
            stateChanged = true;
        }
    }
    // A changed state changes the search text: the rows shown no longer bound what an
    // extended search can match. A batch whose state changed keeps its place until the queue
    // is read again (the reviewer steps on from it); sorted by the counts that just came, the
    // queue is sorted again, as before.
    if (stateChanged)
        m_narrowable = false;
    if (m_sortColumn >= Critical) {
        beginResetModel();
        sortOrder();
        sortIndices(m_visible);
        endResetModel();
    } else if (!m_visible.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QList<QueueEntry> QueueModel::scannedEntries() const
{
    QList<QueueEntry> out;
    for (const QueueEntry &e : m_entries) {
        if (e.scanned)
            out << e;
    }
    return out;
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    const QString needle = filter.text.trimmed().toLower();
    const bool narrowing = filter.states == m_filter.states && filter.state == m_filter.state &&
                           filter.product == m_filter.product && filter.site == m_filter.site &&
                           filter.from == m_filter.from && filter.to == m_filter.to &&
                           needle.contains(m_needle) && m_narrowable;
    beginResetModel();
    m_filter = filter;
    m_needle = needle;
    rebuild(narrowing);
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
    if (m_filter.from.isValid() || m_filter.to.isValid()) {
        const QDate started = e.startedAt.date();
        if (m_filter.from.isValid() && started < m_filter.from)
            return false;
        if (m_filter.to.isValid() && started > m_filter.to)
            return false;
    }
    return m_needle.isEmpty() || m_haystack.at(i).contains(m_needle);
}

void QueueModel::rebuild(bool narrowing)
{
    m_narrowable = true;
    // Both sources are in the sort order, and so is what is kept of them.
    const QList<qsizetype> from = narrowing ? std::move(m_visible) : m_order;
    m_visible.clear();
    m_visible.reserve(from.size());
    for (const qsizetype i : from) {
        if (matches(i))
            m_visible << i;
    }
}

void QueueModel::sortOrder()
{
    sortIndices(m_order);
}

void QueueModel::sortIndices(QList<qsizetype> &indices) const
{
    const auto key = [this](qsizetype i) -> const QueueEntry & { return m_entries.at(i); };
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(indices.begin(), indices.end(), [&](qsizetype a, qsizetype b) {
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
        case Expiry:
            return less(x.expiresAt, y.expiresAt);
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
    // From the entries' own (urgency) order, so that rows equal under the new column come in
    // the same order however the reviewer got there.
    std::iota(m_order.begin(), m_order.end(), qsizetype(0));
    sortOrder();
    rebuild();
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

QString QueueModel::expiryLeftText(const QueueEntry &e, const QDateTime &now)
{
    if (!e.expiresAt.isValid())
        return tr("not given");
    if (!ExceptionEngine::awaitsDecision(e.state))
        return dateText(e.expiresAt.toLocalTime().date(), TimeStyle::Screen);
    const qint64 left = now.secsTo(e.expiresAt);
    return left > 0 ? tr("%1 left").arg(ExceptionEngine::durationText(left))
                    : tr("EXPIRED %1 ago").arg(ExceptionEngine::durationText(-left));
}

bool QueueModel::isExpired(const QueueEntry &e, const QDateTime &now)
{
    return ExceptionEngine::awaitsDecision(e.state) && e.expiresAt.isValid() && e.expiresAt <= now;
}

int QueueModel::overdueCount() const
{
    return m_overdue;
}

QMap<BatchState, int> QueueModel::stateCounts() const
{
    QMap<BatchState, int> out;
    for (const QueueEntry &e : m_entries)
        ++out[e.state];
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
        return tr("OVERDUE by %1").arg(ExceptionEngine::durationText(-seconds));
    return tr("in %1").arg(ExceptionEngine::durationText(seconds));
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
            return e.uncovered
                       ? tr("%1 — signatures no longer cover").arg(Workflow::displayName(e.state))
                       : Workflow::displayName(e.state);
        case Coi:
            return e.coiDin;
        case PlannedShipment:
            return e.plannedShipmentAt.isValid() ? toLocalDisplay(e.plannedShipmentAt) : QString();
        case TimeLeft:
            return timeLeftText(e, m_now);
        case Expiry:
            return expiryLeftText(e, m_now);
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
        if (index.column() == Expiry && e.expiresAt.isValid())
            return isExpired(e, m_now) ? tr("Expired on %1: the product cannot be released.")
                                             .arg(toLocalDisplay(e.expiresAt))
                                       : tr("Expires on %1.").arg(toLocalDisplay(e.expiresAt));
        if (index.column() == State && e.uncovered)
            return tr("The record changed after the decision was signed: the batch must be "
                      "reviewed and decided again, and its documents print as DRAFT.");
        if (!e.scanned && index.column() >= Critical)
            return tr("Exceptions are being computed.");
    } else if (role == Qt::FontRole) {
        if ((index.column() == TimeLeft && overdue) || (index.column() == Critical && e.blocked) ||
            (index.column() == Expiry && isExpired(e, m_now)) ||
            (index.column() == State && e.uncovered)) {
            QFont f;
            f.setBold(true);
            return f;
        }
    } else if (role == Qt::ForegroundRole) {
        if ((index.column() == TimeLeft && overdue) ||
            (index.column() == Expiry && isExpired(e, m_now)) ||
            (index.column() == Critical && e.scanned && e.critical > 0) ||
            (index.column() == State && e.uncovered))
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
    case Expiry:
        return tr("Expiry");
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
