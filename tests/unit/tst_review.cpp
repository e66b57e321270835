// SPDX-License-Identifier: GPL-3.0-or-later
// The review and release workflow in the core: every transition allowed and refused, every
// separation-of-duties rule, every exception category raised by a crafted batch and not by a
// clean one, dispositions, conditional release with a final pass and a final fail, exceptional
// release, signatures that stop covering a changed record, and verify finding altered ones.
#include "accounts/accountservice.h"
#include "core/clock.h"
#include "demo/demodata.h"
#include "ingest/formats.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "records/batchlocks.h"
#include "records/inbox.h"
#include "reports/reportbuilder.h"
#include "review/reviewqueue.h"
#include "review/reviewservice.h"
#include "review/specificationservice.h"
#include "security/esignature.h"
#include "security/keydirectory.h"
#include "session/demo.h"
#include "session/session.h"
#include "support/rawdb.h"
#include "support/reviewfixtures.h"
#include "support/teststore.h"
#include "support/verify.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::cleanBatch;
using rd::test::number;
using rd::test::specInForce;

namespace {

// The people of a store whose laboratory is the review fixtures' analyst and Quinn Chen.
const People &laboratory()
{
    static const People people = [] {
        People::Entry lab;
        lab.userId = 1;
        lab.userName = QString::fromLatin1(rd::test::kLabAnalyst);
        lab.fullName = u"Lab Analyst"_s;
        lab.personId = u"E-2001"_s;
        People::Entry quinn;
        quinn.userId = 2;
        quinn.userName = u"qc.analyst"_s;
        quinn.fullName = u"Quinn Chen"_s;
        quinn.personId = u"E-1042"_s;
        return People::of({lab, quinn});
    }();
    return people;
}

ReviewFacts factsOf(const DemoData::Batch &b)
{
    ReviewFacts f;
    f.record = b.record;
    f.spec = specInForce(b.record);
    f.now = b.record.endedAt.addDays(1); // a day after manufacture: not expired
    f.people = &laboratory();
    qint64 id = 0;
    for (const QcResult &r : b.results)
        f.results << StoredResult{++id, 1, r};
    return f;
}

QcResult *resultOf(ReviewFacts &f, const QString &test, const QString &sampleSuffix = u"-FP"_s)
{
    for (StoredResult &s : f.results) {
        if (s.result.testCode == test && s.result.sampleId.endsWith(sampleSuffix))
            return &s.result;
    }
    return nullptr;
}

QList<ExceptionCategory> categories(const QList<ReviewException> &list)
{
    QList<ExceptionCategory> out;
    for (const ReviewException &e : list) {
        if (!out.contains(e.category))
            out << e.category;
    }
    return out;
}

// A store with the demo specifications, accounts for every role and some spares to test
// separation of duties, and batches imported as crafted.
class ReviewSite
{
public:
    ReviewSite()
    {
        ok = store.addLaboratory() && store.addUser(u"quinn"_s, Role::QcAnalyst) &&
             store.addUser(u"rosa"_s, Role::QaReviewer) &&
             store.addUser(u"pieter"_s, Role::ReleaseAuthority) &&
             store.addUser(u"viv"_s, Role::Viewer);
        std::unique_ptr<Session> admin = store.open();
        ok = ok && admin &&
             Importer(*admin)
                 .run({{u"specs.json"_s,
                        Serializer::specificationDocument(DemoData::specifications())}},
                      {})
                 .ok() &&
             store.approveSpecifications();
    }

    bool add(const DemoData::Batch &b,
             const QString &importer = QString::fromLatin1(rd::test::kLabAnalyst))
    {
        std::unique_ptr<Session> admin = store.open();
        if (!admin || !Importer(*admin).run(
                          {{u"batch.json"_s, Serializer::batchRecordDocument({b.record})}}, {}))
            return false;
        return results(b.results, false, importer);
    }

    // By default the laboratory imports its results; quinn, another QC analyst, approves them.
    bool results(const QList<QcResult> &results, bool supersede = false,
                 const QString &importer = QString::fromLatin1(rd::test::kLabAnalyst))
    {
        std::unique_ptr<Session> analyst = store.open(importer);
        ImportOptions options;
        options.supersede = supersede;
        options.reason = supersede ? u"corrected transcription"_s : QString();
        Result<ImportSummary> s =
            analyst ? Importer(*analyst).run(
                          {{u"results.csv"_s, Serializer::resultsCsvDocument(results)}}, options)
                    : Result<ImportSummary>(Error(ErrorCode::Failed, u"open"_s));
        if (!s)
            qWarning("%s", qPrintable(s.error().message()));
        return s.ok();
    }

    Result<ESignature> sign(const QString &user, const QString &batch, Meaning meaning,
                            const QString &comment = QString(),
                            const QString &physician = QString(), const QString &risk = QString(),
                            const QString &investigation = QString())
    {
        std::unique_ptr<Session> s = store.open(user);
        if (!s)
            return Error(ErrorCode::Failed, u"cannot open as "_s + user);
        SignRequest r{batch, meaning, comment, physician, risk, investigation};
        return ReviewService(*s).sign(r, rd::test::secret(rd::test::kPassword));
    }

    Status disposeAll(const QString &batch)
    {
        std::unique_ptr<Session> s = store.open(u"rosa"_s);
        ReviewService review(*s);
        Result<BatchReview> r = review.review(batch);
        if (!r)
            return r.error();
        for (const ExceptionView &e : r->exceptions) {
            if (e.dispositioned())
                continue;
            // An open critical deviation names itself; anything else blocking names the
            // investigation, here one held in the site's quality system.
            const QString reference =
                e.exception.category == ExceptionCategory::OpenDeviation &&
                        e.exception.severity == Severity::Critical
                    ? e.exception.target.ref
                    : (e.exception.blocksRelease ? u"external: QMS-2026-0042"_s : QString());
            Result<Disposition> d = review.dispose(
                batch, e.exception.key, u"Assessed: no impact on the product"_s, reference);
            if (!d)
                return d.error();
        }
        return {};
    }

    BatchReview reviewOf(const QString &batch)
    {
        std::unique_ptr<Session> s = store.open(u"viv"_s);
        Result<BatchReview> r = ReviewService(*s).review(batch);
        if (!r)
            qFatal("review: %s", qPrintable(r.error().message()));
        return r.value();
    }

    // QC approval and review done, so the batch waits for the release decision.
    bool toReviewed(const QString &batch)
    {
        // An out-of-specification result's investigation is named (ignored when there is none).
        return sign(u"quinn"_s, batch, Meaning::QcApproved, {}, {}, {}, u"OOS-2026-031"_s).ok() &&
               disposeAll(batch).ok() && sign(u"rosa"_s, batch, Meaning::Reviewed).ok();
    }

    // A clean batch, added, reviewed and released; its number.
    QString released(const DemoData::Batch &b)
    {
        const QString batch = b.record.batchNumber;
        return add(b) && toReviewed(batch) && sign(u"pieter"_s, batch, Meaning::Released).ok()
                   ? batch
                   : QString();
    }

    // The audit actions recorded about a batch, oldest first.
    QStringList auditActions(const QString &batch)
    {
        std::unique_ptr<Session> s = store.open(u"viv"_s);
        QSqlQuery q(s->store().connection());
        q.prepare(u"SELECT action FROM audit_events WHERE entity_id = ? ORDER BY seq"_s);
        q.addBindValue(batch);
        QStringList out;
        if (!q.exec())
            qFatal("audit: %s", qPrintable(q.lastError().text()));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    bool verified()
    {
        std::unique_ptr<Session> s = store.open(u"viv"_s);
        Result<StoreVerification> v = s->verify();
        if (!v || !v->audit.ok)
            qWarning("verify: %s", qPrintable(v ? v->audit.problem : v.error().message()));
        return v && v->audit.ok;
    }

    rd::test::TestStore store;
    bool ok = false;
};

#define VERIFY_REFUSED(expr, text)                                                                 \
    do {                                                                                           \
        const auto r_ = (expr);                                                                    \
        QVERIFY2(!r_.ok(), "expected a refusal");                                                  \
        QVERIFY2(r_.error().message().contains(text), qPrintable(r_.error().message()));           \
    } while (false)

} // namespace

class tst_Review : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { rd::test::initTestProcess(); }

    void transitions_data();
    void transitions();
    void cleanBatchRaisesNothing();
    void queueScanOnThreadsMatchesOneThread();
    void queueHeadIsTheStartOfTheQueue();
    void everyCategory_data();
    void everyCategory();
    void releaseTestingIsJudgedOnTheFinalProduct();
    void noTestingIntoCompliance();
    void separationOfDuties();
    void separationOfDutiesComparesPeople();
    void resetKeySignsOnlyAfterHandover();
    void qcApprovalByNeitherImporterNorAnalyst();
    void demoHoldsWhatEachRuleCatches();
    void multiLineTextsCannotImitateLines();
    void reviewNeedsEveryDisposition();
    void fullFlowSignedAndVerified();
    void wrongPasswordSignsNothing();
    void conditionalReleaseThenFinalPass();
    void conditionalReleaseThenFinalFail();
    void outOfSpecificationNeedsExceptionalRelease();
    void blockingExceptionsStopEveryRelease();
    void expiredBatchIsNotReleased();
    void backDatedSpecificationJudgesNothingMadeBefore();
    void inboxOffersOnlyTheProductsSamples();
    void blockingExceptionsNeedTheirInvestigation();
    void dispositionsHaveAnOutcome();
    void identifierReadAtEachHandOver();
    void changeControlHoldOfAConditionalReleaseStartsAgain();
    void holdAfterADecisionKeepsTheLock();
    void shipmentIsJudgedAgainstTheReleaseTime();
    void awaitedResultArrivesOnce();
    void awaitedResultIsSomeoneElsesWork();
    void typedTextsAreKeptAsWritten();
    void changeAfterSigningShowsAndSendsBack();
    void decidedBatchIsLocked();
    void locksAreReadAgainInsideTheWrite();
    void documentsOfUncoveredBatchAreDrafts();
    void verifyFindsAlteredSignatures();
    void aheadVerdictsStandOnlyForTheBytesChecked();
    void editedRowsStopTheCover();
};

void tst_Review::transitions_data()
{
    QTest::addColumn<BatchState>("from");
    QTest::addColumn<Meaning>("meaning");
    QTest::addColumn<QString>("to"); // empty: refused

    // Written out by hand from docs/DESIGN.md section 8; every pair not listed is refused.
    const QMap<std::pair<BatchState, Meaning>, BatchState> allowed = {
        {{BatchState::AwaitingQcApproval, Meaning::QcApproved}, BatchState::AwaitingReview},
        {{BatchState::AwaitingReview, Meaning::Reviewed}, BatchState::Reviewed},
        {{BatchState::InReview, Meaning::Reviewed}, BatchState::Reviewed},
        {{BatchState::Reviewed, Meaning::Released}, BatchState::Released},
        {{BatchState::Reviewed, Meaning::ConditionallyReleased}, BatchState::ConditionallyReleased},
        {{BatchState::Reviewed, Meaning::ExceptionallyReleased}, BatchState::ExceptionallyReleased},
        {{BatchState::Reviewed, Meaning::Rejected}, BatchState::Rejected},
        {{BatchState::ConditionallyReleased, Meaning::Released}, BatchState::Released},
        {{BatchState::ConditionallyReleased, Meaning::Rejected}, BatchState::Rejected},
        {{BatchState::OnHold, Meaning::Rejected}, BatchState::Rejected},
        {{BatchState::OnHold, Meaning::HoldLifted}, BatchState::InReview}, // held from in review
        {{BatchState::AwaitingQcApproval, Meaning::OnHold}, BatchState::OnHold},
        {{BatchState::AwaitingReview, Meaning::OnHold}, BatchState::OnHold},
        {{BatchState::InReview, Meaning::OnHold}, BatchState::OnHold},
        {{BatchState::Reviewed, Meaning::OnHold}, BatchState::OnHold},
        {{BatchState::ConditionallyReleased, Meaning::OnHold}, BatchState::OnHold},
    };
    for (const BatchState from : Workflow::states()) {
        for (const Meaning m : Workflow::meanings()) {
            const auto it = allowed.constFind({from, m});
            QTest::addRow("%s %s", qPrintable(Workflow::id(from)), qPrintable(Workflow::id(m)))
                << from << m << (it == allowed.cend() ? QString() : Workflow::id(*it));
        }
    }
}

void tst_Review::transitions()
{
    QFETCH(BatchState, from);
    QFETCH(Meaning, meaning);
    QFETCH(QString, to);
    const Result<BatchState> next = Workflow::next(from, meaning, BatchState::InReview);
    if (to.isEmpty()) {
        QVERIFY(!next);
        QCOMPARE(next.error().code(), ErrorCode::Forbidden);
        QVERIFY2(next.error().message().contains(Workflow::displayName(meaning)),
                 qPrintable(next.error().message()));
    } else {
        VERIFY_OK(next);
        QCOMPARE(Workflow::id(next.value()), to);
    }
}

