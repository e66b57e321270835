// SPDX-License-Identifier: GPL-3.0-or-later
// Importing records and results: every format with good files, every class of bad input (with
// the store left exactly as it was), atomicity, cancelling, idempotent re-import, superseding
// with history, the Allotrope fixtures value by value, the unassigned inbox, demo determinism,
// role refusal, and export → import round trips.
#include "audit/audittrail.h"
#include "core/clock.h"
#include "core/parallel.h"
#include "demo/demodata.h"
#include "ingest/csv.h"
#include "ingest/fields.h"
#include "ingest/formats.h"
#include "ingest/importer.h"
#include "ingest/jsonkeys.h"
#include "ingest/jsonlist.h"
#include "ingest/serializer.h"
#include "records/exporter.h"
#include "records/inbox.h"
#include "records/recordstore.h"
#include "session/demo.h"
#include "session/session.h"
#include "support/memory.h"
#include "support/teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <cstring>
#include <functional>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// What an import could have changed, read in one session before and after.
struct Counts
{
    qint64 results = 0;
    qint64 resultRows = 0;
    qint64 inbox = 0;
    qint64 batchRows = 0;
    qint64 specifications = 0;
    qint64 files = 0;
    qint64 auditEvents = 0;
    bool operator==(const Counts &) const = default;
};

qint64 count(Session &s, const QString &sql)
{
    QSqlQuery q(s.store().connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

Counts countsOf(Session &s)
{
    Counts c;
    c.results = count(s, u"SELECT count(*) FROM qc_results WHERE superseded_by_id IS NULL"_s);
    c.resultRows = count(s, u"SELECT count(*) FROM qc_results"_s);
    c.inbox = count(s, u"SELECT count(*) FROM unassigned_results"_s);
    c.batchRows = count(s, u"SELECT count(*) FROM batch_records"_s);
    c.specifications = count(s, u"SELECT count(*) FROM specifications"_s);
    c.files = count(s, u"SELECT count(*) FROM import_files"_s);
    c.auditEvents = count(s, u"SELECT count(*) FROM audit_events"_s);
    return c;
}

char *toString(const Counts &c)
{
    return qstrdup(QByteArray("results %1/%2, inbox %3, batch rows %4, specs %5, files %6, "
                              "audit %7")
                       .replace("%1", QByteArray::number(c.results))
                       .replace("%2", QByteArray::number(c.resultRows))
                       .replace("%3", QByteArray::number(c.inbox))
                       .replace("%4", QByteArray::number(c.batchRows))
                       .replace("%5", QByteArray::number(c.specifications))
                       .replace("%6", QByteArray::number(c.files))
                       .replace("%7", QByteArray::number(c.auditEvents))
                       .constData());
}

QList<AuditEvent> eventsOf(Session &s, const char *action)
{
    AuditQuery q;
    q.limit = 100000;
    Result<QList<AuditEvent>> all = s.audit().read(q);
    QList<AuditEvent> out;
    if (!all)
        return out;
    for (const AuditEvent &e : all.value()) {
        if (e.entry.action == QLatin1StringView(action))
            out << e;
    }
    return out;
}

QString fixtures()
{
    return qEnvironmentVariable("RELEASEDESK_SHARED_FIXTURES") + u"/asm/cell-counting"_s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// One CSV record, quoted where RFC 4180 needs it.
QByteArray csvLine(const QStringList &cells)
{
    QStringList out;
    for (QString c : cells) {
        if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n')) {
            c.replace(u"\""_s, u"\"\""_s);
            c = u'"' + c + u'"';
        }
        out << c;
    }
    return out.join(u',').toUtf8() + '\n';
}

// What changed in the store since `before`, as a message; empty when nothing did.
QString changeOf(const Counts &before, Session &s)
{
    const Counts after = countsOf(s);
    if (after == before)
        return {};
    const std::unique_ptr<char[]> text(toString(after));
    return u"the store changed: "_s + QString::fromLatin1(text.get());
}

// A store with the demo specifications, its administrator and a QC analyst.
struct Specified
{
    Specified()
    {
        ok = store.addUser(u"quinn"_s, Role::QcAnalyst) && (admin = store.open()) &&
             (analyst = store.open(u"quinn"_s)) &&
             Importer(*admin)
                 .run({{u"specs.json"_s,
                        Serializer::specificationDocument(DemoData::specifications())}},
                      {})
                 .ok();
    }
    rd::test::TestStore store;
    std::unique_ptr<Session> admin;
    std::unique_ptr<Session> analyst;
    bool ok = false;
};

// The records and results of the first `count` demo batches.
std::pair<QList<BatchRecord>, QList<QcResult>> demoBatches(int count)
{
    const DemoData demo(count, 11);
    std::pair<QList<BatchRecord>, QList<QcResult>> out;
    for (int i = 0; i < count; ++i) {
        const DemoData::Batch b = demo.batch(i);
        out.first << b.record;
        out.second << b.results;
    }
    return out;
}

const QByteArray kHeader =
    "batch,sample,test,value,text,unit,method,instrument,analyst,tested_at,status,reason\n";

// A store with the demo specifications and a few demo batches, and one account per role.
class Loaded
{
public:
    Loaded()
        : demo(6, 11)
    {
        for (int i = 0; i < demo.batchCount(); ++i) {
            DemoData::Batch b = demo.batch(i);
            batches << b.record;
            results << b.results;
        }
        ok = store.addUser(u"quinn"_s, Role::QcAnalyst) && store.addUser(u"viv"_s, Role::Viewer) &&
             store.addUser(u"rosa"_s, Role::QaReviewer);
        std::unique_ptr<Session> admin = store.open();
        ok = ok && admin &&
             Importer(*admin)
                 .run({{u"specs.json"_s,
                        Serializer::specificationDocument(DemoData::specifications())},
                       {u"batches.json"_s, Serializer::batchRecordDocument(batches)}},
                      {})
                 .ok();
    }

    std::unique_ptr<Session> analyst() { return store.open(u"quinn"_s); }

    // A CSV row of a result of the first batch's final-product sample, with a field replaced.
    QByteArray row(const QString &field = QString(), const QString &value = QString()) const
    {
        QcResult r = firstFinal();
        QStringList cells = Serializer::toCsvFields(r);
        const qsizetype i = Formats::resultColumns().indexOf(field);
        QByteArray line = csvLine(cells);
        if (i >= 0) { // the value as given, quoting and all
            cells[i] = u"\x01"_s;
            line = csvLine(cells).replace("\x01", value.toUtf8());
        }
        return line;
    }

    QcResult firstFinal() const
    {
        for (const QcResult &r : results) {
            if (r.testCode == u"VIAB"_s && r.sampleId.endsWith(u"-FP"_s))
                return r;
        }
        return results.first();
    }

    rd::test::TestStore store;
    DemoData demo;
    QList<BatchRecord> batches;
    QList<QcResult> results;
    bool ok = false;
};

} // namespace

class tst_Import : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }

    void goodFilesInEveryFormat();
    void badResults_data();
    void badResults();
    void badRecords_data();
    void badRecords();
    void upToFiftyProblemsListed();
    void hugeFileRefusedBeforeReading();
    void errorInTheLastRowWritesNothing();
    void cancelWritesNothing();
    void identicalReimportIsANoOp();
    void conflictRefusedThenSuperseded();
    void batchRecordSupersededKeepsHistory();
    void asmFixturesImportEveryValue_data();
    void asmFixturesImportEveryValue();
    void asmMissingFieldsLeaveResultsOut();
    void asmBadValuesRefused_data();
    void asmBadValuesRefused();
    void asmFreeTextSampleNamesGoToTheInbox();
    void asmNotReportedIsListed();
    void asmChangedValueRefusedUnlessSuperseded();
    void asmStringValuesAndLowerCaseTimesRead();
    void asmTwoReadingsOfOneKeyRefused();
    void asmInstrumentIsNoAnalyst();
    void asmEveryNumberImportedOrListed();
    void numbersKeptAsWritten();
    void asmStructureAsTheModelHasIt();
    void inboxAssignAndReject();
    void inboxRefusals();
    void roleRefusal();
    void demoIsDeterministic();
    void exportImportRoundTrip();
    void repeatedMembersAreFoundAnywhere();
    void schemasExamplesAndImporterAgree();
    void handFormsAreTheirPatterns();
    void numbersReadAsQLocaleReadsThem();
    void partsCoverEveryIndexOnce();
    void recordsHashedOnThreadsAsOneByOne();
    void compactJsonIsQtsCompactForm();
    void problemsOfPartsInFileOrder();
    void malformedRecordOutranksTheHeader();
    void storedResultsFoundInEveryChunk();
    void refusedAfterRowsWereWritten();
    void cancelledWhileStillChecking();
    void csvPiecesReadAsTheWhole();
    void utf8CheckedAtEveryOffset();
    void timeFormsAreIso8601();
    void fractionsOfSecondsKept();
    void largeCsvCheckedPieceByPiece();
    void largeCsvInBoundedMemory();
    void jsonListCutBetweenItems();
    void jsonRefusedAsReadWhole();
    void largeJsonCheckedPieceByPiece();
    void largeBatchFileCheckedPieceByPiece();
    void batchRecordsReadAlikeFromEitherTree();
    void largeJsonInBoundedMemory();
    void quickTimesReadAsQtReadsThem();
};

void tst_Import::goodFilesInEveryFormat()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const Counts before = countsOf(*s);
    QCOMPARE(before.batchRows, qint64(l.batches.size()));
    QCOMPARE(before.specifications, qint64(DemoData::specifications().size()));

    // Half the results as CSV, half as JSON, one Allotrope file: one import, one transaction.
    const qsizetype half = l.results.size() / 2;
    const QByteArray asmFile = readAll(fixtures() + u"/chemometec_nucleoview_example01.json"_s);
    QVERIFY(!asmFile.isEmpty());
    Result<ImportSummary> done =
        Importer(*s).run({{u"a.csv"_s, Serializer::resultsCsvDocument(l.results.mid(0, half))},
                          {u"b.json"_s, Serializer::resultsJsonDocument(l.results.mid(half))},
                          {u"nucleoview.json"_s, asmFile}},
                         {});
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
    QCOMPARE(done->files.size(), qsizetype(3));
    QCOMPARE(done->files.at(0).kind, FileKind::QcResultsCsv);
    QCOMPARE(done->files.at(1).kind, FileKind::QcResultsJson);
    QCOMPARE(done->files.at(2).kind, FileKind::AsmCellCounting);
    QCOMPARE(done->files.at(0).added, int(half));
    QCOMPARE(done->files.at(1).added, int(l.results.size() - half));
    QCOMPARE(done->files.at(2).toInbox, 5);
    const Counts after = countsOf(*s);
    QCOMPARE(after.results, before.results + l.results.size());
    QCOMPARE(after.inbox, before.inbox + 5);
    QCOMPARE(after.files, before.files + 3);
    // One audit event per file, naming it and its hash.
    const QList<AuditEvent> files = eventsOf(*s, audit::kFileImported);
    QCOMPARE(files.size(), qsizetype(5)); // specs and batches by alice, and these three
    const QByteArray csv = Serializer::resultsCsvDocument(l.results.mid(0, half));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    bool named = false;
    for (const AuditEvent &e : files)
        named = named || (e.entry.entityId.contains(u"a.csv"_s) &&
                          (e.entry.newValue.contains(sha) || e.entry.field.contains(sha) ||
                           e.entry.oldValue.contains(sha) || e.entry.entityId.contains(sha)));
    QVERIFY2(named, "the audit event names the file and its SHA-256");

    // What is stored reads back as it was written.
    RecordStore records(s->store().connection());
    Result<QList<QcResult>> stored = records.currentResults();
    QVERIFY(stored);
    QCOMPARE(stored->size(), l.results.size());
    QHash<QString, QcResult> byKey;
    for (const QcResult &r : stored.value())
        byKey.insert(RecordStore::key(r.sampleId, r.testCode, r.testedAt), r);
    for (const QcResult &r : std::as_const(l.results)) {
        const QcResult back = byKey.value(RecordStore::key(r.sampleId, r.testCode, r.testedAt));
        QVERIFY2(Serializer::sameResult(back, r), qPrintable(r.sampleId + u' ' + r.testCode));
        if (r.value) // CSV keeps the text; JSON the value
            QCOMPARE(back.value->value, r.value->value);
    }
    Result<QList<BatchSummary>> list = records.batchSummaries();
    QVERIFY(list);
    QCOMPARE(list->size(), l.batches.size());
    Result<BatchRecord> first = records.loadBatch(list->last().recordId);
    QVERIFY(first);
    QCOMPARE(first.value(), l.batches.first());
}

void tst_Import::badResults_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");

    Loaded l; // only for the rows; each test row makes its own store
    const QByteArray good = l.row();
    const QcResult r = l.firstFinal();
    const QByteArray json = Serializer::resultsJsonDocument({r});

    QTest::newRow("truncated JSON") << u"cut.json"_s << json.left(json.size() / 2)
                                    << QStringList{u"cut.json"_s, u"is not valid JSON"_s};
    const QByteArray valueKey = QByteArray("\"value\": ") + r.value->text.toUtf8();
    QByteArray wrongType = json;
    wrongType.replace(valueKey,
                      QByteArray(QByteArray("\"value\": \"") + r.value->text.toUtf8() + '"'));
    QTest::newRow("wrong type") << u"types.json"_s << wrongType
                                << QStringList{u"types.json"_s, u"$.results[0]"_s, u"value"_s};
    QTest::newRow("unknown test code") << u"code.csv"_s << kHeader + l.row(u"test"_s, u"XYZ"_s)
                                       << QStringList{u"code.csv"_s, u"line 2"_s, u"XYZ"_s};
    QTest::newRow("unit mismatch")
        << u"unit.csv"_s << kHeader + l.row(u"unit"_s, u"mg/mL"_s)
        << QStringList{u"unit.csv"_s, u"line 2"_s, u"\"unit\""_s, u"mg/mL"_s};
    QTest::newRow("duplicate rows") << u"twice.csv"_s << kHeader + good + good
                                    << QStringList{u"twice.csv"_s, u"line 3"_s, u"line 2"_s};
    QByteArray nonUtf8 = kHeader + good;
    nonUtf8.replace(kHeader.size() + 2, 1, "\xff");
    QTest::newRow("non-UTF-8 bytes")
        << u"latin1.csv"_s << nonUtf8
        << QStringList{u"latin1.csv"_s, u"line 2"_s, u"not UTF-8"_s, u"0xff"_s};
    // Well-formed UTF-8 only: an overlong form, a surrogate, a code point past U+10FFFF and a
    // sequence cut short are each named at their first byte.
    for (const auto &[name, bytes, hex] :
         {std::tuple{"overlong", QByteArray("\xC0\xAF"), u"0xc0"_s},
          std::tuple{"surrogate", QByteArray("\xED\xA0\x80"), u"0xed"_s},
          std::tuple{"past U+10FFFF", QByteArray("\xF4\x90\x80\x80"), u"0xf4"_s},
          std::tuple{"cut short", QByteArray("\xE2\x82"), u"0xe2"_s}}) {
        QByteArray bad = kHeader + good;
        bad.replace(kHeader.size() + 2, 1, bytes);
        QTest::newRow(name) << u"bad.csv"_s << bad
                            << QStringList{u"bad.csv"_s, u"line 2"_s, u"not UTF-8"_s, hex,
                                           u"offset %1"_s.arg(kHeader.size() + 2)};
    }
    QTest::newRow("0-byte file") << u"empty.csv"_s << QByteArray()
                                 << QStringList{u"empty.csv"_s, u"0 bytes"_s};
    QTest::newRow("NaN in CSV") << u"nan.csv"_s << kHeader + l.row(u"value"_s, u"NaN"_s)
                                << QStringList{u"nan.csv"_s, u"line 2"_s, u"\"value\""_s,
                                               u"not a number"_s};
    QTest::newRow("Infinity in CSV") << u"inf.csv"_s << kHeader + l.row(u"value"_s, u"inf"_s)
                                     << QStringList{u"inf.csv"_s, u"line 2"_s, u"not a number"_s};
    QTest::newRow("1e400 in CSV") << u"big.csv"_s << kHeader + l.row(u"value"_s, u"1e400"_s)
                                  << QStringList{u"big.csv"_s, u"line 2"_s, u"out of range"_s};
    QByteArray huge = json;
    huge.replace(valueKey, "\"value\": 1e400");
    QTest::newRow("1e400 in JSON")
        << u"big.json"_s << huge << QStringList{u"big.json"_s, u"line 14"_s, u"illegal number"_s};
    const QByteArray analystAt = "\"analyst\": \"" + r.analyst.toUtf8();
    QByteArray lone = json;
    lone.replace(analystAt, QByteArray("\"analyst\": \"\\udc00" + r.analyst.toUtf8()));
    QTest::newRow("half a surrogate pair in JSON")
        << u"lone.json"_s << lone
        << QStringList{u"lone.json"_s, u"$.results[0]"_s, u"analyst"_s, u"(U+dc00)"_s};
    QByteArray pair = json;
    pair.replace(analystAt,
                 QByteArray("\"analyst\": \"\\ud83e\\uddea\\ud800" + r.analyst.toUtf8()));
    QTest::newRow("a whole pair, then half of one")
        << u"pair.json"_s << pair << QStringList{u"pair.json"_s, u"analyst"_s, u"(U+d800)"_s};
    QByteArray nan = json;
    nan.replace(valueKey, "\"value\": NaN");
    QTest::newRow("NaN in JSON") << u"nan.json"_s << nan
                                 << QStringList{u"nan.json"_s, u"is not valid JSON"_s};
    QTest::newRow("decimal comma") << u"comma.csv"_s << kHeader + l.row(u"value"_s, u"\"91,5\""_s)
                                   << QStringList{u"comma.csv"_s, u"line 2"_s, u"not a number"_s};
    QTest::newRow("time without zone")
        << u"zone.csv"_s << kHeader + l.row(u"tested_at"_s, u"2025-06-10T11:02:53"_s)
        << QStringList{u"zone.csv"_s, u"line 2"_s, u"tested_at"_s, u"zone"_s};
    QTest::newRow("string too long")
        << u"long.csv"_s << kHeader + l.row(u"method"_s, QString(5000, u'x'))
        << QStringList{u"long.csv"_s, u"line 2"_s, u"method"_s, u"5000 characters"_s};
    QByteArray noColumn = kHeader + good;
    noColumn.replace("tested_at", "tested");
    QTest::newRow("missing column")
        << u"cols.csv"_s << noColumn << QStringList{u"cols.csv"_s, u"tested_at"_s};
    QTest::newRow("unterminated quote")
        << u"quote.csv"_s << kHeader + l.row(u"method"_s, u"\"open"_s)
        << QStringList{u"quote.csv"_s, u"line 2"_s};
    QByteArray version = json;
    version.replace("releasedesk.qc-results/1", "releasedesk.qc-results/9");
    QTest::newRow("unknown format version")
        << u"v9.json"_s << version
        << QStringList{u"v9.json"_s, u"\"format\""_s, u"releasedesk.qc-results/9"_s};
    QTest::newRow("not a format at all")
        << u"notes.txt"_s << QByteArray("Dear QA,\nplease\n") << QStringList{u"notes.txt"_s};
    QTest::newRow("unknown batch")
        << u"batch.csv"_s << kHeader + l.row(u"batch"_s, u"NO-SUCH-BATCH"_s)
        << QStringList{u"batch.csv"_s, u"line 2"_s, u"NO-SUCH-BATCH"_s};
    QTest::newRow("pending with a value")
        << u"pending.csv"_s << kHeader + l.row(u"status"_s, u"pending"_s)
        << QStringList{u"pending.csv"_s, u"line 2"_s, u"pending"_s};
}

void tst_Import::badResults()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const Counts before = countsOf(*s);
    Result<ImportSummary> done = Importer(*s).run({{name, content}}, {});
    QVERIFY(!done);
    QCOMPARE(done.error().code(), ErrorCode::InvalidInput);
    const QString message = done.error().message();
    QVERIFY2(message.startsWith(u"Import: "_s) && message.contains(u"nothing was written"_s),
             qPrintable(message));
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(u"\"%1\" not in: %2"_s.arg(part, message)));
    QCOMPARE(countsOf(*s), before);
}

