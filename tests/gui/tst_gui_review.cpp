// SPDX-License-Identifier: GPL-3.0-or-later
// The review in the window, on real widgets: a reviewer opens a batch from the queue,
// dispositions every exception from the keyboard and signs Reviewed through the signature
// dialog; the release authority releases it; the queue shows the new state. Each forbidden
// step is offered disabled with the core's reason, and the dialog refuses a wrong password.
#include "core/clock.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "reports/documentregistry.h"
#include "review/reviewservice.h"
#include "review/specificationservice.h"
#include "session/session.h"
#include "support/reviewfixtures.h"
#include "support/teststore.h"
#include "support/widgets.h"
#include "ui/batchview.h"
#include "ui/dialogs.h"
#include "ui/importflow.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"
#include "ui/signdialog.h"
#include "ui/specapprovaldialog.h"
#include "ui/specificationspage.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::ui;
using rd::test::child;

namespace {

// A store with the demo specifications, one account per role and one batch with two
// exceptions (a manual entry and an unverified step) whose QC results are approved.
class Fixture
{
public:
    Fixture()
    {
        DemoData::Batch b = rd::test::cleanBatch(1);
        b.record.steps[0].manualEntry = true;
        b.record.steps[0].notes = u"Weight read from the paper balance print-out"_s;
        b.record.steps[2].verifier.clear();
        batch = b.record.batchNumber;
        results = b.results;
        ok = store.addLaboratory() && store.addUser(u"quinn"_s, Role::QcAnalyst) &&
             store.addUser(u"rosa"_s, Role::QaReviewer) &&
             store.addUser(u"pieter"_s, Role::ReleaseAuthority) &&
             store.addUser(u"viv"_s, Role::Viewer);
        std::unique_ptr<Session> admin = store.open();
        ok = ok && admin &&
             Importer(*admin)
                 .run({{u"specs.json"_s,
                        Serializer::specificationDocument(DemoData::specifications())},
                       {u"batch.json"_s, Serializer::batchRecordDocument({b.record})}},
                      {})
                 .ok();
        admin.reset();
        ok = ok && store.approveSpecifications();
        // The laboratory imports the results; quinn approves them.
        std::unique_ptr<Session> lab = store.open(QString::fromLatin1(rd::test::kLabAnalyst));
        std::unique_ptr<Session> quinn = store.open(u"quinn"_s);
        ok = ok && lab && quinn &&
             Importer(*lab)
                 .run({{u"results.csv"_s, Serializer::resultsCsvDocument(b.results)}}, {})
                 .ok() &&
             ReviewService(*quinn)
                 .sign({batch, Meaning::QcApproved, {}, {}, {}, {}},
                       rd::test::secret(rd::test::kPassword))
                 .ok();
    }

    // Reviews (every exception assessed) and releases the batch, through the core.
    bool release() { return review() && sign(u"pieter"_s, Meaning::Released); }

    bool sign(const QString &user, Meaning meaning)
    {
        std::unique_ptr<Session> s = store.open(user);
        return ReviewService(*s)
            .sign({batch, meaning, {}, {}, {}, {}}, rd::test::secret(rd::test::kPassword))
            .ok();
    }

    // Every exception assessed, and Reviewed signed.
    bool review()
    {
        const SecureBytes password = rd::test::secret(rd::test::kPassword);
        std::unique_ptr<Session> rosa = store.open(u"rosa"_s);
        ReviewService review(*rosa);
        Result<BatchReview> r = review.review(batch);
        if (!r)
            return false;
        for (const ExceptionView &e : r->exceptions)
            if (!review.dispose(batch, e.exception.key, u"Assessed: no impact"_s, {}))
                return false;
        return review.sign({batch, Meaning::Reviewed, {}, {}, {}, {}}, password).ok();
    }

    BatchState state()
    {
        std::unique_ptr<Session> s = store.open(u"viv"_s);
        return ReviewService(*s).review(batch)->state;
    }