void tst_Review::queueScanOnThreadsMatchesOneThread()
{
    ReviewSite site;
    QVERIFY(site.ok);
    // Demo batches, which carry every kind of exception.
    const DemoData demo(60, 11);
    for (int i = 0; i < 60; ++i)
        QVERIFY(site.add(demo.batch(i)));

    std::unique_ptr<Session> s = site.store.open(u"rosa"_s);
    QVERIFY(s);
    Result<QList<QueueEntry>> listed = ReviewQueue(*s).entries();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 60);

    // The baseline reads each batch on its own, with no statement kept between batches.
    QList<QueueEntry> one = listed.value();
    ReviewService single(*s);
    for (QueueEntry &e : one) {
        Result<BatchReview> r = single.review(e.batchNumber, ReviewService::Detail::Counts);
        QVERIFY(r.ok());
        ReviewQueue::fill(e, r.value());
    }
    // One thread with its statements kept across the batches.
    QList<QueueEntry> kept = listed.value();
    QVERIFY(ReviewQueue::scan(single, kept).ok());
    for (qsizetype i = 0; i < one.size(); ++i) {
        QCOMPARE(kept.at(i).critical, one.at(i).critical);
        QCOMPARE(kept.at(i).major, one.at(i).major);
        QCOMPARE(kept.at(i).minor, one.at(i).minor);
        QCOMPARE(kept.at(i).open, one.at(i).open);
        QCOMPARE(kept.at(i).blocked, one.at(i).blocked);
    }

    for (const int threads : {2, 3, 7}) {
        QList<QueueEntry> many = listed.value();
        std::vector<std::unique_ptr<ReviewService>> owned;
        QList<ReviewService *> services;
        for (int i = 0; i < threads; ++i) {
            owned.push_back(std::make_unique<ReviewService>(*s));
            services << owned.back().get();
        }
        qint64 lastDone = -1;
        QVERIFY(ReviewQueue::scan(services, many, [&lastDone](qint64 done, qint64 total) {
                    lastDone = done;
                    return done <= total;
                }).ok());
        QCOMPARE(lastDone, 60);
        int exceptions = 0;
        for (qsizetype i = 0; i < one.size(); ++i) {
            const QueueEntry &a = one.at(i);
            const QueueEntry &b = many.at(i);
            QCOMPARE(b.batchNumber, a.batchNumber);
            QVERIFY(b.scanned);
            QCOMPARE(b.critical, a.critical);
            QCOMPARE(b.major, a.major);
            QCOMPARE(b.minor, a.minor);
            QCOMPARE(b.info, a.info);
            QCOMPARE(b.open, a.open);
            QCOMPARE(b.blocked, a.blocked);
            QCOMPARE(b.state, a.state);
            exceptions += b.critical + b.major + b.minor + b.info;
        }
        QVERIFY2(exceptions > 10, "the demo batches should raise exceptions");
    }

    // Cancelling stops every thread and says so.
    QList<QueueEntry> cancelled = listed.value();
    std::vector<std::unique_ptr<ReviewService>> owned;
    QList<ReviewService *> services;
    for (int i = 0; i < 2; ++i) {
        owned.push_back(std::make_unique<ReviewService>(*s));
        services << owned.back().get();
    }
    const Status stopped =
        ReviewQueue::scan(services, cancelled, [](qint64, qint64) { return false; });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code(), ErrorCode::Cancelled);
}

void tst_Review::queueHeadIsTheStartOfTheQueue()
{
    ReviewSite site;
    QVERIFY(site.ok);
    // Batches with and without a planned shipment, and several sharing one (the batch number
    // then decides), imported at once.
    const DemoData demo(40, 5);
    QList<BatchRecord> records;
    const QDateTime shared = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < demo.batchCount(); ++i) {
        BatchRecord r = demo.batch(i).record;
        if (i % 5 == 0)
            r.plannedShipmentAt = QDateTime();
        else if (i % 7 == 0)
            r.plannedShipmentAt = shared;
        records << r;
    }
    {
        std::unique_ptr<Session> admin = site.store.open();
        QVERIFY(admin);
        QVERIFY(Importer(*admin)
                    .run({{u"batches.json"_s, Serializer::batchRecordDocument(records)}}, {})
                    .ok());
    }
    std::unique_ptr<Session> s = site.store.open(u"rosa"_s);
    QVERIFY(s);
    const ReviewQueue queue(*s);
    const auto numbers = [](const QList<QueueEntry> &entries) {
        QStringList out;
        for (const QueueEntry &e : entries)
            out << e.batchNumber + u' ' + Workflow::id(e.state);
        return out;
    };
    const auto check = [&](bool decidedExist) {
        Result<QList<QueueEntry>> all = queue.entries();
        QVERIFY(all.ok());
        QList<QueueEntry> undecided;
        for (const QueueEntry &e : all.value()) {
            if (!Workflow::isFinal(e.state))
                undecided << e;
        }
        // entries() puts every undecided batch first.
        QCOMPARE(numbers(all->mid(0, undecided.size())), numbers(undecided));
        const int n = static_cast<int>(undecided.size());
        for (const int limit : {1, 3, 8, n - 1, n, n + 1, n + 20}) {
            Result<ReviewQueue::Head> head = queue.head(limit);
            QVERIFY(head.ok());
            QCOMPARE(numbers(head->entries), numbers(undecided.mid(0, limit)));
            QCOMPARE(head->complete, limit >= n && !decidedExist);
        }
    };
    check(false);

    // Some decided, some on their way: the head holds only what is still to decide.
    QSqlQuery q(s->store().connection());
    for (int i = 0; i < records.size(); ++i) {
        const char *state = i % 4 == 1 ? "released" : i % 4 == 2 ? "in_review" : nullptr;
        if (!state)
            continue;
        QVERIFY(q.prepare(u"INSERT INTO batch_states (batch_number, state, changed_at) "
                          "VALUES (?, ?, '2026-11-21T10:00:00.000Z')"_s));
        q.addBindValue(records.at(i).batchNumber);
        q.addBindValue(QString::fromLatin1(state));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    check(true);
}

void tst_Review::cleanBatchRaisesNothing()
{
    for (int i = 0; i < 3; ++i) {
        const ReviewFacts f = factsOf(cleanBatch(i));
        const QList<ReviewException> e = ExceptionEngine::compute(f);
        QStringList texts;
        for (const ReviewException &x : e)
            texts << x.text;
        QVERIFY2(e.isEmpty(), qPrintable(texts.join(u"\n"_s)));
        for (const TestStanding &s : ExceptionEngine::standings(f))
            QCOMPARE(s.status, TestStanding::Status::Conforms);
    }
}

using Mutation = std::function<void(ReviewFacts &)>;

void tst_Review::everyCategory_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<ExceptionCategory>("category");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<bool>("blocks");
    QTest::newRow("oos") << u"oos"_s << ExceptionCategory::OutOfSpecification << Severity::Critical
                         << false;
    QTest::newRow("oot") << u"oot"_s << ExceptionCategory::OutOfTrend << Severity::Minor << false;
    QTest::newRow("missing test") << u"missing"_s << ExceptionCategory::MissingTest
                                  << Severity::Critical << false;
    QTest::newRow("pending, not allowed")
        << u"pending-myco"_s << ExceptionCategory::MissingTest << Severity::Critical << false;
    QTest::newRow("pending, allowed")
        << u"pending-steril"_s << ExceptionCategory::PendingTest << Severity::Minor << false;
    QTest::newRow("open critical deviation")
        << u"open-critical"_s << ExceptionCategory::OpenDeviation << Severity::Critical << true;
    QTest::newRow("open minor deviation")
        << u"open-minor"_s << ExceptionCategory::OpenDeviation << Severity::Minor << false;
    QTest::newRow("closed major deviation")
        << u"closed-major"_s << ExceptionCategory::ClosedDeviation << Severity::Minor << false;
    QTest::newRow("COI check character")
        << u"din"_s << ExceptionCategory::ChainOfIdentity << Severity::Critical << true;
    QTest::newRow("COI collection site")
        << u"collection-site"_s << ExceptionCategory::ChainOfIdentity << Severity::Critical << true;
    QTest::newRow("collection to start")
        << u"late-start"_s << ExceptionCategory::CustodyTiming << Severity::Major << false;
    QTest::newRow("custody order")
        << u"custody-order"_s << ExceptionCategory::CustodyTiming << Severity::Major << false;
    QTest::newRow("custody temperature")
        << u"warm"_s << ExceptionCategory::CustodyTemperature << Severity::Major << false;
    QTest::newRow("parameter") << u"parameter"_s << ExceptionCategory::ProcessParameter
                               << Severity::Major << false;
    QTest::newRow("unverified step")
        << u"unverified"_s << ExceptionCategory::StepVerification << Severity::Major << false;
    QTest::newRow("self-verified step")
        << u"self-verified"_s << ExceptionCategory::StepVerification << Severity::Major << false;
    QTest::newRow("step verified by a look-alike of its operator")
        << u"look-alike-verified"_s << ExceptionCategory::StepVerification << Severity::Major
        << false;
    QTest::newRow("expired material")
        << u"expired"_s << ExceptionCategory::ExpiredMaterial << Severity::Major << false;
    QTest::newRow("calibration") << u"calibration"_s << ExceptionCategory::EquipmentCalibration
                                 << Severity::Major << false;
    QTest::newRow("EM alert") << u"em-alert"_s << ExceptionCategory::EnvironmentalMonitoring
                              << Severity::Minor << false;
    QTest::newRow("EM action") << u"em-action"_s << ExceptionCategory::EnvironmentalMonitoring
                               << Severity::Major << false;
    QTest::newRow("manual entry") << u"manual"_s << ExceptionCategory::ManualEntry << Severity::Info
                                  << false;
    QTest::newRow("superseded result")
        << u"superseded-result"_s << ExceptionCategory::SupersededData << Severity::Info << false;
    QTest::newRow("superseded record")
        << u"superseded-record"_s << ExceptionCategory::SupersededData << Severity::Info << false;
    QTest::newRow("invalidated") << u"invalidated"_s << ExceptionCategory::InvalidatedResult
                                 << Severity::Minor << false;
    QTest::newRow("post-release failure")
        << u"post-release"_s << ExceptionCategory::PostReleaseFailure << Severity::Critical << true;
    QTest::newRow("changed after signing")
        << u"stale"_s << ExceptionCategory::ChangedAfterSigning << Severity::Major << false;
    QTest::newRow("expired product")
        << u"expired-product"_s << ExceptionCategory::Expiry << Severity::Critical << true;
    QTest::newRow("expires before shipment")
        << u"expires-before-shipment"_s << ExceptionCategory::Expiry << Severity::Critical << true;
    QTest::newRow("shipped before release")
        << u"shipped-early"_s << ExceptionCategory::Chronology << Severity::Critical << false;
    QTest::newRow("step after the batch ended")
        << u"late-step"_s << ExceptionCategory::Chronology << Severity::Major << false;
    QTest::newRow("sample drawn before the batch started")
        << u"early-sample"_s << ExceptionCategory::Chronology << Severity::Major << false;
    QTest::newRow("no identifier read at a hand-over")
        << u"unread-identifier"_s << ExceptionCategory::ChainOfIdentity << Severity::Major << false;
    QTest::newRow("no identifier read on a sample label")
        << u"unread-label"_s << ExceptionCategory::ChainOfIdentity << Severity::Major << false;
    QTest::newRow("analyst who is no person")
        << u"unknown-analyst"_s << ExceptionCategory::UnknownAnalyst << Severity::Major << false;
}

void tst_Review::everyCategory()
{
    QFETCH(QString, mutation);
    QFETCH(ExceptionCategory, category);
    QFETCH(Severity, severity);
    QFETCH(bool, blocks);

    const QHash<QString, Mutation> mutations = {
        {u"oos"_s, [](ReviewFacts &f) { resultOf(f, u"VIAB"_s)->value = number(52); }},
        {u"oot"_s,
         [](ReviewFacts &f) {
             const QcResult &r = *resultOf(f, u"VIAB"_s);
             f.outOfTrend << OutOfTrendSignal{
                 r.sampleId, r.testCode, r.testedAt, r.value->text, {u"Nelson 2"_s}};
         }},
        {u"missing"_s,
         [](ReviewFacts &f) {
             f.results.removeIf(
                 [](const StoredResult &s) { return s.result.testCode == u"CD3"_s; });
         }},
        {u"pending-myco"_s,
         [](ReviewFacts &f) {
             QcResult *r = resultOf(f, u"MYCO"_s);
             r->status = ResultStatus::Pending;
             r->text.clear();
         }},
        {u"pending-steril"_s,
         [](ReviewFacts &f) {
             QcResult *r = resultOf(f, u"STERIL"_s);
             r->status = ResultStatus::Pending;
             r->text.clear();
         }},
        {u"open-critical"_s,
         [](ReviewFacts &f) {
             f.record.deviations << Deviation{u"DEV-1"_s,
                                              u"Bag breach"_s,
                                              DeviationClass::Critical,
                                              true,
                                              f.record.startedAt,
                                              {},
                                              u"Under assessment"_s};
         }},
        {u"open-minor"_s,
         [](ReviewFacts &f) {
             f.record.deviations << Deviation{u"DEV-2"_s, u"Late label"_s,    DeviationClass::Minor,
                                              true,       f.record.startedAt, {},
                                              QString()};
         }},
        {u"closed-major"_s,
         [](ReviewFacts &f) {
             f.record.deviations << Deviation{
                 u"DEV-3"_s,         u"Incubator alarm"_s, DeviationClass::Major, false,
                 f.record.startedAt, f.record.endedAt,     u"No impact"_s};
         }},
        {u"din"_s,
         [](ReviewFacts &f) {
             QString &din = f.record.coi.din;
             din[din.size() - 1] = din.back() == u'7' ? u'8' : u'7';
             rd::test::relabel(f.record); // read as written on the labels: only the check fails
         }},
        {u"collection-site"_s,
         [](ReviewFacts &f) { f.record.custody[0].location = u"Another hospital"_s; }},
        {u"late-start"_s,
         [](ReviewFacts &f) {
             f.record.coi.collectedAt = f.record.startedAt.addSecs(-60 * 3600);
             f.record.custody[0].at = f.record.coi.collectedAt;
         }},
        {u"custody-order"_s,
         [](ReviewFacts &f) { f.record.custody[2].at = f.record.custody[1].at.addSecs(-600); }},
        {u"warm"_s, [](ReviewFacts &f) { f.record.custody[2].temperatureC = number(12.5); }},
        {u"parameter"_s,
         [](ReviewFacts &f) {
             for (ProcessStep &s : f.record.steps) {
                 for (ProcessParameter &p : s.parameters) {
                     if (p.high) {
                         p.actual = number(p.high->value + 10);
                         return;
                     }
                 }
             }
         }},
        {u"unverified"_s, [](ReviewFacts &f) { f.record.steps[1].verifier.clear(); }},
        {u"self-verified"_s,
         [](ReviewFacts &f) { f.record.steps[1].verifier = f.record.steps[1].operatorName; }},
        {u"look-alike-verified"_s,
         [](ReviewFacts &f) {
             // "QUINN CHEN" with a Cyrillic С and Н for the operator "Quinn Chen".
             f.record.steps[1].operatorName = u"Quinn Chen"_s;
             f.record.steps[1].verifier = u"QUINN \u0421\u041dEN"_s;
         }},
        {u"expired"_s,
         [](ReviewFacts &f) {
             f.record.materials[0].expiry = f.record.startedAt.date().addDays(-1);
         }},
        {u"calibration"_s,
         [](ReviewFacts &f) {
             f.record.equipment[0].calibrationDue = f.record.startedAt.date().addDays(-1);
         }},
        {u"em-alert"_s,
         [](ReviewFacts &f) {
             EmSample &s = f.record.em[1];
             s.particles05 = Number{u"1"_s, s.alert05->value + 1};
         }},
        {u"em-action"_s,
         [](ReviewFacts &f) {
             EmSample &s = f.record.em[0];
             s.cfu = *s.actionCfu;
         }},
        {u"manual"_s, [](ReviewFacts &f) { f.record.steps[0].manualEntry = true; }},
        {u"superseded-result"_s, [](ReviewFacts &f) { f.results[0].version = 2; }},
        {u"superseded-record"_s, [](ReviewFacts &f) { f.recordVersion = 2; }},
        {u"invalidated"_s,
         [](ReviewFacts &f) {
             QcResult *r = resultOf(f, u"VIAB"_s, u"-IPC1"_s);
             r->status = ResultStatus::Invalidated;
             r->reason = u"Clogged flow cell"_s;
         }},
        {u"post-release"_s,
         [](ReviewFacts &f) {
             f.state = BatchState::ConditionallyReleased;
             f.pendingAtConditionalRelease.insert(u"STERIL"_s);
             resultOf(f, u"STERIL"_s)->text = u"Growth"_s;
         }},
        {u"stale"_s,
         [](ReviewFacts &f) {
             f.staleSignatures << StaleSignature{4, Meaning::QcApproved, u"Quinn"_s,
                                                 f.record.endedAt};
         }},
        {u"expired-product"_s, [](ReviewFacts &f) { f.now = f.record.expiresAt.addSecs(1); }},
        {u"shipped-early"_s,
         [](ReviewFacts &f) {
             f.record.custody << CustodyEvent{u"shipped to treatment centre"_s,
                                              f.record.endedAt.addSecs(3600),
                                              u"courier"_s,
                                              f.record.site,
                                              std::nullopt,
                                              f.record.coi.din};
         }},
        {u"late-step"_s,
         [](ReviewFacts &f) { f.record.steps.last().endedAt = f.record.endedAt.addSecs(60); }},
        {u"early-sample"_s,
         [](ReviewFacts &f) {
             f.record.qcSamples.first().drawnAt = f.record.startedAt.addSecs(-60);
         }},
        {u"unread-identifier"_s, [](ReviewFacts &f) { f.record.custody[1].identifier.clear(); }},
        {u"unread-label"_s, [](ReviewFacts &f) { f.record.qcSamples[0].identifier.clear(); }},
        {u"unknown-analyst"_s,
         [](ReviewFacts &f) {
             // "Q. Chen" is a short form of nobody's name: not "Quinn Chen", not anyone.
             resultOf(f, u"VIAB"_s)->analyst = u"Q. Chen"_s;
         }},
        {u"expires-before-shipment"_s,
         [](ReviewFacts &f) {
             f.record.plannedShipmentAt = f.now.addDays(10);
             f.record.expiresAt = f.now.addDays(9);
         }},
    };
    ReviewFacts f = factsOf(cleanBatch());
    mutations.value(mutation)(f);
    const QList<ReviewException> e = ExceptionEngine::compute(f);
    QCOMPARE(categories(e), QList<ExceptionCategory>{category});
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().severity, severity);
    QCOMPARE(e.first().blocksRelease, blocks);
    QVERIFY(!e.first().text.isEmpty());
    QVERIFY(!e.first().key.isEmpty());
    QVERIFY(!e.first().evidence.isNull());
}