void tst_Import::badRecords_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");

    const DemoData demo(1, 99);
    const BatchRecord record = demo.batch(0).record;
    const auto edited = [&record](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject b = Serializer::toJson(record);
        edit(b);
        return QJsonDocument(QJsonObject{{u"format"_s, u"releasedesk.batch-record/1"_s},
                                         {u"batches"_s, QJsonArray{b}}})
            .toJson();
    };
    QTest::newRow("batch number missing")
        << u"b.json"_s << edited([](QJsonObject &b) { b.remove(u"batchNumber"_s); })
        << QStringList{u"$.batches[0]"_s, u"batchNumber"_s, u"missing"_s};
    QTest::newRow("unknown product")
        << u"b.json"_s << edited([](QJsonObject &b) { b[u"product"_s] = u"RD-XYZ"_s; })
        << QStringList{u"$.batches[0]"_s, u"RD-XYZ"_s};
    QTest::newRow("unknown field")
        << u"b.json"_s << edited([](QJsonObject &b) { b[u"colour"_s] = u"blue"_s; })
        << QStringList{u"$.batches[0]"_s, u"colour"_s};
    QTest::newRow("steps not an array")
        << u"b.json"_s << edited([](QJsonObject &b) { b[u"steps"_s] = 3; })
        << QStringList{u"$.batches[0]"_s, u"steps"_s};
    QTest::newRow("bad grade") << u"b.json"_s << edited([](QJsonObject &b) {
        QJsonArray em = b[u"environmentalMonitoring"_s].toArray();
        QJsonObject first = em.at(0).toObject();
        first[u"grade"_s] = u"E"_s;
        em[0] = first;
        b[u"environmentalMonitoring"_s] = em;
    }) << QStringList{u"$.batches[0].environmentalMonitoring[0]"_s, u"grade"_s};
    // Look-alike texts: a custody event that is not one, invisible and bidirectional characters.
    const auto custodyEvent = [&edited](const QString &event) {
        return edited([event](QJsonObject &b) {
            QJsonArray custody = b[u"custody"_s].toArray();
            QJsonObject first = custody.at(0).toObject();
            first[u"event"_s] = event;
            custody[0] = first;
            b[u"custody"_s] = custody;
        });
    };
    QTest::newRow("custody event not on the list")
        << u"b.json"_s << custodyEvent(u"Collected at apheresis"_s)
        << QStringList{u"$.batches[0].custody[0]"_s, u"event"_s, u"not a custody event"_s,
                       u"collected, shipped to manufacturing"_s};
    QTest::newRow("custody event with a zero-width space")
        << u"b.json"_s << custodyEvent(u"collected\u200B"_s)
        << QStringList{u"$.batches[0].custody[0]"_s, u"event"_s,
                       u"invisible formatting character (U+200b)"_s};
    QTest::newRow("patient reference with a bidirectional override")
        << u"b.json"_s << edited([](QJsonObject &b) {
               QJsonObject coi = b[u"chainOfIdentity"_s].toObject();
               coi[u"patientReference"_s] = u"PT-\u202E123456"_s;
               b[u"chainOfIdentity"_s] = coi;
           })
        << QStringList{u"patientReference"_s, u"U+202e"_s};
    QTest::newRow("operator name with a language tag") << u"b.json"_s << edited([](QJsonObject &b) {
        QJsonArray steps = b[u"steps"_s].toArray();
        QJsonObject first = steps.at(0).toObject();
        first[u"operator"_s] = QString(first[u"operator"_s].toString() + u"\U000E0001"_s);
        steps[0] = first;
        b[u"steps"_s] = steps;
    }) << QStringList{u"$.batches[0].steps[0]"_s, u"operator"_s, u"U+e0001"_s};
    // A name on two lines, the second reading as a line of a document's own.
    QTest::newRow("verifier name on two lines") << u"b.json"_s << edited([](QJsonObject &b) {
        QJsonArray steps = b[u"steps"_s].toArray();
        QJsonObject first = steps.at(0).toObject();
        first[u"verifier"_s] = u"op.bakker\nReleased by Pieter de Vries"_s;
        steps[0] = first;
        b[u"steps"_s] = steps;
    }) << QStringList{u"$.batches[0].steps[0]"_s, u"verifier"_s, u"contains a line break"_s};
    // Tried as an attacker would: a field given twice, the reader seeing the first and Qt's
    // parser keeping the last. An open critical deviation "closed" that way stopped blocking
    // release; a batch number given twice stored the second.
    QByteArray deviation = edited([&record](QJsonObject &b) {
        b[u"deviations"_s] =
            QJsonArray{QJsonObject{{u"id"_s, u"DEV-2026-0142"_s},
                                   {u"title"_s, u"Bag breach"_s},
                                   {u"class"_s, u"critical"_s},
                                   {u"status"_s, u"open"_s},
                                   {u"openedAt"_s, record.startedAt.toString(Qt::ISODateWithMs)}}};
    });
    QVERIFY(deviation.contains("\"status\": \"open\""));
    deviation.replace("\"status\": \"open\"", "\"status\": \"open\", \"status\": \"closed\"");
    QTest::newRow("deviation status given twice")
        << u"b.json"_s << deviation
        << QStringList{u"$.batches[0].deviations[0]"_s, u"field \"status\""_s,
                       u"is given more than once in the same object"_s};
    QByteArray number = edited([](QJsonObject &) {});
    number.replace("\"batchNumber\":",
                   "\"batchNumber\": \"CD19-SSF-2410-99999\", \"batch\\u004eumber\":");
    QTest::newRow("batch number given twice, once escaped")
        << u"b.json"_s << number
        << QStringList{u"$.batches[0]"_s, u"batchNumber"_s, u"more than once"_s};

    QJsonObject spec = Serializer::toJson(DemoData::specifications().first());
    QJsonArray tests = spec[u"tests"_s].toArray();
    QJsonObject t = tests.at(0).toObject();
    t[u"lower"_s] = u"high"_s;
    tests[0] = t;
    spec[u"tests"_s] = tests;
    QTest::newRow("specification limit not a number")
        << u"s.json"_s
        << QJsonDocument(QJsonObject{{u"format"_s, u"releasedesk.specification/1"_s},
                                     {u"specifications"_s, QJsonArray{spec}}})
               .toJson()
        << QStringList{u"s.json"_s, u"$.specifications[0].tests[0]"_s, u"lower"_s};
}

void tst_Import::badRecords()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    rd::test::TestStore store;
    std::unique_ptr<Session> s = store.open();
    // The specifications first, so that only the bad part is refused.
    QVERIFY(Importer(*s).run(
        {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())}}, {}));
    const Counts before = countsOf(*s);
    Result<ImportSummary> done = Importer(*s).run({{name, content}}, {});
    QVERIFY(!done);
    QCOMPARE(done.error().code(), ErrorCode::InvalidInput);
    for (const QString &part : expected)
        QVERIFY2(done.error().message().contains(part),
                 qPrintable(u"\"%1\" not in: %2"_s.arg(part, done.error().message())));
    QCOMPARE(countsOf(*s), before);
}

void tst_Import::upToFiftyProblemsListed()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    QByteArray csv = kHeader;
    QcResult r = l.firstFinal();
    QStringList cells = Serializer::toCsvFields(r);
    for (int i = 0; i < 60; ++i) {
        cells[3] = u"n/a"_s;
        cells[9] = Serializer::timeText(r.testedAt.addSecs(60 * i));
        csv += csvLine(cells);
    }
    Result<ImportSummary> done = Importer(*s).run({{u"many.csv"_s, csv}}, {});
    QVERIFY(!done);
    const QStringList lines = done.error().message().split(u'\n');
    QVERIFY2(lines.first().contains(u"60 problems"_s), qPrintable(lines.first()));
    QVERIFY(lines.at(1).contains(u"line 2"_s));
    QVERIFY(lines.at(50).contains(u"line 51"_s));
    QVERIFY2(lines.last().contains(u"10 more"_s), qPrintable(lines.last()));
    QCOMPARE(lines.size(), qsizetype(52));
}

void tst_Import::hugeFileRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(Formats::kMaxFileBytes + 1)); // sparse: nothing is written
    f.close();
    Result<QList<ImportInput>> read = Importer::readFiles({path});
    QVERIFY(!read);
    QCOMPARE(read.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(read.error().message().contains(u"huge.csv"_s) &&
                 read.error().message().contains(u"at most 256 MiB"_s),
             qPrintable(read.error().message()));
    Result<QList<ImportInput>> missing = Importer::readFiles({dir.filePath(u"nope.csv"_s)});
    QVERIFY(!missing);
    QVERIFY(missing.error().message().contains(u"does not exist"_s));
}

void tst_Import::errorInTheLastRowWritesNothing()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const Counts before = countsOf(*s);
    // Every result of the batches, correct, and then one of a test no specification has.
    QByteArray csv = Serializer::resultsCsvDocument(l.results);
    csv += l.row(u"test"_s, u"NOT-A-TEST"_s);
    const int lastLine = static_cast<int>(l.results.size()) + 2;
    Result<ImportSummary> done = Importer(*s).run({{u"last.csv"_s, csv}}, {});
    QVERIFY(!done);
    QVERIFY2(done.error().message().contains(u"line %1"_s.arg(lastLine)),
             qPrintable(done.error().message()));
    QCOMPARE(countsOf(*s), before);
    // The same rows without the last import completely.
    QVERIFY(Importer(*s).run({{u"good.csv"_s, Serializer::resultsCsvDocument(l.results)}}, {}));
    QCOMPARE(countsOf(*s).results, before.results + l.results.size());
}

void tst_Import::cancelWritesNothing()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const Counts before = countsOf(*s);
    // Cancelled while writing, after the first rows went into the transaction.
    int calls = 0;
    bool sawWriting = false;
    Result<ImportSummary> done = Importer(*s).run(
        {{u"r.csv"_s, Serializer::resultsCsvDocument(l.results)}}, {}, [&](int percent) {
            ++calls;
            if (percent > 20)
                sawWriting = true;
            return percent <= 20;
        });
    QVERIFY(!done);
    QCOMPARE(done.error().code(), ErrorCode::Cancelled);
    QVERIFY(done.error().message().contains(u"nothing was written"_s));
    QVERIFY(sawWriting);
    QCOMPARE(countsOf(*s), before);
    // Cancelled while reading.
    done = Importer(*s).run({{u"r.csv"_s, Serializer::resultsCsvDocument(l.results)}}, {},
                            [](int) { return false; });
    QVERIFY(!done);
    QCOMPARE(done.error().code(), ErrorCode::Cancelled);
    QCOMPARE(countsOf(*s), before);
    QVERIFY(calls > 1);
}

void tst_Import::identicalReimportIsANoOp()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const QByteArray csv = Serializer::resultsCsvDocument(l.results);
    const Result<ImportSummary> first = Importer(*s).run({{u"r.csv"_s, csv}}, {});
    QVERIFY(first);
    // Where the time went (the benchmark's parts) adds up to the whole.
    const ImportSummary::Phases &p = first->phases;
    QVERIFY(p.readingMs >= 0 && p.writingMs >= 0 && p.bindingMs >= 0 && p.committingMs >= 0);
    QCOMPARE(p.readingMs + p.writingMs + p.bindingMs + p.committingMs, first->elapsedMs);
    const Counts before = countsOf(*s);
    // The same content, even under another name and as JSON, changes nothing and says so.
    Result<ImportSummary> again = Importer(*s).run({{u"copy.csv"_s, csv}}, {});
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
    QVERIFY(again->nothingChanged());
    QCOMPARE(again->files.at(0).unchanged, int(l.results.size()));
    QCOMPARE(again->rowsWritten, qint64(0));
    // Nothing bound, nothing committed.
    QCOMPARE(again->phases.bindingMs, qint64(0));
    QCOMPARE(again->phases.committingMs, qint64(0));
    QCOMPARE(again->phases.readingMs + again->phases.writingMs, again->elapsedMs);
    QVERIFY(again->lines().last().contains(u"Nothing changed"_s));
    QCOMPARE(countsOf(*s), before);
    again = Importer(*s).run({{u"same.json"_s, Serializer::resultsJsonDocument(l.results)}}, {});
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
    QVERIFY(again->nothingChanged());
    QCOMPARE(countsOf(*s), before);
    // Within one import, the same result twice is refused: which one would be meant?
    Result<ImportSummary> twice = Importer(*s).run(
        {{u"copy.csv"_s, csv}, {u"same.json"_s, Serializer::resultsJsonDocument(l.results)}}, {});
    QVERIFY(!twice);
    QVERIFY2(twice.error().message().contains(u"same.json, $.results[0]: repeats the result of "
                                              "copy.csv, line 2"_s),
             qPrintable(twice.error().message()));
    QCOMPARE(countsOf(*s), before);

    // Specifications and batch records likewise.
    std::unique_ptr<Session> admin = l.store.open();
    const Counts adminBefore = countsOf(*admin);
    Result<ImportSummary> records = Importer(*admin).run(
        {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
         {u"batches.json"_s, Serializer::batchRecordDocument(l.batches)}},
        {});
    QVERIFY(records);
    QVERIFY(records->nothingChanged());
    QCOMPARE(countsOf(*admin), adminBefore);
}

void tst_Import::conflictRefusedThenSuperseded()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    QVERIFY(Importer(*s).run({{u"r.csv"_s, Serializer::resultsCsvDocument(l.results)}}, {}));
    const Counts before = countsOf(*s);
    const QcResult original = l.firstFinal();
    const QByteArray corrected = kHeader + l.row(u"value"_s, u"77.7"_s);

    Result<ImportSummary> refused = Importer(*s).run({{u"fix.csv"_s, corrected}}, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::AlreadyExists);
    QVERIFY2(refused.error().message().contains(u"fix.csv"_s) &&
                 refused.error().message().contains(original.sampleId) &&
                 refused.error().message().contains(u"is 77.7 %; the stored one (version 1) is "_s +
                                                    original.value->text + u" %"_s) &&
                 refused.error().message().contains(u"supersed"_s),
             qPrintable(refused.error().message()));
    QCOMPARE(countsOf(*s), before);

    ImportOptions noReason;
    noReason.supersede = true;
    QVERIFY(!Importer(*s).run({{u"fix.csv"_s, corrected}}, noReason));
    QCOMPARE(countsOf(*s), before);

    ImportOptions supersede{true, u"Transcription error corrected, see LIR-0042"_s, {}};
    Result<ImportSummary> done = Importer(*s).run({{u"fix.csv"_s, corrected}}, supersede);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
    QCOMPARE(done->files.first().superseded, 1);
    const Counts after = countsOf(*s);
    QCOMPARE(after.results, before.results);
    QCOMPARE(after.resultRows, before.resultRows + 1);

    // The current version is the new one; the old one stays readable and says what replaced it.
    QSqlQuery q(s->store().connection());
    QVERIFY(q.prepare(u"SELECT id, version, value_text, superseded_by_id, supersedes_id FROM "
                      "qc_results WHERE sample_id = ? AND test_code = ? ORDER BY version"_s));
    q.addBindValue(original.sampleId);
    q.addBindValue(original.testCode);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    const qint64 oldId = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString(), original.value->text);
    const qint64 replacedBy = q.value(3).toLongLong();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), replacedBy);
    QCOMPARE(q.value(1).toInt(), 2);
    QCOMPARE(q.value(2).toString(), u"77.7"_s);
    QVERIFY(q.value(3).isNull());
    QCOMPARE(q.value(4).toLongLong(), oldId);
    const QList<AuditEvent> events = eventsOf(*s, audit::kRecordSuperseded);
    QCOMPARE(events.size(), qsizetype(1));
    QCOMPARE(events.first().entry.reason, supersede.reason);
    QVERIFY2(events.first().entry.oldValue.contains(original.value->text),
             qPrintable(events.first().entry.oldValue + u" | "_s + events.first().entry.newValue));
    QVERIFY(events.first().entry.newValue.contains(u"77.7"_s));
}

void tst_Import::batchRecordSupersededKeepsHistory()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> admin = l.store.open();
    const Counts before = countsOf(*admin);
    BatchRecord changed = l.batches.first();
    changed.steps.first().notes = u"Late entry: bag weight re-checked"_s;
    const QByteArray doc = Serializer::batchRecordDocument({changed});
    Result<ImportSummary> refused = Importer(*admin).run({{u"b2.json"_s, doc}}, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(refused.error().message().contains(changed.batchNumber));
    QCOMPARE(countsOf(*admin), before);

    Result<ImportSummary> done =
        Importer(*admin).run({{u"b2.json"_s, doc}}, {true, u"Batch record amended"_s, {}});
    QVERIFY(done);
    QCOMPARE(done->files.first().superseded, 1);
    QCOMPARE(countsOf(*admin).batchRows, before.batchRows + 1);
    RecordStore records(admin->store().connection());
    Result<QHash<QString, StoredBatch>> current = records.currentBatches();
    QVERIFY(current);
    const StoredBatch now = current->value(changed.batchNumber);
    QCOMPARE(now.version, 2);
    Result<BatchRecord> newer = records.loadBatch(now.id);
    QVERIFY(newer);
    QCOMPARE(newer.value(), changed);
    // The first version is still there, whole, and marked as superseded by the second.
    QSqlQuery q(admin->store().connection());
    QVERIFY(q.prepare(u"SELECT id FROM batch_records WHERE batch_number = ? AND "
                      "superseded_by_id = ?"_s));
    q.addBindValue(changed.batchNumber);
    q.addBindValue(now.id);
    QVERIFY(q.exec() && q.next());
    Result<BatchRecord> older = records.loadBatch(q.value(0).toLongLong());
    QVERIFY(older);
    QCOMPARE(older.value(), l.batches.first());
    QCOMPARE(eventsOf(*admin, audit::kRecordSuperseded).size(), qsizetype(1));
}

void tst_Import::asmFixturesImportEveryValue_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("readings");
    // The number of readings counted by hand from each file: every named quantity with a
    // numeric value, in a measurement with a sample identifier and a time.
    QTest::newRow("Vi-CELL BLU 1") << u"Beckman_Vi-Cell-BLU_example01.json"_s << 88;
    QTest::newRow("Vi-CELL BLU 2") << u"Beckman_Vi-Cell-BLU_example02.json"_s << 45;
    QTest::newRow("Vi-CELL XR") << u"Beckman_Vi-Cell-XR_example05_instrumentOutput.json"_s << 28;
    QTest::newRow("NucleoView") << u"chemometec_nucleoview_example01.json"_s << 5;
    QTest::newRow("Cedex HiRes") << u"roche_cedex_hires_example_1.json"_s << 64;
}