    rd::test::TestStore store;
    QString batch;
    QList<QcResult> results;
    bool ok = false;
};

// Opens `batch` from the queue of a window signed in as `user`, with Return.
BatchView *openFromQueue(MainWindow &window, const QString &batch)
{
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    auto *queue = window.findChild<QueuePage *>();
    const int row = queue->model()->rowOf(batch);
    if (row < 0)
        return nullptr;
    queue->view()->setFocus();
    queue->view()->selectRow(row);
    QTest::keyClick(queue->view(), Qt::Key_Return);
    return queue->isShowingBatch() ? queue->batchView() : nullptr;
}

// Answers the signature dialog once it is up: `first` password, then (if given) `second`.
void answerSignDialog(const QString &first, const QString &second, QString *firstMessage)
{
    QTimer::singleShot(0, [first, second, firstMessage]() {
        auto *dialog = qobject_cast<SignDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no signature dialog");
            return;
        }
        auto *password = child<QLineEdit>(dialog, u"signPassword"_s);
        auto *sign = child<QPushButton>(dialog, u"signConfirm"_s);
        QTest::keyClicks(password, first);
        QTest::mouseClick(sign, Qt::LeftButton);
        if (second.isEmpty())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->message().isEmpty(), 10000);
        *firstMessage = dialog->message();
        QTest::keyClicks(password, second);
        QTest::mouseClick(sign, Qt::LeftButton);
    });
}

} // namespace

class tst_GuiReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { rd::test::initTestProcess(); }
    void reviewAndReleaseInTheWindow();
    void forbiddenStepsSayWhy();
    void everyWidgetIsNamed();
    void printAndExportFromTheBatch();
    void decidedBatchChangesOnlyUnderChangeControl();
    void expiredBatchCannotBeReleased();
    void specificationApprovedInTheWindow();
    void notAcceptableLeavesOnlyRejection();
    void identityInDoubtIsABanner();
    void multiLineCommentCannotImitateALine();
    void rejudgedInTheWindow();
};

void tst_GuiReview::printAndExportFromTheBatch()
{
    Fixture f;
    QVERIFY(f.ok);
    MainWindow window(f.store.open(u"viv"_s));
    BatchView *view = openFromQueue(window, f.batch);
    QVERIFY(view);
    // The batch's documents are in the window's Batch menu too.
    QAction *coa = view->printMenu()->findChild<QAction *>(u"print_coa"_s);
    QVERIFY(coa);
    QCOMPARE(coa->shortcut(), QKeySequence(QKeySequence::Print));
    coa->trigger();
    // Built off the GUI thread, then previewed.
    QWidget *preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (preview = window.findChild<QWidget *>(u"reportPreview"_s)) && preview->isVisible(), 15000);
    QVERIFY(preview->windowTitle().contains(f.batch));
    if (const QString shot = qEnvironmentVariable("RELEASEDESK_SHOT"); !shot.isEmpty())
        preview->grab().save(shot);
    QAction *exportPdf = preview->findChild<QAction *>(u"actionExportPdf"_s);
    QVERIFY(exportPdf);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"coa.pdf"_s);
    Dialogs::setNextSaveFile(path);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    exportPdf->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 15000);
    QTRY_VERIFY(Dialogs::lastMessage().contains(u"coa.pdf"_s));
    QCOMPARE(Dialogs::unusedAnswers(), 0);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-1.4"));
    // Registered like a command-line export: the viewer issued it, as a draft (not released).
    std::unique_ptr<Session> s = f.store.open(u"viv"_s);
    Result<QList<reports::IssuedDocument>> issued =
        reports::DocumentRegistry(*s).issued(reports::DocumentKind::CertificateOfAnalysis, f.batch);
    QVERIFY(issued && issued->size() == 1);
    QCOMPARE(issued->first().issuedBy, u"viv"_s);
    QVERIFY(issued->first().draft);
    QCOMPARE(issued->first().medium, u"pdf"_s);
    preview->close();
}

