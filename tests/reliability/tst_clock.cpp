// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation clock going backwards: during real sessions (with the injectable clock) and
// between two runs of the real binary. Each jump is recorded as clock.backwards just before
// the first event written at the earlier time; the trail stays in the order recorded (sequence,
// not time) in the store, the audit report and the audit page; the chain and the signatures
// made after a jump verify, while a key retired earlier in the trail still cannot sign.
#include "accounts/accountservice.h"
#include "core/clock.h"
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "reports/reportbuilder.h"
#include "review/reviewservice.h"
#include "review/workflow.h"
#include "security/esignature.h"
#include "session/session.h"
#include "support/cli.h"
#include "support/reviewfixtures.h"
#include "support/teststore.h"
#include "support/verify.h"
#include "ui/auditpage.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;

// Who approves the specifications, ahead of their dates (TestStore::approveSpecifications).
const QString kApprover = QStringLiteral("spec.approver");

namespace {

constexpr char kAnalyst[] = "kim";
constexpr char kReviewer[] = "rosa";

// The whole trail, oldest first, as the store returns it.
QList<AuditEvent> wholeTrail(Session &s)
{
    AuditQuery q;
    q.limit = 100000;
    QList<AuditEvent> events = s.audit().read(q).value();
    std::reverse(events.begin(), events.end());
    return events;
}

// A clean demo batch with one expired material lot: one exception for the reviewer.
DemoData::Batch batchWithOneException(int index)
{
    DemoData::Batch b = rd::test::cleanBatch(index);
    b.record.materials[0].expiry = b.record.startedAt.date().addDays(-1);
    return b;
}

using Run = rd::test::CliRun;

Run runBinary(const QStringList &arguments, const QByteArray &input)
{
    rd::test::CliOptions options;
    options.input = input;
    options.timeoutMs = 60000;
    return rd::test::runCli(arguments, options);
}

} // namespace

class tst_Clock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { Clock::setInstance(nullptr); }

    void backwardsDuringSessions();
    void backwardsBetweenTwoCommands();
    void retiredKeyStaysRetired_data();
    void retiredKeyStaysRetired();
};

void tst_Clock::initTestCase()
{
    rd::test::initTestProcess();
    QVERIFY2(QFile::exists(qEnvironmentVariable("RELEASEDESK_BINARY")),
             "RELEASEDESK_BINARY must name the built binary");
}

