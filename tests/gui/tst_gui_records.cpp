// SPDX-License-Identifier: GPL-3.0-or-later
// Records in the window, on real widgets (offscreen): importing through the Import action with
// its progress dialog, summary, problems, cancel and supersede; the unassigned-results page
// with assignment and rejection; the batch list; and what a role may not do.
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "records/inbox.h"
#include "review/reviewqueue.h"
#include "support/teststore.h"
#include "support/widgets.h"
#include "ui/assigndialog.h"
#include "ui/batchview.h"
#include "ui/dialogs.h"
#include "ui/importflow.h"
#include "ui/inboxpage.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::ui;

namespace {

using rd::test::child;

qint64 count(Session &s, const QString &sql)
{
    QSqlQuery q(s.store().connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

// Results, inbox rows, batch rows and audit events: what an import could change.
QList<qint64> counts(Session &s)
{
    return {count(s, u"SELECT count(*) FROM qc_results"_s),
            count(s, u"SELECT count(*) FROM unassigned_results"_s),
            count(s, u"SELECT count(*) FROM batch_records"_s),
            count(s, u"SELECT count(*) FROM audit_events"_s)};
}

QString fixture(const QString &name)
{
    return qEnvironmentVariable("RELEASEDESK_SHARED_FIXTURES") + u"/asm/cell-counting/"_s + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Triggers Import… with the files chosen in advance, and waits until it has ended.
bool importThroughTheWindow(MainWindow &window, const QStringList &paths)
{
    ImportFlow *flow = window.importFlow();
    QSignalSpy finished(flow, &ImportFlow::finished);
    Dialogs::setNextFiles(paths);
    window.findChild<QAction *>(u"actionImport"_s)->trigger();
    return finished.wait(60000);
}

// A store with demo specifications and batch records, and a QC analyst, quinn.
struct Loaded
{
    explicit Loaded(int batchCount = 8)
        : demo(batchCount, 21)
    {
        for (int i = 0; i < demo.batchCount(); ++i) {
            DemoData::Batch b = demo.batch(i);
            batches << b.record;
            results << b.results;
        }
        ok = store.addUser(u"quinn"_s, Role::QcAnalyst) && store.addUser(u"viv"_s, Role::Viewer);
        std::unique_ptr<Session> admin = store.open();
        ok = ok && Importer(*admin)
                       .run({{u"specs.json"_s,
                              Serializer::specificationDocument(DemoData::specifications())},
                             {u"batches.json"_s, Serializer::batchRecordDocument(batches)}},
                            {})
                       .ok();
        admin.reset();
        ok = ok && store.approveSpecifications();
    }
    rd::test::TestStore store;
    DemoData demo;
    QList<BatchRecord> batches;
    QList<QcResult> results;
    QTemporaryDir files;
    bool ok = false;
};

} // namespace

class tst_GuiRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }
    void cleanup() { QCOMPARE(Dialogs::unusedAnswers(), 0); }

    void importFromTheWindow();
    void importProblemsAreListed();
    void cancelledImportWritesNothing();
    void conflictSupersededWithAReason();
    void assignAndRejectFromTheInbox();
    void assignmentRefusedStaysInTheDialog();
    void batchListAndRecord();
    void largeQueueFirstScreenfulThenTheRest();
    void narrowedSearchMatchesAFreshOne();
    void viewerCannotImportOrResolve();
    void lookAlikeCustodyEventRefused();
};

void tst_GuiRecords::importFromTheWindow()
{
    Loaded l;
    QVERIFY(l.ok);
    MainWindow window(l.store.open(u"quinn"_s));
    window.show();
    QAction *action = window.findChild<QAction *>(u"actionImport"_s);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+I"_s));

    const QString results = l.files.filePath(u"results.csv"_s);
    QVERIFY(writeFile(results, Serializer::resultsCsvDocument(l.results)));
    Dialogs::setNextAnswer(QMessageBox::Ok); // the summary
    QVERIFY(importThroughTheWindow(window,
                                   {results, fixture(u"Beckman_Vi-Cell-BLU_example01.json"_s)}));
    const QString summary = window.importFlow()->lastMessage();
    QVERIFY2(summary.contains(u"results.csv: %1 added"_s.arg(l.results.size())),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"Beckman_Vi-Cell-BLU_example01.json: 88 to the unassigned inbox"_s),
             qPrintable(summary));
    QCOMPARE(Dialogs::lastMessage(), summary);
    // Who answers for results whose file names the instrument as analyst; the 150 settings and
    // other numbers of the file are counted in the box and listed behind Show Details….
    QVERIFY2(
        summary.contains(u"88 result(s) give \"Vi-CELL\" as analyst, which is the instrument "
                         "or no person: quinn, who imported them, is recorded as responsible."_s),
        qPrintable(summary));
    QVERIFY2(summary.contains(u"150 value(s) of the file not imported, each with its reason "
                              "(details)."_s),
             qPrintable(summary));
    QVERIFY2(
        summary.contains(u"not imported: Bubble count (10 value(s), the first at cell counting "
                         "document[0] › measurement document[0] › processed data document[0] "
                         "› data processing document › custom information document › Bubble "
                         "count): a setting of the analysis, not a result"_s),
        qPrintable(summary));
    QTRY_VERIFY(!window.findChild<QProgressDialog *>(u"importProgress"_s)); // gone