void tst_GuiReview::reviewAndReleaseInTheWindow()
{
    Fixture f;
    QVERIFY(f.ok);
    const QString password = QString::fromLatin1(rd::test::kPassword);
    {
        MainWindow window(f.store.open(u"rosa"_s));
        // The status bar counts down to the lock: the default is ten minutes.
        const int minutes =
            Session::inactivityLockMinutes(QSettings().value(u"session/inactivityLockMinutes"_s));
        QCOMPARE(minutes, 10);
        QVERIFY2(window.lockCountdownText() == u"Locks in 10:00"_s ||
                     window.lockCountdownText().startsWith(u"Locks in 9:5"_s),
                 qPrintable(window.lockCountdownText()));
        auto *queue = window.findChild<QueuePage *>();
        QTRY_VERIFY_WITH_TIMEOUT(queue->scanFinished(), 20000);
        const QueueEntry &entry = queue->model()->entry(queue->model()->rowOf(f.batch));
        QCOMPARE(entry.state, BatchState::AwaitingReview);
        QCOMPARE(entry.open, 2);
        BatchView *view = openFromQueue(window, f.batch);
        QVERIFY(view);
        QCOMPARE(view->table(BatchView::ExceptionsTab)->rowCount(), 2);

        // Not yet: every exception needs a disposition; the core's reason is on the action.
        QAction *reviewed = view->signAction(Meaning::Reviewed);
        QVERIFY(!reviewed->isEnabled());
        QVERIFY2(reviewed->toolTip().contains(u"2 exception(s) still need a disposition"_s),
                 qPrintable(reviewed->toolTip()));

        // Jump from an exception to the step it names.
        view->selectException(1);
        QTest::keyClick(view->tabs(), Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(view->tabs()->currentIndex(), int(BatchView::StepsTab));
        QCOMPARE(view->table(BatchView::StepsTab)->currentRow() >= 0, true);

        // A deviation reference that the batch does not have is refused, in the window too.
        view->selectException(1);
        auto *comment = child<QPlainTextEdit>(view, u"dispositionComment"_s);
        auto *deviation = child<QLineEdit>(view, u"dispositionDeviation"_s);
        comment->setFocus();
        QTest::keyClicks(comment, u"Checked against the paper record; no impact"_s);
        QTest::keyClicks(deviation, u"DEV-2026-9001"_s);
        comment->setFocus();
        QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(view->lastMessage().contains(u"DEV-2026-9001 is not a deviation of batch"_s),
                 qPrintable(view->lastMessage()));
        QCOMPARE(view->review().open(), 2);
        comment->clear();
        deviation->clear();

        // Disposition both from the keyboard: type, Ctrl+Return; F8 moves on by itself.
        view->selectException(1);
        for (int i = 0; i < 2; ++i) {
            comment->setFocus();
            QTest::keyClicks(comment, u"Checked against the paper record; no impact"_s);
            QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
            QVERIFY2(view->lastMessage().isEmpty(), qPrintable(view->lastMessage()));
        }
        QCOMPARE(view->review().open(), 0);
        QCOMPARE(view->review().state, BatchState::InReview);
        QVERIFY(reviewed->isEnabled());

        // Sign: a wrong password first, which the dialog refuses and keeps open.
        QString wrong;
        answerSignDialog(u"not-my-password"_s, password, &wrong);
        view->sign(Meaning::Reviewed);
        QVERIFY2(wrong.contains(u"password is wrong"_s), qPrintable(wrong));
        QCOMPARE(view->review().state, BatchState::Reviewed);
        QVERIFY2(view->headerText().contains(u"Reviewed: "_s +
                                             view->review().signatures.last().signature.fullName),
                 qPrintable(view->headerText()));
        QCOMPARE(queue->model()->entry(queue->model()->rowOf(f.batch)).state, BatchState::Reviewed);
    }
    {
        MainWindow window(f.store.open(u"pieter"_s));
        BatchView *view = openFromQueue(window, f.batch);
        QVERIFY(view);
        QAction *released = view->signAction(Meaning::Released);
        QVERIFY2(released->isEnabled(), qPrintable(released->toolTip()));
        QVERIFY(!view->signAction(Meaning::ExceptionallyReleased)->isEnabled());
        answerSignDialog(password, QString(), nullptr);
        view->sign(Meaning::Released);
        QCOMPARE(view->review().state, BatchState::Released);
        QVERIFY(view->headerText().contains(u"Decision: Released by"_s));
        QCOMPARE(view->table(BatchView::SignaturesTab)->rowCount(), 3);
        auto *queue = window.findChild<QueuePage *>();
        QCOMPARE(queue->model()->entry(queue->model()->rowOf(f.batch)).state, BatchState::Released);
        // The batch's own audit trail shows the three signings.
        QTableWidget *audit = view->table(BatchView::AuditTab);
        int signings = 0;
        for (int r = 0; r < audit->rowCount(); ++r)
            signings += audit->item(r, 3)->text() == u"Batch signed"_s ? 1 : 0;
        QCOMPARE(signings, 3);
        QVERIFY(window.session()->verify()->audit.ok);
    }
}

void tst_GuiReview::forbiddenStepsSayWhy()
{
    Fixture f;
    QVERIFY(f.ok);
    {
        // The release authority cannot release before the review, nor record dispositions.
        MainWindow window(f.store.open(u"pieter"_s));
        BatchView *view = openFromQueue(window, f.batch);
        QVERIFY(view);
        QAction *released = view->signAction(Meaning::Released);
        QVERIFY(!released->isEnabled());
        QVERIFY2(released->toolTip().contains(u"must be reviewed first"_s),
                 qPrintable(released->toolTip()));
        QVERIFY(!child<QPushButton>(view, u"recordDisposition"_s)->isEnabled());
        QVERIFY(child<QLabel>(view, u"dispositionNote"_s)->text().contains(u"QA reviewer"_s));
        // Asked anyway, the dialog shows the same reason and offers no Sign.
        SignDialog dialog(*window.session(), view->review(), Meaning::Released, view);
        QVERIFY2(dialog.message().contains(u"must be reviewed first"_s),
                 qPrintable(dialog.message()));
        QVERIFY(!child<QPushButton>(&dialog, u"signConfirm"_s)->isEnabled());
        // On hold needs a reason: the dialog says so on Sign.
        SignDialog hold(*window.session(), view->review(), Meaning::OnHold, view);
        QVERIFY(hold.message().isEmpty());
        QTest::keyClicks(child<QLineEdit>(&hold, u"signPassword"_s),
                         QString::fromLatin1(rd::test::kPassword));
        QTest::mouseClick(child<QPushButton>(&hold, u"signConfirm"_s), Qt::LeftButton);
        QVERIFY2(hold.message().contains(u"needs a reason"_s), qPrintable(hold.message()));
        QVERIFY(hold.isVisible() || hold.result() != QDialog::Accepted);
    }
    {
        // A viewer can read everything and sign nothing.
        MainWindow window(f.store.open(u"viv"_s));
        BatchView *view = openFromQueue(window, f.batch);
        QVERIFY(view);
        for (const Meaning m : Workflow::meanings()) {
            QAction *a = view->signAction(m);
            QVERIFY(!a->isEnabled());
            QVERIFY(!a->toolTip().isEmpty());
        }
        QVERIFY(view->table(BatchView::ResultsTab)->rowCount() > 10);
    }
    {
        // The QC analyst who approved cannot review (wrong role), and the administrator is
        // told that administrators never sign.
        MainWindow window(f.store.open());
        BatchView *view = openFromQueue(window, f.batch);
        QVERIFY(view);
        QVERIFY(view->signAction(Meaning::Reviewed)
                    ->toolTip()
                    .contains(u"Administrators cannot sign batch decisions"_s));
    }
    std::unique_ptr<Session> s = f.store.open(u"viv"_s);
    QCOMPARE(ReviewService(*s).review(f.batch)->state, BatchState::AwaitingReview);
}

void tst_GuiReview::decidedBatchChangesOnlyUnderChangeControl()
{
    Fixture f;
    QVERIFY(f.ok);
    QVERIFY(f.release());
    QCOMPARE(f.state(), BatchState::Released);
    // A repeat viability count, measured after the release.
    QList<QcResult> late;
    for (QcResult r : std::as_const(f.results))
        if (r.testCode == u"VIAB"_s) {
            r.testedAt = r.testedAt.addDays(30);
            r.value = Number{u"61.0"_s, 61.0};
            late << r;
        }
    QVERIFY(!late.isEmpty());
    QTemporaryDir files;
    const QString path = files.filePath(u"repeat.csv"_s);
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(Serializer::resultsCsvDocument(late)) > 0);
    }

    MainWindow window(f.store.open(u"quinn"_s));
    window.show();
    ImportFlow *flow = window.importFlow();
    const auto import = [&]() {
        QSignalSpy finished(flow, &ImportFlow::finished);
        flow->importFiles({path});
        return finished.wait(60000);
    };
    // Declined: the core's reason is shown, and nothing changes.
    Dialogs::setNextAnswer(QMessageBox::No);
    QVERIFY(import());
    QVERIFY2(flow->lastMessage().contains(u"is decided"_s) && flow->lastMessage().contains(f.batch),
             qPrintable(flow->lastMessage()));
    QCOMPARE(f.state(), BatchState::Released);
    // A change control without a reference is refused.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    Dialogs::setNextText(u"repeat count"_s);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(import());
    QVERIFY2(flow->lastMessage().contains(u"REFERENCE: reason"_s), qPrintable(flow->lastMessage()));
    QCOMPARE(f.state(), BatchState::Released);
    // Under change control: written, and the batch is on hold for a new decision.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    Dialogs::setNextText(u"CC-2026-014: viability repeated after a counter fault"_s);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(import());
    QVERIFY2(flow->lastMessage().contains(u"Import finished"_s), qPrintable(flow->lastMessage()));
    QCOMPARE(Dialogs::unusedAnswers(), 0);
    QCOMPARE(f.state(), BatchState::OnHold);
    BatchView *view = openFromQueue(window, f.batch);
    QVERIFY(view);
    QVERIFY2(view->headerText().contains(u"On hold"_s), qPrintable(view->headerText()));
    QTableWidget *audit = view->table(BatchView::AuditTab);
    bool held = false;
    for (int r = 0; r < audit->rowCount(); ++r)
        for (int c = 0; c < audit->columnCount(); ++c)
            held =
                held || (audit->item(r, c) && audit->item(r, c)->text().contains(u"CC-2026-014"_s));
    QVERIFY(held);
}