// Three jumps back, each in the middle of a session and each followed by a different audited
// action: a signature, a disposition, an import.
void tst_Clock::backwardsDuringSessions()
{
    const QDateTime start(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    ManualClock clock(start, 3600);
    Clock::setInstance(&clock);
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    QVERIFY(store.addUser(QString::fromLatin1(kAnalyst), Role::QcAnalyst));
    QVERIFY(store.addLaboratory()); // imports the results that kim approves
    QVERIFY(store.addUser(QString::fromLatin1(kReviewer), Role::QaReviewer));
    const DemoData::Batch first = batchWithOneException(0);
    const DemoData::Batch second = batchWithOneException(1);
    const QString batch = first.record.batchNumber;
    {
        clock.advanceSeconds(60);
        std::unique_ptr<Session> admin = store.open();
        VERIFY_OK(Importer(*admin).run(
            {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
             {u"batch.json"_s, Serializer::batchRecordDocument({first.record})}},
            {}));
    }
    QVERIFY(store.approveSpecifications());

    // Jump 1, during the analyst's session: QC approval.
    QDateTime jump1;
    {
        clock.advanceSeconds(60);
        VERIFY_OK(
            Importer(*store.open(QString::fromLatin1(rd::test::kLabAnalyst)))
                .run({{u"results.csv"_s, Serializer::resultsCsvDocument(first.results)}}, {}));
        std::unique_ptr<Session> kim = store.open(QString::fromLatin1(kAnalyst));
        clock.advanceSeconds(60);
        clock.advanceSeconds(-2 * 3600);
        jump1 = clock.nowUtc();
        VERIFY_OK(ReviewService(*kim).sign({batch, Meaning::QcApproved, {}, {}, {}, {}},
                                           rd::test::secret(rd::test::kPassword)));
        clock.advanceSeconds(30);
    }

    // Jump 2, during the reviewer's session: the disposition, then the review signature.
    QDateTime jump2;
    {
        clock.advanceSeconds(60);
        std::unique_ptr<Session> rosa = store.open(QString::fromLatin1(kReviewer));
        ReviewService review(*rosa);
        Result<BatchReview> r = review.review(batch);
        VERIFY_OK(r);
        QVERIFY(!r->exceptions.isEmpty());
        clock.advanceSeconds(-24 * 3600);
        jump2 = clock.nowUtc();
        for (const ExceptionView &e : std::as_const(r->exceptions))
            VERIFY_OK(review.dispose(batch, e.exception.key, u"Assessed: no impact"_s, {}));
        clock.advanceSeconds(60);
        VERIFY_OK(review.sign({batch, Meaning::Reviewed, {}, {}, {}, {}},
                              rd::test::secret(rd::test::kPassword)));
    }

    // Jump 3, during the administrator's session: an import.
    QDateTime jump3;
    {
        clock.advanceSeconds(60);
        std::unique_ptr<Session> admin = store.open();
        clock.advanceSeconds(-3600);
        jump3 = clock.nowUtc();
        VERIFY_OK(Importer(*admin).run(
            {{u"batch2.json"_s, Serializer::batchRecordDocument({second.record})}}, {}));
    }

    Clock::setInstance(nullptr);
    std::unique_ptr<Session> viewer = store.open();
    QVERIFY(viewer);
    const QList<AuditEvent> trail = wholeTrail(*viewer);

    // Each jump recorded once, just before the first event at the earlier time, naming the
    // time of the event before it and the clock's time then.
    const QList<std::pair<QDateTime, QString>> jumps = {
        {jump1, QString::fromLatin1(audit::kBatchSigned)},
        // The first disposition starts the review, in the same transaction.
        {jump2, QString::fromLatin1(audit::kReviewStarted)},
        {jump3, QString::fromLatin1(audit::kFileImported)},
    };
    QList<qsizetype> backwards;
    for (qsizetype i = 0; i < trail.size(); ++i) {
        QCOMPARE(trail.at(i).seq, i + 1); // in the store, the order is the sequence
        // (The specifications' approvals ahead of their dates set the clock back on purpose.)
        const bool back = trail.at(i).entry.action == QLatin1StringView(audit::kClockWentBackwards);
        if (back && trail.at(i).user != kApprover)
            backwards << i;
        else if (i > 0 && !back)
            QVERIFY2(trail.at(i).utc >= trail.at(i - 1).utc ||
                         trail.at(i - 1).entry.action ==
                             QLatin1StringView(audit::kClockWentBackwards),
                     qPrintable(u"event %1 is earlier than %2 with no clock.backwards between"_s
                                    .arg(trail.at(i).seq)
                                    .arg(trail.at(i - 1).seq)));
    }
    QCOMPARE(backwards.size(), jumps.size());
    for (qsizetype j = 0; j < jumps.size(); ++j) {
        const AuditEvent &b = trail.at(backwards.at(j));
        const AuditEvent &before = trail.at(backwards.at(j) - 1);
        const AuditEvent &after = trail.at(backwards.at(j) + 1);
        QCOMPARE(b.utc, jumps.at(j).first);
        QCOMPARE(b.entry.oldValue, toStoredTime(before.utc));
        QCOMPARE(b.entry.newValue, toStoredTime(jumps.at(j).first));
        QVERIFY(before.utc > b.utc);
        QCOMPARE(after.entry.action, jumps.at(j).second);
        QCOMPARE(after.utc, jumps.at(j).first);
    }

    // The chain and both signatures verify; the signatures carry the time they were made at.
    Result<StoreVerification> v = viewer->verify({}, false);
    VERIFY_OK(v);
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
    QCOMPARE(v->signatures, qint64(2) + DemoData::specifications().size()); // and the approvals
    Result<BatchReview> reviewed = ReviewService(*viewer).review(batch);
    VERIFY_OK(reviewed);
    QCOMPARE(reviewed->state, BatchState::Reviewed);
    QCOMPARE(reviewed->signatures.size(), qsizetype(2));
    QCOMPARE(reviewed->signatures.at(0).signature.signedAt, jump1);
    QVERIFY(reviewed->signatures.at(1).signature.signedAt < jump1); // made later, earlier time
    for (const SignatureView &s : reviewed->signatures)
        QVERIFY(s.coversCurrent);

    // The audit report lists the events in the order recorded.
    reports::ReportRequest request;
    request.kind = reports::DocumentKind::AuditTrail;
    Result<reports::Document> doc = reports::ReportBuilder(*viewer).build(request);
    VERIFY_OK(doc);
    QList<qint64> reportSeqs;
    for (const reports::Block &block : doc->blocks) {
        if (block.type != reports::Block::Type::Table || block.rows.isEmpty() ||
            block.rows.first().size() != 7)
            continue;
        for (const QList<reports::Cell> &row : block.rows)
            reportSeqs << row.first().text.toLongLong();
    }
    QVERIFY(reportSeqs.size() >= trail.size());
    for (qsizetype i = 0; i < reportSeqs.size(); ++i)
        QCOMPARE(reportSeqs.at(i), i + 1);

    // The audit page, newest first by sequence.
    ui::AuditPage page(*viewer);
    ui::AuditTableModel *model = page.model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QVERIFY(model->rowCount() >= trail.size());
    qint64 previous = model->rowCount() + 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 seq =
            model->data(model->index(row, ui::AuditTableModel::Seq), Qt::DisplayRole).toLongLong();
        QCOMPARE(seq, previous - 1);
        previous = seq;
    }
    const int jumpRow = model->rowCount() - 1 - static_cast<int>(backwards.at(0));
    QCOMPARE(
        model->data(model->index(jumpRow, ui::AuditTableModel::Action), Qt::ToolTipRole).toString(),
        QString::fromLatin1(audit::kClockWentBackwards));

    // The real binary agrees.
    viewer.reset();
    const Run verified = runBinary({u"verify"_s, store.path(), u"--user"_s,
                                    QString::fromLatin1(rd::test::kAdmin), u"--password-stdin"_s},
                                   QByteArray(rd::test::kPassword) + '\n');
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

// The command line cannot be handed a clock, and needs no test switch for it: what it must
// notice is a trail whose newest event is later than the workstation's clock. So the first
// command runs in this process on a clock a day ahead (a workstation set wrong), and the
// second is the real binary on the real clock.
void tst_Clock::backwardsBetweenTwoCommands()
{
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addDays(1);
    ManualClock clock(ahead);
    Clock::setInstance(&clock);
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    QVERIFY(store.addUser(QString::fromLatin1(kAnalyst), Role::QcAnalyst));
    QVERIFY(store.addLaboratory()); // imports the results that kim approves
    const DemoData::Batch b = rd::test::cleanBatch(2);
    {
        std::unique_ptr<Session> admin = store.open();
        VERIFY_OK(Importer(*admin).run(
            {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
             {u"batch.json"_s, Serializer::batchRecordDocument({b.record})}},
            {}));
        QVERIFY(store.approveSpecifications());
        std::unique_ptr<Session> lab = store.open(QString::fromLatin1(rd::test::kLabAnalyst));
        VERIFY_OK(Importer(*lab).run(
            {{u"results.csv"_s, Serializer::resultsCsvDocument(b.results)}}, {}));
    }
    Clock::setInstance(nullptr);
    qint64 eventsBefore = 0;
    {
        // Counting needs no session (a session would itself write at the earlier time).
        Result<std::unique_ptr<Store>> s =
            Store::open(store.path(), store.storeId(), store.masterKey(), u"test"_s);
        VERIFY_OK(s);
        eventsBefore = AuditTrail(s.value()->connection(), store.storeId()).count().value();
    }

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QByteArray password = QByteArray(rd::test::kPassword) + '\n';
    const Run signedRun =
        runBinary({u"review"_s, store.path(), u"sign"_s, u"--batch"_s, b.record.batchNumber,
                   u"--meaning"_s, Workflow::id(Meaning::QcApproved), u"--user"_s,
                   QString::fromLatin1(kAnalyst), u"--password-stdin"_s},
                  password + password);
    QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.out + signedRun.err));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const Run verified = runBinary({u"verify"_s, store.path(), u"--user"_s,
                                    QString::fromLatin1(rd::test::kAdmin), u"--password-stdin"_s},
                                   password);
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

    std::unique_ptr<Session> viewer = store.open();
    QVERIFY(viewer);
    const QList<AuditEvent> trail = wholeTrail(*viewer);
    QList<AuditEvent> backwards;
    for (const AuditEvent &e : trail) {
        if (e.entry.action == QLatin1StringView(audit::kClockWentBackwards) && e.user != kApprover)
            backwards << e;
    }
    // Recorded once, by the first event the signing command wrote (its login), and not again.
    QCOMPARE(backwards.size(), qsizetype(1));
    const AuditEvent &jump = backwards.first();
    QCOMPARE(jump.seq, eventsBefore + 1);
    QCOMPARE(jump.user, QString::fromLatin1(kAnalyst));
    QCOMPARE(jump.entry.oldValue, toStoredTime(trail.at(jump.seq - 2).utc));
    QVERIFY(trail.at(jump.seq - 2).utc >= ahead);
    QVERIFY(jump.utc >= before.addMSecs(-1) && jump.utc <= after);
    QCOMPARE(trail.at(jump.seq).entry.action, QString::fromLatin1(audit::kSessionOpened));
    bool signedAfter = false;
    for (qsizetype i = jump.seq; i < trail.size(); ++i)
        signedAfter =
            signedAfter || trail.at(i).entry.action == QLatin1StringView(audit::kBatchSigned);
    QVERIFY(signedAfter);
    Result<StoreVerification> v = viewer->verify({}, false);
    VERIFY_OK(v);
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
    QCOMPARE(v->signatures, qint64(1) + DemoData::specifications().size()); // and the approvals
}