void tst_Review::noTestingIntoCompliance()
{
    // A passing retest does not hide a failing result that was neither invalidated nor
    // superseded.
    ReviewFacts f = factsOf(cleanBatch());
    QcResult retest = *resultOf(f, u"VIAB"_s);
    resultOf(f, u"VIAB"_s)->value = number(52);
    retest.testedAt = retest.testedAt.addSecs(3600);
    f.results << StoredResult{999, 1, retest};
    QList<ReviewException> e = ExceptionEngine::compute(f);
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().category, ExceptionCategory::OutOfSpecification);
    QVERIFY(e.first().text.contains(u"52.00"_s));
    // Invalidated, it no longer counts; the retest stands.
    resultOf(f, u"VIAB"_s)->status = ResultStatus::Invalidated;
    e = ExceptionEngine::compute(f);
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().category, ExceptionCategory::InvalidatedResult);
}

void tst_Review::releaseTestingIsJudgedOnTheFinalProduct()
{
    ReviewFacts f = factsOf(cleanBatch());
    // An in-process count below the release limit is not a release result.
    resultOf(f, u"VIAB"_s, u"-IPC1"_s)->value = number(40);
    QVERIFY(ExceptionEngine::compute(f).isEmpty());
    // The final product's is.
    resultOf(f, u"VIAB"_s)->value = number(40);
    QList<ReviewException> e = ExceptionEngine::compute(f);
    QCOMPARE(e.size(), 1);
    QVERIFY(e.first().text.contains(u"40.00"_s));
    QCOMPARE(e.first().target.kind, ExceptionTarget::Kind::Result);
    QVERIFY(e.first().target.ref.contains(u"-FP"_s));
    // Without a final-product result, an in-process one does not stand in for it.
    f.results.removeIf([](const StoredResult &s) {
        return s.result.testCode == u"VIAB"_s && s.result.sampleId.endsWith(u"-FP"_s);
    });
    resultOf(f, u"VIAB"_s, u"-IPC1"_s)->value = number(90);
    e = ExceptionEngine::compute(f);
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().category, ExceptionCategory::MissingTest);
}

void tst_Review::separationOfDuties()
{
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    const QString batch = b.record.batchNumber;
    // quinn produced one of the results, so cannot approve them.
    b.results[0].analyst = u"quinn"_s;
    QVERIFY(site.add(b));
    QVERIFY(site.store.addUser(u"quinn2"_s, Role::QcAnalyst));
    VERIFY_REFUSED(site.sign(u"quinn"_s, batch, Meaning::QcApproved),
                   u"produced QC results of this batch"_s);
    // Administrators and viewers never sign; roles are checked for every meaning.
    VERIFY_REFUSED(site.sign(QString::fromLatin1(rd::test::kAdmin), batch, Meaning::QcApproved),
                   u"Administrators cannot sign batch decisions"_s);
    VERIFY_REFUSED(site.sign(u"viv"_s, batch, Meaning::QcApproved), u"QC analyst"_s);
    VERIFY_REFUSED(site.sign(u"rosa"_s, batch, Meaning::QcApproved), u"QC analyst"_s);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::QcApproved), u"QC analyst"_s);
    QVERIFY(site.sign(u"quinn2"_s, batch, Meaning::QcApproved).ok());

    // The QC approver's name on a reviewer account: one person, two accounts.
    {
        std::unique_ptr<Session> admin = site.store.open();
        QSqlQuery q(admin->store().connection());
        QVERIFY(q.exec(u"SELECT full_name FROM users WHERE user_name = 'quinn2'"_s) && q.next());
        const QString quinnName = q.value(0).toString();
        QVERIFY(site.store.addUser(u"rosa2"_s, Role::QaReviewer));
        // A second account of the same person (same printed name).
        QVERIFY(q.exec(
            u"UPDATE users SET full_name = '%1' WHERE user_name = 'rosa2'"_s.arg(quinnName)));
    }
    QVERIFY(site.disposeAll(batch).ok());
    VERIFY_REFUSED(site.sign(u"rosa2"_s, batch, Meaning::Reviewed),
                   u"approved the QC results of this batch"_s);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Reviewed), u"QA reviewer"_s);
    QVERIFY(site.sign(u"rosa"_s, batch, Meaning::Reviewed).ok());

    // The releasing person differs from both.
    QVERIFY(site.store.addUser(u"pieter2"_s, Role::ReleaseAuthority));
    {
        std::unique_ptr<Session> admin = site.store.open();
        QSqlQuery q(admin->store().connection());
        QVERIFY(q.exec(u"UPDATE users SET full_name = (SELECT full_name FROM users WHERE "
                       "user_name = 'rosa') WHERE user_name = 'pieter2'"_s));
    }
    VERIFY_REFUSED(site.sign(u"pieter2"_s, batch, Meaning::Released),
                   u"reviewed this batch and so cannot"_s);
    VERIFY_REFUSED(site.sign(u"rosa"_s, batch, Meaning::Released), u"Release authority"_s);
    // On hold: reviewer or release authority, with a reason.
    VERIFY_REFUSED(site.sign(u"quinn2"_s, batch, Meaning::OnHold, u"x"_s), u"QA reviewer"_s);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::OnHold), u"needs a reason"_s);
    QVERIFY(site.sign(u"pieter"_s, batch, Meaning::OnHold, u"Awaiting the COI check"_s).ok());
    QCOMPARE(site.reviewOf(batch).state, BatchState::OnHold);
    QVERIFY(site.sign(u"rosa"_s, batch, Meaning::HoldLifted, u"COI confirmed"_s).ok());
    QCOMPARE(site.reviewOf(batch).state, BatchState::Reviewed);
    QVERIFY(site.sign(u"pieter"_s, batch, Meaning::Released).ok());
    QCOMPARE(site.reviewOf(batch).state, BatchState::Released);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Rejected, u"late"_s),
                   u"the decision on it is final"_s);
}

// Tried as a QA head would: an administrator gives themselves a release account, an account
// named with a Cyrillic о releases what its look-alike reviewed, and results whose analyst field
// reads as the approver's name (a Cyrillic С, or their person identifier) are approved by them.
void tst_Review::separationOfDutiesComparesPeople()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const auto addAccount = [&site](const QString &user, const QString &name, const QString &id,
                                    Role role, bool samePerson = false) {
        std::unique_ptr<Session> admin = site.store.open();
        AccountService::NewAccount a;
        a.userName = user;
        a.fullName = name;
        a.personId = id;
        a.role = role;
        a.samePerson = samePerson;
        a.requirePasswordChange = false;
        return AccountService(*admin).add(a, rd::test::secret(rd::test::kPassword));
    };
    // The administrator's own name (any case, a Cyrillic А) or a second account of theirs.
    VERIFY_REFUSED(addAccount(u"alice.qp"_s, u"ALICE ADMIN"_s, u"E-9"_s, Role::ReleaseAuthority),
                   u"cannot make an account for themselves"_s);
    VERIFY_REFUSED(
        addAccount(u"alice.qp"_s, u"\u0410lice Admin"_s, u"E-9"_s, Role::ReleaseAuthority, true),
        u"cannot make an account for themselves"_s);
    // Rosa's look-alike: refused, then only linked to Rosa herself.
    VERIFY_REFUSED(
        addAccount(u"rosa.qp"_s, u"r\u043esa Fullname"_s, u"E-77"_s, Role::ReleaseAuthority),
        u"reads as \"rosa Fullname\", the name of the account rosa"_s);
    VERIFY_REFUSED(
        addAccount(u"rosa.qp"_s, u"Another Name"_s, u"P-r\u043esa"_s, Role::ReleaseAuthority),
        u"is that of rosa Fullname (rosa)"_s);
    VERIFY_REFUSED(
        addAccount(u"rosa.qp"_s, u"r\u043esa Fullname"_s, u"E-77"_s, Role::ReleaseAuthority, true),
        u"whose person identifier is P-rosa, not E-77"_s);
    VERIFY_REFUSED(addAccount(u"nobody"_s, u"Nobody Known"_s, u"E-78"_s, Role::Viewer, true),
                   u"no account has the person identifier E-78"_s);
    Result<Account> linked =
        addAccount(u"rosa.qp"_s, u"r\u043esa Fullname"_s, u"E-77"_s, Role::ReleaseAuthority, false);
    QVERIFY(!linked);
    QCOMPARE(linked.error().code(), ErrorCode::PersonMatches);
    linked =
        addAccount(u"rosa.qp"_s, u"Rosa Fullname"_s, u"P-rosa"_s, Role::ReleaseAuthority, true);
    QVERIFY2(linked, qPrintable(linked ? QString() : linked.error().message()));
    QCOMPARE(linked->personId, u"P-rosa"_s);
    // A legitimate second person is added, and recorded in the audit trail with their person.
    QVERIFY(addAccount(u"quinn2"_s, u"Other Analyst"_s, u"E-5"_s, Role::QcAnalyst).ok());
    QVERIFY(addAccount(u"sam"_s, u"Sam Reviewer"_s, u"E-6"_s, Role::QaReviewer).ok());
    QVERIFY(addAccount(u"ruth"_s, u"Ruth Renamed"_s, u"E-8"_s, Role::ReleaseAuthority).ok());

    // The analyst field names quinn as a look-alike (Cyrillic С) or by person identifier.
    DemoData::Batch b = cleanBatch();
    const QString batch = b.record.batchNumber;
    b.results[0].analyst = u"Quinn Fulln\u0430m\u0435"_s; // Cyrillic а and е
    QVERIFY(site.add(b));
    VERIFY_REFUSED(site.sign(u"quinn"_s, batch, Meaning::QcApproved),
                   u"produced QC results of this batch"_s);
    DemoData::Batch c = cleanBatch(1);
    c.results[0].analyst = u"p-quinn"_s; // the person identifier, in another case
    QVERIFY(site.add(c));
    VERIFY_REFUSED(site.sign(u"quinn"_s, c.record.batchNumber, Meaning::QcApproved),
                   u"produced QC results of this batch"_s);

    // Rosa reviews; her linked release account may not release.
    QVERIFY(site.sign(u"quinn2"_s, batch, Meaning::QcApproved).ok());
    QVERIFY(site.disposeAll(batch).ok());
    QVERIFY(site.sign(u"rosa"_s, batch, Meaning::Reviewed).ok());
    VERIFY_REFUSED(site.sign(u"rosa.qp"_s, batch, Meaning::Released),
                   u"reviewed this batch and so cannot"_s);
    // An account whose name was made Rosa's look-alike in the files is still Rosa to the rule.
    {
        std::unique_ptr<Session> admin = site.store.open();
        QSqlQuery q(admin->store().connection());
        QVERIFY(q.exec(u"UPDATE users SET full_name = 'R\u043eSA FULLNAME' WHERE user_name = "
                       "'ruth'"_s));
    }
    VERIFY_REFUSED(site.sign(u"ruth"_s, batch, Meaning::Released),
                   u"reviewed this batch and so cannot"_s);
    QVERIFY(site.sign(u"pieter"_s, batch, Meaning::Released).ok());
}