void tst_GuiReview::expiredBatchCannotBeReleased()
{
    Fixture f;
    QVERIFY(f.ok);
    QVERIFY(f.review());
    QDateTime expiry;
    {
        std::unique_ptr<Session> s = f.store.open(u"viv"_s);
        expiry = ReviewService(*s).review(f.batch)->record.expiresAt;
    }
    QVERIFY(expiry.isValid());
    // The QP opens the batch a day after it expired.
    ManualClock clock(expiry.addDays(1));
    Clock::setInstance(&clock);
    const auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
    MainWindow window(f.store.open(u"pieter"_s));
    auto *queue = window.findChild<QueuePage *>();
    QTRY_VERIFY_WITH_TIMEOUT(queue->scanFinished(), 20000);
    const QModelIndex cell =
        queue->model()->index(queue->model()->rowOf(f.batch), QueueModel::Expiry);
    QVERIFY2(cell.data().toString().contains(u"EXPIRED 1 d"_s), qPrintable(cell.data().toString()));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"cannot be released"_s));
    QVERIFY(queue->model()->entry(queue->model()->rowOf(f.batch)).blocked);
    BatchView *view = openFromQueue(window, f.batch);
    QVERIFY(view);
    QVERIFY2(view->headerText().contains(u"Expiry "_s) &&
                 view->headerText().contains(u"EXPIRED 1 d"_s),
             qPrintable(view->headerText()));
    for (const Meaning m :
         {Meaning::Released, Meaning::ConditionallyReleased, Meaning::ExceptionallyReleased}) {
        QAction *a = view->signAction(m);
        QVERIFY(!a->isEnabled());
        QVERIFY2(a->toolTip().contains(u"expired"_s), qPrintable(a->toolTip()));
    }
    QVERIFY(view->signAction(Meaning::Rejected)->isEnabled());
    QVERIFY(!f.sign(u"pieter"_s, Meaning::Released));
}