void tst_Import::asmFixturesImportEveryValue()
{
    QFETCH(QString, file);
    QFETCH(int, readings);
    const QByteArray bytes = readAll(fixtures() + u'/' + file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(fixtures() + u'/' + file));

    // An independent walk of the file: test code, unit as ReleaseDesk writes it, and value.
    const QHash<QString, std::pair<QString, QString>> names = {
        {u"viability (cell counter)"_s, {u"VIAB"_s, u"%"_s}},
        {u"viable cell density (cell counter)"_s, {u"VCD"_s, u"10^6 cells/mL"_s}},
        {u"total cell density (cell counter)"_s, {u"TCD"_s, u"10^6 cells/mL"_s}},
        {u"dead cell density (cell counter)"_s, {u"DCD"_s, u"10^6 cells/mL"_s}},
        {u"viable cell count"_s, {u"VCC"_s, u"cells"_s}},
        {u"total cell count"_s, {u"TCC"_s, u"cells"_s}},
        {u"dead cell count"_s, {u"DCC"_s, u"cells"_s}},
        {u"average total cell diameter"_s, {u"DIAM_TOTAL"_s, u"\u00b5m"_s}},
        {u"average live cell diameter (cell counter)"_s, {u"DIAM_LIVE"_s, u"\u00b5m"_s}},
        {u"average total cell circularity"_s, {u"CIRC_TOTAL"_s, QString()}},
        {u"average viable cell circularity"_s, {u"CIRC_VIABLE"_s, QString()}},
    };
    QMultiHash<QString, std::pair<double, QString>> expected; // sample|code|ms -> value, unit
    QString device;
    const QJsonObject aggregate =
        QJsonDocument::fromJson(bytes).object()[u"cell counting aggregate document"_s].toObject();
    device = aggregate[u"device system document"_s].toObject()[u"model number"_s].toString();
    for (const QJsonValue d : aggregate[u"cell counting document"_s].toArray()) {
        const QJsonArray ms =
            d[u"measurement aggregate document"_s][u"measurement document"_s].toArray();
        for (const QJsonValue m : ms) {
            const QString sample = m[u"sample document"_s][u"sample identifier"_s].toString();
            const QDateTime at =
                QDateTime::fromString(m[u"measurement time"_s].toString(), Qt::ISODateWithMs);
            if (sample.isEmpty() || !at.isValid())
                continue;
            for (const QJsonValue p :
                 m[u"processed data aggregate document"_s][u"processed data document"_s]
                     .toArray()) {
                const QJsonObject data = p.toObject();
                for (auto it = data.begin(); it != data.end(); ++it) {
                    if (!names.contains(it.key()) || !it.value()[u"value"_s].isDouble())
                        continue;
                    const auto [code, unit] = names.value(it.key());
                    QString fileUnit = it.value()[u"unit"_s].toString();
                    fileUnit.replace(QChar(0x03BC), QChar(0x00B5));
                    if (fileUnit == u"(unitless)"_s)
                        fileUnit.clear();
                    if (fileUnit == u"cell"_s)
                        fileUnit = u"cells"_s;
                    QCOMPARE(fileUnit, unit); // the file's own unit, normalised
                    expected.insert(sample + u'|' + code + u'|' +
                                        QString::number(at.toMSecsSinceEpoch()),
                                    {it.value()[u"value"_s].toDouble(), unit});
                }
            }
        }
    }
    QCOMPARE(expected.size(), readings);

    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    Result<ImportSummary> done = Importer(*s).run({{file, bytes}}, {});
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
    QCOMPARE(done->files.first().kind, FileKind::AsmCellCounting);
    QCOMPARE(done->files.first().toInbox, readings);
    Result<QList<InboxItem>> items = Inbox(*s).items();
    QVERIFY(items);
    QCOMPARE(items->size(), qsizetype(readings));
    for (const InboxItem &i : items.value()) {
        const QString key = i.result.sampleId + u'|' + i.result.testCode + u'|' +
                            QString::number(i.result.testedAt.toMSecsSinceEpoch());
        QVERIFY2(expected.contains(key), qPrintable(key));
        const auto [value, unit] = expected.value(key);
        QVERIFY(i.result.value);
        QCOMPARE(i.result.value->value, value);
        QCOMPARE(i.result.unit, unit);
        QVERIFY(i.result.instrument.startsWith(device));
        QCOMPARE(i.fileName, file);
        QCOMPARE(i.fileSha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
    // The same file again: nothing changes.
    Result<ImportSummary> again = Importer(*s).run({{file, bytes}}, {});
    QVERIFY(again);
    QVERIFY(again->nothingChanged());
}

namespace {

// An Allotrope file with the first measurement document of its first cell counting document
// changed by `change`.
QByteArray withFirstMeasurement(const QByteArray &bytes,
                                const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QJsonObject aggregate = root[u"cell counting aggregate document"_s].toObject();
    QJsonArray documents = aggregate[u"cell counting document"_s].toArray();
    QJsonObject doc = documents.at(0).toObject();
    QJsonObject measurements = doc[u"measurement aggregate document"_s].toObject();
    QJsonArray list = measurements[u"measurement document"_s].toArray();
    QJsonObject m = list.at(0).toObject();
    change(m);
    list[0] = m;
    measurements[u"measurement document"_s] = list;
    doc[u"measurement aggregate document"_s] = measurements;
    documents[0] = doc;
    aggregate[u"cell counting document"_s] = documents;
    root[u"cell counting aggregate document"_s] = aggregate;
    return QJsonDocument(root).toJson();
}

} // namespace

void tst_Import::asmMissingFieldsLeaveResultsOut()
{
    // A measurement without a sample identifier and a quantity without a value are left out;
    // the rest of the file imports.
    const QByteArray bytes = withFirstMeasurement(
        readAll(fixtures() + u"/chemometec_nucleoview_example01.json"_s), [](QJsonObject &m) {
            QJsonObject processedAggregate = m[u"processed data aggregate document"_s].toObject();
            QJsonArray processed = processedAggregate[u"processed data document"_s].toArray();
            QJsonObject data = processed.at(0).toObject();
            QJsonObject viability = data[u"viability (cell counter)"_s].toObject();
            QVERIFY(viability.contains(u"value"_s));
            viability.remove(u"value"_s);
            data[u"viability (cell counter)"_s] = viability;
            processed[0] = data;
            processedAggregate[u"processed data document"_s] = processed;
            m[u"processed data aggregate document"_s] = processedAggregate;
        });

    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    Result<ImportSummary> done = Importer(*s).run({{u"partial.json"_s, bytes}}, {});
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
    QCOMPARE(done->files.first().toInbox, 4); // five readings, one without its value
}

void tst_Import::asmBadValuesRefused_data()
{
    // Found by fuzzing: values of an Allotrope file went into results unchecked, so the inbox
    // held results that export wrote and import then refused. They get the checks of the
    // native formats now.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QStringList>("expected");
    const QByteArray sample = "\"sample identifier\": \"cellsABCD\"";
    // A name that is no sample identifier goes to the inbox as written
    // (asmFreeTextSampleNamesGoToTheInbox); one longer than any name is refused.
    QTest::newRow("sample name of 257 characters")
        << sample << "\"sample identifier\": \"" + QByteArray(257, 'c') + '"'
        << QStringList{u"sample identifier"_s, u"257 characters"_s};
    QTest::newRow("sample identifier with a control character")
        << sample << QByteArray("\"sample identifier\": \"cells\\u0007ABCD\"")
        << QStringList{u"sample identifier"_s, u"control character (U+0007)"_s};
    QTest::newRow("analyst with a control character")
        << QByteArray("\"analyst\": \"DrScientist\"")
        << QByteArray("\"analyst\": \"Dr\\u0007Scientist\"")
        << QStringList{u"['cell counting document'][0]"_s, u"\"analyst\""_s,
                       u"control character (U+0007)"_s};
    QTest::newRow("a quantity as a bare number")
        << QByteArray("\"viability (cell counter)\": {")
        << QByteArray("\"viability (cell counter)\": 68.2, \"viability as it was\": {")
        << QStringList{u"['viability (cell counter)']: is not a quantity"_s, u"but 68.2"_s};
    QTest::newRow("unit of 40 characters")
        << QByteArray("\"unit\": \"%\"") << "\"unit\": \"" + QByteArray(40, '%') + '"'
        << QStringList{u"['viability (cell counter)'], field \"unit\""_s, u"40 characters"_s};
}

void tst_Import::asmBadValuesRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, expected);
    QByteArray bytes = readAll(fixtures() + u"/chemometec_nucleoview_example01.json"_s);
    QVERIFY(bytes.contains(from));
    bytes.replace(from, to);
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const Counts before = countsOf(*s);
    Result<ImportSummary> done = Importer(*s).run({{u"asm.json"_s, bytes}}, {});
    QVERIFY(!done);
    QCOMPARE(done.error().code(), ErrorCode::InvalidInput);
    const QString message = done.error().message();
    QVERIFY2(message.contains(u"nothing was written"_s), qPrintable(message));
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(u"\"%1\" not in: %2"_s.arg(part, message)));
    QCOMPARE(countsOf(*s), before);
}

namespace {

// One measurement of a cell-counting ASM file as the converter writes it.
struct AsmReading
{
    AsmReading(const QString &s, const QString &t, const QJsonValue &v = 91.5)
        : sample(s)
        , time(t)
        , viability(v)
    {}
    QString sample;
    QString time;
    QJsonValue viability;
    QJsonValue density = 1.58; // viable cell density
    QJsonArray errors;         // the processed data document's error documents
};

QByteArray asmDocument(const QList<AsmReading> &readings, const QString &analyst = u"Vi-CELL"_s)
{
    QJsonArray measurements;
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const AsmReading &r = readings.at(i);
        QJsonObject data{
            {u"viability (cell counter)"_s,
             QJsonObject{{u"value"_s, r.viability}, {u"unit"_s, u"%"_s}}},
            {u"viable cell density (cell counter)"_s,
             QJsonObject{{u"value"_s, r.density}, {u"unit"_s, u"10^6 cells/mL"_s}}},
            {u"data processing document"_s,
             QJsonObject{{u"cell density dilution factor"_s,
                          QJsonObject{{u"value"_s, 1.0}, {u"unit"_s, u"(unitless)"_s}}}}}};
        if (!r.errors.isEmpty())
            data[u"error aggregate document"_s] = QJsonObject{{u"error document"_s, r.errors}};
        measurements.append(QJsonObject{
            {u"measurement identifier"_s, u"M-%1"_s.arg(i)},
            {u"measurement time"_s, r.time},
            {u"sample document"_s, QJsonObject{{u"sample identifier"_s, r.sample}}},
            {u"device control aggregate document"_s,
             QJsonObject{{u"device control document"_s,
                          QJsonArray{QJsonObject{{u"device type"_s, u"brightfield imager"_s},
                                                 {u"equipment serial number"_s, u"VB-2231"_s}}}}}},
            {u"processed data aggregate document"_s,
             QJsonObject{{u"processed data document"_s, QJsonArray{data}}}}});
    }
    const QJsonObject root{
        {u"$asm.manifest"_s,
         u"http://purl.allotrope.org/manifests/cell-counting/REC/2024/09/cell-counting.manifest"_s},
        {u"cell counting aggregate document"_s,
         QJsonObject{
             {u"device system document"_s, QJsonObject{{u"device identifier"_s, u"N/A"_s},
                                                       {u"model number"_s, u"Vi-Cell BLU"_s}}},
             {u"cell counting document"_s,
              QJsonArray{QJsonObject{{u"analyst"_s, analyst},
                                     {u"measurement aggregate document"_s,
                                      QJsonObject{{u"measurement document"_s, measurements}}}}}}}}};
    return QJsonDocument(root).toJson();
}

QString errorText(const Result<ImportSummary> &r)
{
    return r ? QString() : r.error().message();
}

} // namespace

void tst_Import::asmFreeTextSampleNamesGoToTheInbox()
{
    // Tried as a QC lab would: names typed at the instrument refused whole files. Each goes to
    // the inbox as written, with the file's other measurements.
    const QStringList names{u"LAC DG 046 T0 M1"_s, u"foobar#1"_s, u"JK TEST Count 2-13-2024"_s,
                            u"1111_viability count new 99x_pass 99"_s};
    QList<AsmReading> readings;
    for (qsizetype i = 0; i < names.size(); ++i)
        readings << AsmReading{names.at(i), u"2024-02-13T10:0%1:00Z"_s.arg(i)};
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    Result<ImportSummary> done = Importer(*s).run({{u"counter.json"_s, asmDocument(readings)}}, {});
    QVERIFY2(done, qPrintable(errorText(done)));
    QCOMPARE(done->files.first().toInbox, 8);
    Result<QList<InboxItem>> items = Inbox(*s).items();
    QVERIFY(items);
    QSet<QString> held;
    for (const InboxItem &i : items.value())
        held.insert(i.result.sampleId);
    QCOMPARE(held, QSet<QString>(names.cbegin(), names.cend()));
    // Assigned only to a real sample.
    const Status assigned = Inbox(*s).assign(items->first().id, u"LAC DG 046 T0 M1"_s,
                                             u"The counter label matches the logbook"_s);
    QVERIFY(!assigned);
}

void tst_Import::asmNotReportedIsListed()
{
    // The converter's "not reported": -0.0 with an error document, and "N/A". Neither is a value.
    AsmReading minusZero{u"CLB001"_s, u"2024-02-13T10:00:00Z"_s};
    minusZero.density = u"MINUS-ZERO"_s; // written below as the converter does: -0.0
    minusZero.errors = QJsonArray{QJsonObject{
        {u"error"_s, u"N/A"_s}, {u"error feature"_s, u"viable cell density (cell counter)"_s}}};
    AsmReading na{u"CLB002"_s, u"2024-02-13T10:05:00Z"_s};
    na.viability = u"N/A"_s;
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    QByteArray bytes = asmDocument({minusZero, na});
    bytes.replace("\"MINUS-ZERO\"", "-0.0");
    Result<ImportSummary> done = Importer(*s).run({{u"counter.json"_s, bytes}}, {});
    QVERIFY2(done, qPrintable(errorText(done)));
    const FileOutcome &o = done->files.first();
    QCOMPARE(o.toInbox, 2); // CLB001's viability, CLB002's density
    const QString summary = done->lines().join(u'\n');
    QVERIFY2(summary.contains(u"not imported: viable cell density (cell counter) (1 value(s), the "
                              "first at cell counting document[0] › measurement document[0] › "
                              "processed data document[0] › viable cell density (cell counter)): "
                              "not reported by the instrument (\"N/A\")"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"not reported by the instrument"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"not imported: viability (cell counter) (1 value(s)"_s),
             qPrintable(summary));
    // The dilution factors are settings, each listed.
    QVERIFY2(summary.contains(u"not imported: cell density dilution factor (2 value(s)"_s),
             qPrintable(summary));
    Result<QList<InboxItem>> items = Inbox(*s).items();
    QVERIFY(items);
    for (const InboxItem &i : items.value()) {
        QVERIFY(i.result.value);
        QVERIFY(!(i.result.value->value == 0));
    }
}

void tst_Import::asmChangedValueRefusedUnlessSuperseded()
{
    // Tried as a QC lab would: a second export with another viable cell density was "already
    // stored", exit 0.
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    AsmReading first{u"CLB001"_s, u"2024-02-13T10:00:00Z"_s};
    QVERIFY(Importer(*s).run({{u"first.json"_s, asmDocument({first})}}, {}));
    AsmReading changed = first;
    changed.density = 2.5;
    Result<ImportSummary> refused =
        Importer(*s).run({{u"second.json"_s, asmDocument({changed})}}, {});
    QVERIFY(!refused);
    const QString message = refused.error().message();
    QVERIFY2(message.contains(u"the result VCD of sample CLB001 at 2024-02-13T10:00:00Z is 2.5 "
                              "10^6 cells/mL; the unassigned one stored (open in the inbox) is "
                              "1.58 10^6 cells/mL"_s),
             qPrintable(message));
    AsmReading minusZero = first;
    minusZero.density = u"MINUS-ZERO"_s; // without an error document: a value, and another one
    const QByteArray third = asmDocument({minusZero}).replace("\"MINUS-ZERO\"", "-0.0");
    Result<ImportSummary> thirdRefused = Importer(*s).run({{u"third.json"_s, third}}, {});
    QVERIFY(!thirdRefused);
    QVERIFY2(thirdRefused.error().message().contains(u"(open in the inbox) is 1.58"_s),
             qPrintable(thirdRefused.error().message()));

    // Superseded with a reason: the new value is open, the old one rejected with the reason.
    ImportOptions supersede;
    supersede.supersede = true;
    supersede.reason = u"Recount after the dilution error in the logbook"_s;
    Result<ImportSummary> done =
        Importer(*s).run({{u"second.json"_s, asmDocument({changed})}}, supersede);
    QVERIFY2(done, qPrintable(errorText(done)));
    Result<QList<InboxItem>> open = Inbox(*s).items();
    QVERIFY(open);
    QCOMPARE(open->size(), qsizetype(2)); // VIAB unchanged, VCD new
    bool newDensity = false;
    for (const InboxItem &i : open.value())
        newDensity =
            newDensity || (i.result.testCode == u"VCD"_s && i.result.value->text == u"2.5"_s);
    QVERIFY(newDensity);
    Result<QList<InboxItem>> rejected = Inbox(*s).items(u"rejected"_s);
    QVERIFY(rejected);
    QCOMPARE(rejected->size(), qsizetype(1));
    QCOMPARE(rejected->first().result.value->text, u"1.58"_s);
    QVERIFY(rejected->first().resolutionReason.contains(supersede.reason));
    QVERIFY(!eventsOf(*s, audit::kRecordSuperseded).isEmpty());
    QCOMPARE(done->files.first().superseded, 1);
    // The rejected row belongs to the first file: its binding in the audit chain is renewed,
    // so the whole store still verifies.
    Result<StoreVerification> verified = s->verify();
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message()));
    QVERIFY2(verified->audit.ok, qPrintable(verified->audit.problem));

    // The same value with another instrument: the message says what differs.
    const QByteArray otherInstrument = asmDocument({changed}).replace("VB-2231", "VB-9999");
    Result<ImportSummary> differs = Importer(*s).run({{u"fourth.json"_s, otherInstrument}}, {});
    QVERIFY(!differs);
    QVERIFY2(differs.error().message().contains(
                 u"(the instrument differs: \"Vi-Cell BLU, serial VB-9999\", stored \"Vi-Cell "
                 "BLU, serial VB-2231\")"_s),
             qPrintable(differs.error().message()));
}

void tst_Import::asmStringValuesAndLowerCaseTimesRead()
{
    // A viability given as the string "55" and a time ending in a lower-case "z" were skipped.
    AsmReading text{u"CLB001"_s, u"2024-02-13T10:00:00Z"_s};
    text.viability = u"55"_s;
    AsmReading lower{u"CLB002"_s, u"2024-02-13t10:05:00z"_s};
    AsmReading plain{u"CLB003"_s, u"2024-02-13 10:10:00+01:00"_s};
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    Result<ImportSummary> done =
        Importer(*s).run({{u"counter.json"_s, asmDocument({text, lower, plain})}}, {});
    QVERIFY2(done, qPrintable(errorText(done)));
    QCOMPARE(done->files.first().toInbox, 6);
    bool fiftyFive = false;
    const QList<InboxItem> items = Inbox(*s).items().value();
    for (const InboxItem &i : items)
        fiftyFive =
            fiftyFive || (i.result.sampleId == u"CLB001"_s && i.result.testCode == u"VIAB"_s &&
                          i.result.value->text == u"55"_s);
    QVERIFY(fiftyFive);

    // A string that is no number, and a time that is none, are refused with their place.
    AsmReading word{u"CLB004"_s, u"2024-02-13T10:00:00Z"_s};
    word.viability = u"fifty-five"_s;
    AsmReading badTime{u"CLB005"_s, u"2024-02-13T25:00:00Z"_s};
    Result<ImportSummary> refused =
        Importer(*s).run({{u"bad.json"_s, asmDocument({word, badTime})}}, {});
    QVERIFY(!refused);
    const QString message = refused.error().message();
    QVERIFY2(message.contains(u"is not a number (\"fifty-five\")"_s), qPrintable(message));
    QVERIFY2(message.contains(u"['measurement document'][1], field \"measurement time\""_s),
             qPrintable(message));
}

void tst_Import::asmTwoReadingsOfOneKeyRefused()
{
    // Two readings with the same sample and time (55 and 93) were collapsed into one.
    AsmReading a{u"CLB001"_s, u"2024-02-13T10:00:00Z"_s, 55};
    AsmReading b{u"CLB001"_s, u"2024-02-13T10:00:00Z"_s, 93};
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    Result<ImportSummary> refused =
        Importer(*s).run({{u"counter.json"_s, asmDocument({a, b})}}, {});
    QVERIFY(!refused);
    const QString message = refused.error().message();
    QVERIFY2(message.contains(u"['measurement document'][1]['processed data aggregate "
                              "document']['processed data document'][0]['viability (cell "
                              "counter)']: repeats the result of $['cell counting aggregate "
                              "document']['cell counting document'][0]['measurement aggregate "
                              "document']['measurement document'][0]['processed data aggregate "
                              "document']['processed data document'][0]['viability (cell "
                              "counter)'] (same sample, test and time): 55 % and 93 %"_s),
             qPrintable(message));
    QCOMPARE(Inbox(*s).openCount().value(), qint64(0));
}

void tst_Import::asmInstrumentIsNoAnalyst()
{
    // Results were attributed to "Vi-CELL", the instrument, as analyst; the serial number the
    // measurement's device control document gives was lost.
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const QString importer = s->user().userName;
    Result<ImportSummary> done = Importer(*s).run(
        {{u"counter.json"_s, asmDocument({AsmReading(u"CLB001"_s, u"2024-02-13T10:00:00Z"_s)})}},
        {});
    QVERIFY2(done, qPrintable(errorText(done)));
    const QString summary = done->lines().join(u'\n');
    QVERIFY2(summary.contains(
                 u"2 result(s) give \"Vi-CELL\" as analyst, which is the instrument or "
                 "no person: %1, who imported them, is recorded as responsible."_s.arg(importer)),
             qPrintable(summary));
    const QList<InboxItem> items = Inbox(*s).items().value();
    for (const InboxItem &i : items) {
        QCOMPARE(i.result.analyst, importer);
        QCOMPARE(i.result.instrument, u"Vi-Cell BLU, serial VB-2231"_s);
    }
    // Imported again by the same file: nothing changes, whoever imports it.
    QVERIFY(Importer(*s)
                .run({{u"counter.json"_s,
                       asmDocument({AsmReading(u"CLB001"_s, u"2024-02-13T10:00:00Z"_s)})}},
                     {})
                ->nothingChanged());
    // A person whose name begins like the instrument's, or like "N/A", is a person.
    for (const QString &person : {u"Natalia Ruiz"_s, u"Vic"_s}) {
        Problems problems;
        const ParsedFile parsed = Formats::parse(
            u"p.json"_s, asmDocument({AsmReading(u"CLB009"_s, u"2024-02-13T10:00:00Z"_s)}, person),
            problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(parsed.results.first().analyst, person);
    }
    // A person named in the file stays the analyst.
    Result<ImportSummary> named = Importer(*s).run(
        {{u"named.json"_s,
          asmDocument({AsmReading(u"CLB002"_s, u"2024-02-13T10:00:00Z"_s)}, u"k.sato"_s)}},
        {});
    QVERIFY2(named, qPrintable(errorText(named)));
    QVERIFY(named->files.first().notes.isEmpty());
    const QList<InboxItem> all = Inbox(*s).items().value();
    for (const InboxItem &i : all) {
        if (i.result.sampleId == u"CLB002"_s)
            QCOMPARE(i.result.analyst, u"k.sato"_s);
    }
}

namespace {

// Every number an ASM document holds under its aggregate document: quantities ({"value": …})
// and bare numbers.
int numbersIn(const QJsonValue &v, bool underKey)
{
    if (v.isArray()) {
        int n = 0;
        for (const QJsonValue e : v.toArray())
            n += numbersIn(e, underKey);
        return n;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(u"value"_s) && underKey)
            return 1;
        int n = 0;
        for (auto it = o.begin(); it != o.end(); ++it)
            n += numbersIn(it.value(), true);
        return n;
    }
    return v.isDouble() ? 1 : 0;
}

} // namespace