void tst_Clock::retiredKeyStaysRetired_data()
{
    QTest::addColumn<qint64>("secondsAfterRetirement");
    QTest::newRow("clock moved on") << qint64(60);
    // Back to a time when, by the clock, the key was still in force (issued 12:00, retired
    // 12:02, forged 12:01): comparing times alone lets this one through.
    QTest::newRow("clock set back into the key's time in force") << qint64(-60);
}

// Judging keys by the trail's order must not let a retired key sign: a signature forged with
// a key retired earlier in the trail is refused whatever the clock said.
void tst_Clock::retiredKeyStaysRetired()
{
    QFETCH(qint64, secondsAfterRetirement);
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    Clock::setInstance(&clock);
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    QVERIFY(store.addUser(QString::fromLatin1(kAnalyst), Role::QcAnalyst));
    QVERIFY(store.addLaboratory()); // imports the results that kim approves
    const DemoData::Batch a = rd::test::cleanBatch(3);
    const DemoData::Batch b = rd::test::cleanBatch(4);
    {
        std::unique_ptr<Session> admin = store.open();
        VERIFY_OK(Importer(*admin).run(
            {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
             {u"batch.json"_s, Serializer::batchRecordDocument({a.record, b.record})}},
            {}));
    }
    QVERIFY(store.approveSpecifications());
    VERIFY_OK(
        Importer(*store.open(QString::fromLatin1(rd::test::kLabAnalyst)))
            .run({{u"results.csv"_s, Serializer::resultsCsvDocument(a.results + b.results)}}, {}));
    std::unique_ptr<Session> kim = store.open(QString::fromLatin1(kAnalyst));
    QVERIFY(kim);
    clock.advanceSeconds(60);
    VERIFY_OK(ReviewService(*kim).sign({a.record.batchNumber, Meaning::QcApproved, {}, {}, {}, {}},
                                       rd::test::secret(rd::test::kPassword)));
    {
        clock.advanceSeconds(60);
        std::unique_ptr<Session> admin = store.open();
        VERIFY_OK(AccountService(*admin).resetPassword(QString::fromLatin1(kAnalyst),
                                                       rd::test::secret("temporary-horse-42")));
    }
    {
        Result<StoreVerification> v = kim->verify({}, false);
        VERIFY_OK(v);
        QVERIFY2(v->audit.ok, qPrintable(v->audit.problem)); // the signature made before is fine
    }

    // The old session still holds the retired key; with it, a signature of the other batch.
    clock.advanceSeconds(secondsAfterRetirement);
    QSqlDatabase db = kim->store().connection();
    Result<QList<ESignature>> made = ESignatures::ofBatch(db, a.record.batchNumber);
    VERIFY_OK(made);
    QCOMPARE(made->size(), qsizetype(1));
    QVERIFY(db.transaction());
    ESignature forged = made->first();
    forged.id = 0;
    forged.batchNumber = b.record.batchNumber;
    forged.signedAt = clock.nowUtc();
    forged.keyId = kim->keyId();
    Result<AuditHead> head = kim->audit().head();
    VERIFY_OK(head);
    forged.auditSeq = head->seq;
    forged.auditHash = head->hash;
    ESignatures::sign(forged, store.storeId(), kim->signingKey());
    Result<qint64> id = ESignatures::insert(db, forged);
    VERIFY_OK(id);
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kBatchSigned);
    e.entityType = u"batch"_s;
    e.entityId = forged.batchNumber;
    e.field = forged.meaning;
    e.oldValue = forged.stateFrom;
    e.newValue = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{u"signatureId"_s, id.value()},
                        {u"state"_s, forged.stateTo},
                        {u"signature"_s, QString::fromLatin1(forged.signature.toBase64())}})
            .toJson(QJsonDocument::Compact));
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO batch_states (batch_number, state, changed_at, signature_id) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(forged.batchNumber);
    q.addBindValue(forged.stateTo);
    q.addBindValue(toStoredTime(forged.signedAt));
    q.addBindValue(id.value());
    QVERIFY(q.exec());
    // Bound into the trail as the signing itself binds them: only the key gives it away.
    VERIFY_OK(kim->audit().append(QString::fromLatin1(kAnalyst), e,
                                  {{RecordBindings::Kind::Signature, QString::number(id.value())},
                                   {RecordBindings::Kind::BatchState, forged.batchNumber}}));
    QVERIFY(db.commit());

    Result<StoreVerification> v = kim->verify({}, false);
    VERIFY_OK(v);
    QVERIFY(!v->audit.ok);
    QVERIFY2(v->audit.problem.contains(u"signature %1 "_s.arg(id.value())) &&
                 v->audit.problem.contains(u"not in force"_s),
             qPrintable(v->audit.problem));
}

QTEST_MAIN(tst_Clock)
#include "tst_clock.moc"
