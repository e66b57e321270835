// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queuepage.h"

#include "core/clock.h"
#include "review/reviewservice.h"
#include "session/session.h"
#include "ui/background.h"
#include "ui/batchview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
constexpr int kScanSlice = 150;
// Rows read before the window first paints the queue: more than a screen holds.
constexpr int kFirstScreenful = 200;

// Counts a pool task of the page as over when its work ends, however it ends; the count went
// up on the GUI thread before the task was started.
struct TaskEnd
{
    std::atomic<int> &inFlight;
    ~TaskEnd() { inFlight.fetch_sub(1); }
};
} // namespace

QueuePage::QueuePage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"queuePage"_s);
    setAccessibleName(tr("Queue"));
    m_model = new QueueModel(this);

    auto *list = new QWidget(this);
    list->setObjectName(u"queueList"_s);
    list->setAccessibleName(tr("Queue"));
    m_state = new QComboBox(list);
    m_state->setObjectName(u"queueStateFilter"_s);
    m_state->setAccessibleName(tr("State"));
    m_product = new QComboBox(list);
    m_product->setObjectName(u"queueProductFilter"_s);
    m_product->setAccessibleName(tr("Product"));
    m_site = new QComboBox(list);
    m_site->setObjectName(u"queueSiteFilter"_s);
    m_site->setAccessibleName(tr("Site"));
    m_useDates = new QCheckBox(tr("&Made between"), list);
    m_useDates->setObjectName(u"queueUseDates"_s);
    m_from = new QDateEdit(list);
    m_from->setObjectName(u"queueFrom"_s);
    m_from->setAccessibleName(tr("Made from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(list);
    m_to->setObjectName(u"queueTo"_s);
    m_to->setAccessibleName(tr("Made until"));
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_search = new QLineEdit(list);
    m_search->setObjectName(u"queueSearch"_s);
    m_search->setAccessibleName(tr("Search the queue"));
    m_search->setPlaceholderText(tr("Search batch, product, site, COI or state (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *urgency = new QPushButton(tr("Sort by &urgency"), list);
    urgency->setObjectName(u"queueSortUrgency"_s);
    urgency->setAccessibleName(tr("Sort by urgency"));

    m_view = new QTableView(list);
    m_view->setObjectName(u"queueView"_s);
    m_view->setAccessibleName(tr("Batches in the queue"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(false); // the header sorts through the model, see below
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // by urgency
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_counts = new QLabel(list);
    m_counts->setObjectName(u"queueCounts"_s);
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("Batches shown"));
    m_scanProgress = new QProgressBar(list);
    m_scanProgress->setObjectName(u"queueScanProgress"_s);
    m_scanProgress->setAccessibleName(tr("Exceptions computed"));
    m_scanProgress->setFormat(tr("Exceptions computed: %v of %m"));
    // Wide enough for its text at a 100 000-batch queue; the counts beside it wrap instead.
    m_scanProgress->setMinimumWidth(
        m_scanProgress->fontMetrics().horizontalAdvance(
            m_scanProgress->format().replace(u"%v"_s, u"100000"_s).replace(u"%m"_s, u"100000"_s)) +
        32);
    m_scanProgress->setMaximumWidth(std::max(320, m_scanProgress->minimumWidth()));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(urgency);
    auto *filters = new QHBoxLayout;
    const auto labelFor = [list](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, list);
        label->setBuddy(field);
        return label;
    };
    filters->addWidget(labelFor(tr("S&tate:"), m_state));
    filters->addWidget(m_state);
    filters->addWidget(labelFor(tr("&Product:"), m_product));
    filters->addWidget(m_product);
    filters->addWidget(labelFor(tr("Si&te:"), m_site));
    filters->addWidget(m_site);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(m_scanProgress);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->addLayout(searchRow);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(bottom);

    m_batchView = new BatchView(session, this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"queueStack"_s);
    m_stack->addWidget(list);
    m_stack->addWidget(m_batchView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, this, &QueuePage::applyFilter);
    for (QComboBox *c : {m_state, m_product, m_site})
        connect(c, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &QueuePage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &QueuePage::applyFilter);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    connect(urgency, &QPushButton::clicked, this, [this]() {
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_model->sort(QueueModel::kUrgency);
    });
    connect(m_view, &QTableView::activated, this, &QueuePage::openCurrent);
    connect(m_batchView, &BatchView::backRequested, this, &QueuePage::showQueue);
    connect(m_batchView, &BatchView::nextBatchRequested, this, &QueuePage::step);
    connect(m_batchView, &BatchView::changed, this, [this](const QString &batch) {
        // The state and counts of this batch changed: rescan it at once.
        QList<QueueEntry> one;
        const int row = m_model->rowOf(batch);
        if (row >= 0)
            one << m_model->entry(row);
        const Status scanned = one.isEmpty() ? Status() : ReviewQueue(m_session).scan(one);
        if (!one.isEmpty() && scanned)
            m_model->updateEntries(one);
        updateCounts();
        if (!scanned) // after the counts, which would cover it
            m_counts->setText(scanned.error().message());
        emit changed();
    });
    auto *find = new QShortcut(QKeySequence::Find, this, [this]() {
        showQueue();
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setObjectName(u"shortcutFind"_s);
    find->setContext(Qt::WidgetWithChildrenShortcut);

    setFocusProxy(m_view);
    updateBatchActions();
    refresh();
}

QueuePage::~QueuePage()
{
    ++m_generation; // a task still running finds nothing to update...
    // ...and must be over before the session it reads from can end.
    while (m_inFlight->load() > 0)
        Background::pool()->waitForDone(50);
}

void QueuePage::refresh()
{
    const QString current = currentBatch();
    Result<ReviewQueue::Head> head = ReviewQueue(m_session).head(kFirstScreenful);
    if (!head) {
        // What is shown, its reading and its scan go on as they were.
        m_counts->setText(head.error().message());
        return;
    }
    ++m_generation;
    m_scanning = false;
    m_restError.clear();
    m_scanServices = std::make_shared<std::vector<std::unique_ptr<ReviewService>>>();
    for (int i = 0; i < ReviewQueue::backgroundScanThreads(); ++i)
        m_scanServices->push_back(std::make_unique<ReviewService>(m_session));
    m_loading = !head->complete;
    showContents(QueueModel::prepare(std::move(head->entries)), current, true);
    if (m_loading)
        loadRest(current);
}

void QueuePage::loadRest(const QString &current)
{
    const int generation = m_generation;
    Session *session = &m_session;
    std::shared_ptr<std::atomic<int>> inFlight = m_inFlight;
    inFlight->fetch_add(1);
    Background::run<Result<QueueContents>>(
        this,
        [session, inFlight]() -> Result<QueueContents> {
            const TaskEnd end{*inFlight};
            const ThreadConnection connection(session->store());
            Result<QList<QueueEntry>> all = ReviewQueue(*session).entries();
            if (!all)
                return all.error();
            return QueueModel::prepare(std::move(all).value());
        },
        [this, generation, current](Result<QueueContents> all) {
            if (generation != m_generation)
                return; // refreshed meanwhile; that refresh reads anew
            m_loading = false;
            if (!all) {
                // Only the first screenful is there; say so for as long as it is shown.
                m_restError = all.error().message();
                updateCounts();
                return;
            }
            // Keep the reviewer's place (the batch selected before the refresh, unless they
            // have chosen another since), and the counts this scan has already computed.
            const QString now = currentBatch();
            showContents(std::move(all).value(), now == m_selectedByPage ? current : now, false,
                         m_model->scannedEntries());
        });
}

QString QueuePage::currentBatch() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->entry(index.row()).batchNumber : QString();
}

void QueuePage::showContents(QueueContents contents, const QString &current, bool resizeColumns,
                             const QList<QueueEntry> &scanned)
{
    m_model->setContents(std::move(contents), Clock::instance().nowUtc());
    m_model->updateEntries(scanned);

    const auto refill = [](QComboBox *box, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant keep = box->currentData();
        const QSignalBlocker block(box);
        box->clear();
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        const int i = box->findData(keep);
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    QList<std::pair<QString, QVariant>> states = {{tr("Still to decide"), u"undecided"_s},
                                                  {tr("All"), u"all"_s}};
    const QMap<BatchState, int> counts = m_model->stateCounts();
    for (const BatchState s : Workflow::states()) {
        // While the rest is read, counts of the first screenful would mislead.
        states.append({m_loading ? Workflow::displayName(s)
                                 : tr("%1 (%2)").arg(Workflow::displayName(s)).arg(counts.value(s)),
                       Workflow::id(s)});
    }
    refill(m_state, states);
    QList<std::pair<QString, QVariant>> products = {{tr("All products"), QString()}};
    for (const QString &p : m_model->products())
        products.append({p, p});
    refill(m_product, products);
    QList<std::pair<QString, QVariant>> sites = {{tr("All sites"), QString()}};
    for (const QString &s : m_model->sites())
        sites.append({s, s});
    refill(m_site, sites);
    if (!m_useDates->isChecked() && m_model->totalCount() > 0) {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(Clock::instance().nowUtc().date().addYears(-2));
        m_to->setDate(Clock::instance().nowUtc().date());
    }
    applyFilter();
    if (const int row = m_model->rowOf(current); row >= 0)
        m_view->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_selectedByPage = currentBatch();
    if (resizeColumns)
        m_view->resizeColumnsToContents();

    m_scanProgress->setRange(0, m_model->totalCount());
    m_scanProgress->setValue(m_model->scannedCount());
    m_scanProgress->setVisible(m_model->totalCount() > 0);
    scanNext();
}

void QueuePage::applyFilter()
{
    QueueFilter f;
    const QString state = m_state->currentData().toString();
    if (state == u"all"_s) {
        f.states = QueueFilter::States::All;
    } else if (const auto s = Workflow::stateFromId(state)) {
        f.states = QueueFilter::States::One;
        f.state = *s;
    }
    f.product = m_product->currentData().toString();
    f.site = m_site->currentData().toString();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.text = m_search->text();
    m_model->setFilter(f);
    updateCounts();
}

QString QueuePage::searchText() const
{
    return m_search->text();
}

void QueuePage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void QueuePage::updateCounts()
{
    if (m_loading) {
        m_counts->setText(tr("Shown: %1, the most urgent first; reading the rest of the queue…")
                              .arg(m_model->rowCount()));
        return;
    }
    if (!m_restError.isEmpty()) {
        m_counts->setText(m_restError);
        return;
    }
    const int overdue = m_model->overdueCount();
    m_counts->setText(
        tr("%1 of %2 batches shown.%3")
            .arg(m_model->rowCount())
            .arg(m_model->totalCount())
            .arg(overdue > 0 ? tr(" %n batch(es) past their planned shipment.", nullptr, overdue)
                             : QString()));
}

QString QueuePage::countsText() const
{
    return m_counts->text();
}

bool QueuePage::scanFinished() const
{
    return m_model->scannedCount() >= m_model->totalCount();
}

void QueuePage::scanNext()
{
    if (m_scanning || scanFinished()) {
        m_scanProgress->setVisible(!scanFinished());
        return;
    }
    QList<QueueEntry> slice =
        m_model->entriesToScan(kScanSlice * static_cast<int>(m_scanServices->size()));
    if (slice.isEmpty())
        return;
    m_scanning = true;
    const int generation = m_generation;
    Session *session = &m_session;
    std::shared_ptr<std::vector<std::unique_ptr<ReviewService>>> services = m_scanServices;
    std::shared_ptr<std::atomic<int>> inFlight = m_inFlight;
    inFlight->fetch_add(1);
    Background::run<Result<QList<QueueEntry>>>(
        this,
        [session, services, slice, inFlight]() mutable -> Result<QList<QueueEntry>> {
            const TaskEnd end{*inFlight};
            const ThreadConnection connection(session->store());
            QList<ReviewService *> each;
            for (const std::unique_ptr<ReviewService> &s : *services)
                each << s.get();
            if (Status s = ReviewQueue::scan(each, slice); !s)
                return s.error();
            return slice;
        },
        [this, generation](Result<QList<QueueEntry>> scanned) {
            if (generation != m_generation)
                return; // refreshed meanwhile; that refresh scans anew
            m_scanning = false;
            if (!scanned) {
                m_counts->setText(scanned.error().message());
                return;
            }
            m_model->updateEntries(scanned.value());
            m_scanProgress->setValue(m_model->scannedCount());
            scanNext();
        });
}

void QueuePage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    openBatch(m_model->entry(index.row()).batchNumber);
}

bool QueuePage::openBatch(const QString &batchNumber)
{
    if (!m_batchView->showBatch(batchNumber))
        return false;
    if (const int row = m_model->rowOf(batchNumber); row >= 0)
        m_view->selectRow(row);
    m_stack->setCurrentWidget(m_batchView);
    updateBatchActions();
    setFocusProxy(m_batchView->tabs());
    m_batchView->tabs()->setFocus();
    return true;
}

void QueuePage::updateBatchActions()
{
    const bool on = isShowingBatch();
    for (QAction *a : m_batchView->keyboardActions())
        a->setEnabled(on);
    m_batchView->signMenu()->menuAction()->setEnabled(on);
}

bool QueuePage::isShowingBatch() const
{
    return m_stack->currentWidget() == m_batchView;
}

void QueuePage::showQueue()
{
    m_stack->setCurrentIndex(0);
    updateBatchActions();
    setFocusProxy(m_view);
    m_view->setFocus();
}

void QueuePage::step(int direction)
{
    const int row = m_model->rowOf(m_batchView->batchNumber());
    const int next = row + direction;
    if (row < 0 || next < 0 || next >= m_model->rowCount())
        return;
    openBatch(m_model->entry(next).batchNumber);
}

} // namespace rd::ui