void tst_Import::asmEveryNumberImportedOrListed()
{
    // The five shared files in one import: every number in them is a result or is listed with
    // its reason.
    QList<ImportInput> inputs;
    int numbers = 0;
    for (const QFileInfo &info : QDir(fixtures()).entryInfoList({u"*.json"_s}, QDir::Files)) {
        const QByteArray bytes = readAll(info.filePath());
        numbers += numbersIn(
            QJsonDocument::fromJson(bytes).object().value(u"cell counting aggregate document"_s),
            false);
        inputs << ImportInput{info.fileName(), bytes};
    }
    QCOMPARE(inputs.size(), qsizetype(5));
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    Result<ImportSummary> done = Importer(*s).run(inputs, {});
    QVERIFY2(done, qPrintable(errorText(done)));
    int accounted = 0;
    for (const FileOutcome &o : done->files)
        accounted += o.toInbox + o.notImportedCount();
    QCOMPARE(accounted, numbers);
}

void tst_Import::asmStructureAsTheModelHasIt()
{
    // Found in review: a measurement document given as an object rather than a list had values
    // neither read nor listed; -0.0 beside an error about another quantity was stored.
    QJsonObject root =
        QJsonDocument::fromJson(asmDocument({AsmReading(u"CLB001"_s, u"2024-02-13T10:00:00Z"_s),
                                             AsmReading(u"CLB002"_s, u"2024-02-13T10:05:00Z"_s)}))
            .object();
    QJsonObject aggregate = root[u"cell counting aggregate document"_s].toObject();
    QJsonArray documents = aggregate[u"cell counting document"_s].toArray();
    QJsonObject doc = documents.at(0).toObject();
    const QJsonArray measurements =
        doc[u"measurement aggregate document"_s][u"measurement document"_s].toArray();
    doc[u"measurement aggregate document"_s] =
        QJsonObject{{u"measurement document"_s, measurements.at(1)}};
    documents.append(doc); // a second document, whose measurements are one object
    aggregate[u"cell counting document"_s] = documents;
    root[u"cell counting aggregate document"_s] = aggregate;
    Problems problems;
    (void)Formats::parse(u"asm.json"_s, QJsonDocument(root).toJson(), problems);
    const QString report = problems.report(u"Import"_s);
    QVERIFY2(report.contains(u"$['cell counting aggregate document']['cell counting "
                             "document'][1]['measurement aggregate document'], field "
                             "\"measurement document\": is not a list"_s),
             qPrintable(report));

    AsmReading r(u"CLB001"_s, u"2024-02-13T10:00:00Z"_s);
    r.density = u"MINUS-ZERO"_s;
    r.errors = QJsonArray{QJsonObject{{u"error"_s, u"Out of range"_s},
                                      {u"error feature"_s, u"viability (cell counter)"_s}}};
    Problems none;
    const ParsedFile parsed =
        Formats::parse(u"asm.json"_s,
                       asmDocument({r, AsmReading(u"CLB002"_s, u"2024-02-13T10:05:00Z"_s)})
                           .replace("\"MINUS-ZERO\"", "-0.0"),
                       none);
    QVERIFY2(none.isEmpty(), qPrintable(none.report(u"Import"_s)));
    QCOMPARE(parsed.results.size(),
             2); // CLB002's; CLB001's viability has an error, its density is -0.0
    for (const QcResult &x : parsed.results)
        QCOMPARE(x.sampleId, u"CLB002"_s);
    QCOMPARE(parsed.notImported.first().reason,
             u"not reported by the instrument (\"Out of range\")"_s);
    QCOMPARE(parsed.notImported.at(1).reason, u"not reported by the instrument"_s);
}

void tst_Import::numbersKeptAsWritten()
{
    // A 30-digit integer was stored as 1.2345678901234568e+29 and -0 as 0; 1.50 became 1.5.
    const QStringList written{u"123456789012345678901234567890"_s,
                              u"-0"_s,
                              u"1.50"_s,
                              u"2.5e6"_s,
                              u"-0.0"_s,
                              u"98.4"_s,
                              u"7"_s,
                              u"0.000012"_s};
    QByteArray json = R"({"format": "releasedesk.qc-results/1", "results": [)";
    for (qsizetype i = 0; i < written.size(); ++i) {
        json +=
            (i ? ",\n" : "\n") +
            u"{\"sample\": \"S-%1\", \"test\": \"VCD\", \"value\": %2, \"unit\": \"10^6 "
            "cells/mL\", \"analyst\": \"k.sato\", \"testedAt\": \"2026-03-14T09:30:00Z\"}"_s.arg(i)
                .arg(written.at(i))
                .toUtf8();
    }
    json += "]}";
    Problems problems;
    const ParsedFile parsed = Formats::parse(u"r.json"_s, json, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.report(u"Import"_s)));
    QCOMPARE(parsed.results.size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        QVERIFY(parsed.results.at(i).value);
        QCOMPARE(parsed.results.at(i).value->text, written.at(i));
        QCOMPARE(parsed.results.at(i).value->value, written.at(i).toDouble());
    }

    // A member whose name reads like the path of another number lends it no text: only a text
    // that is the same value is taken.
    const QByteArray lookAlikeFile = withFirstMeasurement(
        asmDocument({AsmReading(u"CLB001"_s, u"2024-02-13T10:00:00Z"_s)}), [](QJsonObject &m) {
            m[u"processed data aggregate document.processed data document[0].viability (cell "
              "counter)"_s] = QJsonObject{{u"value"_s, u"LOOK-ALIKE"_s}};
        });
    Problems lookAlike;
    const ParsedFile crafted = Formats::parse(
        u"asm.json"_s, QByteArray(lookAlikeFile).replace("\"LOOK-ALIKE\"", "7.0"), lookAlike);
    QVERIFY2(lookAlike.isEmpty(), qPrintable(lookAlike.report(u"Import"_s)));
    bool viability = false;
    for (const QcResult &x : crafted.results) {
        if (x.testCode == u"VIAB"_s) {
            viability = true;
            QCOMPARE(x.value->text, u"91.5"_s);
        }
    }
    QVERIFY(viability);

    // In an Allotrope file, -0.0 beside an error document about no feature in particular is
    // "not reported" too.
    AsmReading r(u"CLB001"_s, u"2024-02-13T10:00:00Z"_s);
    r.density = u"MINUS-ZERO"_s;
    r.errors = QJsonArray{QJsonObject{{u"error"_s, u"Not reported"_s}}};
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    Result<ImportSummary> done = Importer(*s).run(
        {{u"counter.json"_s, asmDocument({r}).replace("\"MINUS-ZERO\"", "-0.0")}}, {});
    QVERIFY2(done, qPrintable(errorText(done)));
    QCOMPARE(done->files.first().toInbox, 1);
    QVERIFY(
        done->lines().join(u'\n').contains(u"viable cell density (cell counter) (1 value(s)"_s));
}

void tst_Import::inboxAssignAndReject()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const QByteArray run = Serializer::resultsCsvDocument(l.demo.unassignedResults());
    QVERIFY(Importer(*s).run({{u"run.csv"_s, run}}, {}));
    Inbox inbox(*s);
    Result<QList<InboxItem>> open = inbox.items();
    QVERIFY(open);
    QCOMPARE(open->size(), qsizetype(9));
    QCOMPARE(inbox.openCount().value(), qint64(9));

    // The three readings of the first counter sample go to an in-process sample of a batch.
    QList<qint64> ids;
    const QString counterSample = open->first().result.sampleId;
    for (const InboxItem &i : open.value()) {
        if (i.result.sampleId == counterSample)
            ids << i.id;
    }
    QCOMPARE(ids.size(), qsizetype(3));
    QString target;
    for (const QcSample &q : l.batches.last().qcSamples) {
        if (q.id.endsWith(u"-IPC2"_s))
            target = q.id;
    }
    QVERIFY(!target.isEmpty());
    const Counts before = countsOf(*s);
    const QString reason = u"Counter run label matches the logbook entry for this sample"_s;
    QVERIFY(inbox.assign(ids, target, reason));
    const Counts after = countsOf(*s);
    QCOMPARE(after.results, before.results + 3);
    QCOMPARE(after.auditEvents, before.auditEvents + 3);
    QCOMPARE(inbox.openCount().value(), qint64(6));
    // Every value is kept, now under the batch's sample, with the file it came from.
    Result<QList<QcResult>> batchResults =
        RecordStore(s->store().connection()).currentResults(l.batches.last().batchNumber);
    QVERIFY(batchResults);
    int moved = 0;
    for (const QcResult &r : batchResults.value()) {
        if (r.sampleId != target || r.analyst != u"k.sato"_s)
            continue;
        ++moved;
        bool found = false;
        for (const InboxItem &i : open.value())
            found = found || (ids.contains(i.id) && i.result.testCode == r.testCode &&
                              i.result.value == r.value && i.result.testedAt == r.testedAt &&
                              i.result.unit == r.unit);
        QVERIFY(found);
    }
    QCOMPARE(moved, 3);
    // Another reading of an assigned result is refused, with or without --supersede: it
    // belongs under the sample it was assigned to now.
    for (const InboxItem &i : open.value()) {
        if (!ids.contains(i.id))
            continue;
        QcResult changed = i.result;
        changed.value = Number{u"1.23"_s, 1.23};
        ImportOptions supersede;
        supersede.supersede = true;
        supersede.reason = u"Recount"_s;
        for (const ImportOptions &options : {ImportOptions(), supersede}) {
            Result<ImportSummary> again = Importer(*s).run(
                {{u"recount.csv"_s, Serializer::resultsCsvDocument({changed})}}, options);
            QVERIFY(!again);
            QVERIFY2(again.error().message().contains(u"has been assigned to a sample since"_s),
                     qPrintable(again.error().message()));
        }
        break;
    }
    const QList<AuditEvent> assigned = eventsOf(*s, audit::kResultAssigned);
    QCOMPARE(assigned.size(), qsizetype(3));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(run, QCryptographicHash::Sha256).toHex());
    for (const AuditEvent &e : assigned) {
        QCOMPARE(e.entry.reason, reason);
        QVERIFY(e.entry.oldValue.contains(u"run.csv"_s));
        QVERIFY(e.entry.oldValue.contains(sha));
        QVERIFY(e.entry.newValue.contains(target));
        QCOMPARE(e.user, u"quinn"_s);
    }
    Result<QList<InboxItem>> assignedItems = inbox.items(u"assigned"_s);
    QVERIFY(assignedItems);
    QCOMPARE(assignedItems->size(), qsizetype(3));
    QCOMPARE(assignedItems->first().resolvedBy, u"quinn"_s);
    QCOMPARE(assignedItems->first().resolutionReason, reason);

    // One rejected, with its own event.
    Result<QList<InboxItem>> rest = inbox.items();
    QVERIFY(rest);
    const qint64 rejectId = rest->first().id;
    QVERIFY(inbox.reject(rejectId, u"Calibration bead run, not a sample"_s));
    const QList<AuditEvent> rejected = eventsOf(*s, audit::kResultRejected);
    QCOMPARE(rejected.size(), qsizetype(1));
    QCOMPARE(rejected.first().entry.entityId, QString::number(rejectId));
    QVERIFY(rejected.first().entry.oldValue.contains(sha));
    QCOMPARE(inbox.openCount().value(), qint64(5));
    // Done is done: neither can be resolved again.
    const Counts settled = countsOf(*s);
    QVERIFY(!inbox.reject(rejectId, u"again"_s));
    QVERIFY(!inbox.assign(ids.first(), target, u"again"_s));
    QCOMPARE(countsOf(*s), settled);
}

void tst_Import::inboxRefusals()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    QVERIFY(Importer(*s).run(
        {{u"run.csv"_s, Serializer::resultsCsvDocument(l.demo.unassignedResults())}}, {}));
    Inbox inbox(*s);
    const QList<InboxItem> open = inbox.items().value();
    const qint64 id = open.first().id;
    const QString sample = l.batches.first().qcSamples.first().id;
    const Counts before = countsOf(*s);

    Status noReason = inbox.assign(id, sample, u"  "_s);
    QVERIFY(!noReason);
    QVERIFY(noReason.error().message().contains(u"reason"_s));
    Status noSample = inbox.assign(id, u"NO-SUCH-SAMPLE"_s, u"typo"_s);
    QVERIFY(!noSample);
    QVERIFY(noSample.error().message().contains(u"NO-SUCH-SAMPLE"_s));
    Status noItem = inbox.reject(999999, u"why"_s);
    QVERIFY(!noItem);
    QCOMPARE(noItem.error().code(), ErrorCode::NotFound);
    // All or nothing: one bad id in a list stops the others too.
    QVERIFY(!inbox.reject(QList<qint64>{id, 999999}, u"why"_s));
    QCOMPARE(countsOf(*s), before);

    // Two readings of one test at the same time cannot both belong to one sample.
    QcResult twin = open.first().result;
    twin.sampleId = u"VC-TWIN"_s;
    QVERIFY(Importer(*s).run({{u"twin.csv"_s, Serializer::resultsCsvDocument({twin})}}, {}));
    const QList<InboxItem> withTwin = inbox.items().value();
    qint64 twinId = 0;
    for (const InboxItem &i : withTwin) {
        if (i.result.sampleId == u"VC-TWIN"_s)
            twinId = i.id;
    }
    const Counts beforeTwins = countsOf(*s);
    Status clash = inbox.assign(QList<qint64>{id, twinId}, sample, u"same run"_s);
    QVERIFY(!clash);
    QCOMPARE(clash.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(countsOf(*s), beforeTwins);

    // Only QC analysts resolve the inbox.
    std::unique_ptr<Session> admin = l.store.open();
    const Counts adminBefore = countsOf(*admin);
    Status forbidden = Inbox(*admin).reject(id, u"not mine"_s);
    QVERIFY(!forbidden);
    QCOMPARE(forbidden.error().code(), ErrorCode::Forbidden);
    QVERIFY(!Inbox(*admin).mayResolve());
    QCOMPARE(countsOf(*admin), adminBefore);
}

void tst_Import::roleRefusal()
{
    Loaded l;
    QVERIFY(l.ok);
    const QByteArray results = Serializer::resultsCsvDocument(l.results);
    const QByteArray specs = Serializer::specificationDocument(DemoData::specifications());
    const QByteArray batches = Serializer::batchRecordDocument(l.batches);
    struct Case
    {
        QString user;
        QString name;
        QByteArray bytes;
    };
    const QList<Case> cases = {
        {u"viv"_s, u"r.csv"_s, results},          {u"rosa"_s, u"r.csv"_s, results},
        {u"alice"_s, u"r.csv"_s, results},        {u"quinn"_s, u"specs.json"_s, specs},
        {u"quinn"_s, u"batches.json"_s, batches}, {u"viv"_s, u"batches.json"_s, batches},
    };
    for (const Case &c : cases) {
        std::unique_ptr<Session> s = l.store.open(c.user);
        QVERIFY(s);
        const Counts before = countsOf(*s);
        Result<ImportSummary> done = Importer(*s).run({{c.name, c.bytes}}, {});
        QVERIFY2(!done, qPrintable(c.user + u' ' + c.name));
        QCOMPARE(done.error().code(), ErrorCode::Forbidden);
        QVERIFY2(done.error().message().contains(c.user) && done.error().message().contains(c.name),
                 qPrintable(done.error().message()));
        QCOMPARE(countsOf(*s), before);
    }
    // Who may import at all, as the window asks before offering the action.
    QVERIFY(Importer::mayImport(*l.store.open(u"quinn"_s)));
    QVERIFY(Importer::mayImport(*l.store.open()));
    QVERIFY(!Importer::mayImport(*l.store.open(u"viv"_s)));
    QVERIFY(!Importer::mayImport(*l.store.open(u"rosa"_s)));
}

void tst_Import::demoIsDeterministic()
{
    QTemporaryDir dir;
    const auto exportsOf = [](const QString &path) {
        Result<std::unique_ptr<Session>> s = Session::open(
            path, u"admin"_s, rd::test::secret(QString::fromLatin1(DemoStore::kPassword)));
        if (!s)
            qFatal("demo store does not open: %s", qPrintable(s.error().message()));
        QList<QByteArray> out;
        for (const Exporter::What what : {Exporter::What::Specifications, Exporter::What::Batches,
                                          Exporter::What::Results, Exporter::What::Unassigned}) {
            const Exporter::Format format =
                what == Exporter::What::Results || what == Exporter::What::Unassigned
                    ? Exporter::Format::Csv
                    : Exporter::Format::Json;
            Result<QByteArray> doc = Exporter::produce(*s.value(), what, format);
            out << (doc ? doc.value() : QByteArray("failed: ") + doc.error().message().toUtf8());
        }
        return out;
    };
    QList<QByteArray> first, second, other;
    for (const auto &[name, seed] : {std::pair{u"a"_s, quint64(5)}, std::pair{u"b"_s, quint64(5)},
                                     std::pair{u"c"_s, quint64(6)}}) {
        DemoStore::Options options;
        options.batches = 12;
        options.seed = seed;
        Result<StoreCreator::Created> made = DemoStore::create(dir.filePath(name), options);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message()));
    }
    first = exportsOf(dir.filePath(u"a"_s));
    second = exportsOf(dir.filePath(u"b"_s));
    other = exportsOf(dir.filePath(u"c"_s));
    for (const QByteArray &doc : std::as_const(first))
        QVERIFY2(!doc.startsWith("failed"), doc.constData());
    QVERIFY(first.at(1).count("\"batchNumber\"") == 12);
    QVERIFY(first == second);           // same seed, same store content
    QCOMPARE(first.at(0), other.at(0)); // the specifications do not depend on the seed
    QVERIFY(first.at(1) != other.at(1));
    QVERIFY(first.at(2) != other.at(2));
}

void tst_Import::repeatedMembersAreFoundAnywhere()
{
    const auto duplicate = [](const QByteArray &json) -> QString {
        const auto d = firstDuplicateKey(json);
        if (const auto *found = std::get_if<JsonDuplicate>(&d))
            return found->path + u' ' + found->key;
        if (const auto *why = std::get_if<QString>(&d))
            return u"error: "_s + *why;
        return QString();
    };
    QCOMPARE(duplicate(R"({"a":[1,{"b":1},{"c":{"d":1,"e":2}}],"f":true})"), QString());
    QCOMPARE(duplicate(R"({"a":[1,{"b":1},{"c":{"d":1,"d":2}}]})"), u"$.a[2].c d"_s);
    QCOMPARE(duplicate("\xEF\xBB\xBF[{\"x\":1},{\"y\":1,\"\\u0079\":2}]"), u"$[1] y"_s);
    // A large object (past the short list) is searched as thoroughly.
    QByteArray wide = "{";
    for (int i = 0; i < 40; ++i)
        wide += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    QCOMPARE(duplicate(wide + "\"k39\":0}"), u"$ k39"_s);
    QCOMPARE(duplicate(wide + "\"k40\":0}"), QString());
}