// Tried as a QA head would: the QC analyst who imported a batch's results approves them
// herself, and a result names its analyst "Q. Chen", who is no one. The importer is refused
// like an analyst; the unknown analyst is an exception to disposition.
void tst_Review::qcApprovalByNeitherImporterNorAnalyst()
{
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    const QString batch = b.record.batchNumber;
    for (QcResult &q : b.results) {
        if (q.testCode == u"STERIL"_s || q.testCode == u"MYCO"_s)
            q.analyst = u"Q. Chen"_s;
    }
    QVERIFY(site.add(b, u"quinn"_s));
    VERIFY_REFUSED(site.sign(u"quinn"_s, batch, Meaning::QcApproved),
                   u"imported QC results of this batch (as quinn) and so cannot approve them"_s);
    // A second account of quinn's person is quinn.
    {
        std::unique_ptr<Session> admin = site.store.open();
        AccountService::NewAccount a;
        a.userName = u"quinn.b"_s;
        a.fullName = u"quinn Fullname"_s;
        a.personId = u"P-quinn"_s;
        a.role = Role::QcAnalyst;
        a.samePerson = true;
        a.requirePasswordChange = false;
        VERIFY_OK(AccountService(*admin).add(a, rd::test::secret(rd::test::kPassword)));
    }
    VERIFY_REFUSED(site.sign(u"quinn.b"_s, batch, Meaning::QcApproved),
                   u"imported QC results of this batch (as quinn)"_s);

    BatchReview r = site.reviewOf(batch);
    QList<ExceptionView> unknown;
    for (const ExceptionView &e : r.exceptions) {
        if (e.exception.category == ExceptionCategory::UnknownAnalyst)
            unknown << e;
    }
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().exception.severity, Severity::Major);
    QVERIFY2(unknown.first().exception.text.contains(u"\"Q. Chen\", who is no person"_s),
             qPrintable(unknown.first().exception.text));
    QVERIFY(unknown.first().exception.text.contains(u"MYCO, STERIL"_s) ||
            unknown.first().exception.text.contains(u"STERIL, MYCO"_s));

    // Another person approves; the review waits for the unknown analyst's disposition.
    QVERIFY(site.store.addUser(u"tomas"_s, Role::QcAnalyst));
    VERIFY_OK(site.sign(u"tomas"_s, batch, Meaning::QcApproved));
    VERIFY_REFUSED(site.sign(u"rosa"_s, batch, Meaning::Reviewed), u"still need a disposition"_s);
    VERIFY_OK(site.disposeAll(batch));
    VERIFY_OK(site.sign(u"rosa"_s, batch, Meaning::Reviewed));

    // Once the analyst has an account, the name is a person's and the exception goes.
    DemoData::Batch c = cleanBatch(1);
    for (QcResult &q : c.results)
        q.analyst = u"q.chen"_s;
    QVERIFY(site.add(c));
    r = site.reviewOf(c.record.batchNumber);
    QCOMPARE(r.exceptions.size(), 1);
    QCOMPARE(r.exceptions.first().exception.category, ExceptionCategory::UnknownAnalyst);
    QVERIFY(site.store.addUser(u"q.chen"_s, Role::QcAnalyst));
    QVERIFY(site.reviewOf(c.record.batchNumber).exceptions.isEmpty());

    // Initials and surname of someone with an account: whom it may stand for is named, and
    // that person does not approve the results.
    DemoData::Batch d = cleanBatch(2);
    for (QcResult &q : d.results)
        q.analyst = u"Q. Fullname"_s;
    QVERIFY(site.add(d));
    r = site.reviewOf(d.record.batchNumber);
    QCOMPARE(r.exceptions.size(), 1);
    QVERIFY2(
        r.exceptions.first().exception.text.contains(u"It may stand for quinn Fullname (quinn)"_s),
        qPrintable(r.exceptions.first().exception.text));
    VERIFY_REFUSED(site.sign(u"quinn"_s, d.record.batchNumber, Meaning::QcApproved),
                   u"produced QC results of this batch"_s);
}

// README's walk-through names the demo batches each rule catches; they hold what it says, and
// the demo's accounts make every other analyst a person.
void tst_Review::demoHoldsWhatEachRuleCatches()
{
    QList<People::Entry> accounts;
    for (const DemoStore::DemoUser &u : DemoStore::users()) {
        People::Entry e;
        e.userId = accounts.size() + 1;
        e.userName = QString::fromLatin1(u.userName);
        e.fullName = QString::fromUtf8(u.fullName);
        e.personId = QString::fromLatin1(u.personId);
        accounts << e;
    }
    const People people = People::of(accounts);
    const DemoData demo(200, 1);
    const auto exceptionsOf = [&](int index) {
        const DemoData::Batch b = demo.batch(index);
        ReviewFacts f;
        f.record = b.record;
        f.spec = specInForce(b.record);
        f.now = b.record.endedAt.addDays(1);
        f.people = &people;
        qint64 id = 0;
        for (const QcResult &r : b.results)
            f.results << StoredResult{++id, 1, r};
        return ExceptionEngine::compute(f);
    };
    const auto find = [](const QList<ReviewException> &list, ExceptionCategory category,
                         const QString &text) {
        return std::any_of(list.cbegin(), list.cend(), [&](const ReviewException &e) {
            return e.category == category && e.text.contains(text);
        });
    };
    QVERIFY(find(exceptionsOf(150), ExceptionCategory::Chronology, u"shipped"_s)); // …-00151
    QVERIFY(find(exceptionsOf(151), ExceptionCategory::StepVerification,
                 u"U+043E"_s)); // …-00152
    QVERIFY(find(exceptionsOf(153), ExceptionCategory::ChainOfIdentity,
                 u"reads"_s)); // …-00154
    QVERIFY(find(exceptionsOf(155), ExceptionCategory::UnknownAnalyst,
                 u"\"Q. Chen\", who is no person"_s));       // …-00156
    const QList<ReviewException> unread = exceptionsOf(157); // …-00158
    QVERIFY(find(unread, ExceptionCategory::ChainOfIdentity,
                 u"No identifier was read at 1 point(s) of the chain: \"received at "
                 "manufacturing\""_s));
    QVERIFY(find(unread, ExceptionCategory::ManualEntry,
                 u"balance print\n\u2502 Verified by: Rosa Martens"_s));
    for (int i = 0; i < 150; ++i) {
        const QList<ReviewException> e = exceptionsOf(i);
        QVERIFY2(!find(e, ExceptionCategory::UnknownAnalyst, QString()),
                 qPrintable(QString::number(i)));
        QVERIFY2(!find(e, ExceptionCategory::ChainOfIdentity, u"No identifier was read"_s),
                 qPrintable(QString::number(i)));
    }
}

// Tried as an attacker would: a disposition comment whose second line reads as the document's
// own line ("Deviation: DEV-2026-001", "Released by …"). Its lines are kept, and every line
// after the first begins with "│ " on screen, on paper and on the command line.
void tst_Review::multiLineTextsCannotImitateLines()
{
    QCOMPARE(enclosedText(u"one line"_s), u"one line"_s);
    QCOMPARE(enclosedText(u"ok\nDeviation: DEV-1\n\nend"_s),
             u"ok\n\u2502 Deviation: DEV-1\n\u2502 \n\u2502 end"_s);

    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    const QString batch = b.record.batchNumber;
    b.record.steps[0].manualEntry = true;
    b.record.steps[0].notes = u"Weight typed in\nVerified by: Rosa Martens"_s;
    QVERIFY(site.add(b));
    VERIFY_OK(site.sign(u"quinn"_s, batch, Meaning::QcApproved));
    BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.exceptions.size(), 1);
    QVERIFY2(r.exceptions.first().exception.text.endsWith(
                 u"Weight typed in\n\u2502 Verified by: Rosa Martens"_s),
             qPrintable(r.exceptions.first().exception.text));
    {
        std::unique_ptr<Session> s = site.store.open(u"rosa"_s);
        VERIFY_OK(ReviewService(*s).dispose(batch, r.exceptions.first().exception.key,
                                            u"Checked against the balance print\nReleased by "
                                            "Pieter de Vries"_s,
                                            QString()));
    }
    r = site.reviewOf(batch);
    QVERIFY(r.exceptions.first().dispositioned());
    // Stored as written, shown enclosed.
    QCOMPARE(r.exceptions.first().disposition->comment,
             u"Checked against the balance print\nReleased by Pieter de Vries"_s);
    std::unique_ptr<Session> viewer = site.store.open(u"viv"_s);
    reports::ReportRequest request;
    request.kind = reports::DocumentKind::ReviewReport;
    request.batchNumber = batch;
    Result<reports::Document> doc = reports::ReportBuilder(*viewer).build(request);
    VERIFY_OK(doc);
    QString text;
    for (const reports::Block &block : doc->blocks) {
        text += block.text + u'\n';
        for (const QList<reports::Cell> &row : block.rows) {
            for (const reports::Cell &cell : row)
                text += cell.text + u'\n';
        }
    }
    QVERIFY2(text.contains(u"Checked against the balance print\n\u2502 Released by Pieter de "
                           "Vries"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"print\nReleased by"_s));
}

// Tried as a QA head would: an administrator resets the QP's password, changes it (knowing the
// temporary one) and signs "Released" as the QP. The reset key signs nothing until a second
// administrator confirms the hand-over, and every signature under it says it was a reset key.
void tst_Review::resetKeySignsOnlyAfterHandover()
{
    ReviewSite site;
    QVERIFY(site.ok);
    QVERIFY(site.store.addUser(u"bob"_s, Role::Administrator));
    const DemoData::Batch b = cleanBatch();
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QVERIFY(site.toReviewed(batch));
    {
        std::unique_ptr<Session> alice = site.store.open();
        VERIFY_OK(AccountService(*alice).resetPassword(u"pieter"_s,
                                                       rd::test::secret("temporary-pass-77")));
        VERIFY_REFUSED(AccountService(*alice).confirmHandover(u"pieter"_s),
                       u"You reset the password of pieter"_s);
    }
    {
        std::unique_ptr<Session> asPieter = site.store.open(u"pieter"_s, u"temporary-pass-77"_s);
        QVERIFY(asPieter);
        VERIFY_OK(AccountService(*asPieter).changeOwnPassword(
            rd::test::secret("temporary-pass-77"), rd::test::secret("harbour-lamp-2026")));
    }
    const auto signAsPieter = [&]() {
        std::unique_ptr<Session> s = site.store.open(u"pieter"_s, u"harbour-lamp-2026"_s);
        return ReviewService(*s).sign({batch, Meaning::Released, {}, {}, {}, {}},
                                      rd::test::secret("harbour-lamp-2026"));
    };
    VERIFY_REFUSED(signAsPieter(), u"was issued when alice reset the password"_s);
    QCOMPARE(site.reviewOf(batch).state, BatchState::Reviewed);
    {
        std::unique_ptr<Session> pieter = site.store.open(u"pieter"_s, u"harbour-lamp-2026"_s);
        VERIFY_REFUSED(AccountService(*pieter).confirmHandover(u"pieter"_s), u"Administrator"_s);
        std::unique_ptr<Session> bob = site.store.open(u"bob"_s);
        Result<Account> before = AccountService(*bob).find(u"pieter"_s);
        QVERIFY(before && before->handoverPending);
        VERIFY_OK(AccountService(*bob).confirmHandover(u"pieter"_s));
        VERIFY_REFUSED(AccountService(*bob).confirmHandover(u"pieter"_s),
                       u"No password reset of pieter awaits"_s);
        QVERIFY(!AccountService(*bob).find(u"pieter"_s)->handoverPending);
    }
    VERIFY_OK(signAsPieter());
    const BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.state, BatchState::Released);
    const SignatureView &released = r.signatures.last();
    QVERIFY2(released.problem.isEmpty(), qPrintable(released.problem));
    QVERIFY2(released.certifiedBy.contains(
                 u"issued at a password reset by alice, hand-over confirmed by bob"_s),
             qPrintable(released.certifiedBy));

    // A signature recorded with that key before the confirmation (made outside ReleaseDesk by
    // someone who knew the temporary password) is not trusted; one after it is.
    std::unique_ptr<Session> viewer = site.store.open(u"viv"_s);
    Result<KeyDirectory> keys = viewer->keyDirectory();
    QVERIFY(keys);
    const qint64 key = released.signature.keyId;
    const qint64 confirmed = keys->find(key)->handedOverSeq;
    QVERIFY(confirmed > 0);
    QVERIFY(keys->handoverProblem(key, confirmed - 1).contains(u"before another administrator"_s));
    QVERIFY(keys->handoverProblem(key, confirmed + 1).isEmpty());
    Result<StoreVerification> v = viewer->verify();
    QVERIFY(v.ok());
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
}

void tst_Review::reviewNeedsEveryDisposition()
{
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    b.record.steps[0].manualEntry = true;
    b.record.steps[1].verifier.clear();
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    std::unique_ptr<Session> rosa = site.store.open(u"rosa"_s);
    ReviewService review(*rosa);
    // Before QC approval there is nothing to disposition yet.
    VERIFY_REFUSED(review.dispose(batch, u"1"_s, u"ok"_s, {}), u"during the review"_s);
    QVERIFY(site.sign(u"quinn"_s, batch, Meaning::QcApproved).ok());
    QCOMPARE(site.reviewOf(batch).exceptions.size(), 2);
    VERIFY_REFUSED(site.sign(u"rosa"_s, batch, Meaning::Reviewed), u"2 exception(s)"_s);
    VERIFY_REFUSED(review.dispose(batch, u"3"_s, u"ok"_s, {}), u"has no exception 3"_s);
    VERIFY_REFUSED(review.dispose(batch, u"1"_s, u"  "_s, {}), u"needs a comment"_s);
    // A deviation reference that exists nowhere is refused; one held elsewhere says so.
    VERIFY_REFUSED(review.dispose(batch, u"1"_s, u"Second person confirmed on the paper record"_s,
                                  u"DEV-2026-9001"_s),
                   u"is not a deviation of batch"_s);
    VERIFY_REFUSED(review.dispose(batch, u"1"_s, u"Second person confirmed"_s, u"external:"_s),
                   u"needs the identifier"_s);
    QVERIFY(review
                .dispose(batch, u"1"_s, u"Second person confirmed on the paper record"_s,
                         u"External:QMS-2024-017"_s)
                .ok());
    BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.state, BatchState::InReview);
    QCOMPARE(r.open(), 1);
    QCOMPARE(r.exceptions.at(0).disposition->deviationRef, u"external: QMS-2024-017"_s);
    VERIFY_REFUSED(site.sign(u"rosa"_s, batch, Meaning::Reviewed), u"1 exception(s)"_s);
    // A QC analyst cannot record dispositions.
    std::unique_ptr<Session> quinn = site.store.open(u"quinn"_s);
    VERIFY_REFUSED(ReviewService(*quinn).dispose(batch, u"2"_s, u"fine"_s, {}), u"QA reviewer"_s);
    QVERIFY(review.dispose(batch, u"2"_s, u"Transcription checked"_s, {}).ok());
    QVERIFY(site.sign(u"rosa"_s, batch, Meaning::Reviewed).ok());

    // Every disposition and the start of the review are in the audit trail.
    QSqlQuery q(rosa->store().connection());
    QVERIFY(q.exec(u"SELECT action, field, new_value FROM audit_events WHERE entity_id = '%1' "
                   "ORDER BY seq"_s.arg(batch)));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    QCOMPARE(actions, (QStringList{u"batch.signed"_s, u"batch.review-started"_s,
                                   u"exception.dispositioned"_s, u"exception.dispositioned"_s,
                                   u"batch.signed"_s}));
    // Shown with the exception afterwards.
    r = site.reviewOf(batch);
    QCOMPARE(r.open(), 0);
    QCOMPARE(r.dispositionHistory.size(), 2);
}