    // The inbox page shows the readings, and the navigation counts them.
    auto *inbox = window.findChild<InboxPage *>();
    QCOMPARE(inbox->model()->rowCount(), 88);
    auto *navigation = child<QListWidget>(&window, u"navigation"_s);
    QCOMPARE(navigation->item(1)->text(), u"Unassigned results (88)"_s);
    // Ctrl+2 goes there.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(navigation->currentRow(), 1);

    // The same files again: nothing changes, and the window says so.
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(importThroughTheWindow(window, {results}));
    QVERIFY2(window.importFlow()->lastMessage().contains(u"Nothing changed"_s),
             qPrintable(window.importFlow()->lastMessage()));
}

void tst_GuiRecords::importProblemsAreListed()
{
    Loaded l;
    QVERIFY(l.ok);
    MainWindow window(l.store.open(u"quinn"_s));
    const QList<qint64> before = counts(*window.session());
    const QString bad = l.files.filePath(u"bad.csv"_s);
    QByteArray csv = Serializer::resultsCsvDocument(l.results.mid(0, 3));
    csv.replace(csv.lastIndexOf(",final,"), 7, ",done,");
    QVERIFY(writeFile(bad, csv));
    Dialogs::setNextAnswer(QMessageBox::Ok); // the warning
    QVERIFY(importThroughTheWindow(window, {bad}));
    QVERIFY2(Dialogs::lastMessage().contains(u"bad.csv, line 4, field \"status\""_s),
             qPrintable(Dialogs::lastMessage()));
    QVERIFY(Dialogs::lastMessage().contains(u"nothing was written"_s));
    QCOMPARE(counts(*window.session()), before);
}

void tst_GuiRecords::cancelledImportWritesNothing()
{
    Loaded l;
    QVERIFY(l.ok);
    MainWindow window(l.store.open(u"quinn"_s));
    window.show();
    // Enough rows that the import is still running when Cancel is pressed.
    const DemoData big(400, 3);
    QList<BatchRecord> records;
    QList<QcResult> results;
    for (int i = 0; i < big.batchCount(); ++i) {
        DemoData::Batch b = big.batch(i);
        records << b.record;
        results << b.results;
    }
    {
        std::unique_ptr<Session> admin = l.store.open();
        QVERIFY(
            Importer(*admin).run({{u"more.json"_s, Serializer::batchRecordDocument(records)}}, {}));
    }
    const QList<qint64> before = counts(*window.session());
    const QString path = l.files.filePath(u"many.csv"_s);
    QVERIFY(writeFile(path, Serializer::resultsCsvDocument(results)));

    QSignalSpy finished(window.importFlow(), &ImportFlow::finished);
    window.importFlow()->importFiles({path});
    auto *progress = window.findChild<QProgressDialog *>(u"importProgress"_s);
    QVERIFY(progress);
    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    Dialogs::setNextAnswer(QMessageBox::Ok); // "cancelled"
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(window.importFlow()->lastMessage().contains(u"cancelled; nothing was written"_s),
             qPrintable(window.importFlow()->lastMessage()));
    QCOMPARE(counts(*window.session()), before);
}