void tst_Import::exportImportRoundTrip()
{
    Loaded l;
    QVERIFY(l.ok);
    // Tried as an attacker would: texts a spreadsheet runs as formulas, and texts that only look
    // like the guard against them. The CSV export starts none of its cells as a formula, and
    // still imports back as it was.
    QVERIFY(l.results.size() > 6);
    l.results[0].method = u"=cmd|' /C calc'!A0"_s;
    l.results[1].instrument = u"=HYPERLINK(\"http://example.invalid\",\"click\")"_s;
    l.results[2].analyst = u"@SUM(A1)"_s;
    l.results[3].method = u"+SUM(1,2)"_s;
    l.results[4].instrument = u"'s-Hertogenbosch counter"_s;
    l.results[5].method = u"'=already guarded"_s;
    l.results[6].method = u"-minus first"_s;
    {
        std::unique_ptr<Session> s = l.analyst();
        QVERIFY(Importer(*s).run(
            {{u"r.csv"_s, Serializer::resultsCsvDocument(l.results)},
             {u"asm.json"_s,
              readAll(fixtures() + u"/Beckman_Vi-Cell-XR_example05_instrumentOutput.json"_s)}},
            {}));
    }
    std::unique_ptr<Session> from = l.store.open();
    const auto produce = [](Session &s, Exporter::What what, Exporter::Format format) {
        Result<QByteArray> doc = Exporter::produce(s, what, format);
        return doc ? doc.value() : QByteArray();
    };
    const QByteArray specs = produce(*from, Exporter::What::Specifications, Exporter::Format::Json);
    const QByteArray batches = produce(*from, Exporter::What::Batches, Exporter::Format::Json);
    const QByteArray csv = produce(*from, Exporter::What::Results, Exporter::Format::Csv);
    const QByteArray json = produce(*from, Exporter::What::Results, Exporter::Format::Json);
    const QByteArray unassigned = produce(*from, Exporter::What::Unassigned, Exporter::Format::Csv);
    QVERIFY(!specs.isEmpty() && !batches.isEmpty() && !csv.isEmpty() && !json.isEmpty());
    QCOMPARE(csv.count('\n'), l.results.size() + 1);
    {
        QList<Csv::Row> rows;
        int errorLine = 0;
        QString error;
        QVERIFY(Csv::parse(QString::fromUtf8(csv), &rows, &errorLine, &error));
        QStringList cells;
        for (const Csv::Row &row : std::as_const(rows))
            cells << row.fields;
        for (const QString &cell : std::as_const(cells)) {
            const bool formula = !cell.isEmpty() &&
                                 QStringView(u"=+-@\t\r").contains(cell.front()) &&
                                 !Fields::isNumberText(cell);
            QVERIFY2(!formula, qPrintable(cell));
        }
        QVERIFY(cells.contains(u"'=cmd|' /C calc'!A0"_s));
        QVERIFY(cells.contains(u"'@SUM(A1)"_s));
        QVERIFY(cells.contains(u"'s-Hertogenbosch counter"_s)); // no formula, left as it is
        QVERIFY(cells.contains(u"''=already guarded"_s));
    }
    QCOMPARE(unassigned.count('\n'), qsizetype(28 + 1));
    // Export is audited.
    QCOMPARE(eventsOf(*from, audit::kRecordsExported).size(), qsizetype(5));

    // Into an empty store: the same exports come out, byte for byte.
    for (const bool viaJson : {false, true}) {
        rd::test::TestStore other;
        QVERIFY(other.addUser(u"quinn"_s, Role::QcAnalyst));
        std::unique_ptr<Session> admin = other.open();
        QVERIFY(Importer(*admin).run({{u"s.json"_s, specs}, {u"b.json"_s, batches}}, {}));
        std::unique_ptr<Session> analyst = other.open(u"quinn"_s);
        Result<ImportSummary> done = Importer(*analyst).run(
            {{viaJson ? u"r.json"_s : u"r.csv"_s, viaJson ? json : csv}, {u"u.csv"_s, unassigned}},
            {});
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
        QCOMPARE(produce(*admin, Exporter::What::Specifications, Exporter::Format::Json), specs);
        QCOMPARE(produce(*admin, Exporter::What::Batches, Exporter::Format::Json), batches);
        QCOMPARE(produce(*admin, Exporter::What::Results, Exporter::Format::Json), json);
        if (!viaJson) // JSON keeps each number's value; CSV also keeps how it was written
            QCOMPARE(produce(*admin, Exporter::What::Results, Exporter::Format::Csv), csv);
        QCOMPARE(produce(*admin, Exporter::What::Unassigned, Exporter::Format::Csv), unassigned);
    }
}

namespace {

// Every member path a JSON Schema describes ("$.batches[].steps[].name"), following $refs into
// $defs.
void schemaPaths(const QJsonObject &schema, QJsonObject node, const QString &path,
                 QSet<QString> &out)
{
    if (node.contains(u"$ref"_s))
        node = schema[u"$defs"_s][node[u"$ref"_s].toString().section(u'/', -1)].toObject();
    if (node[u"type"_s] == u"object"_s) {
        const QJsonObject properties = node[u"properties"_s].toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            out.insert(path + u'.' + it.key());
            schemaPaths(schema, it.value().toObject(), path + u'.' + it.key(), out);
        }
    } else if (node[u"type"_s] == u"array"_s) {
        schemaPaths(schema, node[u"items"_s].toObject(), path + u"[]"_s, out);
    }
}

// Every member path a document uses.
void documentPaths(const QJsonValue &value, const QString &path, QSet<QString> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out.insert(path + u'.' + it.key());
            documentPaths(it.value(), path + u'.' + it.key(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            documentPaths(v, path + u"[]"_s, out);
    }
}

} // namespace

void tst_Import::schemasExamplesAndImporterAgree()
{
    const QString dir = qEnvironmentVariable("RELEASEDESK_SOURCE_DIR") + u"/resources/schemas/"_s;
    const QList<std::pair<QString, QString>> pairs = {
        {u"releasedesk.specification-1.schema.json"_s, u"specification.example.json"_s},
        {u"releasedesk.batch-record-1.schema.json"_s, u"batch-record.example.json"_s},
        {u"releasedesk.qc-results-1.schema.json"_s, u"qc-results.example.json"_s},
    };
    const QStringList formats = {QString::fromLatin1(Formats::kSpecificationFormat),
                                 QString::fromLatin1(Formats::kBatchRecordFormat),
                                 QString::fromLatin1(Formats::kQcResultsFormat)};
    QList<QByteArray> examples;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QJsonObject schema =
            QJsonDocument::fromJson(readAll(dir + pairs.at(i).first)).object();
        QVERIFY2(!schema.isEmpty(), qPrintable(pairs.at(i).first));
        QCOMPARE(schema[u"$id"_s].toString(), formats.at(i));
        QCOMPARE(schema[u"properties"_s][u"format"_s][u"const"_s].toString(), formats.at(i));
        const QByteArray example = readAll(dir + u"examples/"_s + pairs.at(i).second);
        examples << example;
        QSet<QString> described, used;
        schemaPaths(schema, schema, u"$"_s, described);
        documentPaths(QJsonDocument::fromJson(example).object(), u"$"_s, used);
        QVERIFY(described.size() > 5);
        QCOMPARE(used - described, QSet<QString>()); // nothing undocumented
        QCOMPARE(described - used, QSet<QString>()); // every field shown in its example
    }
    const QByteArray csv = readAll(dir + u"examples/qc-results.example.csv"_s);
    QVERIFY(csv.startsWith(Formats::resultColumns().join(u',').toUtf8()));

    // The examples import; the CSV holds the same results as the JSON.
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"quinn"_s, Role::QcAnalyst));
    std::unique_ptr<Session> admin = store.open();
    Result<ImportSummary> records =
        Importer(*admin).run({{u"specification.example.json"_s, examples.at(0)},
                              {u"batch-record.example.json"_s, examples.at(1)}},
                             {});
    QVERIFY2(records, qPrintable(records ? QString() : records.error().message()));
    QCOMPARE(records->files.at(1).added, 1);
    std::unique_ptr<Session> analyst = store.open(u"quinn"_s);
    Result<ImportSummary> json =
        Importer(*analyst).run({{u"qc-results.example.json"_s, examples.at(2)}}, {});
    QVERIFY2(json, qPrintable(json ? QString() : json.error().message()));
    QCOMPARE(json->files.first().added, int(csv.count('\n') - 1));
    Result<ImportSummary> again = Importer(*analyst).run({{u"qc-results.example.csv"_s, csv}}, {});
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
    QVERIFY(again->nothingChanged());
}

// The code forms are checked by hand, for speed; they accept exactly what their patterns do.
void tst_Import::handFormsAreTheirPatterns()
{
    struct Case
    {
        const char *name;
        bool (*hand)(QStringView);
        QString pattern;
    };
    const Case cases[] = {
        {"identifier", Fields::isIdentifier, u"[A-Za-z0-9][A-Za-z0-9._/-]{0,63}"_s},
        {"test code", Fields::isTestCode, u"[A-Z][A-Z0-9_]{0,31}"_s},
        {"product code", Fields::isProductCode, u"[A-Z0-9][A-Z0-9-]{1,31}"_s},
        {"number", Fields::isNumberText,
         u"-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"_s},
    };
    const QString alphabet = u"AZaz09_./-+eE ,\n\u00e9\u0391"_s;
    QRandomGenerator random(20261122);
    QStringList samples{QString(), u"0"_s,        u"-0"_s,     u"01"_s, u"1."_s, u".5"_s, u"1e"_s,
                        u"1e+"_s,  u"-1.25E-7"_s, u"CD19-B"_s, u"A"_s,  u"AB"_s, u"A\n"_s};
    for (int length : {31, 32, 33, 63, 64, 65})
        samples << QString(length, u'A') << u"1"_s + QString(length - 1, u'0');
    for (int i = 0; i < 20000; ++i) {
        QString v;
        const int length = static_cast<int>(random.bounded(12));
        for (int c = 0; c < length; ++c)
            v += alphabet.at(random.bounded(alphabet.size()));
        samples << v;
    }
    for (const Case &c : cases) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(c.pattern));
        for (const QString &v : std::as_const(samples))
            QVERIFY2(c.hand(v) == re.match(v).hasMatch(),
                     qPrintable(u"%1: \"%2\""_s.arg(QLatin1StringView(c.name), v)));
    }
}

// Times in the common forms are read by hand; every one reads as Qt's reader reads it, and
// anything else still goes to Qt's reader.
void tst_Import::quickTimesReadAsQtReadsThem()
{
    // The reference: Qt's ISO 8601 reader on the RFC 3339 forms, with what ReleaseDesk refuses
    // besides (issue: kept as written): hour 24, offsets no zone has, years outside 1900-2199,
    // and decimals finer than the millisecond it keeps.
    const auto reference = [](QString v) {
        static const QRegularExpression form(
            u"^\\d{4}-\\d{2}-\\d{2}[Tt ](\\d{2}):\\d{2}(?::\\d{2}(?:\\.(\\d{1,9}))?)?"
            "(?:[Zz]|([+-]\\d{2}):(\\d{2}))$"_s);
        const QRegularExpressionMatch m = form.match(v);
        if (!m.hasMatch() || m.captured(1) == u"24"_s)
            return QDateTime();
        if (m.captured(2).size() > 3 && m.captured(2).mid(3).toInt() != 0)
            return QDateTime();
        if (!m.captured(3).isEmpty()) {
            const int sign = m.captured(3).startsWith(u'-') ? -1 : 1;
            const int offset = sign * (m.captured(3).mid(1).toInt() * 60 + m.captured(4).toInt());
            if (offset < -12 * 60 || offset > 14 * 60)
                return QDateTime();
        }
        v[10] = u'T';
        if (v.endsWith(u'z'))
            v.back() = u'Z';
        const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (!t.isValid() || t.date().year() < 1900 || t.date().year() > 2199)
            return QDateTime();
        return t.toUTC();
    };
    QRandomGenerator random(112026);
    const auto two = [&random](int below) {
        return u"%1"_s.arg(random.bounded(below), 2, 10, QLatin1Char('0'));
    };
    QStringList samples{u"2026-03-14T09:30:00Z"_s,
                        u"2026-03-14T10:30:00+01:00"_s,
                        u"2026-03-14T09:30:00.250Z"_s,
                        u"2026-03-14T09:30:00.250-05:30"_s,
                        u"2024-02-29T23:59:59.999Z"_s,
                        u"2023-02-29T12:00:00Z"_s,
                        u"2026-03-14T24:00:00Z"_s,
                        u"2026-03-14T09:30:60Z"_s,
                        u"2026-03-14T09:30:00+14:00"_s,
                        u"2026-03-14T09:30:00+14:59"_s,
                        u"2026-03-14T09:30:00-15:00"_s,
                        u"2026-03-14T09:30:00+01:60"_s,
                        u"0000-01-01T00:00:00Z"_s,
                        u"9999-12-31T23:59:59.999+00:00"_s,
                        u"2026-03-14T09:30Z"_s,
                        u"2026-03-14T09:30:00.5Z"_s,
                        u"2026-03-14T09:30:00.123456Z"_s,
                        u"2026-03-14 09:30:00Z"_s,
                        u"2026-03-14T09:30:00z"_s,
                        u"2026-03-14T09:30:00+0100"_s,
                        u"2026-3-14T09:30:00Z"_s,
                        u"2026-03-14T09:30:00"_s,
                        u"2026-03-14t09:30:00Z"_s,
                        u"2026-03-14T09:30:00-14:00"_s,
                        u"2026-03-14T09:30:00+15:00"_s,
                        u"2026-03-14T09:30:00-12:00"_s,
                        u"2026-03-14T09:30:00.123000000Z"_s,
                        u"2026-03-14T09:30:00.123456789Z"_s,
                        u"1899-12-31T23:59:59Z"_s,
                        u"2200-01-01T00:00:00Z"_s,
                        u"2199-12-31T23:59:59+14:00"_s};
    for (int i = 0; i < 20000; ++i) {
        QString zone;
        switch (random.bounded(3)) {
        case 0:
            zone = u"Z"_s;
            break;
        default:
            zone = (random.bounded(2) ? u"+"_s : u"-"_s) + two(17) + u':' + two(62);
        }
        QString fraction;
        if (random.bounded(2))
            fraction = u"."_s + QString::number(random.bounded(1000)).rightJustified(3, u'0');
        samples << u"%1-%2-%3T%4:%5:%6%7%8"_s.arg(
            QString::number(random.bounded(10000)).rightJustified(4, u'0'), two(14), two(33),
            two(26), two(61), two(62), fraction, zone);
    }
    Problems problems;
    Fields f(problems, u"t.csv"_s);
    for (const QString &v : std::as_const(samples)) {
        const QDateTime expected = reference(v);
        const QDateTime got = f.dateTime(v, u"line 1"_s, u"tested_at"_s, Fields::Required);
        QVERIFY2(got.isValid() == expected.isValid(), qPrintable(v));
        if (expected.isValid()) {
            QVERIFY2(got.toMSecsSinceEpoch() == expected.toMSecsSinceEpoch(), qPrintable(v));
            QCOMPARE(got.timeSpec(), Qt::UTC);
        }
    }
}

// A number of a CSV cell is read by std::from_chars where that gives a normal double, and by
// QLocale otherwise: every text gets the double (to the bit) and the refusal QLocale gives it.
void tst_Import::numbersReadAsQLocaleReadsThem()
{
    QStringList samples = {u"0"_s,
                           u"-0"_s,
                           u"0.0e5"_s,
                           u"-0.000"_s,
                           u"1"_s,
                           u"0.1"_s,
                           u"91.2"_s,
                           u"1.113"_s,
                           u"2.5e6"_s,
                           u"1E-5"_s,
                           u"123456789012345678901234567890"_s,
                           u"9007199254740993"_s,
                           u"1.7976931348623157e308"_s,
                           u"1.7976931348623159e308"_s,
                           u"1e309"_s,
                           u"-1e309"_s,
                           u"2.2250738585072014e-308"_s,
                           u"2.2250738585072011e-308"_s,
                           u"4.9e-324"_s,
                           u"1e-400"_s,
                           u"-1e-400"_s,
                           u"0.30000000000000004"_s};
    QRandomGenerator random(11);
    for (int i = 0; i < 2000; ++i) {
        QString v = random.bounded(2) ? u"-"_s : QString();
        v += QString::number(random.bounded(1, 1000000));
        if (random.bounded(2))
            v += u"."_s + QString::number(random.bounded(1000000));
        if (random.bounded(3) == 0)
            v += u"e"_s + QString::number(random.bounded(-330, 330));
        samples << v;
    }
    for (const QString &v : std::as_const(samples)) {
        QVERIFY2(Fields::isNumberText(v), qPrintable(v));
        bool ok = false;
        const double expected = QLocale::c().toDouble(v, &ok);
        Problems problems;
        Fields f(problems, u"t.csv"_s);
        const std::optional<Number> got = f.number(v, u"line 1"_s, u"value"_s, Fields::Required);
        QVERIFY2(got.has_value() == (ok && std::isfinite(expected)), qPrintable(v));
        if (got) {
            quint64 a = 0, b = 0;
            std::memcpy(&a, &got->value, sizeof a);
            std::memcpy(&b, &expected, sizeof b);
            QVERIFY2(a == b, qPrintable(v));
            QCOMPARE(got->text, v);
        } else {
            QVERIFY2(!problems.isEmpty(), qPrintable(v));
        }
    }
}

void tst_Import::partsCoverEveryIndexOnce()
{
    for (const auto &[count, threads, minimum] :
         {std::tuple{qsizetype(0), 4, qsizetype(10)}, std::tuple{qsizetype(9), 4, qsizetype(10)},
          std::tuple{qsizetype(1000), 4, qsizetype(10)},
          std::tuple{qsizetype(1001), 3, qsizetype(1)},
          std::tuple{qsizetype(25), 4, qsizetype(10)}}) {
        std::vector<std::atomic<int>> visits(static_cast<std::size_t>(count));
        std::atomic<int> parts = 0;
        std::atomic<bool> firstHere = false;
        const Qt::HANDLE caller = QThread::currentThreadId();
        inParts(count, threads, minimum, [&](qsizetype from, qsizetype to) {
            ++parts;
            if (from == 0)
                firstHere = QThread::currentThreadId() == caller;
            for (qsizetype i = from; i < to; ++i)
                ++visits[static_cast<std::size_t>(i)];
        });
        for (const std::atomic<int> &v : visits)
            QCOMPARE(v.load(), 1);
        QVERIFY(firstHere);
        const qsizetype expectedParts =
            std::clamp<qsizetype>(count / minimum, 1, static_cast<qsizetype>(threads));
        QCOMPARE(qsizetype(parts.load()), expectedParts);
        QCOMPARE(partsOf(count, threads, minimum), expectedParts);
        // Numbered parts: part p holds the p-th range, so that results gathered per part
        // come back in order.
        std::vector<std::pair<qsizetype, qsizetype>> ranges(static_cast<std::size_t>(expectedParts),
                                                            {-1, -1});
        inParts(count, threads, minimum, [&](qsizetype part, qsizetype from, qsizetype to) {
            ranges[static_cast<std::size_t>(part)] = {from, to};
        });
        qsizetype next = 0;
        for (const auto &[from, to] : ranges) {
            QCOMPARE(from, next);
            next = to;
        }
        QCOMPARE(next, count);
    }
}