void tst_GuiReview::everyWidgetIsNamed()
{
    // For assistive technology and for automation: every widget the window makes has an
    // objectName and an accessible name (Qt's own inner parts excepted).
    Fixture f;
    QVERIFY(f.ok);
    MainWindow window(f.store.open(u"rosa"_s));
    BatchView *view = openFromQueue(window, f.batch);
    QVERIFY(view);
    QStringList unnamed;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (w->objectName().startsWith(u"qt_"_s) || w->inherits("QScrollBar") ||
            w->inherits("QHeaderView") || w->inherits("QTabBar") || w->inherits("QMenu") ||
            w->inherits("QSplitterHandle") || w->inherits("QToolButton") ||
            w->inherits("QStackedWidget") || w->inherits("QFocusFrame") ||
            w->inherits("QLineEditIconButton") || w->inherits("QCalendarWidget") ||
            w->inherits("QTableCornerButton") || qobject_cast<QWidget *>(w->parent()) == nullptr)
            continue;
        // The name assistive technology reads: the accessible name, or a label's or button's
        // own text.
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString spoken = a ? a->text(QAccessible::Name) : QString();
        if (w->objectName().isEmpty() || spoken.trimmed().isEmpty())
            unnamed << u"%1 \"%2\" in %3"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                                                w->objectName(), w->parentWidget()->objectName());
    }
    SignDialog dialog(*window.session(), view->review(), Meaning::ExceptionallyReleased, view);
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (w->objectName().startsWith(u"qt_"_s) || w->inherits("QLineEditIconButton") ||
            w->inherits("QScrollBar"))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (w->objectName().isEmpty() || !a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << u"%1 \"%2\" in the signature dialog"_s.arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

QTEST_MAIN(tst_GuiReview)
void tst_GuiReview::specificationApprovedInTheWindow()
{
    Fixture f;
    QVERIFY(f.ok);
    // A new version, stated effective long ago, imported by the administrator.
    Specification lenient = DemoData::specifications().at(1);
    lenient.version = u"9"_s;
    lenient.effectiveFrom = QDate(2024, 1, 1);
    for (SpecTest &t : lenient.tests)
        if (t.code == u"VIAB"_s)
            t.lower = Number{u"50"_s, 50};
    {
        std::unique_ptr<Session> admin = f.store.open();
        QVERIFY(Importer(*admin).run(
            {{u"lenient.json"_s, Serializer::specificationDocument({lenient})}}, {}));
    }
    {
        // The administrator sees it, but its Approve refuses with the core's reason.
        MainWindow window(f.store.open());
        QVERIFY(window.showPage(u"specificationsPage"_s));
        auto *page = window.findChild<SpecificationsPage *>();
        page->select(lenient.product.code, u"9"_s);
        QVERIFY(page->shownDifferences().contains(u"VIAB: lower limit 75 → 50"_s));
        QTimer::singleShot(0, []() {
            auto *dialog = qobject_cast<SpecApprovalDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY2(dialog->message().contains(u"approve a specification"_s),
                     qPrintable(dialog->message()));
            QVERIFY(!child<QPushButton>(dialog, u"specApproveConfirm"_s)->isEnabled());
            dialog->reject();
        });
        page->approveSelected();
        QVERIFY(page->selected() && !page->selected()->approval);
    }
    MainWindow window(f.store.open(u"rosa"_s));
    QVERIFY(window.showPage(u"specificationsPage"_s));
    auto *page = window.findChild<SpecificationsPage *>();
    page->select(lenient.product.code, u"9"_s);
    QVERIFY(child<QPushButton>(page, u"approveSpecButton"_s)->isEnabled());
    const QString password = QString::fromLatin1(rd::test::kPassword);
    QTimer::singleShot(0, [password]() {
        auto *dialog = qobject_cast<SpecApprovalDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY2(child<QLabel>(dialog, u"specWhat"_s)->text().contains(u"which has passed"_s),
                 qPrintable(child<QLabel>(dialog, u"specWhat"_s)->text()));
        // What is approved is shown against the version in force.
        const QString changes = child<QLabel>(dialog, u"specChangesToApprove"_s)->text();
        QVERIFY2(changes.contains(u"VIAB: lower limit 75 → 50"_s), qPrintable(changes));
        QTest::keyClicks(child<QLineEdit>(dialog, u"specPassword"_s), password);
        QTest::mouseClick(child<QPushButton>(dialog, u"specApproveConfirm"_s), Qt::LeftButton);
    });
    page->approveSelected();
    QVERIFY2(page->message().contains(u"approved by rosa Fullname"_s), qPrintable(page->message()));
    QVERIFY(page->selected() && page->selected()->approval);
    QCOMPARE(page->selected()->approval->effectiveFrom, Clock::instance().nowUtc().date());
    QVERIFY(!child<QPushButton>(page, u"approveSpecButton"_s)->isEnabled());
}

void tst_GuiReview::notAcceptableLeavesOnlyRejection()
{
    Fixture f;
    QVERIFY(f.ok);
    const QString password = QString::fromLatin1(rd::test::kPassword);
    {
        MainWindow window(f.store.open(u"rosa"_s));
        BatchView *view = openFromQueue(window, f.batch);
        QVERIFY(view);
        auto *comment = child<QPlainTextEdit>(view, u"dispositionComment"_s);
        auto *outcome = child<QComboBox>(view, u"dispositionOutcome"_s);
        // The first exception judged not acceptable, the second acceptable, from the keyboard.
        view->selectException(1);
        outcome->setCurrentIndex(outcome->findData(u"not-acceptable"_s));
        comment->setFocus();
        QTest::keyClicks(comment, u"Weight not traceable to the balance"_s);
        QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(view->lastMessage().isEmpty(), qPrintable(view->lastMessage()));
        QCOMPARE(outcome->currentData().toString(), u"no-impact"_s); // the next one's default
        comment->setFocus();
        QTest::keyClicks(comment, u"Verified later by the shift lead; no impact"_s);
        QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(view->review().open(), 0);
        QTableWidget *exceptions = view->table(BatchView::ExceptionsTab);
        bool shown = false;
        for (int r = 0; r < exceptions->rowCount(); ++r)
            for (int c = 0; c < exceptions->columnCount(); ++c)
                shown =
                    shown || (exceptions->item(r, c) && exceptions->item(r, c)->text().contains(
                                                            u"Not acceptable (blocks release)"_s));
        QVERIFY(shown);
        answerSignDialog(password, QString(), nullptr);
        view->sign(Meaning::Reviewed);
        QCOMPARE(view->review().state, BatchState::Reviewed);
    }
    MainWindow window(f.store.open(u"pieter"_s));
    BatchView *view = openFromQueue(window, f.batch);
    QVERIFY(view);
    QAction *released = view->signAction(Meaning::Released);
    QVERIFY(!released->isEnabled());
    QVERIFY2(released->toolTip().contains(u"not acceptable"_s), qPrintable(released->toolTip()));
    QVERIFY(view->signAction(Meaning::Rejected)->isEnabled());
}

void tst_GuiReview::identityInDoubtIsABanner()
{
    // The final bag's label, read at shipment, names another patient's number.
    rd::test::TestStore store;
    DemoData::Batch b = rd::test::cleanBatch(2);
    const QString din = b.record.coi.din;
    const QString other = din.left(din.size() - 2) + (din.endsWith(u'1') ? u"22"_s : u"11"_s);
    for (CustodyEvent &c : b.record.custody)
        c.identifier = din;
    b.record.custody.last().identifier = other;
    {
        std::unique_ptr<Session> admin = store.open();
        QVERIFY(Importer(*admin).run(
            {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
             {u"batch.json"_s, Serializer::batchRecordDocument({b.record})}},
            {}));
    }
    QVERIFY(store.approveSpecifications());
    MainWindow window(store.open());
    BatchView *view = openFromQueue(window, b.record.batchNumber);
    QVERIFY(view);
    auto *banner = child<QLabel>(view, u"identityBanner"_s);
    QVERIFY(banner->isVisibleTo(view));
    QVERIFY2(banner->text().contains(u"CHAIN OF IDENTITY IN DOUBT"_s) &&
                 banner->text().contains(other),
             qPrintable(banner->text()));
    // The custody table says which hand-over read what.
    QTableWidget *custody = view->table(BatchView::CustodyTab);
    bool marked = false;
    for (int r = 0; r < custody->rowCount(); ++r)
        marked = marked || (custody->item(r, 7) &&
                            custody->item(r, 7)->text() == other + u" ≠ chain of identity"_s);
    QVERIFY(marked);
}

// Tried as an attacker would: a disposition typed on two lines, the second reading as a line of
// the window's own ("Released by …"). The window keeps the line break and begins the second
// line with "│ ", as the documents and the command line do.
void tst_GuiReview::multiLineCommentCannotImitateALine()
{
    Fixture f;
    QVERIFY(f.ok);
    MainWindow window(f.store.open(u"rosa"_s));
    BatchView *view = openFromQueue(window, f.batch);
    QVERIFY(view);
    auto *comment = child<QPlainTextEdit>(view, u"dispositionComment"_s);
    view->selectException(1);
    comment->setFocus();
    QTest::keyClicks(comment, u"Checked against the balance print"_s);
    QTest::keyClick(comment, Qt::Key_Return);
    QTest::keyClicks(comment, u"Released by Pieter de Vries"_s);
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(view->lastMessage().isEmpty(), qPrintable(view->lastMessage()));
    QCOMPARE(view->review().open(), 1);
    QTableWidget *exceptions = view->table(BatchView::ExceptionsTab);
    QString shown;
    for (int c = 0; c < exceptions->columnCount(); ++c) {
        const QTableWidgetItem *item = exceptions->item(0, c);
        if (item && item->text().contains(u"balance print"_s))
            shown = item->text();
    }
    QVERIFY2(shown.endsWith(u"Checked against the balance print\n\u2502 Released by Pieter de "
                            "Vries"_s),
             qPrintable(shown));
}

void tst_GuiReview::rejudgedInTheWindow()
{
    Fixture f;
    QVERIFY(f.ok);
    QString product;
    {
        std::unique_ptr<Session> s = f.store.open(u"viv"_s);
        product = ReviewService(*s).review(f.batch)->productCode;
    }
    Specification corrected;
    for (const Specification &s : DemoData::specifications())
        if (s.product.code == product)
            corrected = s;
    corrected.version = u"9"_s;
    corrected.effectiveFrom = QDate(2024, 1, 1);
    {
        std::unique_ptr<Session> admin = f.store.open();
        QVERIFY(Importer(*admin).run(
            {{u"corrected.json"_s, Serializer::specificationDocument({corrected})}}, {}));
        std::unique_ptr<Session> rosa = f.store.open(u"rosa"_s);
        QVERIFY(SpecificationService(*rosa).approve(product, u"9"_s,
                                                    rd::test::secret(rd::test::kPassword)));
    }
    MainWindow window(f.store.open(u"rosa"_s));
    BatchView *view = openFromQueue(window, f.batch);
    QVERIFY(view);
    QCOMPARE(view->review().state, BatchState::AwaitingReview);
    QString refusal;
    QTimer::singleShot(0, [&refusal]() {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog && dialog->objectName() == u"rejudgeDialog"_s);
        auto *version = child<QComboBox>(dialog, u"rejudgeVersion"_s);
        QCOMPARE(version->currentData().toString(), u"9"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton); // no reason yet: refused, the dialog stays
        refusal = child<QLabel>(dialog, u"rejudgeMessage"_s)->text();
        QTest::keyClicks(child<QLineEdit>(dialog, u"rejudgeReason"_s),
                         u"Limits corrected after the method validation"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QVERIFY(view->rejudge());
    QVERIFY2(refusal.contains(u"Say why"_s), qPrintable(refusal));
    QCOMPARE(view->review().specVersion, u"9"_s);
    QCOMPARE(view->review().state, BatchState::AwaitingQcApproval); // approved before: again
}

#include "tst_gui_review.moc"