void tst_GuiRecords::conflictSupersededWithAReason()
{
    Loaded l;
    QVERIFY(l.ok);
    MainWindow window(l.store.open(u"quinn"_s));
    const QString first = l.files.filePath(u"r.csv"_s);
    QVERIFY(writeFile(first, Serializer::resultsCsvDocument(l.results)));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(importThroughTheWindow(window, {first}));

    QList<QcResult> corrected = l.results;
    QcResult &changed = corrected[0];
    changed.value = Number{u"1.25"_s, 1.25};
    changed.text.clear();
    if (changed.unit.isEmpty()) { // a qualitative first row: change its text instead
        changed.value.reset();
        changed.text = u"Does not conform"_s;
    }
    const QString second = l.files.filePath(u"r-corrected.csv"_s);
    QVERIFY(writeFile(second, Serializer::resultsCsvDocument(corrected)));

    // Declined: nothing written.
    const QList<qint64> before = counts(*window.session());
    Dialogs::setNextAnswer(QMessageBox::No);
    QVERIFY(importThroughTheWindow(window, {second}));
    QVERIFY(window.importFlow()->lastMessage().contains(u"differ"_s));
    QCOMPARE(counts(*window.session()), before);

    // Accepted without a reason: refused.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    Dialogs::setNextText(u"   "_s);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(importThroughTheWindow(window, {second}));
    QVERIFY(window.importFlow()->lastMessage().contains(u"needs a reason"_s));
    QCOMPARE(counts(*window.session()), before);

    // Accepted with a reason: a second version, and an audit event with the reason.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    Dialogs::setNextText(u"Corrected after laboratory investigation LIR-7"_s);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QSignalSpy finished(window.importFlow(), &ImportFlow::finished);
    Dialogs::setNextFiles({second});
    window.findChild<QAction *>(u"actionImport"_s)->trigger();
    QVERIFY2(finished.wait(60000), qPrintable(window.importFlow()->lastMessage()));
    QVERIFY2(window.importFlow()->lastMessage().contains(u"1 superseded"_s),
             qPrintable(window.importFlow()->lastMessage()));
    const QList<qint64> after = counts(*window.session());
    QCOMPARE(after.at(0), before.at(0) + 1);
    AuditQuery q;
    q.contains = u"record.superseded"_s;
    const QList<AuditEvent> events = window.session()->audit().read(q).value();
    QCOMPARE(events.size(), qsizetype(1));
    QCOMPARE(events.first().entry.reason, u"Corrected after laboratory investigation LIR-7"_s);
}