void tst_Review::fullFlowSignedAndVerified()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = cleanBatch();
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QCOMPARE(site.reviewOf(batch).state, BatchState::AwaitingQcApproval);
    QVERIFY(site.toReviewed(batch));
    Result<ESignature> released = site.sign(u"pieter"_s, batch, Meaning::Released);
    VERIFY_OK(released);
    const BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.state, BatchState::Released);
    QCOMPARE(r.signatures.size(), 3);
    for (const SignatureView &s : r.signatures) {
        QVERIFY(s.coversCurrent);
        QCOMPARE(s.signature.contentHash, r.contentHash);
        QVERIFY(!s.signature.fullName.isEmpty());
        QVERIFY(s.signature.signedAt.isValid());
    }
    QCOMPARE(r.signatures.at(2).signature.stateFrom, u"reviewed"_s);
    QVERIFY(ESignatures::manifestation(released.value(), u"Released"_s).contains(u"UTC"_s));

    std::unique_ptr<Session> viewer = site.store.open(u"viv"_s);
    Result<StoreVerification> v = viewer->verify();
    QVERIFY(v.ok());
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
    QCOMPARE(v->signatures, 3 + DemoData::specifications().size()); // and the approvals
}

void tst_Review::wrongPasswordSignsNothing()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = cleanBatch();
    QVERIFY(site.add(b));
    std::unique_ptr<Session> quinn = site.store.open(u"quinn"_s);
    const qint64 before = quinn->audit().count().value();
    Result<ESignature> s =
        ReviewService(*quinn).sign({b.record.batchNumber, Meaning::QcApproved, {}, {}, {}, {}},
                                   rd::test::secret("not-the-password"));
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::WrongCredentials);
    QCOMPARE(site.reviewOf(b.record.batchNumber).state, BatchState::AwaitingQcApproval);
    QSqlQuery q(quinn->store().connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM signatures WHERE batch_number = '%1'"_s.arg(
                b.record.batchNumber)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(quinn->audit().count().value() >= before); // a failed attempt may be recorded
}

namespace {

// A batch whose sterility culture is still running.
DemoData::Batch withPendingSterility()
{
    DemoData::Batch b = cleanBatch();
    for (QcResult &r : b.results) {
        if (r.testCode == u"STERIL"_s) {
            r.status = ResultStatus::Pending;
            r.text.clear();
            r.testedAt = b.record.endedAt;
        }
    }
    return b;
}

QcResult sterilityResult(const DemoData::Batch &b, const QString &text)
{
    for (QcResult r : b.results) {
        if (r.testCode == u"STERIL"_s) {
            r.status = ResultStatus::Final;
            r.text = text;
            r.testedAt = b.record.endedAt.addDays(14);
            return r;
        }
    }
    return {};
}

// `b` added, reviewed and conditionally released with sterility pending.
bool conditionallyReleased(ReviewSite &site, const DemoData::Batch &b)
{
    const QString batch = b.record.batchNumber;
    return site.add(b) && site.toReviewed(batch) &&
           site.sign(u"pieter"_s, batch, Meaning::ConditionallyReleased).ok();
}

// `b` conditionally released; then the awaited sterility result arrives and fails.
bool sterilityFailsAfterConditionalRelease(ReviewSite &site, const DemoData::Batch &b)
{
    return conditionallyReleased(site, b) &&
           site.results({sterilityResult(b, u"Growth: Staphylococcus epidermidis"_s)});
}

} // namespace

void tst_Review::conditionalReleaseThenFinalPass()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = withPendingSterility();
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QVERIFY(site.toReviewed(batch));
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Released), u"Release conditionally"_s);
    // Nothing is out of specification, and an exceptional release waits for complete results.
    VERIFY_REFUSED(
        site.sign(u"pieter"_s, batch, Meaning::ExceptionallyReleased, {}, u"REQ-1"_s, u"risk"_s),
        u"Still pending"_s);
    Result<ESignature> c = site.sign(u"pieter"_s, batch, Meaning::ConditionallyReleased);
    VERIFY_OK(c);
    QCOMPARE(c->conditions, QStringList{u"STERIL"_s});
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Released), u"Still pending"_s);

    QVERIFY(site.results({sterilityResult(b, u"No growth"_s)}));
    BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.state, BatchState::ConditionallyReleased);
    // Only the expected result arrived: the earlier signatures still cover the record.
    for (const SignatureView &s : r.signatures)
        QVERIFY(s.coversCurrent);
    QVERIFY(site.sign(u"pieter"_s, batch, Meaning::Released).ok());
    QCOMPARE(site.reviewOf(batch).state, BatchState::Released);
}

void tst_Review::conditionalReleaseThenFinalFail()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = withPendingSterility();
    const QString batch = b.record.batchNumber;
    QVERIFY(sterilityFailsAfterConditionalRelease(site, b));
    const BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.count(Severity::Critical), 1);
    QCOMPARE(r.exceptions.first().exception.category, ExceptionCategory::PostReleaseFailure);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Released), u"can only be rejected"_s);
    QVERIFY(site.sign(u"pieter"_s, batch, Meaning::Rejected,
                      u"Sterility failure; physician "
                      u"informed"_s)
                .ok());
    QCOMPARE(site.reviewOf(batch).state, BatchState::Rejected);
}

void tst_Review::changeControlHoldOfAConditionalReleaseStartsAgain()
{
    // The awaited sterility result fails; "corrected" under change control, the hold lifted:
    // the batch must not be back at its conditional release, where Released could follow.
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = withPendingSterility();
    const QString batch = b.record.batchNumber;
    QVERIFY(sterilityFailsAfterConditionalRelease(site, b));
    std::unique_ptr<Session> quinn = site.store.open(u"quinn"_s);
    ImportOptions options;
    options.supersede = true;
    options.reason = u"transcription"_s;
    options.changeControl = u"CC-2026-031: sterility result re-entered"_s;
    QVERIFY(Importer(*quinn)
                .run({{u"steril.csv"_s,
                       Serializer::resultsCsvDocument({sterilityResult(b, u"No growth"_s)})}},
                     options)
                .ok());
    quinn.reset();
    QCOMPARE(site.reviewOf(batch).state, BatchState::OnHold);
    QVERIFY(site.sign(u"rosa"_s, batch, Meaning::HoldLifted, u"Change assessed"_s).ok());
    QCOMPARE(site.reviewOf(batch).state, BatchState::AwaitingQcApproval);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Released), u"must be reviewed first"_s);
    QVERIFY(site.verified());
}

// Tried as a QA head would: a conditionally released batch put on hold by a signature, then a
// repeat viability assigned to it. The hold does not lift the decision's lock: the change needs
// change control, the awaited sterility result still arrives without one, and lifting the hold
// after a controlled change starts the review again.
void tst_Review::holdAfterADecisionKeepsTheLock()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = withPendingSterility();
    const QString batch = b.record.batchNumber;
    QVERIFY(conditionallyReleased(site, b));
    VERIFY_OK(site.sign(u"rosa"_s, batch, Meaning::OnHold, u"Courier delay under assessment"_s));
    QCOMPARE(site.reviewOf(batch).state, BatchState::OnHold);

    QcResult repeat;
    for (const QcResult &r : b.results) {
        if (r.testCode == u"VIAB"_s && r.sampleId.endsWith(u"-FP"_s))
            repeat = r;
    }
    repeat.testedAt = repeat.testedAt.addSecs(3600);
    repeat.value = number(91);
    const QList<ImportInput> late = {{u"late.csv"_s, Serializer::resultsCsvDocument({repeat})}};
    std::unique_ptr<Session> lab = site.store.open(QString::fromLatin1(rd::test::kLabAnalyst));
    VERIFY_REFUSED(Importer(*lab).run(late, {}),
                   u"is on hold after its decision (\"conditionally_released\")"_s);
    QCOMPARE(site.reviewOf(batch).state, BatchState::OnHold);
    // The result the conditional release waits for is no change of what was decided.
    VERIFY_OK(Importer(*lab).run(
        {{u"steril.csv"_s, Serializer::resultsCsvDocument({sterilityResult(b, u"No growth"_s)})}},
        {}));
    ImportOptions controlled;
    controlled.changeControl = u"CC-2026-044: viability repeated after a counter fault"_s;
    VERIFY_OK(Importer(*lab).run(late, controlled));
    lab.reset();
    QCOMPARE(site.reviewOf(batch).state, BatchState::OnHold);
    QCOMPARE(site.auditActions(batch).constLast(), QString::fromLatin1(audit::kHeldForChange));
    VERIFY_OK(site.sign(u"rosa"_s, batch, Meaning::HoldLifted, u"Change assessed"_s));
    QCOMPARE(site.reviewOf(batch).state, BatchState::AwaitingQcApproval);
    QVERIFY(site.verified());
}

// Tried as a QA head would: after a conditional release awaiting sterility, a failing result
// arrives and then a passing "repeat", or both at once. The awaited result arrives once; any
// further one is a change of a decided batch.
void tst_Review::awaitedResultArrivesOnce()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = withPendingSterility();
    const QString batch = b.record.batchNumber;
    QVERIFY(conditionallyReleased(site, b));
    const QcResult growth = sterilityResult(b, u"Growth: Staphylococcus epidermidis"_s);
    QcResult repeat = sterilityResult(b, u"No growth"_s);
    repeat.testedAt = repeat.testedAt.addDays(1);
    std::unique_ptr<Session> lab = site.store.open(QString::fromLatin1(rd::test::kLabAnalyst));
    const auto import = [&lab](const QList<QcResult> &results) {
        return Importer(*lab).run({{u"steril.csv"_s, Serializer::resultsCsvDocument(results)}}, {});
    };
    VERIFY_REFUSED(import({growth, repeat}), u"more than one result of STERIL"_s);
    VERIFY_OK(import({growth}));
    VERIFY_REFUSED(import({repeat}), u"the result of STERIL that the conditional release of"_s);
    lab.reset();
    const BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.state, BatchState::ConditionallyReleased);
    QVERIFY(std::any_of(r.exceptions.cbegin(), r.exceptions.cend(), [](const ExceptionView &e) {
        return e.exception.category == ExceptionCategory::PostReleaseFailure;
    }));
}

// Tried as an attacker would: after a conditional release, the QC approver imports the awaited
// sterility result naming "Q. Chen" as its analyst, and the QP confirms the release on it. No
// QC approval covers that result, so confirming the release checks who measured and who brought
// it in; and only the final-product sample's result is the awaited one.
void tst_Review::awaitedResultIsSomeoneElsesWork()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = withPendingSterility();
    const QString batch = b.record.batchNumber;
    QVERIFY(conditionallyReleased(site, b));
    // An in-process sterility result is no awaited result: a change of a decided batch.
    QcResult inProcess = sterilityResult(b, u"No growth"_s);
    inProcess.sampleId = b.record.qcSamples.first().id;
    std::unique_ptr<Session> quinn = site.store.open(u"quinn"_s);
    VERIFY_REFUSED(
        Importer(*quinn).run({{u"ipc.csv"_s, Serializer::resultsCsvDocument({inProcess})}}, {}),
        u"is decided"_s);
    QcResult awaited = sterilityResult(b, u"No growth"_s);
    awaited.analyst = u"Q. Chen"_s;
    VERIFY_OK(
        Importer(*quinn).run({{u"steril.csv"_s, Serializer::resultsCsvDocument({awaited})}}, {}));
    quinn.reset();
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Released),
                   u"The analyst of STERIL is no person of this store"_s);
    // The analyst corrected is a change of the decided batch: under change control, on hold.
    awaited.analyst = QString::fromLatin1(rd::test::kLabAnalyst);
    std::unique_ptr<Session> lab = site.store.open(QString::fromLatin1(rd::test::kLabAnalyst));
    ImportOptions corrected;
    corrected.supersede = true;
    corrected.reason = u"analyst transcribed wrongly"_s;
    corrected.changeControl = u"CC-2026-051: sterility analyst corrected"_s;
    VERIFY_OK(Importer(*lab).run({{u"steril.csv"_s, Serializer::resultsCsvDocument({awaited})}},
                                 corrected));
    lab.reset();
    QCOMPARE(site.reviewOf(batch).state, BatchState::OnHold);
}