// An import of more batches than one thread hashes stores each record's hash as computed one
// by one, and a second import of the same file finds every one unchanged.
void tst_Import::recordsHashedOnThreadsAsOneByOne()
{
    const DemoData demo(300, 7);
    QList<BatchRecord> batches;
    for (int i = 0; i < 300; ++i)
        batches << demo.batch(i).record;
    rd::test::TestStore store;
    std::unique_ptr<Session> s = store.open();
    const QList<ImportInput> files{
        {u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
        {u"batches.json"_s, Serializer::batchRecordDocument(batches)}};
    Result<ImportSummary> done = Importer(*s).run(files, {});
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
    QCOMPARE(done->files.at(1).added, 300);
    Result<QHash<QString, StoredBatch>> stored =
        RecordStore(s->store().connection()).currentBatches();
    QVERIFY(stored);
    QCOMPARE(stored->size(), 300);
    for (const BatchRecord &r : std::as_const(batches))
        QCOMPARE(stored->value(r.batchNumber).contentHash, Serializer::contentHash(r));
    Result<ImportSummary> again = Importer(*s).run(files, {});
    QVERIFY(again);
    QVERIFY(again->nothingChanged());
    QCOMPARE(again->files.at(1).unchanged, 300);
}

// The record hash's bytes are written directly; they are exactly QJsonDocument's compact form
// of Serializer::toJson, for the demo's records and for random ones with every optional member
// there or not, any text (printable ASCII mostly, so that the direct writer is what is tested;
// quotes, backslashes, controls, non-ASCII and lone surrogates too), numbers in many forms, and
// times and dates in and out of the four-digit years.
void tst_Import::compactJsonIsQtsCompactForm()
{
    const auto qtForm = [](const BatchRecord &r) {
        return QJsonDocument(Serializer::toJson(r)).toJson(QJsonDocument::Compact);
    };
    const DemoData demo(200, 3);
    for (int i = 0; i < 200; ++i) {
        const BatchRecord r = demo.batch(i).record;
        QCOMPARE(Serializer::compactJson(r), qtForm(r));
    }

    QRandomGenerator random(22112026);
    const auto chance = [&random](int inTen) { return int(random.bounded(10)) < inTen; };
    bool exotic = false; // a record with text the direct writer leaves to QJsonDocument
    const auto text = [&random, &chance, &exotic]() {
        if (chance(1))
            return chance(5) ? QString() : u""_s;
        static const char16_t wide[] = {0x7f,  0x80,  0xb5,   0xd7,   0xe9,  0x3bc,
                                        0x7ff, 0x800, 0x2028, 0xfffd, 0xffff};
        static const char16_t odd[] = {0x00, 0x08, 0x09,   0x0a,   0x0c,
                                       0x0d, 0x1f, 0xfeff, 0xd800, 0xdc00};
        QString v;
        const int length = int(random.bounded(1, 14));
        for (int c = 0; c < length; ++c) {
            if (chance(8))
                v += QChar(char16_t(0x20 + random.bounded(0x5f))); // includes " and backslash
            else if (chance(7))
                v += QChar(wide[random.bounded(int(std::size(wide)))]);
            else if (!exotic || chance(5))
                v += u"\U0001F9EA"_s;
            else
                v += QChar(odd[random.bounded(int(std::size(odd)))]);
        }
        return v;
    };
    const auto number = [&random, &chance]() -> std::optional<Number> {
        if (chance(3))
            return std::nullopt;
        static const char *const forms[] = {
            "0",     "-0",       "7",         "-12",
            "1.50",  "2.5e6",    "1e-7",      "-0.0",
            "1e300", "1E21",     "123456789", "9007199254740993",
            "1e15",  "1e16",     "0.1",       "123456789012345678901",
            "37.0",  "-4.75E-3", "+5",        "100000",
            "2e15",  "-8e15",    "9.1e15",    "1e15.5"};
        QString t = QString::fromLatin1(forms[random.bounded(int(std::size(forms)))]);
        if (chance(4))
            t = QString::number(random.bounded(2000000) - 1000000) +
                (chance(5) ? u"."_s + QString::number(random.bounded(1000)) : QString());
        return Number{t, t.toDouble()};
    };
    const auto date = [&random, &chance]() {
        if (chance(1))
            return QDate();
        const int year =
            chance(1) ? int(random.bounded(-20, 1000)) : int(random.bounded(1000, 10000));
        return QDate(year, int(random.bounded(1, 13)), int(random.bounded(1, 29)));
    };
    const auto time = [&random, &chance, &date]() {
        const QDate d = date();
        if (!d.isValid())
            return QDateTime();
        const QTime t(int(random.bounded(24)), int(random.bounded(60)), int(random.bounded(60)),
                      chance(5) ? 0 : int(random.bounded(1000)));
        return chance(7) ? QDateTime(d, t, Qt::UTC)
                         : QDateTime(d, t, Qt::OffsetFromUTC, int(random.bounded(-14, 15)) * 1800);
    };
    const auto some = [&random](int most) { return int(random.bounded(most + 1)); };

    for (int n = 0; n < 3000; ++n) {
        exotic = n % 5 == 0;
        BatchRecord r;
        r.batchNumber = text();
        r.productCode = text();
        r.site = text();
        r.masterBatchRecordVersion = text();
        r.startedAt = time();
        r.endedAt = time();
        r.recordStatus = text();
        r.presentation = text();
        r.expiresAt = time();
        r.plannedShipmentAt = time();
        r.coi = {text(), text(), text(), text(), time(), text()};
        for (int i = some(3); i > 0; --i)
            r.custody << CustodyEvent{text(), time(), text(), text(), number()};
        for (int i = some(4); i > 0; --i) {
            ProcessStep s{int(random.bounded(-5, 400)),
                          text(),
                          text(),
                          time(),
                          time(),
                          text(),
                          text(),
                          chance(5),
                          text(),
                          {}};
            for (int p = some(3); p > 0; --p)
                s.parameters << ProcessParameter{text(),   number(), number(),
                                                 number(), number(), text()};
            r.steps << s;
        }
        for (int i = some(3); i > 0; --i)
            r.materials << MaterialUse{text(), text(), text(), date(), int(random.bounded(40))};
        for (int i = some(3); i > 0; --i)
            r.equipment << EquipmentUse{text(), text(), date()};
        for (int i = some(2); i > 0; --i)
            r.deviations << Deviation{text(),    text(), DeviationClass(random.bounded(3)),
                                      chance(5), time(), time(),
                                      text()};
        for (int i = some(3); i > 0; --i)
            r.em << EmSample{text(),   text(),   text(),   time(),   number(), number(), number(),
                             number(), number(), number(), number(), number(), number()};
        for (int i = some(3); i > 0; --i)
            r.qcSamples << QcSample{text(), time(), int(random.bounded(40))};
        const QByteArray expected = qtForm(r);
        const QByteArray got = Serializer::compactJson(r);
        qsizetype at = 0;
        while (at < expected.size() && at < got.size() && expected.at(at) == got.at(at))
            ++at;
        QVERIFY2(got == expected,
                 qPrintable(u"at byte %1: Qt wrote ...%2, the writer ...%3"_s.arg(at).arg(
                     QString::fromUtf8(expected.mid(std::max<qsizetype>(at - 30, 0), 60)),
                     QString::fromUtf8(got.mid(std::max<qsizetype>(at - 30, 0), 60)))));
        QCOMPARE(Serializer::contentHash(r),
                 QString::fromLatin1(
                     QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    }
}

// Large files are read on every core, in parts; the problems come out in the file's order as
// one thread would find them, and the first fifty kept are the file's first fifty.
void tst_Import::malformedRecordOutranksTheHeader()
{
    // The header is read first and the other pieces after it (each split into rows and read on
    // its own, issue 21's memory); a malformed record anywhere is still the one problem told,
    // as when the whole file was split into rows before anything else, however large the file.
    for (const int rows : {10, 40000}) {
        QByteArray csv = "sample,test,value,unit,analyst,tested_at,colour\n";
        for (int i = 0; i < rows; ++i)
            csv += "S-1,VIAB,91.5,%,a.analyst,2026-03-14T09:00:00Z,red\n";
        csv += "S-1,VIAB,91.5,%,a.analyst,2026-03-14T09:00:00Z,\"red\n";
        Problems problems;
        (void)Formats::parse(u"r.csv"_s, csv, problems);
        QCOMPARE(problems.count(), 1);
        QCOMPARE(problems.kept().first().where, u"line %1"_s.arg(rows + 2));
        csv.chop(5); // the quote taken away: now the header's unknown column is the problem
        csv += "red\n";
        Problems header;
        (void)Formats::parse(u"r.csv"_s, csv, header);
        QCOMPARE(header.count(), 1);
        QCOMPARE(header.kept().first().field, u"colour"_s);
    }
}

void tst_Import::problemsOfPartsInFileOrder()
{
    QcResult r;
    r.sampleId = u"S-1"_s;
    r.testCode = u"VIAB"_s;
    r.analyst = u"a.analyst"_s;
    r.value = Number{u"91.5"_s, 91.5};
    r.unit = u"%"_s;
    r.testedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
    const auto results = [&r](int rows, const QSet<int> &bad) {
        QByteArray csv = kHeader;
        QStringList cells = Serializer::toCsvFields(r);
        for (int i = 0; i < rows; ++i) {
            cells[3] = bad.contains(i + 2) ? u"n/a"_s : u"91.5"_s;
            cells[9] = Serializer::timeText(r.testedAt.addSecs(60 * i));
            csv += csvLine(cells);
        }
        return csv;
    };
    const QList<int> badLines{2, 5003, 9999, 15000, 20001};
    Problems some;
    const ParsedFile read = Formats::parse(
        u"r.csv"_s, results(20000, QSet<int>(badLines.cbegin(), badLines.cend())), some);
    QCOMPARE(some.count(), int(badLines.size()));
    for (qsizetype i = 0; i < badLines.size(); ++i)
        QCOMPARE(some.kept().at(i).where, u"line %1"_s.arg(badLines.at(i)));
    QCOMPARE(read.results.size(), qsizetype(20000));
    for (int i = 0; i < 20000; i += 997) {
        QCOMPARE(read.resultPlaces.at(i), u"line %1"_s.arg(i + 2));
        QCOMPARE(read.results.at(i).testedAt, r.testedAt.addSecs(60 * i));
    }
    QCOMPARE(read.results.last().testedAt, r.testedAt.addSecs(60 * 19999));

    QSet<int> every;
    for (int line = 2; line < 12002; ++line)
        every.insert(line);
    Problems all;
    Formats::parse(u"r.csv"_s, results(12000, every), all);
    QCOMPARE(all.count(), 12000);
    QCOMPARE(all.kept().size(), qsizetype(Problems::kMaxKept));
    for (int i = 0; i < Problems::kMaxKept; ++i)
        QCOMPARE(all.kept().at(i).where, u"line %1"_s.arg(i + 2));

    // Batch records: a record's own problems, a repeated number and an item that is not a
    // record, spread over the parts.
    const DemoData demo(300, 7);
    QList<BatchRecord> batches;
    for (int i = 0; i < 300; ++i)
        batches << demo.batch(i).record;
    QJsonObject root = QJsonDocument::fromJson(Serializer::batchRecordDocument(batches)).object();
    QJsonArray items = root.value(u"batches"_s).toArray();
    const auto changed = [&items](int i, const QString &key, const QJsonValue &v) {
        QJsonObject o = items.at(i).toObject();
        o.insert(key, v);
        items.replace(i, o);
    };
    changed(10, u"startedAt"_s, u"yesterday"_s);
    items.replace(100, 42);
    changed(150, u"endedAt"_s, u"soon"_s);
    changed(200, u"batchNumber"_s, batches.at(5).batchNumber);
    changed(299, u"expiresAt"_s, u"never"_s);
    root.insert(u"batches"_s, items);
    Problems p;
    const ParsedFile file = Formats::parse(u"b.json"_s, QJsonDocument(root).toJson(), p);
    QStringList wheres;
    for (const Problem &one : p.kept())
        wheres << one.where + u' ' + one.field;
    QCOMPARE(wheres, (QStringList{u"$.batches[10] startedAt"_s, u"$.batches[100] "_s,
                                  u"$.batches[150] endedAt"_s, u"$.batches[200] batchNumber"_s,
                                  u"$.batches[299] expiresAt"_s}));
    QCOMPARE(file.batches.size(), qsizetype(299));
    QCOMPARE(file.batches.at(100).batchNumber, batches.at(101).batchNumber);
}

// The stored results and unassigned results of an import's samples are read in chunks of one
// statement's size; every chunk's, the last and shorter one too, is found again: a second
// import of the same results changes nothing, and a changed result in the last samples is a
// conflict.
void tst_Import::storedResultsFoundInEveryChunk()
{
    const auto [batches, results] = demoBatches(200);
    QList<QcResult> unassigned;
    // Results of samples no batch has drawn go to the inbox: 450 of them, 450 samples.
    for (int i = 0; i < 450; ++i) {
        QcResult r = results.first();
        r.sampleId = u"LOOSE-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        r.batchNumber.clear();
        unassigned << r;
    }
    QSet<QString> samples;
    for (const QcResult &r : std::as_const(results))
        samples.insert(r.sampleId);
    QVERIFY2(samples.size() > 400, qPrintable(QString::number(samples.size())));

    rd::test::TestStore store;
    std::unique_ptr<Session> admin = store.open();
    Result<ImportSummary> records = Importer(*admin).run(
        {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
         {u"batches.json"_s, Serializer::batchRecordDocument(batches)}},
        {});
    QVERIFY2(records, qPrintable(records ? QString() : records.error().message()));
    QVERIFY(store.addUser(u"quinn"_s, Role::QcAnalyst));
    std::unique_ptr<Session> analyst = store.open(u"quinn"_s);
    QVERIFY(analyst);
    const QList<ImportInput> files{{u"r.csv"_s, Serializer::resultsCsvDocument(results)},
                                   {u"loose.csv"_s, Serializer::resultsCsvDocument(unassigned)}};
    Result<ImportSummary> first = Importer(*analyst).run(files, {});
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
    QCOMPARE(first->files.at(0).added, int(results.size()));
    QCOMPARE(first->files.at(1).toInbox, 450);

    Result<ImportSummary> again = Importer(*analyst).run(files, {});
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
    QVERIFY(again->nothingChanged());
    QCOMPARE(again->files.at(0).unchanged, int(results.size()));
    QCOMPARE(again->files.at(1).unchanged, 450);

    QList<QcResult> changed = results;
    qsizetype last = changed.size() - 1;
    while (changed.at(last).status != ResultStatus::Final || !changed.at(last).value)
        --last;
    QVERIFY(last > 400);
    changed[last].value = Number{u"1234.5"_s, 1234.5};
    Result<ImportSummary> conflict =
        Importer(*analyst).run({{u"r.csv"_s, Serializer::resultsCsvDocument(changed)}}, {});
    QVERIFY(!conflict);
    QVERIFY2(conflict.error().message().contains(u"1 records differ"_s),
             qPrintable(conflict.error().message()));
}

// Rows are written while later ones are still being checked. A problem or conflict found after
// writing began still leaves the store exactly as it was. Each refused import is tried until its
// progress showed rows written before the refusal (the checker may, rarely, end first).
void tst_Import::refusedAfterRowsWereWritten()
{
    const auto [batches, results] = demoBatches(200);
    Specified specified;
    QVERIFY(specified.ok);
    Session *admin = specified.admin.get();
    Session *analyst = specified.analyst.get();

    const auto refusedAfterWriting = [](Session &s, const ImportInput &input,
                                        const QString &expected) -> QString {
        const Counts before = countsOf(s);
        for (int attempt = 0; attempt < 5; ++attempt) {
            int highest = 0;
            Result<ImportSummary> done = Importer(s).run({input}, {}, [&highest](int percent) {
                highest = std::max(highest, percent);
                return true;
            });
            if (done)
                return u"imported"_s;
            if (!done.error().message().contains(expected))
                return done.error().message();
            if (const QString change = changeOf(before, s); !change.isEmpty())
                return change;
            if (highest > 20)
                return {};
        }
        return u"no rows were written before the refusal in 5 tries"_s;
    };

    // The last batch record is of a product no specification names.
    QList<BatchRecord> lastBad = batches;
    lastBad.last().productCode = u"NO-SUCH-PRODUCT"_s;
    QString failure = refusedAfterWriting(
        *admin, {u"b.json"_s, Serializer::batchRecordDocument(lastBad)}, u"$.batches[199]"_s);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(Importer(*admin).run({{u"b.json"_s, Serializer::batchRecordDocument(batches)}}, {}));

    // The last result is of a test no specification has.
    QList<QcResult> resultsLastBad = results;
    resultsLastBad.last().testCode = u"NOSUCHTEST"_s;
    failure = refusedAfterWriting(
        *analyst, {u"r.csv"_s, Serializer::resultsCsvDocument(resultsLastBad)},
        u"line %1, field \"test\": \"NOSUCHTEST\" is not a test of any specification"_s.arg(
            resultsLastBad.size() + 1));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // Half the results are stored; the other half are new, and then one stored result comes
    // again with another value: a conflict found after the new half was written.
    const qsizetype half = results.size() / 2;
    QVERIFY(Importer(*analyst).run(
        {{u"first.csv"_s, Serializer::resultsCsvDocument(results.mid(0, half))}}, {}));
    QList<QcResult> rest = results.mid(half);
    QcResult changed = results.at(half - 1);
    changed.analyst += u"x"_s;
    rest << changed;
    failure = refusedAfterWriting(*analyst, {u"rest.csv"_s, Serializer::resultsCsvDocument(rest)},
                                  u"differ from the stored ones"_s);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const Counts before = countsOf(*analyst);
    QVERIFY(Importer(*analyst).run(
        {{u"rest.csv"_s, Serializer::resultsCsvDocument(results.mid(half))}}, {}));
    QCOMPARE(countsOf(*analyst).results, before.results + results.size() - half);
}

// A piece of a batch-record file is read from simdjson's tree where that reads as Qt's reader
// would, and from Qt's otherwise: the records and problems are the same either way. Checked on
// the demo's records and on several hundred edits of their text: numbers in every form (zeros
// with fractions, which only Qt's reader tells apart, too small or too large ones, 2^63),
// escapes, wrong types, missing, unknown and empty members, broken text.
void tst_Import::batchRecordsReadAlikeFromEitherTree()
{
    const DemoData demo(3, 11);
    QList<BatchRecord> records;
    for (int i = 0; i < demo.batchCount(); ++i)
        records << demo.batch(i).record;
    const QByteArray original = Serializer::batchRecordDocument(records);
    const QList<QByteArray> numbers = {"0",
                                       "-0",
                                       "0.0",
                                       "-0.0",
                                       "0e5",
                                       "1.50",
                                       "1E5",
                                       "4.0",
                                       "-12",
                                       "1e-400",
                                       "1e400",
                                       "2.4e-324",
                                       "5e-324",
                                       "9007199254740993",
                                       "9223372036854775807",
                                       "9223372036854775808",
                                       "18446744073709551616",
                                       "123456789012345678901234567890",
                                       "100001",
                                       "-1",
                                       "3.7",
                                       "\"12\"",
                                       "true",
                                       "null",
                                       "[]",
                                       "{}"};
    const QList<QByteArray> texts = {"\"\"",
                                     "\"  \"",
                                     "\"caf\\u00e9\"",
                                     "\"\\u0000x\"",
                                     "\"\\ud83d\\ude00\"",
                                     "\"\\ud800\"",
                                     "\"a\\/b\"",
                                     "\"line\\nbreak\"",
                                     "\"\\u200b\"",
                                     "\"\x7f\"",
                                     "\"2024-13-45T00:00:00Z\"",
                                     "\"2024-02-29T10:00:00.123456789+14:00\"",
                                     "\"2026-01-01\"",
                                     "\"open\"",
                                     "\"closed\"",
                                     "7",
                                     "null",
                                     "{\"a\": 1}",
                                     "[1]",
                                     "\"\xE6\x97\xA5\xE6\x9C\xAC\""};
    QRandomGenerator random(20261207);
    const auto pick = [&random](const QList<QByteArray> &from) {
        return from.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(from.size()))));
    };
    // The offset of the value after a random `": ` whose value starts with one of `starts`.
    const auto valueAt = [&random](const QByteArray &json, const char *starts) -> qsizetype {
        QList<qsizetype> at;
        for (qsizetype i = json.indexOf("\": "); i >= 0; i = json.indexOf("\": ", i + 1)) {
            if (i + 3 < json.size() && std::strchr(starts, json.at(i + 3)))
                at << i + 3;
        }
        return at.isEmpty()
                   ? -1
                   : at.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(at.size()))));
    };
    const auto tokenEnd = [](const QByteArray &json, qsizetype from) {
        if (json.at(from) == '"') {
            qsizetype i = from + 1;
            while (i < json.size() && json.at(i) != '"')
                i += json.at(i) == '\\' ? 2 : 1;
            return i + 1;
        }
        qsizetype i = from;
        while (i < json.size() && !std::strchr(",}]\n ", json.at(i)))
            ++i;
        return i;
    };

    QList<QByteArray> variants{original};
    for (int v = 0; v < 400; ++v) {
        QByteArray json = original;
        for (int edits = 1 + static_cast<int>(random.bounded(3u)); edits > 0; --edits) {
            switch (random.bounded(6u)) {
            case 0: // a number in another form
                if (const qsizetype at = valueAt(json, "-0123456789"); at >= 0)
                    json.replace(at, tokenEnd(json, at) - at, pick(numbers));
                break;
            case 1: // a text in another form
                if (const qsizetype at = valueAt(json, "\""); at >= 0)
                    json.replace(at, tokenEnd(json, at) - at, pick(texts));
                break;
            case 2: // a member no format has
                if (const qsizetype at =
                        json.indexOf('{', random.bounded(static_cast<quint32>(json.size())));
                    at >= 0)
                    json.insert(at + 1, "\"zz\\u00e9\": 1, \"aUnknown\": " + pick(numbers) + ",");
                break;
            case 3: // a member left out
                if (const qsizetype at = valueAt(json, "\"-0123456789tfn"); at >= 0) {
                    const qsizetype name = json.lastIndexOf('"', json.lastIndexOf('"', at - 3) - 1);
                    qsizetype end = tokenEnd(json, at);
                    if (end < json.size() && json.at(end) == ',')
                        json.remove(name, end + 1 - name);
                }
                break;
            case 4: // an object or list emptied
                if (const qsizetype at = valueAt(json, "[{"); at >= 0) {
                    const char open = json.at(at);
                    int depth = 0;
                    qsizetype end = at;
                    for (; end < json.size(); ++end) {
                        const char c = json.at(end);
                        depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
                        if (depth == 0)
                            break;
                    }
                    json.replace(at, end + 1 - at, open == '[' ? "[]" : "{}");
                }
                break;
            default: // broken text
                json.insert(random.bounded(static_cast<quint32>(json.size())), pick(texts).left(2));
                break;
            }
        }
        variants << json;
    }

    int readAlike = 0;
    int fromTrees = 0;
    for (const QByteArray &json : std::as_const(variants)) {
        std::optional<JsonListPieces> list = JsonListPieces::cut(json, {"batches"}, 1);
        if (!list)
            continue;
        for (qsizetype p = 0; p < list->pieceCount(); ++p)
            fromTrees += list->read(p, true).tree ? 1 : 0;
        JsonRecords trees(u"b.json"_s, json, *list);
        JsonRecords qt(u"b.json"_s, json, *list);
        Problems rootProblems;
        if (trees.open(rootProblems) == JsonRecords::Opened::ReadWhole)
            continue;
        qt.open(rootProblems);
        qt.setSimdjsonTrees(false);
        for (qsizetype p = 0; p < trees.pieceCount(); ++p) {
            const RecordPieces::Piece a = trees.read(p);
            const RecordPieces::Piece b = qt.read(p);
            const QByteArray where = json.left(4000);
            QCOMPARE(a.malformed, b.malformed);
            QCOMPARE(a.malformedPlace, b.malformedPlace);
            QCOMPARE(a.rows, b.rows);
            QCOMPARE(a.at, b.at);
            QCOMPARE(a.problemsOf, b.problemsOf);
            QCOMPARE(a.problems.report(u"Import"_s), b.problems.report(u"Import"_s));
            QCOMPARE(a.batches.size(), b.batches.size());
            for (qsizetype k = 0; k < a.batches.size(); ++k) {
                QVERIFY2(a.batches.at(k) == b.batches.at(k), where.constData());
                QCOMPARE(Serializer::compactJson(a.batches.at(k)),
                         Serializer::compactJson(b.batches.at(k)));
            }
            if (a.malformed.isEmpty())
                ++readAlike;
        }
    }
    // Most edits leave text that reads, so the records themselves were compared, and most of
    // those pieces were read from simdjson's tree.
    QVERIFY2(readAlike > 600, qPrintable(QString::number(readAlike)));
    QVERIFY2(fromTrees > 400, qPrintable(QString::number(fromTrees)));
    std::optional<JsonListPieces> list = JsonListPieces::cut(original, {"batches"}, 1);
    QVERIFY(list && list->read(0, true).tree);
}