void tst_GuiRecords::assignAndRejectFromTheInbox()
{
    Loaded l;
    QVERIFY(l.ok);
    MainWindow window(l.store.open(u"quinn"_s));
    window.show();
    const QString run = l.files.filePath(u"run.csv"_s);
    QVERIFY(writeFile(run, Serializer::resultsCsvDocument(l.demo.unassignedResults())));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(importThroughTheWindow(window, {run}));
    QVERIFY(window.showPage(u"inboxPage"_s));
    auto *page = window.findChild<InboxPage *>();
    QCOMPARE(page->model()->rowCount(), 9);
    auto *assign = child<QPushButton>(page, u"assignButton"_s);
    auto *reject = child<QPushButton>(page, u"rejectButton"_s);
    QVERIFY(!assign->isEnabled()); // nothing selected

    // The three readings of one counter sample, assigned to a batch's in-process sample.
    const QString counterSample = page->model()->item(0).result.sampleId;
    QList<qint64> ids;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->item(r).result.sampleId == counterSample)
            ids << page->model()->item(r).id;
    }
    page->selectIds(ids);
    QCOMPARE(page->selectedIds().size(), qsizetype(3));
    QVERIFY(assign->isEnabled());
    const QString target = l.batches.last().qcSamples.at(1).id;
    bool filled = false;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<AssignDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *what = child<QLabel>(dialog, u"assignWhat"_s);
        QVERIFY(what->text().contains(counterSample));
        auto *sample = child<QComboBox>(dialog, u"assignSample"_s);
        auto *ok = child<QPushButton>(dialog, u"assignButton"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(sample->lineEdit(), target);
        QVERIFY(!ok->isEnabled()); // no reason yet
        QTest::keyClicks(child<QLineEdit>(dialog, u"assignReason"_s),
                         u"Run label matches the logbook"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        filled = true;
    });
    assign->click(); // returns when the dialog closes
    QVERIFY(filled);
    QCOMPARE(page->model()->rowCount(), 6);
    QVERIFY2(page->message().contains(u"Assigned 3 result(s) to sample "_s + target),
             qPrintable(page->message()));
    auto *navigation = child<QListWidget>(&window, u"navigation"_s);
    QCOMPARE(navigation->item(1)->text(), u"Unassigned results (6)"_s);

    // One rejected with a reason.
    page->selectIds({page->model()->item(0).id});
    QVERIFY(reject->isEnabled());
    Dialogs::setNextText(u"Bead check, not a sample"_s);
    reject->click();
    QCOMPARE(page->model()->rowCount(), 5);
    QVERIFY(page->message().contains(u"Rejected 1 result(s)"_s));
    // A rejection without a reason is refused by the core, and nothing changes.
    page->selectIds({page->model()->item(0).id});
    Dialogs::setNextText(u""_s);
    reject->click();
    QCOMPARE(page->model()->rowCount(), 5);
    QVERIFY(page->message().contains(u"reason"_s));

    // The other states are on show, with who did what and why.
    auto *state = child<QComboBox>(page, u"inboxState"_s);
    state->setCurrentIndex(state->findData(u"assigned"_s));
    QCOMPARE(page->model()->rowCount(), 3);
    const QString resolution =
        page->model()
            ->data(page->model()->index(0, InboxModel::Resolution), Qt::DisplayRole)
            .toString();
    QVERIFY2(resolution.startsWith(u"quinn on "_s) &&
                 resolution.endsWith(u"Run label matches the logbook"_s),
             qPrintable(resolution));
    QVERIFY(!assign->isEnabled()); // done is done
    state->setCurrentIndex(state->findData(QString()));
    QCOMPARE(page->model()->rowCount(), 9);

    AuditQuery q;
    q.contains = u"result.assigned"_s;
    QCOMPARE(window.session()->audit().read(q)->size(), qsizetype(3));
    q.contains = u"result.rejected"_s;
    QCOMPARE(window.session()->audit().read(q)->size(), qsizetype(1));
}

void tst_GuiRecords::assignmentRefusedStaysInTheDialog()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> session = l.store.open(u"quinn"_s);
    QVERIFY(Importer(*session).run(
        {{u"run.csv"_s, Serializer::resultsCsvDocument(l.demo.unassignedResults())}}, {}));
    const QList<InboxItem> items = Inbox(*session).items().value();
    AssignDialog dialog(*session, {items.first()});
    dialog.show();
    QTest::keyClicks(child<QComboBox>(&dialog, u"assignSample"_s)->lineEdit(), u"NOPE-1"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"assignReason"_s), u"guess"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"assignButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(u"NOPE-1"_s), qPrintable(dialog.message()));
    QCOMPARE(Inbox(*session).openCount().value(), qint64(9));
}

