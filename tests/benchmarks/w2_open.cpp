// SPDX-License-Identifier: GPL-3.0-or-later
// W2 open: unlock (Argon2id, the deliberate cost, reported on its own line), then the time from
// the unlocked keys to the first painted queue of a 100 000-batch store in the real window, and
// the peak memory of that opening.
// W3 queue filter: typing a 6-character search into that queue, one keystroke at a time, each
// timed until the queue has been painted again.
#include "bench.h"
#include "security/keyring.h"
#include "session/demo.h"
#include "support/memory.h"
#include "ui/mainwindow.h"
#include "ui/queuepage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::bench {

namespace {

bool ensureDemoStore(const Options &o)
{
    if (storeReady(o, u"demo"_s))
        return true;
    const QString path = storePath(o, u"demo"_s);
    QDir(path).removeRecursively();
    const int batches = batchesForDemo(o);
    say(u"making the %1-batch demo store once (kept in %2)"_s.arg(thousands(batches), path));
    DemoStore::Options options;
    options.batches = batches;
    options.progress = [](const QString &line) { say(line); };
    QElapsedTimer t;
    t.start();
    Result<StoreCreator::Created> created = DemoStore::create(path, options);
    if (!created) {
        say(created.error().message());
        return false;
    }
    say(u"made in %1 s"_s.arg(t.elapsed() / 1000.0, 0, 'f', 1));
    markReady(o, u"demo"_s);
    return true;
}

// Counts the paint events of a widget.
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Processes events until `counter` has seen a paint after `before`, i.e. the paint is done.
void waitForPaint(const PaintCounter &counter, int before)
{
    while (counter.count <= before)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

struct Opened
{
    std::unique_ptr<ui::MainWindow> window;
    QTableView *view = nullptr;
    PaintCounter *counter = nullptr;
    ui::QueuePage *page = nullptr;
    double unlockMs = 0;
    double openMs = 0;
    int firstRows = 0;  // rows in the first painted queue
    double wholeMs = 0; // until the whole queue is read (the first screenful comes before)
};

std::optional<Opened> openWindow(const QString &path)
{
    Opened out;
    QElapsedTimer t;
    t.start();
    Result<UnlockedKeys> keys = KeyRing::unlock(
        path, u"qa.reviewer"_s, SecureBytes::fromUtf8(QString::fromLatin1(kPassword)));
    if (!keys) {
        say(keys.error().message());
        return std::nullopt;
    }
    out.unlockMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    // Without the unlock's Argon2id memory.
    const bool reset = test::resetPeakMemory();
    if (!reset)
        say(u"the peak memory could not be reset; it includes the unlock"_s);

    t.restart();
    Result<std::unique_ptr<Session>> session = Session::open(std::move(keys).value());
    if (!session) {
        say(session.error().message());
        return std::nullopt;
    }
    out.window = std::make_unique<ui::MainWindow>(std::move(session).value());
    out.view = out.window->findChild<QTableView *>(u"queueView"_s);
    out.page = out.window->findChild<ui::QueuePage *>();
    if (!out.view || !out.page) {
        say(u"the window has no queue"_s);
        return std::nullopt;
    }
    out.counter = new PaintCounter;
    out.counter->setParent(out.view);
    out.view->viewport()->installEventFilter(out.counter);
    out.window->resize(1400, 900);
    out.window->show();
    waitForPaint(*out.counter, 0);
    out.firstRows = out.view->model()->rowCount();
    out.openMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    while (out.page->isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    out.wholeMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    return out;
}

} // namespace

int runOpen(const Options &o)
{
    if (!ensureDemoStore(o))
        return 1;
    std::optional<Opened> w = openWindow(storePath(o, u"demo"_s));
    if (!w)
        return 1;
    const int rows = w->firstRows;
    Figure unlock;
    unlock.workload = u"W2"_s;
    unlock.name = u"unlock (Argon2id, deliberate)"_s;
    unlock.size = u"1 key slot"_s;
    unlock.ms = w->unlockMs;
    report(unlock);
    Figure f;
    f.workload = u"W2"_s;
    f.name = u"open to first painted queue"_s;
    f.size = u"%1 batches (%2 rows painted)"_s.arg(thousands(batchesForDemo(o)), thousands(rows));
    f.ms = w->openMs;
    f.rate = u"after unlock"_s;
    f.goal = u"< 300 ms, < 200 MB"_s;
    f.met = f.ms < 300 && peakMemoryMb() < 200 && rows > 0;
    report(f);
    Figure whole;
    whole.workload = u"W2"_s;
    whole.name = u"whole queue read (background)"_s;
    whole.size = u"%1 rows"_s.arg(thousands(w->page->model()->totalCount()));
    whole.ms = w->wholeMs;
    whole.rate = u"after unlock; window usable meanwhile"_s;
    report(whole);
    w->window.reset(); // close() would say a task is still running (the scan)
    return 0;
}

int runFilter(const Options &o)
{
    if (!ensureDemoStore(o))
        return 1;
    std::optional<Opened> w = openWindow(storePath(o, u"demo"_s));
    if (!w)
        return 1;
    auto *search = w->window->findChild<QLineEdit *>(u"queueSearch"_s);
    if (!search)
        return 1;
    // All batches, not only those still to decide: the filter then has the most to look at.
    if (auto *state = w->window->findChild<QComboBox *>(u"queueStateFilter"_s))
        state->setCurrentIndex(state->findData(u"all"_s));
    QCoreApplication::processEvents();
    const int all = w->view->model()->rowCount();
    // A batch number from the middle of the queue, typed as far as its sixth character.
    const QString typed = w->view->model()->index(all / 2, 0).data().toString().left(6);
    QList<double> times;
    for (qsizetype i = 1; i <= typed.size(); ++i) {
        const int before = w->counter->count;
        QElapsedTimer t;
        t.start();
        search->setText(typed.left(i));
        waitForPaint(*w->counter, before);
        times << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    const double worst = *std::max_element(times.cbegin(), times.cend());
    QStringList each;
    for (const double ms : std::as_const(times))
        each << QString::number(ms, 'f', 1);
    Figure f;
    f.workload = u"W3"_s;
    f.name = u"queue filter, \"%1\" typed"_s.arg(typed);
    f.size = u"%1 batches, %2 rows match"_s.arg(thousands(batchesForDemo(o)))
                 .arg(w->view->model()->rowCount());
    f.ms = worst;
    f.rate = u"per key %1 ms"_s.arg(each.join(u' '));
    f.goal = u"< 50 ms per keystroke"_s;
    f.met = worst < 50;
    report(f);
    w->window.reset(); // close() would say a task is still running (the scan)
    return 0;
}

} // namespace rd::bench