QTEST_GUILESS_MAIN(tst_Import)
// A large CSV file is cut into pieces read on their own: cut anywhere a record may end, with
// quoted fields holding commas, quotes and line breaks, CRLF, LF and CR line ends, blank lines
// and non-ASCII text (some of it cut off), the pieces read as the whole does, record for record
// and line for line; and with a stray quote put in, they fail on the whole's line for the whole's
// reason.
void tst_Import::csvPiecesReadAsTheWhole()
{
    QRandomGenerator random(2026);
    const QStringList alphabet{u"a"_s, u"7"_s, u","_s,  u"\""_s,   u"\n"_s, u"\r"_s,
                               u" "_s, u"é"_s, u"日"_s, u"\r\n"_s, u"Z"_s,  u"-"_s};
    const QStringList lineEnds{u"\n"_s, u"\r\n"_s, u"\r"_s};
    const auto parseWhole = [](const QByteArray &bytes, QList<Csv::Row> &rows, int &line,
                               QString &error) {
        // As the importer reads a file: one byte-order mark dropped, a U+FEFF after it kept.
        QByteArrayView body(bytes);
        if (body.startsWith("\xEF\xBB\xBF"))
            body = body.sliced(3);
        return Csv::parse(Csv::decode(body, {0, body.size(), 1}), 1, &rows, &line, &error);
    };
    const auto parsePieces = [](const QByteArray &bytes, int count, QList<Csv::Row> &rows,
                                int &line, QString &error) {
        QByteArrayView body(bytes);
        if (body.startsWith("\xEF\xBB\xBF"))
            body = body.sliced(3);
        const QList<Csv::Piece> pieces = Csv::pieces(body, count, 1);
        for (const Csv::Piece &piece : pieces) {
            if (!Csv::parse(Csv::decode(body, piece), piece.line, &rows, &line, &error))
                return false;
        }
        return true;
    };
    // What the CSV fuzz target once found (issue 21): a byte-order mark at the start and
    // another at the start of the second line. Also a seed of tests/fuzz/seeds/fuzz_qc_csv.
    {
        const QByteArray found("\xEF\xBB\xBF"
                               "bal,,,z,,,<,,,,,,,,,,,,,,,,,,,,,,,,,,,l,\r\n"
                               "\xEF\xBB\xBF"
                               "batch,sample,test,value,text,unitD19-LEI-2410-00000,"
                               "CD19");
        QList<Csv::Row> whole;
        int wholeLine = 0;
        QString wholeError;
        const bool ok = parseWhole(found, whole, wholeLine, wholeError);
        for (int count : {2, 3, 7}) {
            QList<Csv::Row> joined;
            int line = 0;
            QString error;
            QCOMPARE(parsePieces(found, count, joined, line, error), ok);
            QCOMPARE(joined, whole);
            QCOMPARE(error, wholeError);
        }
        QVERIFY(ok);
        QCOMPARE(whole.size(), qsizetype(2));
        QVERIFY(whole.at(1).fields.first().startsWith(QChar(0xFEFF))); // inside the field, kept
    }
    int cutFiles = 0;
    for (int round = 0; round < 400; ++round) {
        QString text = round % 5 == 0 ? QString(QChar(0xFEFF)) : QString();
        const QString lineEnd = lineEnds.at(round % 3);
        const int records = 20 + static_cast<int>(random.bounded(80));
        for (int r = 0; r < records; ++r) {
            if (random.bounded(10) == 0) { // a blank line
                text += lineEnd;
                continue;
            }
            QStringList fields;
            for (int c = 0; c < 4; ++c) {
                QString field;
                for (int n = static_cast<int>(random.bounded(6)); n > 0; --n)
                    field += alphabet.at(random.bounded(alphabet.size()));
                fields << field;
            }
            QString line = Csv::line(fields);
            line.chop(2); // its CRLF, for this file's line end
            text += line + (random.bounded(3) == 0 ? lineEnds.at(random.bounded(3)) : lineEnd);
        }
        QByteArray bytes = text.toUtf8();
        if (round % 7 == 3) // bytes that are not UTF-8, last in the file (cut off) or not
            bytes.insert(round % 14 == 3 ? bytes.size() : random.bounded(bytes.size()), "\xE6\x97");
        if (round % 2 == 1) { // a stray quote, or a character after a closing one
            const qsizetype at = random.bounded(bytes.size());
            bytes.insert(at, round % 4 == 1 ? "\"" : "x\"");
        }
        QList<Csv::Row> whole;
        int wholeLine = 0;
        QString wholeError;
        const bool ok = parseWhole(bytes, whole, wholeLine, wholeError);
        for (int count : {2, 3, 7}) {
            QList<Csv::Row> joined;
            int line = 0;
            QString error;
            const bool piecesOk = parsePieces(bytes, count, joined, line, error);
            const QString where = u"round %1, %2 pieces"_s.arg(round).arg(count);
            QVERIFY2(piecesOk == ok, qPrintable(where + u": "_s + error + wholeError));
            if (ok) {
                QCOMPARE(joined.size(), whole.size());
                for (qsizetype i = 0; i < whole.size(); ++i) {
                    QVERIFY2(joined.at(i) == whole.at(i),
                             qPrintable(where + u", record %1"_s.arg(i)));
                }
            } else {
                QCOMPARE(line, wholeLine);
                QCOMPARE(error, wholeError);
            }
        }
        cutFiles += Csv::pieces(QByteArrayView(bytes), 7, 1).size() > 1 ? 1 : 0;
    }
    QVERIFY2(cutFiles > 300, qPrintable(QString::number(cutFiles)));
    // Pieces are whole lines of about the size asked, and cover the file once.
    const QByteArray big = QByteArray("a,b\n").repeated(100000);
    const QList<Csv::Piece> pieces = Csv::pieces(QByteArrayView(big), 4, 1 << 16);
    QCOMPARE(pieces.size(), 4);
    qsizetype next = 0;
    int line = 1;
    for (const Csv::Piece &piece : pieces) {
        QCOMPARE(piece.from, next);
        QCOMPARE(piece.line, line);
        QVERIFY(piece.to - piece.from >= big.size() / 4 - 4);
        QVERIFY(big.at(piece.to - 1) == '\n');
        line += static_cast<int>(
            QByteArrayView(big).sliced(piece.from, piece.to - piece.from).count('\n'));
        next = piece.to;
    }
    QCOMPARE(next, big.size());
    QCOMPARE(Csv::pieces(QByteArrayView(big), 4, big.size()).size(), 1);
}
// Every byte of a file is checked as UTF-8, ASCII eight bytes at a time: a bad byte, or a bad
// sequence, is found at whichever offset it falls, and a good sequence anywhere passes.
void tst_Import::utf8CheckedAtEveryOffset()
{
    const QByteArray ascii = kHeader + QByteArray(40, 'a');
    const QList<QByteArray> bad{"\xff", "\xc3", "\xe6\x97", "\xed\xa0\x80", "\xc0\xaf"};
    const QList<QByteArray> good{"\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x98\x80"};
    for (qsizetype at = kHeader.size(); at <= ascii.size(); ++at) {
        for (const QByteArray &b : bad) {
            QByteArray bytes = ascii;
            bytes.insert(at, b);
            Problems p;
            Formats::parse(u"u.csv"_s, bytes, p);
            const QString message = p.report(u"Import"_s);
            QVERIFY2(
                message.contains(u"at offset %1)"_s.arg(at)),
                qPrintable(
                    u"%1 at %2: %3"_s.arg(QString::fromLatin1(b.toHex())).arg(at).arg(message)));
        }
        for (const QByteArray &g : good) {
            QByteArray bytes = ascii;
            bytes.insert(at, g);
            Problems p;
            Formats::parse(u"u.csv"_s, bytes, p);
            QVERIFY2(!p.report(u"Import"_s).contains(u"not UTF-8"_s),
                     qPrintable(u"%1 at %2"_s.arg(QString::fromLatin1(g.toHex())).arg(at)));
        }
    }
}