void tst_GuiRecords::batchListAndRecord()
{
    Loaded l;
    QVERIFY(l.ok);
    MainWindow window(l.store.open());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *page = window.findChild<QueuePage *>();
    QVERIFY(page);
    const int n = static_cast<int>(l.batches.size());
    QCOMPARE(page->model()->rowCount(), n);
    QVERIFY2(page->countsText().startsWith(u"%1 of %1 batches shown."_s.arg(n)),
             qPrintable(page->countsText()));
    // Exception counts arrive in the background.
    QTRY_VERIFY_WITH_TIMEOUT(page->scanFinished(), 20000);
    QVERIFY(page->model()->entry(0).scanned);
    // Searching narrows the list.
    page->setSearchText(l.batches.first().batchNumber);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(page->countsText().startsWith(u"1 of %1 batches shown."_s.arg(n)));
    // Enter opens the record.
    page->view()->setFocus();
    page->view()->selectRow(0);
    QTest::keyClick(page->view(), Qt::Key_Return);
    QVERIFY(page->isShowingBatch());
    BatchView *view = page->batchView();
    const BatchRecord &first = l.batches.first();
    QVERIFY2(view->headerText().contains(first.coi.din), qPrintable(view->headerText()));
    QVERIFY(view->headerText().contains(first.coi.patientReference));
    QTableWidget *steps = view->table(BatchView::StepsTab);
    QCOMPARE(steps->rowCount(), first.steps.size());
    QCOMPARE(steps->item(0, 1)->text(), first.steps.first().name);
    QCOMPARE(view->table(BatchView::CustodyTab)->rowCount(), first.custody.size() + 1);
    QCOMPARE(view->table(BatchView::EnvironmentTab)->rowCount(), first.em.size());
    // Escape goes back to the queue.
    view->tabs()->setFocus();
    QTest::keyClick(view->tabs(), Qt::Key_Escape);
    QVERIFY(!page->isShowingBatch());
}

void tst_GuiRecords::largeQueueFirstScreenfulThenTheRest()
{
    Loaded l(230);
    QVERIFY(l.ok);
    MainWindow window(l.store.open());
    auto *page = window.findChild<QueuePage *>();
    QVERIFY(page);
    // Before any event is handled: the most urgent 200, in the queue's order, are there.
    QVERIFY(page->isLoading());
    QCOMPARE(page->model()->rowCount(), 200);
    QVERIFY2(
        page->countsText().startsWith(u"Shown: 200, the most urgent first; reading the rest"_s),
        qPrintable(page->countsText()));
    std::unique_ptr<Session> viewer = l.store.open(u"viv"_s);
    Result<QList<QueueEntry>> all = ReviewQueue(*viewer).entries();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 230);
    for (int row = 0; row < 200; ++row)
        QCOMPARE(page->model()->entry(row).batchNumber, all->at(row).batchNumber);
    // The reviewer's place is kept when the rest arrives.
    page->view()->selectRow(7);
    const QString chosen = page->model()->entry(7).batchNumber;
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->model()->totalCount(), 230);
    QCOMPARE(page->model()->rowCount(), 230);
    QVERIFY2(page->countsText().startsWith(u"230 of 230 batches shown."_s),
             qPrintable(page->countsText()));
    QCOMPARE(page->model()->entry(page->view()->currentIndex().row()).batchNumber, chosen);
    for (int row = 0; row < 230; ++row)
        QCOMPARE(page->model()->entry(row).batchNumber, all->at(row).batchNumber);
    QTRY_VERIFY_WITH_TIMEOUT(page->scanFinished(), 60000);

    // A refresh (after an import, say) keeps a batch selected beyond the first screenful,
    // though the first screenful is shown without it for a moment.
    page->view()->selectRow(221);
    const QString far = page->model()->entry(221).batchNumber;
    page->refresh();
    QVERIFY(page->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->model()->entry(page->view()->currentIndex().row()).batchNumber, far);
    QTRY_VERIFY_WITH_TIMEOUT(page->scanFinished(), 60000);
}