// Tried as an attacker would: texts typed with a line separator (U+2028), a carriage return or
// a reference on two lines, each printing a line of its own. Refused with what and why; what
// was stored before is still shown enclosed.
void tst_Review::typedTextsAreKeptAsWritten()
{
    QCOMPARE(enclosedText(u"a\r\nb\u2028c\rd\u0085e"_s),
             u"a\n\u2502 b\n\u2502 c\n\u2502 d\n\u2502 e"_s);
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    b.record.steps[0].manualEntry = true;
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    VERIFY_OK(site.sign(u"quinn"_s, batch, Meaning::QcApproved));
    const QString key = site.reviewOf(batch).exceptions.first().exception.key;
    std::unique_ptr<Session> rosa = site.store.open(u"rosa"_s);
    ReviewService review(*rosa);
    VERIFY_REFUSED(review.dispose(batch, key, u"Assessed\u2028Released by Pieter de Vries"_s, {}),
                   u"The comment contains an invisible formatting character (U+2028)"_s);
    VERIFY_REFUSED(review.dispose(batch, key, u"Assessed\rReleased by Pieter de Vries"_s, {}),
                   u"The comment contains a control character (U+000d)"_s);
    VERIFY_REFUSED(review.dispose(batch, key, u"Assessed"_s,
                                  u"external: QMS-1\nSigned: Pieter de Vries — Released"_s),
                   u"The deviation reference contains a line break"_s);
    VERIFY_REFUSED(site.sign(u"rosa"_s, batch, Meaning::OnHold, u"Check\u202Edrawkcab"_s),
                   u"The comment contains an invisible formatting character (U+202e)"_s);
    QCOMPARE(site.reviewOf(batch).open(), 1);
    // A comment on two lines is kept; the audit trail's change column shows it enclosed.
    VERIFY_OK(review.dispose(batch, key, u"Assessed\nReleased by Pieter de Vries"_s, {}));
    rosa.reset();
    std::unique_ptr<Session> viewer = site.store.open(u"viv"_s);
    reports::ReportRequest request;
    request.kind = reports::DocumentKind::AuditTrail;
    request.batchNumber = batch;
    Result<reports::Document> doc = reports::ReportBuilder(*viewer).build(request);
    VERIFY_OK(doc);
    QStringList cells;
    for (const reports::Block &block : doc->blocks) {
        for (const QList<reports::Cell> &row : block.rows) {
            for (const reports::Cell &cell : row)
                cells << cell.text;
        }
    }
    QVERIFY(std::any_of(cells.cbegin(), cells.cend(), [](const QString &c) {
        return c.contains(u"Assessed\n\u2502 Released by Pieter de Vries"_s);
    }));
    QVERIFY(std::none_of(cells.cbegin(), cells.cend(),
                         [](const QString &c) { return c.contains(u"Assessed\nReleased"_s); }));
}

// A shipment to the treatment centre is judged by when the release was signed, not by the
// state the batch is in now.
void tst_Review::shipmentIsJudgedAgainstTheReleaseTime()
{
    ReviewFacts f = factsOf(cleanBatch());
    const QDateTime shipped = f.record.endedAt.addSecs(3600);
    f.record.custody << CustodyEvent{u"shipped to treatment centre"_s,
                                     shipped,
                                     u"courier"_s,
                                     f.record.site,
                                     std::nullopt,
                                     f.record.coi.din};
    const auto shippedEarly = [](const ReviewFacts &facts) {
        const QList<ReviewException> e = ExceptionEngine::compute(facts);
        return std::count_if(e.cbegin(), e.cend(), [](const ReviewException &x) {
            return x.key.startsWith(u"chronology:shipped-before-release"_s);
        });
    };
    QCOMPARE(shippedEarly(f), 1); // never released
    // Released an hour after the shipment the record states, then reopened by a change
    // control: still shipped before its release.
    f.state = BatchState::OnHold;
    f.releasedAt = shipped.addSecs(3600);
    QCOMPARE(shippedEarly(f), 1);
    // Released before it was shipped, then reopened: not shipped early (the state alone said
    // so before).
    f.releasedAt = shipped.addSecs(-1800);
    QCOMPARE(shippedEarly(f), 0);
    f.state = BatchState::Released;
    QCOMPARE(shippedEarly(f), 0);
}

void tst_Review::outOfSpecificationNeedsExceptionalRelease()
{
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    for (QcResult &r : b.results) {
        if (r.testCode == u"VIAB"_s && r.sampleId.endsWith(u"-FP"_s))
            r.value = number(61.5);
    }
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    // Tried as a QA head would: QC approval of a set holding the OOS value asks for its
    // investigation, and signs the reference into the approval.
    VERIFY_REFUSED(site.sign(u"quinn"_s, batch, Meaning::QcApproved),
                   u"needs the reference of the OOS investigation"_s);
    VERIFY_REFUSED(site.sign(u"quinn"_s, batch, Meaning::QcApproved, {}, {}, {}, u"   "_s),
                   u"(VIAB)"_s);
    QVERIFY(site.toReviewed(batch));
    QCOMPARE(site.reviewOf(batch).signatures.first().signature.comment,
             u"OOS investigation OOS-2026-031"_s);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Released), u"Out of specification"_s);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::ConditionallyReleased),
                   u"Out of specification"_s);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::ExceptionallyReleased),
                   u"physician's written request"_s);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::ExceptionallyReleased, {}, u"REQ-7"_s),
                   u"risk evaluation"_s);
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Released, {}, u"REQ-7"_s),
                   u"only to an exceptional release"_s);
    Result<ESignature> s = site.sign(
        u"pieter"_s, batch, Meaning::ExceptionallyReleased, {}, u"Dr. Visser, letter 2026-11-20"_s,
        u"No alternative therapy; viability 61.5 % judged acceptable by the physician"_s);
    VERIFY_OK(s);
    const BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.state, BatchState::ExceptionallyReleased);
    QVERIFY(r.exceptionalRelease());
    QCOMPARE(r.signatures.last().signature.physicianRequest, u"Dr. Visser, letter 2026-11-20"_s);
}

void tst_Review::blockingExceptionsStopEveryRelease()
{
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    QString &din = b.record.coi.din;
    din[din.size() - 1] = din.back() == u'7' ? u'8' : u'7';
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QVERIFY(site.toReviewed(batch));
    for (const Meaning m : {Meaning::Released, Meaning::ConditionallyReleased})
        VERIFY_REFUSED(site.sign(u"pieter"_s, batch, m), u"No release is possible"_s);
    VERIFY_REFUSED(
        site.sign(u"pieter"_s, batch, Meaning::ExceptionallyReleased, {}, u"R"_s, u"E"_s),
        u"No release is possible"_s);
    QVERIFY(site.sign(u"pieter"_s, batch, Meaning::Rejected, u"Identity not assured"_s).ok());
}

void tst_Review::backDatedSpecificationJudgesNothingMadeBefore()
{
    // Tried as an attacker would: an administrator imports a new version of a product's
    // specification, effective from 2024-01-01, with viability >= 50 instead of 70 and
    // mycoplasma allowed to be pending.
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    for (QcResult &r : b.results) {
        if (r.testCode == u"VIAB"_s && r.sampleId.endsWith(u"-FP"_s))
            r.value = number(55);
        if (r.testCode == u"MYCO"_s) {
            r.status = ResultStatus::Pending;
            r.text.clear();
            r.testedAt = b.record.endedAt;
        }
    }
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    const auto critical = [&site, &batch] {
        int n = 0;
        for (const ExceptionView &e : site.reviewOf(batch).exceptions)
            n += e.exception.severity == Severity::Critical ? 1 : 0;
        return n;
    };
    QCOMPARE(critical(), 2);
    const QString before = site.reviewOf(batch).specVersion;

    Specification lenient = rd::test::specInForce(b.record);
    lenient.version = u"9"_s;
    lenient.effectiveFrom = QDate(2024, 1, 1);
    for (SpecTest &t : lenient.tests) {
        if (t.code == u"VIAB"_s)
            t.lower = number(50);
        if (t.code == u"MYCO"_s)
            t.mayBePendingAtRelease = true;
    }
    {
        std::unique_ptr<Session> admin = site.store.open();
        QVERIFY(Importer(*admin).run(
            {{u"lenient.json"_s, Serializer::specificationDocument({lenient})}}, {}));
        // The importer cannot put it in force: approving is a QA reviewer's.
        VERIFY_REFUSED(SpecificationService(*admin).mayApprove(lenient.product.code, u"9"_s),
                       u"approve a specification"_s);
    }
    // A draft judges nothing.
    QCOMPARE(critical(), 2);
    QCOMPARE(site.reviewOf(batch).specVersion, before);
    // Nor does an approval written into the files with the key: verify names it.
    {
        rd::test::RawDb raw(site.store.path() + u"/records.db"_s, site.store.masterKey());
        QCOMPARE(raw.execAroundTriggers(
                     u"INSERT INTO specification_approvals SELECT id, NULL, "
                     "'2024-01-01T00:00:00.000Z', '2024-01-01' FROM specifications WHERE "
                     "version = '9'"_s),
                 0);
    }
    {
        std::unique_ptr<Session> s = site.store.open(u"viv"_s);
        Result<StoreVerification> v = s->verify();
        QVERIFY(v && !v->audit.ok);
        QVERIFY2(v->audit.problem.contains(u"approvals of the specifications"_s),
                 qPrintable(v->audit.problem));
    }
    {
        rd::test::RawDb raw(site.store.path() + u"/records.db"_s, site.store.masterKey());
        QCOMPARE(raw.execAroundTriggers(u"DELETE FROM specification_approvals WHERE spec_id = "
                                        "(SELECT id FROM specifications WHERE version = '9')"_s),
                 0);
    }
    QVERIFY(site.verified());

    // Nor can the importer's person approve it under a QA reviewer account of their own.
    QVERIFY(site.store.addUser(u"bob"_s, Role::Administrator));
    {
        std::unique_ptr<Session> bob = site.store.open(u"bob"_s);
        AccountService::NewAccount twin;
        twin.userName = u"alice.qa"_s;
        twin.fullName = QString::fromLatin1(rd::test::kAdminFullName);
        twin.personId = u"P-alice"_s;
        twin.role = Role::QaReviewer;
        twin.requirePasswordChange = false;
        twin.samePerson = true;
        QVERIFY(AccountService(*bob).add(twin, rd::test::secret(rd::test::kPassword)));
    }
    {
        std::unique_ptr<Session> twin = site.store.open(u"alice.qa"_s);
        QVERIFY(twin);
        VERIFY_REFUSED(SpecificationService(*twin).approve(lenient.product.code, u"9"_s,
                                                           rd::test::secret(rd::test::kPassword)),
                       u"so another QA reviewer approves it"_s);
    }

    // Approved by a second person, it takes effect from the day of approval, not before.
    std::unique_ptr<Session> rosa = site.store.open(u"rosa"_s);
    SpecificationService specs(*rosa);
    VERIFY_REFUSED(specs.approve(lenient.product.code, u"9"_s, rd::test::secret("wrong-password")),
                   u"password"_s);
    Result<Specification> approved =
        specs.approve(lenient.product.code, u"9"_s, rd::test::secret(rd::test::kPassword));
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message()));
    const QDate today = Clock::instance().nowUtc().date();
    QCOMPARE(approved->approval->effectiveFrom, today);
    QCOMPARE(approved->approval->userName, u"rosa"_s);
    VERIFY_REFUSED(
        specs.approve(lenient.product.code, u"9"_s, rd::test::secret(rd::test::kPassword)),
        u"already approved"_s);
    QCOMPARE(critical(), 2);
    QCOMPARE(site.reviewOf(batch).specVersion, before);
    {
        // An approval row pointed at another version's signature is not borne out by it.
        std::unique_ptr<Session> viewer = site.store.open(u"viv"_s);
        QSqlDatabase db = viewer->store().connection();
        const QString storeId = viewer->store().storeId();
        QCOMPARE(SpecificationService::verifyApprovals(db, storeId).value(), QString());
        rd::test::RawDb raw(site.store.path() + u"/records.db"_s, site.store.masterKey());
        QCOMPARE(raw.execAroundTriggers(
                     u"UPDATE specification_approvals SET signature_id = 1 WHERE spec_id = "
                     "(SELECT id FROM specifications WHERE version = '9')"_s),
                 0);
        QVERIFY2(SpecificationService::verifyApprovals(db, storeId)
                     .value()
                     .contains(u"is not what signature 1 approved"_s),
                 qPrintable(SpecificationService::verifyApprovals(db, storeId).value()));
        QCOMPARE(raw.execAroundTriggers(
                     u"UPDATE specification_approvals SET signature_id = %1 WHERE spec_id = "
                     "(SELECT id FROM specifications WHERE version = '9')"_s.arg(
                         approved->approval->signatureId)),
                 0);
        QCOMPARE(SpecificationService::verifyApprovals(db, storeId).value(), QString());
    }
    Result<QList<Specification>> all = specs.versions(lenient.product.code);
    QVERIFY(all);
    const QDateTime later = Clock::instance().nowUtc().addDays(1);
    QCOMPARE(specificationInForce(all.value(), lenient.product.code, later)->version, u"9"_s);
    QCOMPARE(specificationInForce(all.value(), lenient.product.code, b.record.startedAt)->version,
             before);
    // What changed is listed for the reviewer.
    const QStringList changes = SpecificationService::differences(
        SpecificationService::previous(all.value(), approved.value()), approved.value());
    QVERIFY2(changes.contains(u"MYCO: may be pending at release no → yes"_s),
             qPrintable(changes.join(u" | "_s)));

    // Only an explicit re-judgement, with its reason, moves the batch to the new version.
    VERIFY_REFUSED(specs.rejudge(batch, u"9"_s, u"  "_s), u"Say why"_s);
    Result<SpecificationService::Rejudged> moved =
        specs.rejudge(batch, u"9"_s, u"Limits corrected after the method validation"_s);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message()));
    QCOMPARE(moved->from, before);
    QCOMPARE(site.reviewOf(batch).specVersion, u"9"_s);
    QCOMPARE(critical(), 0);
    QVERIFY(site.auditActions(batch).contains(QString::fromLatin1(audit::kBatchRejudged)));
    VERIFY_REFUSED(specs.rejudge(batch, u"9"_s, u"again"_s), u"already judged against"_s);

    // A decided batch is re-judged only under change control, and goes on hold.
    QString decided;
    for (int i = 1; i < 40 && decided.isEmpty(); ++i) {
        const DemoData::Batch other = cleanBatch(i);
        if (other.record.productCode == b.record.productCode)
            decided = site.released(other);
    }
    QVERIFY(!decided.isEmpty());
    VERIFY_REFUSED(specs.rejudge(decided, u"9"_s, u"corrected limits"_s), u"Nothing was written"_s);
    QCOMPARE(site.reviewOf(decided).state, BatchState::Released);
    moved =
        specs.rejudge(decided, u"9"_s, u"corrected limits"_s, u"CC-2026-020: corrected limits"_s);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message()));
    QCOMPARE(site.reviewOf(decided).state, BatchState::OnHold);
    QVERIFY(site.verified());
}