// Cancelled at the first progress of the writing, while the checker still has most rows to
// check: the import ends (the checker stops as well), says it was cancelled, and writes nothing.
void tst_Import::cancelledWhileStillChecking()
{
    const auto [batches, results] = demoBatches(200);
    Specified specified;
    QVERIFY(specified.ok);
    Session *admin = specified.admin.get();
    Session *analyst = specified.analyst.get();
    const auto cancelAtFirstWrite = [](Session &s, const ImportInput &input) -> QString {
        const Counts before = countsOf(s);
        bool writing = false;
        Result<ImportSummary> done = Importer(s).run({input}, {}, [&writing](int percent) {
            writing = percent > 20;
            return !writing;
        });
        if (done)
            return u"imported"_s;
        if (done.error().code() != ErrorCode::Cancelled)
            return done.error().message();
        if (!writing)
            return u"not cancelled while writing"_s;
        if (const QString change = changeOf(before, s); !change.isEmpty())
            return change;
        return {};
    };
    QString failure =
        cancelAtFirstWrite(*admin, {u"b.json"_s, Serializer::batchRecordDocument(batches)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(Importer(*admin).run({{u"b.json"_s, Serializer::batchRecordDocument(batches)}}, {}));
    failure = cancelAtFirstWrite(*analyst, {u"r.csv"_s, Serializer::resultsCsvDocument(results)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// The hand-written time forms are Qt's: the stored form with milliseconds, and the exchange form
// with seconds unless there are milliseconds (as QDateTime::toString wrote it before), for times
// at offsets in years 1-9999.
void tst_Import::timeFormsAreIso8601()
{
    QRandomGenerator random(1000);
    for (int i = 0; i < 3000; ++i) {
        const int year = i < 20 ? 1 + 500 * i : 1000 + static_cast<int>(random.bounded(9000));
        const QDate date(year, 1 + static_cast<int>(random.bounded(12)),
                         1 + static_cast<int>(random.bounded(28)));
        const QTime time(static_cast<int>(random.bounded(24)), static_cast<int>(random.bounded(60)),
                         static_cast<int>(random.bounded(60)),
                         i % 2 ? static_cast<int>(random.bounded(1000)) : 0);
        const int offset = (static_cast<int>(random.bounded(57)) - 28) * 1800;
        const QDateTime t(date, time, Qt::OffsetFromUTC, offset);
        const QDateTime utc = t.toUTC();
        QCOMPARE(toStoredTime(t), utc.toString(Qt::ISODateWithMs));
        QCOMPARE(Serializer::timeText(t), utc.time().msec()
                                              ? utc.toString(Qt::ISODateWithMs)
                                              : utc.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s));
    }
}

namespace {

// A results CSV of `rows` readings of samples no batch has (they go to the inbox), one a minute,
// about 130 bytes a row; `edit` may change row i's cells (sample, value, time).
QByteArray inboxCsv(int rows, const std::function<void(int, QStringList &)> &edit = {})
{
    QByteArray out = "sample,test,value,unit,method,instrument,analyst,tested_at\n";
    out.reserve(qsizetype(rows) * 132);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        QStringList cells{u"RUN-%1"_s.arg(i / 2, 7, 10, QLatin1Char('0')),
                          u"VCD"_s,
                          QString::number(1 + (i % 997) / 100.0, 'f', 2),
                          u"10^6 cells/mL"_s,
                          u"automated cell count (trypan blue)"_s,
                          u"Vi-Cell BLU serial VB-2231 bench 4"_s,
                          u"m.tanaka"_s,
                          toStoredTime(start.addSecs(qint64(i) * 60))};
        if (edit)
            edit(i, cells);
        out += cells.join(u',').toUtf8() + '\n';
    }
    return out;
}

// The same readings as a QC results JSON file, one item per line after the first; `edit` may
// change an item's text.
QByteArray inboxJson(int rows, const std::function<void(int, QString &)> &edit = {})
{
    QByteArray out = "{\"format\": \"releasedesk.qc-results/1\", \"results\": [\n";
    out.reserve(qsizetype(rows) * 230);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        QString item = u"  {\"sample\": \"RUN-%1\", \"test\": \"VCD\", \"value\": %2, \"unit\": "
                       "\"10^6 cells/mL\", \"method\": \"automated cell count (trypan blue)\", "
                       "\"instrument\": \"Vi-Cell BLU serial VB-2231 bench 4\", \"analyst\": "
                       "\"m.tanaka\", \"testedAt\": \"%3\"}"_s.arg(i / 2, 7, 10, QLatin1Char('0'))
                           .arg(QString::number(1 + (i % 997) / 100.0, 'f', 2),
                                toStoredTime(start.addSecs(qint64(i) * 60)));
        if (edit)
            edit(i, item);
        out += item.toUtf8();
        out += i + 1 < rows ? ",\n" : "\n";
    }
    out += "]}\n";
    return out;
}

// How the whole file's reading (Formats::parse) reports a file.
QString wholeReading(const QString &name, const QByteArray &bytes)
{
    Problems problems;
    Formats::parse(name, bytes, problems);
    return problems.report(u"Import"_s);
}

// How far the process's resident memory rose above what it held before (the file among it)
// while `s` imported `bytes` as `name`; the summary through `done`. -1 where it cannot be told.
qint64 importPeakGrowth(Session &s, const QString &name, const QByteArray &bytes,
                        Result<ImportSummary> *done)
{
    if (!rd::test::resetPeakMemory())
        return -1;
    const qint64 resident = rd::test::processMemory("VmRSS:");
    *done = Importer(s).run({{name, bytes}}, {});
    const qint64 peak = rd::test::processMemory("VmHWM:");
    qInfo("%lld MB file: the import's peak is %lld MB above what the process held before",
          qint64(bytes.size()) / 1000000, (peak - resident) / 1000000);
    return resident > 0 && peak >= resident ? peak - resident : -1;
}

} // namespace

// A large CSV is read piece by piece (2 MiB each) as it is checked and written; the pieces
// check as one file: a result repeated pieces apart, problems in several pieces in the file's
// order, a malformed record reported alone, and what is stored compared in every piece.
void tst_Import::largeCsvCheckedPieceByPiece()
{
    constexpr int kRows = 50'000; // about 6.5 MB: three or more pieces
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const auto run = [&s](const QByteArray &csv, const ImportOptions &options = {}) {
        return Importer(*s).run({{u"counter.csv"_s, csv}}, options);
    };
    const Counts before = countsOf(*s);

    // The reading on line 2 again on the last line, with another value.
    Result<ImportSummary> repeated = run(inboxCsv(kRows, [](int i, QStringList &c) {
        if (i == kRows - 1) {
            c[0] = u"RUN-0000000"_s;
            c[2] = u"7.77"_s;
            c[7] = u"2026-01-01T00:00:00Z"_s;
        }
    }));
    QVERIFY(!repeated);
    QVERIFY2(errorText(repeated).contains(
                 u"counter.csv, line %1: repeats the result of line 2 (same sample, test and "
                 "time): 1.00 10^6 cells/mL and 7.77 10^6 cells/mL"_s.arg(kRows + 1)),
             qPrintable(errorText(repeated)));

    // Problems in the first and the last piece, in the file's order, and then the repeats, as
    // the whole file's reading has them.
    Result<ImportSummary> bad = run(inboxCsv(kRows, [](int i, QStringList &c) {
        if (i == 3)
            c[2] = u"1;5"_s;
        if (i == 40'000) {
            c[0] = u"RUN-0000000"_s;
            c[7] = u"2026-01-01T00:01:00Z"_s;
        }
        if (i == kRows - 2)
            c[7] = u"2026-13-01T00:00:00Z"_s;
    }));
    QVERIFY(!bad);
    const QString badText = errorText(bad);
    const qsizetype first = badText.indexOf(u"line 5, field \"value\""_s);
    const qsizetype last = badText.indexOf(u"line %1, field \"tested_at\""_s.arg(kRows));
    const qsizetype repeat = badText.indexOf(u"line 40002: repeats the result of line 3"_s);
    QVERIFY2(first > 0 && last > first && repeat > last, qPrintable(badText));
    QVERIFY2(badText.startsWith(u"Import: 3 problems"_s), qPrintable(badText));

    // A stray quote in a later piece: that record alone.
    Result<ImportSummary> malformed = run(inboxCsv(kRows, [](int i, QStringList &c) {
        if (i == 3)
            c[2] = u"oops"_s; // a problem of an earlier piece, not reported beside it
        if (i == 30'000)
            c[4] = u"count \"trypan\" blue"_s;
    }));
    QVERIFY(!malformed);
    QVERIFY2(errorText(malformed).contains(u"line 30002"_s) &&
                 !errorText(malformed).contains(u"line 5"_s),
             qPrintable(errorText(malformed)));
    QCOMPARE(countsOf(*s), before);

    // Imported, then again: every piece compared with what is stored.
    const QByteArray good = inboxCsv(kRows);
    Result<ImportSummary> done = run(good);
    QVERIFY2(done, qPrintable(errorText(done)));
    QCOMPARE(done->files.first().toInbox, kRows);
    Result<ImportSummary> again = run(good);
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->files.first().unchanged, kRows);
    QCOMPARE(again->files.first().toInbox, 0);
    Result<ImportSummary> changed = run(inboxCsv(kRows, [](int i, QStringList &c) {
        if (i == kRows - 1)
            c[2] = u"9.99"_s;
    }));
    QVERIFY(!changed);
    QVERIFY2(errorText(changed).contains(u"counter.csv, line %1: the result VCD of sample "
                                         "RUN-0024999"_s.arg(kRows + 1)) &&
                 errorText(changed).contains(u"is 9.99 10^6 cells/mL"_s),
             qPrintable(errorText(changed)));
    ImportOptions supersede;
    supersede.supersede = true;
    supersede.reason = u"Recount after a clogged flow cell"_s;
    Result<ImportSummary> superseded = run(inboxCsv(kRows,
                                                    [](int i, QStringList &c) {
                                                        if (i == kRows - 1)
                                                            c[2] = u"9.99"_s;
                                                    }),
                                           supersede);
    QVERIFY2(superseded, qPrintable(errorText(superseded)));
    QCOMPARE(superseded->files.first().superseded, 1);
    QCOMPARE(superseded->files.first().unchanged, kRows - 1);
    Result<StoreVerification> verified = s->verify();
    QVERIFY2(verified && verified->audit.ok, "the store no longer verifies");
}

// A 255 MiB CSV took 3.5 GiB to import: each piece is freed once written, so what an import
// holds besides the file is a small part of it (measured here on a 64 MB file, whose whole
// results alone took about 300 MB before).
void tst_Import::largeCsvInBoundedMemory()
{
    constexpr int kRows = 480'000;
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const QByteArray csv = inboxCsv(kRows);
    QVERIFY(csv.size() > 60'000'000);
    Result<ImportSummary> done = ImportSummary();
    const qint64 grew = importPeakGrowth(*s, u"large.csv"_s, csv, &done);
    QVERIFY2(grew >= 0, "cannot measure the peak of resident memory (/proc/self)");
    QVERIFY2(done, qPrintable(errorText(done)));
    QCOMPARE(done->files.first().toInbox, kRows);
    // The file itself is held already; an import may add at most its size and 100 MB.
    QVERIFY2(grew < csv.size() + 100'000'000, qPrintable(QString::number(grew)));
}

// The list of a JSON file is cut only between its items: strings and brackets are followed, an
// empty item or a trailing comma stays in a piece for Qt's reader to refuse, and a file whose
// list cannot be told apart is read whole.
void tst_Import::jsonListCutBetweenItems()
{
    const QByteArray tricky =
        "\xEF\xBB\xBF {\"format\": \"x\", \"nested\": {\"results\": [9, 9]}, \"results\": "
        "[{\"a\": \"]\\\"[,\\\\\"}, [1, [2]] , 3], \"z\": 1}";
    std::optional<JsonListPieces> list = JsonListPieces::cut(tricky, {"results", "batches"}, 1);
    QVERIFY(list);
    QCOMPARE(list->member(), QByteArray("results"));
    QCOMPARE(list->itemCount(), 3);
    QCOMPARE(list->pieceCount(), 3);
    QCOMPARE(list->rest(), QByteArray("\xEF\xBB\xBF {\"format\": \"x\", \"nested\": {\"results\": "
                                      "[9, 9]}, \"results\": [], \"z\": 1}"));
    QCOMPARE(list->fileOffset(list->listOffsetInRest()), tricky.indexOf("[{"));
    QCOMPARE(list->fileOffset(list->rest().indexOf("\"z\"")), tricky.indexOf("\"z\""));
    const JsonListPieces::Piece first = list->read(0);
    QVERIFY2(first.readable(), qPrintable(first.error));
    QCOMPARE(first.items.at(0).toObject().value(u"a"_s).toString(), u"]\"[,\\"_s);
    QCOMPARE(list->firstItem(2), 2);
    QCOMPARE(list->read(1).items.at(0).toArray().size(), 2);
    QCOMPARE(list->read(2).items.at(0).toInteger(), 3);

    // ", ," and ",]" are not cut at: the piece holding them is not JSON, at the file's offset.
    // A cut-short true, false or null (Qt's reader looks ahead of it) is found where the whole
    // file's reading finds it.
    for (const QByteArray &bad :
         {QByteArray("{\"results\": [1, ,2]}"), QByteArray("{\"results\": [1, 2,\n ]}"),
          QByteArray("{\"results\": [1,tr,2,3]}"), QByteArray("{\"results\": [1,fal,2]}"),
          QByteArray("{\"results\": [n]}\n\n"), QByteArray("{\"results\": [1, t]}")}) {
        std::optional<JsonListPieces> l = JsonListPieces::cut(bad, {"results"}, 1);
        QVERIFY(l);
        qsizetype offset = -1;
        for (qsizetype p = 0; p < l->pieceCount() && offset < 0; ++p)
            offset = l->read(p).errorOffset;
        QJsonParseError whole{};
        QJsonDocument::fromJson(bad, &whole);
        QVERIFY2(whole.error != QJsonParseError::NoError, bad.constData());
        QCOMPARE(offset, qsizetype(whole.offset));
    }
    // A field given twice in an item of a later piece: the file's path.
    std::optional<JsonListPieces> twice =
        JsonListPieces::cut("{\"results\": [{}, {\"a\": {\"b\": 1, \"b\": 2}}]}", {"results"}, 1);
    QVERIFY(twice);
    const JsonListPieces::Piece second = twice->read(1);
    QVERIFY(second.duplicate);
    QCOMPARE(second.duplicate->path, u"$.results[1].a"_s);
    QCOMPARE(second.duplicate->key, u"b"_s);

    // Read whole: no object at the root, the list given twice, a string or bracket not closed,
    // a list under an escaped name.
    for (const char *whole :
         {"[1, 2]", "{\"results\": [1], \"results\": [2]}", "{\"results\": [\"1]}",
          "{\"results\": [[1]}", "{\"res\\u0075lts\": [1]}", "{\"results\": 1}"})
        QVERIFY2(!JsonListPieces::cut(QByteArray(whole), {"results"}, 1), whole);
}

// What a JSON file read in pieces is refused for does not depend on where it was cut, and who
// may import a file is decided before what is wrong with it is said.
void tst_Import::jsonRefusedAsReadWhole()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const auto importer = [&s](const QByteArray &json) {
        return errorText(Importer(*s).run({{u"r.json"_s, json}}, {}));
    };
    // A control character in a string, which simdjson refuses wherever it is: before a field
    // given twice in an earlier item (the whole reading cuts a file into one piece per core).
    const QByteArray control = "{\"format\": \"releasedesk.qc-results/1\", \"results\": "
                               "[{\"s\": 1, \"s\": 2}, {\"t\": \"x\x01y\"}]}";
    QVERIFY2(importer(control).contains(u"could not be checked for fields given twice"_s),
             qPrintable(importer(control)));
    QCOMPARE(importer(control), wholeReading(u"r.json"_s, control));
    // A member the root may not have, then the items' problems, as the whole reading has them.
    const QByteArray root = inboxJson(3, [](int i, QString &item) {
                                if (i == 2)
                                    item.replace(u"\"VCD\""_s, u"\"V CD\""_s);
                            }).replace("\"results\"", "\"comment\": \"x\", \"results\"");
    QVERIFY2(importer(root).contains(u"r.json, $, field \"comment\""_s) &&
                 importer(root).contains(u"$.results[2], field \"test\""_s),
             qPrintable(importer(root)));
    QCOMPARE(importer(root), wholeReading(u"r.json"_s, root));

    // A QC analyst may not import batch records, however they are written: that is said first.
    const QByteArray badBatches = "{\"format\": \"releasedesk.batch-record/1\", \"x\": 1, "
                                  "\"batches\": [{\"batchNumber\": 5}]}";
    const QByteArray badCsv = kHeader + "x,y\n";
    Result<ImportSummary> analyst =
        Importer(*s).run({{u"r.csv"_s, badCsv}, {u"b.json"_s, badBatches}}, {});
    QVERIFY(!analyst);
    QCOMPARE(analyst.error().code(), ErrorCode::Forbidden);
    std::unique_ptr<Session> admin = l.store.open();
    Result<ImportSummary> administrator = Importer(*admin).run({{u"b.json"_s, badBatches}}, {});
    QVERIFY(!administrator);
    QCOMPARE(administrator.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(errorText(administrator), wholeReading(u"b.json"_s, badBatches));
}

// A 252 MiB results JSON file took 2.4 GB, and the benchmark's batch-record file five times its
// size: both are read a piece of their list at a time, as a CSV file is. Each piece reads as the
// whole file reads: the same messages, the same paths, the numbers as written.
void tst_Import::largeJsonCheckedPieceByPiece()
{
    constexpr int kRows = 20'000; // about 4.5 MB: three or more pieces
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const auto run = [&s](const QByteArray &json, const ImportOptions &options = {}) {
        return Importer(*s).run({{u"counter.json"_s, json}}, options);
    };
    const Counts before = countsOf(*s);

    // A field given twice in an item of a later piece; then text that is not JSON there.
    const QByteArray twice = inboxJson(kRows, [](int i, QString &item) {
        if (i == 15'000)
            item.replace(u"\"unit\""_s, u"\"value\": 7.5, \"unit\""_s);
    });
    Result<ImportSummary> duplicate = run(twice);
    QVERIFY(!duplicate);
    QVERIFY2(errorText(duplicate).contains(
                 u"counter.json, $.results[15000], field \"value\": is given more than once"_s),
             qPrintable(errorText(duplicate)));
    QCOMPARE(errorText(duplicate), wholeReading(u"counter.json"_s, twice));
    const QByteArray broken = inboxJson(kRows, [](int i, QString &item) {
        if (i == 3)
            item.replace(u"\"VCD\""_s, u"\"NOPE\""_s); // a problem of an earlier piece
        if (i == 18'000)
            item.replace(u"\"value\": "_s, u"\"value\": 1."_s);
    });
    Result<ImportSummary> notJson = run(broken);
    QVERIFY(!notJson);
    QVERIFY2(errorText(notJson).contains(u"counter.json, line 18002, column "_s) &&
                 errorText(notJson).contains(u"is not valid JSON"_s) &&
                 !errorText(notJson).contains(u"NOPE"_s),
             qPrintable(errorText(notJson)));
    QCOMPARE(errorText(notJson), wholeReading(u"counter.json"_s, broken));

    // Problems in the first and the last piece in the file's order, then a repeat across them.
    const QByteArray bad = inboxJson(kRows, [](int i, QString &item) {
        if (i == 3)
            item.replace(u"\"value\": "_s, u"\"value\": \"1;5\", \"x\": "_s);
        if (i == 19'000)
            item.replace(u"RUN-0000001"_s, u"RUN-0000000"_s)
                .replace(u"2026-01-01T00:03:00Z"_s, u"2026-01-01T00:00:00Z"_s);
        if (i == kRows - 2)
            item.replace(u"\"testedAt\": \"2026-01"_s, u"\"testedAt\": \"2026-13"_s);
    });
    Result<ImportSummary> refused = run(bad);
    QVERIFY(!refused);
    const QString badText = errorText(refused);
    const qsizetype first = badText.indexOf(u"$.results[3], field \"value\""_s);
    const qsizetype last = badText.indexOf(u"$.results[%1], field \"testedAt\""_s.arg(kRows - 2));
    QVERIFY2(first > 0 && last > first, qPrintable(badText));
    QCOMPARE(countsOf(*s), before);

    // Every item imported, its number as written ("1.10", not 1.1), also in the last piece.
    const QByteArray good = inboxJson(kRows, [](int i, QString &item) {
        if (i == kRows - 1)
            item.replace(u"\"value\": 1.59"_s, u"\"value\": -0"_s); // 19 999 % 997 = 59
    });
    Result<ImportSummary> done = run(good);
    QVERIFY2(done, qPrintable(errorText(done)));
    QCOMPARE(done->files.first().toInbox, kRows);
    Result<QByteArray> out =
        Exporter::produce(*s, Exporter::What::Unassigned, Exporter::Format::Csv);
    QVERIFY(out);
    // Items 10 and 18 953 (997 * 19 + 10) hold 1.10, in the first piece and the last.
    QVERIFY2(out->contains(",RUN-0000005,VCD,1.10,"), "1.10 lost the form it was written in");
    QVERIFY2(out->contains(",RUN-0009476,VCD,1.10,"),
             "1.10 of a later piece lost the form it was written in");
    QVERIFY2(out->contains(",RUN-0009999,VCD,-0,"), "-0 in the last piece was not kept");
    Result<ImportSummary> again = run(good);
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->files.first().unchanged, kRows);
    Result<ImportSummary> changed = run(inboxJson(kRows, [](int i, QString &item) {
        if (i == kRows - 3)
            item.replace(u"\"value\": "_s, u"\"value\": 9"_s);
    }));
    QVERIFY(!changed);
    QVERIFY2(errorText(changed).contains(u"counter.json, $.results[%1]: the result VCD of sample "
                                         "RUN-0009998"_s.arg(kRows - 3)),
             qPrintable(errorText(changed)));
    Result<StoreVerification> verified = s->verify();
    QVERIFY2(verified && verified->audit.ok, "the store no longer verifies");
}

// A batch-record file read a piece at a time: a number given again in a later piece is found,
// and every record is written as the whole file's reading has it.
void tst_Import::largeBatchFileCheckedPieceByPiece()
{
    Specified sp;
    QVERIFY(sp.ok);
    constexpr int kBatches = 300;
    const auto [records, results] = demoBatches(kBatches);
    const QByteArray file = Serializer::batchRecordDocument(records);
    QVERIFY2(file.size() > 4 * (1 << 20), "too small for three pieces");
    const Counts before = countsOf(*sp.admin);

    // The first batch's number again in the last record.
    QList<BatchRecord> twice = records;
    twice.last().batchNumber = twice.first().batchNumber;
    const QByteArray twiceFile = Serializer::batchRecordDocument(twice);
    Result<ImportSummary> refused = Importer(*sp.admin).run({{u"batches.json"_s, twiceFile}}, {});
    QVERIFY(!refused);
    QVERIFY2(errorText(refused).contains(u"batches.json, $.batches[%1], field \"batchNumber\": "
                                         "\"%2\" appears twice"_s.arg(kBatches - 1)
                                             .arg(records.first().batchNumber)),
             qPrintable(errorText(refused)));
    QCOMPARE(errorText(refused), wholeReading(u"batches.json"_s, twiceFile));
    QCOMPARE(countsOf(*sp.admin), before);

    Result<ImportSummary> done = Importer(*sp.admin).run({{u"batches.json"_s, file}}, {});
    QVERIFY2(done, qPrintable(errorText(done)));
    QCOMPARE(done->files.first().added, kBatches);
    Result<QByteArray> out =
        Exporter::produce(*sp.admin, Exporter::What::Batches, Exporter::Format::Json);
    QVERIFY(out);
    QCOMPARE(out.value(), file);
    Result<ImportSummary> again = Importer(*sp.admin).run({{u"batches.json"_s, file}}, {});
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->files.first().unchanged, kBatches);
}

// The bound of largeCsvInBoundedMemory, for the JSON files.
void tst_Import::largeJsonInBoundedMemory()
{
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const QByteArray json = inboxJson(300'000);
    QVERIFY(json.size() > 60'000'000);
    Result<ImportSummary> done = ImportSummary();
    const qint64 grew = importPeakGrowth(*s, u"large.json"_s, json, &done);
    QVERIFY2(grew >= 0, "cannot measure the peak of resident memory (/proc/self)");
    QVERIFY2(done, qPrintable(errorText(done)));
    QCOMPARE(done->files.first().toInbox, 300'000);
    QVERIFY2(grew < json.size() + 100'000'000, qPrintable(QString::number(grew)));
}

// Nine decimals of a second were cut to milliseconds: a result's time is kept to the nanosecond,
// in the store, in exports, in what makes a result one result, and when it is assigned.
void tst_Import::fractionsOfSecondsKept()
{
    Problems problems;
    Fields f(problems, u"t.csv"_s);
    for (const auto &[text, msec, nanos] :
         {std::tuple{"2026-03-14T09:30:00.123456789Z", 123, 456789},
          std::tuple{"2026-03-14T09:30:00.1234Z", 123, 400000},
          std::tuple{"2026-03-14t10:30:00.000000001+01:00", 0, 1},
          std::tuple{"2026-03-14 09:30:00.1234567890Z", 123, 456789},
          std::tuple{"2026-03-14T09:30:00.120Z", 120, 0}}) {
        int got = -1;
        const QDateTime t = f.dateTime(QString::fromLatin1(text), u"line 1"_s, u"tested_at"_s,
                                       Fields::Required, &got);
        QVERIFY2(t.isValid(), text);
        QCOMPARE(t, QDateTime(QDate(2026, 3, 14), QTime(9, 30, 0, msec), Qt::UTC));
        QCOMPARE(got, nanos);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.report(u"Import"_s)));
    int finer = 0;
    QVERIFY(!f.dateTime(u"2026-03-14T09:30:00.1234567891Z"_s, u"line 2"_s, u"tested_at"_s,
                        Fields::Required, &finer)
                 .isValid());
    QVERIFY2(problems.report(u"Import"_s).contains(u"line 2"_s) &&
                 problems.report(u"Import"_s).contains(u"nanosecond"_s),
             qPrintable(problems.report(u"Import"_s)));

    // The stored form: toStoredTime() writes it, fromStoredTime() reads it back, and only that
    // form (no trailing zeros in the finer part) passes verification.
    const QDateTime at(QDate(2026, 3, 14), QTime(9, 30, 0, 123), Qt::UTC);
    for (const auto &[nanos, text] : {std::pair{0, "2026-03-14T09:30:00.123Z"},
                                      std::pair{456000, "2026-03-14T09:30:00.123456Z"},
                                      std::pair{456789, "2026-03-14T09:30:00.123456789Z"},
                                      std::pair{1, "2026-03-14T09:30:00.123000001Z"}}) {
        QCOMPARE(toStoredTime(at, nanos), QString::fromLatin1(text));
        int back = -1;
        QCOMPARE(fromStoredTime(QString::fromLatin1(text), &back), at);
        QCOMPARE(back, nanos);
        QVERIFY2(isStoredTimeForm(text), text);
    }
    for (const char *text : {"2026-03-14T09:30:00.123000Z", "2026-03-14T09:30:00.123456000Z",
                             "2026-03-14T09:30:00.1234Z", "2026-03-14T09:30:00.123456789+00:00"})
        QVERIFY2(!isStoredTimeForm(text), text);

    // Two readings two nanoseconds apart are two results, each kept as written.
    Loaded l;
    QVERIFY(l.ok);
    std::unique_ptr<Session> s = l.analyst();
    const QByteArray csv = "sample,test,value,unit,analyst,tested_at\n"
                           "CTR-7,VCD,1.58,10^6 cells/mL,k.sato,2026-03-14T09:30:00.123456789Z\n"
                           "CTR-7,VCD,1.61,10^6 cells/mL,k.sato,2026-03-14T09:30:00.123456791Z\n";
    Result<ImportSummary> done = Importer(*s).run({{u"fine.csv"_s, csv}}, {});
    QVERIFY2(done, qPrintable(errorText(done)));
    QCOMPARE(done->files.first().toInbox, 2);
    Result<QByteArray> out =
        Exporter::produce(*s, Exporter::What::Unassigned, Exporter::Format::Csv);
    QVERIFY(out);
    QVERIFY2(out->contains("2026-03-14T09:30:00.123456789Z,") &&
                 out->contains("2026-03-14T09:30:00.123456791Z,"),
             out->constData());
    // The export is the same content: nothing changes.
    Result<ImportSummary> again = Importer(*s).run({{u"export.csv"_s, out.value()}}, {});
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->files.first().unchanged, 2);
    QCOMPARE(again->files.first().toInbox, 0);
    // Another value at the first time conflicts with that reading, named to the nanosecond.
    Result<ImportSummary> changed = Importer(*s).run(
        {{u"changed.csv"_s,
          QByteArray("sample,test,value,unit,analyst,tested_at\n"
                     "CTR-7,VCD,1.59,10^6 cells/mL,k.sato,2026-03-14T09:30:00.123456789Z\n")}},
        {});
    QVERIFY(!changed);
    QVERIFY2(errorText(changed).contains(u"at 2026-03-14T09:30:00.123456789Z is 1.59"_s) &&
                 errorText(changed).contains(u"is 1.58"_s),
             qPrintable(errorText(changed)));
    Result<StoreVerification> verified = s->verify();
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message()));
    QVERIFY2(verified->audit.ok, qPrintable(verified->audit.problem));

    // Assigned to a batch's sample, the result keeps its time to the nanosecond.
    QcResult reading = l.demo.unassignedResults().first();
    reading.testedAtNanos = 250'001;
    QVERIFY(Importer(*s).run({{u"counter.csv"_s, Serializer::resultsCsvDocument({reading})}}, {}));
    Inbox inbox(*s);
    Result<QList<InboxItem>> open = inbox.items();
    QVERIFY(open);
    QList<qint64> ids;
    for (const InboxItem &i : open.value()) {
        if (i.result.sampleId == reading.sampleId) {
            QCOMPARE(i.result.testedAtNanos, 250'001);
            ids << i.id;
        }
    }
    QCOMPARE(ids.size(), qsizetype(1));
    QString target;
    for (const QcSample &q : l.batches.last().qcSamples) {
        if (q.id.endsWith(u"-IPC2"_s))
            target = q.id;
    }
    QVERIFY(inbox.assign(ids, target, u"Counter run label matches the logbook entry"_s));
    Result<QList<QcResult>> assigned =
        RecordStore(s->store().connection()).currentResults(l.batches.last().batchNumber);
    QVERIFY(assigned);
    int kept = 0;
    for (const QcResult &r : assigned.value())
        kept += r.sampleId == target && r.testedAtNanos == 250'001 ? 1 : 0;
    QCOMPARE(kept, 1);
    verified = s->verify();
    QVERIFY2(verified && verified->audit.ok, "the store no longer verifies");
}

#include "tst_import.moc"