void tst_GuiRecords::narrowedSearchMatchesAFreshOne()
{
    // A search typed a key at a time looks only at the rows already shown; it must show
    // exactly what the same filter shows when set at once, in the same order.
    QList<QueueEntry> entries;
    const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 300; ++i) {
        QueueEntry e;
        e.batchNumber = u"B%1-%2"_s.arg(i % 37).arg(i);
        e.productCode = i % 3 == 0 ? u"CD19-A"_s : u"BCMA-B"_s;
        e.site = i % 2 == 0 ? u"Leiden"_s : u"Mainz"_s;
        e.coiDin = u"W1234%1"_s.arg(i * 7 % 100);
        e.startedAt = base.addDays(-(i % 50));
        e.plannedShipmentAt = i % 11 == 0 ? QDateTime() : base.addSecs(3600 * (i * 13 % 97));
        e.state = i % 9 == 0 ? BatchState::Released : BatchState::AwaitingReview;
        entries << e;
    }
    const QDateTime now = base;
    QueueModel typed;
    typed.setEntries(entries, now);
    const auto rows = [](const QueueModel &m) {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.entry(r).batchNumber;
        return out;
    };
    QueueFilter f;
    f.states = QueueFilter::States::All;
    typed.sort(QueueModel::PlannedShipment, Qt::DescendingOrder);
    const QStringList steps = {u"b"_s, u"b1"_s,    u"b1-"_s,  u"b1-1"_s, u"b1"_s,
                               u"b"_s, u"mainz"_s, u"cd19"_s, u""_s};
    for (const QString &product : {QString(), u"CD19-A"_s}) {
        for (const QString &text : steps) {
            f.text = text;
            f.product = product;
            typed.setFilter(f);
            QueueModel fresh;
            fresh.sort(QueueModel::PlannedShipment, Qt::DescendingOrder);
            fresh.setEntries(entries, now);
            fresh.setFilter(f);
            QCOMPARE(rows(typed), rows(fresh));
            if (text == u"b1-1"_s)
                QVERIFY(fresh.rowCount() > 0 && fresh.rowCount() < 300);
        }
    }

    // A state that changes while a search is shown changes what an extended search matches.
    f = QueueFilter();
    f.states = QueueFilter::States::All;
    f.text = u"rej"_s;
    typed.setFilter(f);
    QCOMPARE(typed.rowCount(), 0);
    QueueEntry rejected = entries.at(5);
    rejected.state = BatchState::Rejected;
    rejected.scanned = true;
    typed.updateEntries({rejected});
    f.text = u"reje"_s;
    typed.setFilter(f);
    QCOMPARE(rows(typed), QStringList{rejected.batchNumber});
}

void tst_GuiRecords::viewerCannotImportOrResolve()
{
    Loaded l;
    QVERIFY(l.ok);
    {
        std::unique_ptr<Session> analyst = l.store.open(u"quinn"_s);
        QVERIFY(Importer(*analyst).run(
            {{u"run.csv"_s, Serializer::resultsCsvDocument(l.demo.unassignedResults())}}, {}));
    }
    MainWindow window(l.store.open(u"viv"_s));
    QAction *action = window.findChild<QAction *>(u"actionImport"_s);
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(u"viv"_s));
    auto *page = window.findChild<InboxPage *>();
    QCOMPARE(page->model()->rowCount(), 9); // a viewer reads the inbox
    page->selectIds({page->model()->item(0).id});
    QVERIFY(!child<QPushButton>(page, u"assignButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(page, u"rejectButton"_s)->isEnabled());
    // Even asked directly, the flow refuses before choosing files.
    Dialogs::setNextAnswer(QMessageBox::Ok);
    window.importFlow()->chooseAndImport();
    QVERIFY(window.importFlow()->lastMessage().contains(u"Only a QC analyst"_s));
}

QTEST_MAIN(tst_GuiRecords)
void tst_GuiRecords::lookAlikeCustodyEventRefused()
{
    // A custody event named almost as the list names it, and one with a zero-width space:
    // the window shows the importer's refusal, and nothing is written.
    Loaded l;
    QVERIFY(l.ok);
    MainWindow window(l.store.open());
    window.show();
    BatchRecord record = DemoData(12, 5).batch(11).record;
    record.batchNumber += u"-X"_s;
    for (QcSample &s : record.qcSamples)
        s.id += u"-X"_s;
    record.custody[0].event = u"Collected at apheresis"_s;
    record.custody[1].event = u"shipped to manufacturing\u200B"_s;
    const QString path = l.files.filePath(u"lookalike.json"_s);
    QVERIFY(writeFile(path, Serializer::batchRecordDocument({record})));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(importThroughTheWindow(window, {path}));
    const QString message = window.importFlow()->lastMessage();
    QVERIFY2(message.contains(u"custody[0]"_s) && message.contains(u"not a custody event"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"custody[1]"_s) && message.contains(u"U+200b"_s),
             qPrintable(message));
    QVERIFY(Dialogs::lastMessage().contains(u"not a custody event"_s));
    std::unique_ptr<Session> viv = l.store.open(u"viv"_s);
    QSqlQuery q(viv->store().connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM batch_records"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), l.batches.size());
}

#include "tst_gui_records.moc"