void tst_Review::expiredBatchIsNotReleased()
{
    // Reviewed while in date; by the time the QP signs, the expiry has passed.
    ReviewSite site;
    QVERIFY(site.ok);
    ManualClock clock(Clock::instance().nowUtc());
    Clock::setInstance(&clock);
    const auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
    DemoData::Batch b = cleanBatch();
    b.record.expiresAt = clock.nowUtc().addDays(2);
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QVERIFY(site.toReviewed(batch));
    clock.advanceSeconds(3 * 86400);
    const BatchReview r = site.reviewOf(batch);
    const auto expiry = std::find_if(r.exceptions.cbegin(), r.exceptions.cend(), [](auto &e) {
        return e.exception.category == ExceptionCategory::Expiry;
    });
    QVERIFY(expiry != r.exceptions.cend());
    QCOMPARE(expiry->exception.severity, Severity::Critical);
    QVERIFY(expiry->exception.blocksRelease);
    QVERIFY2(expiry->exception.text.contains(u"expired on"_s), qPrintable(expiry->exception.text));
    for (const Meaning m : {Meaning::Released, Meaning::ConditionallyReleased})
        VERIFY_REFUSED(site.sign(u"pieter"_s, batch, m), u"expired"_s);
    VERIFY_REFUSED(
        site.sign(u"pieter"_s, batch, Meaning::ExceptionallyReleased, {}, u"R"_s, u"E"_s),
        u"expired"_s);
    QCOMPARE(site.reviewOf(batch).state, BatchState::Reviewed);

    // A batch that would reach the patient expired is stopped before it is reviewed.
    DemoData::Batch late = cleanBatch(1);
    late.record.plannedShipmentAt = clock.nowUtc().addDays(10);
    late.record.expiresAt = clock.nowUtc().addDays(9);
    QVERIFY(site.add(late));
    QVERIFY(site.toReviewed(late.record.batchNumber));
    VERIFY_REFUSED(site.sign(u"pieter"_s, late.record.batchNumber, Meaning::Released),
                   u"before its planned shipment"_s);

    // Released in date, a batch is not judged again when its expiry passes.
    DemoData::Batch fine = cleanBatch(2);
    fine.record.expiresAt = clock.nowUtc().addDays(1);
    QVERIFY(site.add(fine));
    QVERIFY(site.toReviewed(fine.record.batchNumber));
    QVERIFY(site.sign(u"pieter"_s, fine.record.batchNumber, Meaning::Released).ok());
    clock.advanceSeconds(2 * 86400);
    const BatchReview after = site.reviewOf(fine.record.batchNumber);
    QCOMPARE(after.state, BatchState::Released);
    QVERIFY(std::none_of(after.exceptions.cbegin(), after.exceptions.cend(), [](auto &e) {
        return e.exception.category == ExceptionCategory::Expiry;
    }));
}

void tst_Review::inboxOffersOnlyTheProductsSamples()
{
    ReviewSite site;
    QVERIFY(site.ok);
    // Two batches of different products: a counter reading measured an hour after the first
    // batch's in-process sample was drawn.
    DemoData::Batch a = cleanBatch(0);
    DemoData::Batch b;
    for (int i = 1; i < 8 && b.record.batchNumber.isEmpty(); ++i) {
        DemoData::Batch c = cleanBatch(i);
        if (c.record.productCode != a.record.productCode)
            b = c;
    }
    QVERIFY(!b.record.batchNumber.isEmpty());
    QVERIFY(site.add(a) && site.add(b));
    const QcSample &drawn = a.record.qcSamples.first();
    QcResult reading;
    reading.sampleId = u"VC-RUN-001"_s;
    reading.testCode = u"VIAB"_s;
    reading.value = number(88.5);
    reading.unit = u"%"_s;
    reading.method = u"Automated cell count, trypan blue exclusion"_s;
    reading.analyst = u"lab.analyst"_s;
    reading.testedAt = drawn.drawnAt.addSecs(97 * 60);
    QVERIFY(site.results({reading}));
    std::unique_ptr<Session> quinn = site.store.open(u"quinn"_s);
    Inbox inbox(*quinn);
    const QList<InboxItem> items = inbox.items().value();
    QCOMPARE(items.size(), qsizetype(1));
    const QList<qint64> ids{items.first().id};

    // Asked for the other product, the sample closest in time is not offered.
    const QList<SampleChoice> other = inbox.candidates(ids, b.record.productCode).value();
    for (const SampleChoice &c : other)
        QCOMPARE(c.productCode, b.record.productCode);
    QVERIFY(std::none_of(other.cbegin(), other.cend(),
                         [&](const SampleChoice &c) { return c.sampleId == drawn.id; }));
    // Asked for its own product, it is, with its chain of identity.
    const QList<SampleChoice> own = inbox.candidates(ids, a.record.productCode).value();
    const auto found = std::find_if(own.cbegin(), own.cend(),
                                    [&](const SampleChoice &c) { return c.sampleId == drawn.id; });
    QVERIFY(found != own.cend());
    QCOMPARE(found->coiDin, a.record.coi.din);
    QCOMPARE(found->patientReference, a.record.coi.patientReference);
    QVERIFY(std::is_sorted(own.cbegin(), own.cend(),
                           [](auto &x, auto &y) { return x.sampleId < y.sampleId; }));

    // A sample drawn after the measurement cannot be the one measured.
    const QcSample &later = a.record.qcSamples.last();
    QVERIFY(later.drawnAt > reading.testedAt);
    VERIFY_REFUSED(inbox.assign(ids, later.id, u"label matches"_s), u"before sample"_s);
    QCOMPARE(inbox.items().value().size(), qsizetype(1));
    const Status assigned = inbox.assign(ids, drawn.id, u"label matches"_s);
    QVERIFY2(assigned.ok(), qPrintable(assigned ? QString() : assigned.error().message()));
    quinn.reset();
    // Whoever chose the batch the reading belongs to does not approve it either.
    VERIFY_REFUSED(site.sign(u"quinn"_s, a.record.batchNumber, Meaning::QcApproved, {}, {}, {},
                             u"OOS-2026-031"_s),
                   u"assigned QC results of this batch from the unassigned inbox (as quinn)"_s);
    QVERIFY(site.store.addUser(u"tomas"_s, Role::QcAnalyst));
    VERIFY_OK(site.sign(u"tomas"_s, a.record.batchNumber, Meaning::QcApproved, {}, {}, {},
                        u"OOS-2026-031"_s));
}

void tst_Review::identifierReadAtEachHandOver()
{
    // The identifier scanned at each hand-over and on each sample label is the chain of
    // identity: apheresis bag = manufacturing label = final bag.
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    const QString din = b.record.coi.din;
    QString spaced = din;
    spaced.insert(5, u' '); // written with a space, it is the same number
    for (CustodyEvent &c : b.record.custody)
        c.identifier = spaced;
    for (QcSample &s : b.record.qcSamples)
        s.identifier = din.toLower();
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QVERIFY(site.reviewOf(batch).exceptions.isEmpty());
    QCOMPARE(site.reviewOf(batch).record.custody.first().identifier, spaced); // kept as read

    // Tried as an attacker would: the final bag labelled with another patient's number.
    DemoData::Batch swapped = cleanBatch(1);
    const QString other = din.left(din.size() - 2) + (din.endsWith(u'1') ? u"22"_s : u"11"_s);
    for (CustodyEvent &c : swapped.record.custody)
        c.identifier = swapped.record.coi.din;
    swapped.record.custody.last().identifier = other;
    swapped.record.qcSamples.last().identifier = other;
    QVERIFY(site.add(swapped));
    const BatchReview r = site.reviewOf(swapped.record.batchNumber);
    int mismatches = 0;
    for (const ExceptionView &e : r.exceptions) {
        if (e.exception.category != ExceptionCategory::ChainOfIdentity)
            continue;
        ++mismatches;
        QCOMPARE(e.exception.severity, Severity::Critical);
        QVERIFY(e.exception.blocksRelease);
        QVERIFY2(e.exception.text.contains(other), qPrintable(e.exception.text));
    }
    QCOMPARE(mismatches, 2);
    QVERIFY(site.verified());
    // What was read cannot be changed in the files unnoticed.
    {
        rd::test::RawDb raw(site.store.path() + u"/records.db"_s, site.store.masterKey());
        QCOMPARE(raw.execAroundTriggers(u"UPDATE record_identifiers SET identifier = '%1' WHERE "
                                        "identifier = '%2'"_s.arg(swapped.record.coi.din, other)),
                 0);
    }
    std::unique_ptr<Session> s = site.store.open(u"viv"_s);
    Result<StoreVerification> v = s->verify();
    QVERIFY(v && !v->audit.ok);
    QVERIFY2(v->audit.problem.contains(u"identifiers read"_s), qPrintable(v->audit.problem));
}

void tst_Review::dispositionsHaveAnOutcome()
{
    // A disposition is an outcome, not only a comment: acceptable with no impact, acceptable
    // with a reference, or not acceptable, which leaves nothing but rejection.
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    b.record.deviations << Deviation{
        u"DEV-1"_s, u"Bag breach"_s,      DeviationClass::Critical, true, b.record.startedAt,
        {},         u"Under assessment"_s};
    b.record.steps[0].manualEntry = true;
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QVERIFY(site.sign(u"quinn"_s, batch, Meaning::QcApproved).ok());
    std::unique_ptr<Session> rosa = site.store.open(u"rosa"_s);
    ReviewService review(*rosa);
    QString deviation, manual;
    for (const ExceptionView &e : site.reviewOf(batch).exceptions) {
        if (e.exception.category == ExceptionCategory::OpenDeviation)
            deviation = e.exception.key;
        if (e.exception.category == ExceptionCategory::ManualEntry)
            manual = e.exception.key;
    }
    QVERIFY(!deviation.isEmpty() && !manual.isEmpty());
    VERIFY_REFUSED(
        review.dispose(batch, manual, u"Checked"_s, {}, DispositionOutcome::WithReference),
        u"needs the deviation or CAPA reference"_s);
    VERIFY_REFUSED(
        review.dispose(batch, deviation, u"No impact"_s, u"DEV-1"_s, DispositionOutcome::NoImpact),
        u"so it is not"_s);
    const Result<Disposition> checked =
        review.dispose(batch, manual, u"Transcription checked against the print-out"_s, {});
    QVERIFY(checked);
    QCOMPARE(checked->outcome, DispositionOutcome::NoImpact);
    const Result<Disposition> named =
        review.dispose(batch, deviation, u"Investigated"_s, u"DEV-1"_s);
    QVERIFY(named);
    QCOMPARE(named->outcome, DispositionOutcome::WithReference);

    // A batch whose only exception, a manual entry, is judged not acceptable: the review can
    // be completed, no release of any kind can follow, rejection can.
    DemoData::Batch other = cleanBatch(1);
    other.record.steps[0].manualEntry = true;
    const QString second = other.record.batchNumber;
    QVERIFY(site.add(other));
    QVERIFY(site.sign(u"quinn"_s, second, Meaning::QcApproved).ok());
    const Result<Disposition> notAcceptable = review.dispose(
        second, u"1"_s, u"Weight not traceable"_s, {}, DispositionOutcome::NotAcceptable);
    QVERIFY2(notAcceptable,
             qPrintable(notAcceptable ? QString() : notAcceptable.error().message()));
    QCOMPARE(site.reviewOf(second).exceptions.first().disposition->outcome,
             DispositionOutcome::NotAcceptable);
    QVERIFY(site.sign(u"rosa"_s, second, Meaning::Reviewed).ok());
    VERIFY_REFUSED(site.sign(u"pieter"_s, second, Meaning::Released), u"not acceptable"_s);
    VERIFY_REFUSED(
        site.sign(u"pieter"_s, second, Meaning::ExceptionallyReleased, {}, u"R"_s, u"E"_s),
        u"not acceptable"_s);
    QVERIFY(site.sign(u"pieter"_s, second, Meaning::Rejected, u"Weight not traceable"_s).ok());
    QVERIFY(site.verified());
}

void tst_Review::blockingExceptionsNeedTheirInvestigation()
{
    // Reviewed was signed with a critical deviation open, on "no impact" alone.
    ReviewSite site;
    QVERIFY(site.ok);
    DemoData::Batch b = cleanBatch();
    b.record.deviations << Deviation{
        u"DEV-1"_s, u"Bag breach"_s,      DeviationClass::Critical, true, b.record.startedAt,
        {},         u"Under assessment"_s};
    QString &din = b.record.coi.din;
    din[din.size() - 1] = din.back() == u'7' ? u'8' : u'7';
    rd::test::relabel(b.record);
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QVERIFY(site.sign(u"quinn"_s, batch, Meaning::QcApproved).ok());
    std::unique_ptr<Session> rosa = site.store.open(u"rosa"_s);
    ReviewService review(*rosa);
    const BatchReview r = site.reviewOf(batch);
    QString deviation, identity;
    for (const ExceptionView &e : r.exceptions) {
        if (e.exception.category == ExceptionCategory::OpenDeviation)
            deviation = QString::number(e.number);
        if (e.exception.category == ExceptionCategory::ChainOfIdentity)
            identity = QString::number(e.number);
    }
    QVERIFY(!deviation.isEmpty() && !identity.isEmpty());
    VERIFY_REFUSED(review.dispose(batch, deviation, u"No impact"_s, {}), u"must name it"_s);
    VERIFY_REFUSED(review.dispose(batch, deviation, u"No impact"_s, u"external: QMS-1"_s),
                   u"must name it"_s);
    const Result<Disposition> named =
        review.dispose(batch, deviation, u"Investigation under way"_s, u"DEV-1"_s);
    QVERIFY2(named.ok(), qPrintable(named ? QString() : named.error().message()));
    VERIFY_REFUSED(review.dispose(batch, identity, u"Typo"_s, {}), u"blocks release"_s);
    QVERIFY(review.dispose(batch, identity, u"Label check under way"_s, u"external: QMS-7"_s).ok());
    QCOMPARE(site.reviewOf(batch).open(), 0);
}

void tst_Review::changeAfterSigningShowsAndSendsBack()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = cleanBatch();
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QVERIFY(site.sign(u"quinn"_s, batch, Meaning::QcApproved).ok());
    // A corrected potency value after QC approval.
    QcResult corrected;
    for (const QcResult &r : b.results) {
        if (r.testCode == u"POTENCY"_s && r.sampleId.endsWith(u"-FP"_s))
            corrected = r;
    }
    corrected.value = Number{u"1234"_s, 1234};
    QVERIFY(site.results({corrected}, true));
    // The change itself sends the batch back: the QC approval no longer covers the results.
    BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.state, BatchState::AwaitingQcApproval);
    QVERIFY(!r.signatures.first().coversCurrent);
    bool shown = false;
    for (const ExceptionView &e : r.exceptions)
        shown = shown || e.exception.category == ExceptionCategory::ChangedAfterSigning;
    QVERIFY(shown);
    VERIFY_REFUSED(site.sign(u"rosa"_s, batch, Meaning::Reviewed), u"must be approved first"_s);
    QCOMPARE(site.auditActions(batch).count(u"batch.returned-by-change"_s), 1);
    QVERIFY(site.verified());
    QVERIFY(site.sign(u"quinn"_s, batch, Meaning::QcApproved).ok());
    QVERIFY(site.disposeAll(batch).ok());
    QVERIFY(site.sign(u"rosa"_s, batch, Meaning::Reviewed).ok());
}

void tst_Review::decidedBatchIsLocked()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = cleanBatch();
    const QString batch = site.released(b);
    QVERIFY(!batch.isEmpty());
    const QString finalSample = ExceptionEngine::finalProductSample(b.record);

    // Three unrelated cell-counter results wait in the inbox, measured months later.
    QList<QcResult> stray;
    for (const QcResult &r : b.results) {
        if (r.sampleId == finalSample && r.testCode == u"VIAB"_s) {
            QcResult x = r;
            x.sampleId = u"UNKNOWN-SAMPLE-7"_s;
            x.testedAt = r.testedAt.addDays(150);
            x.value = Number{u"55.0"_s, 55.0};
            stray << x;
        }
    }
    QCOMPARE(stray.size(), 1);
    QVERIFY(site.results(stray));
    std::unique_ptr<Session> analyst = site.store.open(u"quinn"_s);
    Inbox inbox(*analyst);
    const QList<InboxItem> open = inbox.items().value();
    QCOMPARE(open.size(), 1);
    const QList<StoredResult> before = site.reviewOf(batch).results;
    VERIFY_REFUSED(inbox.assign({open.first().id}, finalSample, u"belongs here"_s),
                   u"is decided"_s);
    BatchReview r = site.reviewOf(batch);
    QCOMPARE(r.state, BatchState::Released);
    QCOMPARE(r.results.size(), before.size());
    for (const SignatureView &s : r.signatures)
        QVERIFY(s.coversCurrent);

    // A corrected result by import is refused the same way, and nothing is written.
    QcResult corrected;
    for (const QcResult &x : b.results) {
        if (x.sampleId == finalSample && x.testCode == u"POTENCY"_s)
            corrected = x;
    }
    corrected.value = Number{u"1234"_s, 1234};
    {
        ImportOptions options;
        options.supersede = true;
        options.reason = u"corrected"_s;
        VERIFY_REFUSED(Importer(*analyst).run(
                           {{u"late.csv"_s, Serializer::resultsCsvDocument({corrected})}}, options),
                       u"change control"_s);
    }
    QCOMPARE(site.reviewOf(batch).state, BatchState::Released);

    // Under change control the change is made and the batch is held for a new decision.
    VERIFY_OK(inbox.assign({open.first().id}, finalSample, u"belongs here"_s,
                           u"CC-2026-014: late viability count"_s));
    r = site.reviewOf(batch);
    QCOMPARE(r.state, BatchState::OnHold);
    QCOMPARE(r.heldFrom, BatchState::Released);
    QCOMPARE(site.auditActions(batch).count(u"batch.held-for-change"_s), 1);
    QVERIFY(site.verified());
    // Nothing can be released from the hold; lifting it goes back to QC approval.
    VERIFY_REFUSED(site.sign(u"pieter"_s, batch, Meaning::Released), u"hold must be lifted"_s);
    QVERIFY(site.sign(u"rosa"_s, batch, Meaning::HoldLifted, u"Change assessed"_s).ok());
    QCOMPARE(site.reviewOf(batch).state, BatchState::AwaitingQcApproval);
    QVERIFY(site.verified());
}

// The locks an import or assignment is judged against are read before its write transaction;
// a signature made meanwhile (another workstation) makes the write refuse, not slip past them.
void tst_Review::locksAreReadAgainInsideTheWrite()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = cleanBatch();
    QVERIFY(site.add(b));
    std::unique_ptr<Session> analyst = site.store.open(u"quinn"_s);
    QSqlDatabase db = analyst->store().connection();
    Result<BatchLocks> locks = BatchLocks::read(db);
    QVERIFY(locks);
    QVERIFY(!locks->signedFor(b.record.batchNumber));
    QVERIFY(db.transaction());
    VERIFY_OK(locks->unchangedSince(db, {b.record.batchNumber}));
    QVERIFY(db.rollback());
    // Meanwhile, someone QC-approves the batch.
    QVERIFY(site.store.addUser(u"quinn2"_s, Role::QcAnalyst));
    VERIFY_OK(site.sign(u"quinn2"_s, b.record.batchNumber, Meaning::QcApproved));
    QVERIFY(db.transaction());
    VERIFY_REFUSED(locks->unchangedSince(db, {u"OTHER-1"_s, b.record.batchNumber}),
                   u"Batch %1 changed state"_s.arg(b.record.batchNumber));
    // A write that touches only other batches is not held up by it.
    VERIFY_OK(locks->unchangedSince(db, {u"OTHER-1"_s}));
    QVERIFY(db.rollback());
    Result<BatchLocks> again = BatchLocks::read(db);
    QVERIFY(again && again->signedFor(b.record.batchNumber));
}

void tst_Review::documentsOfUncoveredBatchAreDrafts()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = cleanBatch();
    const QString batch = site.released(b);
    QVERIFY(!batch.isEmpty());
    // A released batch whose record was changed in place (a store from before the lock, or an
    // edit with the key): its documents cannot be final, and the queue shows it first.
    {
        rd::test::RawDb raw(site.store.path() + u"/records.db"_s, site.store.masterKey());
        QCOMPARE(raw.execAroundTriggers(u"UPDATE qc_results SET value_text = '60.0', value_num = "
                                        "60 WHERE test_code = 'VIAB'"_s),
                 0);
    }
    std::unique_ptr<Session> s = site.store.open(u"viv"_s);
    Result<BatchReview> r = ReviewService(*s).review(batch);
    VERIFY_OK(r);
    QVERIFY(!r->uncovered.isEmpty());
    reports::ReportRequest request;
    request.kind = reports::DocumentKind::CertificateOfAnalysis;
    request.batchNumber = batch;
    Result<reports::Document> doc = reports::ReportBuilder(*s).build(request);
    VERIFY_OK(doc);
    QVERIFY(doc->draft);
    QVERIFY2(doc->draftReason.contains(u"no longer covers"_s), qPrintable(doc->draftReason));

    QVERIFY(site.add(cleanBatch(1)));
    Result<QList<QueueEntry>> entries = ReviewQueue(*s).entries();
    VERIFY_OK(entries);
    QVERIFY(ReviewQueue(*s).scan(entries.value()).ok());
    std::sort(entries->begin(), entries->end(), ReviewQueue::moreUrgent);
    QCOMPARE(entries->first().batchNumber, batch);
    QVERIFY(entries->first().uncovered);
}

void tst_Review::verifyFindsAlteredSignatures()
{
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = cleanBatch();
    QVERIFY(site.add(b));
    QVERIFY(site.toReviewed(b.record.batchNumber));
    const auto verify = [&site]() {
        std::unique_ptr<Session> s = site.store.open(u"viv"_s);
        Result<StoreVerification> v = s->verify();
        if (!v)
            qFatal("verify: %s", qPrintable(v.error().message()));
        return v.value();
    };
    QVERIFY(verify().audit.ok);
    // The batch's two signatures come after the approvals of the specifications.
    const qint64 first = DemoData::specifications().size() + 1;
    const QString approval = QString::number(first);
    const QString review = QString::number(first + 1);
    const QString db = site.store.path() + u"/records.db"_s;
    // Each edit, made with the key and the triggers put back as they were, is named by the
    // record bindings: the row is not the one the signing event bound.
    const auto edit = [&site, &db](const QString &sql) {
        rd::test::RawDb raw(db, site.store.masterKey());
        return raw.execAroundTriggers(sql) == 0;
    };
    QVERIFY(edit(u"UPDATE signatures SET comment = 'looks fine' WHERE id = "_s + review));
    StoreVerification v = verify();
    QVERIFY(!v.audit.ok);
    QVERIFY2(v.audit.problem.contains(u"recorded it: signature %1 "_s.arg(review)),
             qPrintable(v.audit.problem));
    QVERIFY(edit(u"UPDATE signatures SET comment = '' WHERE id = "_s + review));
    QVERIFY(verify().audit.ok);
    // Re-signed with another user's key.
    QVERIFY(edit(u"UPDATE signatures SET key_id = (SELECT key_id FROM signatures WHERE id = %1) "
                 "WHERE id = %2"_s.arg(approval, review)));
    v = verify();
    QVERIFY(!v.audit.ok);
    QVERIFY2(v.audit.problem.contains(u"recorded it: signature %1 "_s.arg(review)),
             qPrintable(v.audit.problem));
    // Put back as it was signed, then move the state on by hand.
    QVERIFY(edit(u"UPDATE signatures SET key_id = (SELECT max(k.id) FROM user_keys k WHERE "
                 "k.user_id = signatures.user_id) WHERE id = "_s +
                 review));
    QVERIFY(verify().audit.ok);
    QVERIFY(edit(u"UPDATE batch_states SET state = 'released'"_s));
    v = verify();
    QVERIFY(!v.audit.ok);
    QVERIFY2(v.audit.problem.contains(
                 u"recorded it: the recorded state of batch %1"_s.arg(b.record.batchNumber)),
             qPrintable(v.audit.problem));
    QVERIFY(edit(u"UPDATE batch_states SET state = 'reviewed'"_s));
    QVERIFY(verify().audit.ok);
    QVERIFY(edit(u"DELETE FROM signatures WHERE id = "_s + review));
    v = verify();
    QVERIFY(!v.audit.ok);
    QVERIFY2(v.audit.problem.contains(u"Removed after audit event"_s), qPrintable(v.audit.problem));
}

void tst_Review::aheadVerdictsStandOnlyForTheBytesChecked()
{
    // verify checks the Ed25519 signatures while the chain is still being walked, and takes
    // each verdict later only for the very bytes that were checked.
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = cleanBatch();
    QVERIFY(site.add(b));
    QVERIFY(site.toReviewed(b.record.batchNumber));
    const QString db = site.store.path() + u"/records.db"_s;
    std::unique_ptr<Session> s = site.store.open(u"viv"_s);
    const QString storeId = s->store().storeId();
    const Result<KeyDirectory> keys =
        KeyDirectory::load(s->store().connection(), storeId, s->rootPublicKey());
    QVERIFY(keys);
    const auto check = [&] {
        return ESignatures::Verdicts::check(s->store().connection(), storeId, keys.value(), 1,
                                            std::numeric_limits<qint64>::max())
            .value();
    };
    const auto verdictOf = [&](const ESignatures::Verdicts &v, const ESignature &sig) {
        const QByteArray key = keys->find(sig.keyId)->cert.publicKey;
        return v.of(sig.id, key, ESignatures::message(storeId, sig), sig.signature);
    };
    // The batch's two signatures, after the approvals of the specifications.
    const QList<ESignature> signatures =
        ESignatures::page(s->store().connection(), DemoData::specifications().size(), 10).value();
    QCOMPARE(signatures.size(), 2);
    const ESignatures::Verdicts ahead = check();
    for (const ESignature &sig : signatures)
        QCOMPARE(verdictOf(ahead, sig), 1);
    // Other bytes under the same id: no verdict, so verifyAll checks them itself.
    ESignature changed = signatures.at(1);
    changed.comment = u"looks fine"_s;
    QCOMPARE(verdictOf(ahead, changed), -1);
    ESignature forged = signatures.at(1);
    forged.signature[0] = char(forged.signature.at(0) ^ 1);
    QCOMPARE(verdictOf(ahead, forged), -1);
    ESignature unknown = signatures.at(1);
    unknown.id = 99;
    QCOMPARE(verdictOf(ahead, unknown), -1);
    // A signature altered in the store before the check: checked, and found wanting.
    s.reset();
    {
        rd::test::RawDb raw(db, site.store.masterKey());
        QCOMPARE(raw.execAroundTriggers(u"UPDATE signatures SET comment = 'looks fine' WHERE id = "
                                        "2"_s),
                 0);
    }
    s = site.store.open(u"viv"_s);
    const ESignatures::Verdicts after = check();
    const ESignature stored = ESignatures::page(s->store().connection(), 1, 1).value().front();
    QCOMPARE(stored.comment, u"looks fine"_s);
    QCOMPARE(verdictOf(after, stored), 0);
}

void tst_Review::editedRowsStopTheCover()
{
    // Someone with the database key edits the stored record or a result's number after QC
    // approval: the signature no longer covers what is there.
    ReviewSite site;
    QVERIFY(site.ok);
    const DemoData::Batch b = cleanBatch();
    const QString batch = b.record.batchNumber;
    QVERIFY(site.add(b));
    QVERIFY(site.sign(u"quinn"_s, batch, Meaning::QcApproved).ok());
    QVERIFY(site.reviewOf(batch).signatures.first().coversCurrent);
    const QString db = site.store.path() + u"/records.db"_s;
    {
        rd::test::RawDb raw(db, site.store.masterKey());
        QCOMPARE(raw.exec(u"UPDATE process_steps SET verifier = 'someone.else' WHERE seq = "
                          "(SELECT min(seq) FROM process_steps)"_s),
                 0);
    }
    QVERIFY(!site.reviewOf(batch).signatures.first().coversCurrent);
    {
        rd::test::RawDb raw(db, site.store.masterKey());
        QCOMPARE(raw.exec(u"UPDATE process_steps SET verifier = 'second.person'"_s), 0);
    }
    QVERIFY(site.reviewOf(batch).signatures.first().coversCurrent);
    {
        rd::test::RawDb raw(db, site.store.masterKey());
        QCOMPARE(raw.exec(u"UPDATE qc_results SET value_num = value_num + 1 WHERE test_code = "
                          "'VIAB'"_s),
                 0);
    }
    QVERIFY(!site.reviewOf(batch).signatures.first().coversCurrent);
}

QTEST_GUILESS_MAIN(tst_Review)
#include "tst_review.moc"
