// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordstore.h"

#include "core/clock.h"
#include "store/rows.h"
#include "store/statement.h"
#include "store/store.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// NOT NULL text columns take an empty string where the value is a null QString (which the
// driver, rightly, writes as SQL NULL). A reference, not a copy: an import binds millions.
const QString &text(const QString &s)
{
    static const QString empty(u""_s);
    return s.isNull() ? empty : s;
}

QVariant textOf(const std::optional<Number> &n)
{
    return n ? QVariant(n->text) : QVariant(QMetaType(QMetaType::QString));
}

QVariant valueOf(const std::optional<Number> &n)
{
    return n ? QVariant(n->value) : QVariant(QMetaType(QMetaType::Double));
}

// Read from a QSqlQuery or a Statement, which both give value(column).
template<class Row>
QDateTime timeAt(const Row &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QDateTime() : fromStoredTime(v.toString());
}

QDate dateAt(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

template<class Row>
std::optional<Number> numberAt(const Row &q, int textColumn, int valueColumn)
{
    const QVariant t = q.value(textColumn);
    if (t.isNull())
        return std::nullopt;
    return Number{t.toString(), q.value(valueColumn).toDouble()};
}

// Only the text is stored for some numbers (EM limits); the value is read from it.
std::optional<Number> numberFromText(const QVariant &t)
{
    if (t.isNull())
        return std::nullopt;
    return Number{t.toString(), t.toString().toDouble()};
}

constexpr char kResultColumns[] =
    "batch_number, sample_id, test_code, value_text, value_num, text_result, unit, method, "
    "instrument, analyst, tested_at, status, reason";

template<class Row>
QcResult resultAt(const Row &q, int first)
{
    QcResult r;
    r.batchNumber = q.value(first).toString();
    r.sampleId = q.value(first + 1).toString();
    r.testCode = q.value(first + 2).toString();
    r.value = numberAt(q, first + 3, first + 4);
    r.text = q.value(first + 5).toString();
    r.unit = q.value(first + 6).toString();
    r.method = q.value(first + 7).toString();
    r.instrument = q.value(first + 8).toString();
    r.analyst = q.value(first + 9).toString();
    if (const QVariant at = q.value(first + 10); !at.isNull())
        r.testedAt = fromStoredTime(at.toString(), &r.testedAtNanos);
    r.status = resultStatusFromId(q.value(first + 11).toString()).value_or(ResultStatus::Final);
    r.reason = q.value(first + 12).toString();
    return r;
}

// Times and dates as every read expects them; an invalid one is NULL. `Row` is a Statement or
// BoundRows.
template<class Row>
void addTime(Row &s, const QDateTime &t)
{
    t.isValid() ? s.add(toStoredTime(t)) : s.addNull();
}

template<class Row>
void addDate(Row &s, const QDate &d)
{
    d.isValid() ? s.add(d.toString(Qt::ISODate)) : s.addNull();
}

// A number's two columns: the text as given and its value.
template<class Row>
void addNumber(Row &s, const std::optional<Number> &n)
{
    if (n)
        s.add(n->text).add(n->value);
    else
        s.addNull().addNull();
}

// The rows of a batch record, in the order they are written (which gives each its rowid, as
// every earlier import did): encodeBatch() tags each row with its table.
enum class BatchRow {
    Record,
    Custody,
    Step,
    Parameter,
    Material,
    Equipment,
    Deviation,
    Em,
    Sample,
    Identifier,
};

// Each table's INSERT: the values the writer gives come first (the version, file and
// supersession of the record; the record's or step's id of the others), then the encoded row.
struct BatchTable
{
    const char *name;
    const char *sql;
};
constexpr BatchTable kBatchTables[] = {
    {"batch", "INSERT INTO batch_records (version, content_hash, source_file_id, supersedes_id, "
              "supersede_reason, batch_number, product_code, site, mbr_version, started_at, "
              "ended_at, record_status, presentation, expires_at, planned_shipment_at, coi_din, "
              "coi_patient_ref, coi_collection_id, coi_collection_site, coi_collected_at, "
              "coi_treatment_centre) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?)"},
    {"custody", "INSERT INTO custody_events (record_id, seq, event, at, by_whom, location, "
                "temperature_text, temperature_num) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
    {"step", "INSERT INTO process_steps (record_id, seq, name, equipment_id, started_at, "
             "ended_at, operator, verifier, manual_entry, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
             "?, ?)"},
    {"param", "INSERT INTO step_parameters (step_id, seq, name, unit, set_text, set_num, "
              "low_text, low_num, high_text, high_num, actual_text, actual_num) VALUES (?, ?, ?, "
              "?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {"material", "INSERT INTO materials (record_id, seq, code, name, lot, expiry, step) VALUES "
                 "(?, ?, ?, ?, ?, ?, ?)"},
    {"equipment", "INSERT INTO equipment (record_id, seq, equipment_id, name, calibration_due) "
                  "VALUES (?, ?, ?, ?, ?)"},
    {"deviation", "INSERT INTO deviations (record_id, seq, deviation_id, title, class, open, "
                  "opened_at, closed_at, impact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {"em", "INSERT INTO em_samples (record_id, seq, room, grade, location, sampled_at, p05_text, "
           "p05_num, p5_text, p5_num, cfu_text, cfu_num, alert05_text, action05_text, "
           "alert5_text, action5_text, alert_cfu_text, action_cfu_text) VALUES (?, ?, ?, ?, ?, "
           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {"sample", "INSERT INTO qc_samples (record_id, seq, sample_id, drawn_at, step) VALUES (?, ?, "
               "?, ?, ?)"},
    {"identifier", "INSERT INTO record_identifiers (record_id, part, seq, identifier) VALUES (?, "
                   "?, ?, ?)"},
};
static_assert(std::size(kBatchTables) == static_cast<std::size_t>(BatchRow::Identifier) + 1);

} // namespace

RecordStore::RecordStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

RecordStore::~RecordStore() = default;

QString RecordStore::key(const QString &sampleId, const QString &testCode,
                         const QDateTime &testedAt, int nanos)
{
    QString k =
        sampleId + u'\x1f' + testCode + u'\x1f' + QString::number(testedAt.toMSecsSinceEpoch());
    if (nanos != 0)
        k += u'.' + QString::number(nanos);
    return k;
}

QSqlQuery &RecordStore::prepared(const char *name, const QString &sql) const
{
    std::shared_ptr<QSqlQuery> &q = m_statements[QByteArray(name)];
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            // Not kept, so that the next use prepares it again; exec() reports the failure.
            m_unprepared = std::move(q);
            m_statements.remove(QByteArray(name));
            return *m_unprepared;
        }
    }
    return *q;
}

Statement &RecordStore::direct(const char *name, const char *sql) const
{
    const auto kept = m_direct.find(name);
    if (kept != m_direct.end())
        return *kept->second;
    auto s = std::make_unique<Statement>(m_db, sql);
    if (!s->isValid()) {
        // Not kept, so that the next use prepares it again; exec() reports the failure.
        m_undirect = std::move(s);
        return *m_undirect;
    }
    return *m_direct.emplace(name, std::move(s)).first->second;
}

template<class Read, class Take>
Status RecordStore::eachChunk(const QSet<QString> &ids, const char *name, const QByteArray &prefix,
                              const Read &read, const Take &take, const QString &what) const
{
    // Every chunk has the same number of parameters, so one statement serves them all: the last
    // chunk repeats its last id, which an IN list does not mind. Fewer ids than a chunk (one
    // batch's samples) get a statement of their own size, as the list of every id SQLite
    // builds for IN would otherwise be a chunk long.
    if (ids.isEmpty())
        return {};
    const qsizetype chunk = std::min<qsizetype>(ids.size(), 400);
    QByteArray sql = prefix;
    for (qsizetype i = 0; i < chunk; ++i)
        sql += i ? ", ?" : "?";
    sql += ')';
    const QByteArray kept = QByteArray(name) + '/' + QByteArray::number(chunk);
    Statement &q = direct(kept.constData(), sql.constData());
    const QStringList list(ids.cbegin(), ids.cend());
    for (qsizetype start = 0; start < list.size(); start += chunk) {
        for (qsizetype i = 0; i < chunk; ++i)
            q.add(list.at(std::min(start + i, list.size() - 1)));
        if (Status s = q.eachRow([&what] { return what; }, [&] { take(read(q)); }); !s)
            return s;
    }
    return {};
}

Error RecordStore::failure(const QString &what, const QSqlQuery &q) const
{
    return Store::errorFrom(what, q.lastError());
}

// ---------------------------------------------------------------- reads

Result<QList<Specification>> RecordStore::specifications() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT s.id, p.code, p.name, s.version, s.effective_from, t.code, t.name, t.unit, "
            "t.lower_text, t.lower_num, t.upper_text, t.upper_num, t.expected, t.method, "
            "t.release_critical, t.may_be_pending, s.strength, f.imported_by, f.imported_at, "
            "a.spec_id, a.approved_at, a.effective_from, a.signature_id, g.user_name, g.full_name "
            "FROM specifications s JOIN products p ON p.id = s.product_id JOIN spec_tests t ON "
            "t.spec_id = s.id JOIN import_files f ON f.id = s.source_file_id LEFT JOIN "
            "specification_approvals a ON a.spec_id = s.id LEFT JOIN signatures g ON g.id = "
            "a.signature_id ORDER BY p.code, s.effective_from, s.id, t.id"_s))
        return failure(tr("Cannot read the specifications"), q);
    QList<Specification> specs;
    qint64 current = -1;
    const Status read = eachRow(q, tr("Cannot read the specifications"), [&] {
        if (q.value(0).toLongLong() != current) {
            current = q.value(0).toLongLong();
            Specification s;
            s.product = {q.value(1).toString(), q.value(2).toString(), q.value(16).toString()};
            s.version = q.value(3).toString();
            s.effectiveFrom = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            s.id = current;
            s.importedBy = q.value(17).toString();
            s.importedAt = timeAt(q, 18);
            if (!q.value(19).isNull()) {
                SpecApproval a;
                a.at = timeAt(q, 20);
                a.effectiveFrom = QDate::fromString(q.value(21).toString(), Qt::ISODate);
                a.signatureId = q.value(22).toLongLong();
                a.userName = q.value(23).toString();
                a.fullName = q.value(24).toString();
                s.approval = a;
            }
            specs << s;
        }
        SpecTest t;
        t.code = q.value(5).toString();
        t.name = q.value(6).toString();
        t.unit = q.value(7).toString();
        t.lower = numberAt(q, 8, 9);
        t.upper = numberAt(q, 10, 11);
        t.expected = q.value(12).toString();
        t.method = q.value(13).toString();
        t.releaseCritical = q.value(14).toBool();
        t.mayBePendingAtRelease = q.value(15).toBool();
        specs.last().tests << t;
    });
    if (!read)
        return read.error();
    return specs;
}

Result<QHash<QString, qint64>> RecordStore::judgedAgainst() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT batch_number, spec_id FROM batch_specifications ORDER BY id"_s))
        return failure(tr("Cannot read which specification batches are judged against"), q);
    QHash<QString, qint64> out;
    const Status read =
        eachRow(q, tr("Cannot read which specification batches are judged against"), [&] {
            out.insert(q.value(0).toString(), q.value(1).toLongLong()); // the newest stays
        });
    if (!read)
        return read.error();
    return out;
}

Result<QHash<QString, StoredBatch>> RecordStore::currentBatches() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, batch_number, version, content_hash, product_code, started_at FROM "
                "batch_records WHERE superseded_by_id IS NULL"_s))
        return failure(tr("Cannot read the batch records"), q);
    QHash<QString, StoredBatch> out;
    const Status read = eachRow(q, tr("Cannot read the batch records"), [&] {
        StoredBatch b{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                      q.value(3).toString(),   q.value(4).toString(), timeAt(q, 5)};
        out.insert(b.batchNumber, b);
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<BatchSummary>> RecordStore::batchSummaries() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, batch_number, product_code, site, started_at, planned_shipment_at, "
                "version, presentation FROM batch_records WHERE superseded_by_id IS NULL ORDER BY "
                "started_at DESC, batch_number"_s))
        return failure(tr("Cannot read the batch records"), q);
    QList<BatchSummary> out;
    const Status read = eachRow(q, tr("Cannot read the batch records"), [&] {
        out << BatchSummary{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(),   timeAt(q, 4),          timeAt(q, 5),
                            q.value(6).toInt(),      q.value(7).toString()};
    });
    if (!read)
        return read.error();
    return out;
}

Result<BatchRecord> RecordStore::loadBatch(qint64 id) const
{
    QSqlQuery *current = nullptr;
    const auto run = [this, &current, id](const char *name, const QString &sql) {
        if (current)
            current->finish();
        current = &prepared(name, sql);
        current->bindValue(0, id);
        return current->exec();
    };
    // Whichever statement ran last is finished however this returns.
    const auto finished = qScopeGuard([&current] {
        if (current)
            current->finish();
    });
    const auto q = [&current]() -> QSqlQuery & { return *current; };
    if (!run("load-batch",
             u"SELECT batch_number, product_code, site, mbr_version, started_at, ended_at, "
             "record_status, presentation, expires_at, planned_shipment_at, coi_din, "
             "coi_patient_ref, coi_collection_id, coi_collection_site, coi_collected_at, "
             "coi_treatment_centre FROM batch_records WHERE id = ?"_s))
        return failure(tr("Cannot read the batch record"), q());
    const QString what = tr("Cannot read the batch record");
    const Result<bool> found = nextRow(q(), what);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(ErrorCode::NotFound, tr("There is no batch record %1.").arg(id));
    BatchRecord r;
    r.batchNumber = q().value(0).toString();
    r.productCode = q().value(1).toString();
    r.site = q().value(2).toString();
    r.masterBatchRecordVersion = q().value(3).toString();
    r.startedAt = timeAt(q(), 4);
    r.endedAt = timeAt(q(), 5);
    r.recordStatus = q().value(6).toString();
    r.presentation = q().value(7).toString();
    r.expiresAt = timeAt(q(), 8);
    r.plannedShipmentAt = timeAt(q(), 9);
    r.coi = {q().value(10).toString(), q().value(11).toString(), q().value(12).toString(),
             q().value(13).toString(), timeAt(q(), 14),          q().value(15).toString()};

    if (!run("load-custody",
             u"SELECT event, at, by_whom, location, temperature_text, temperature_num FROM "
             "custody_events WHERE record_id = ? ORDER BY seq"_s))
        return failure(tr("Cannot read the batch record"), q());
    Status read = eachRow(q(), what, [&] {
        r.custody << CustodyEvent{q().value(0).toString(), timeAt(q(), 1), q().value(2).toString(),
                                  q().value(3).toString(), numberAt(q(), 4, 5)};
    });
    if (!read)
        return read.error();

    if (!run("load-steps",
             u"SELECT s.id, s.seq, s.name, s.equipment_id, s.started_at, s.ended_at, s.operator, "
             "s.verifier, s.manual_entry, s.notes FROM process_steps s WHERE s.record_id = ? "
             "ORDER BY s.seq"_s))
        return failure(tr("Cannot read the batch record"), q());
    QList<qint64> stepIds;
    read = eachRow(q(), what, [&] {
        ProcessStep s;
        stepIds << q().value(0).toLongLong();
        s.sequence = q().value(1).toInt();
        s.name = q().value(2).toString();
        s.equipmentId = q().value(3).toString();
        s.startedAt = timeAt(q(), 4);
        s.endedAt = timeAt(q(), 5);
        s.operatorName = q().value(6).toString();
        s.verifier = q().value(7).toString();
        s.manualEntry = q().value(8).toBool();
        s.notes = q().value(9).toString();
        r.steps << s;
    });
    if (!read)
        return read.error();
    // Every step's parameters in one read, in the steps' order.
    if (!run("load-parameters",
             u"SELECT p.step_id, p.name, p.unit, p.set_text, p.set_num, p.low_text, p.low_num, "
             "p.high_text, p.high_num, p.actual_text, p.actual_num FROM process_steps s JOIN "
             "step_parameters p ON p.step_id = s.id WHERE s.record_id = ? ORDER BY s.seq, p.seq"_s))
        return failure(tr("Cannot read the batch record"), q());
    QHash<qint64, qsizetype> stepAt;
    for (qsizetype i = 0; i < stepIds.size(); ++i)
        stepAt.insert(stepIds.at(i), i);
    read = eachRow(q(), what, [&] {
        const auto step = stepAt.constFind(q().value(0).toLongLong());
        if (step == stepAt.cend())
            return; // the join names only this record's steps
        ProcessParameter p;
        p.name = q().value(1).toString();
        p.unit = q().value(2).toString();
        p.setPoint = numberAt(q(), 3, 4);
        p.low = numberAt(q(), 5, 6);
        p.high = numberAt(q(), 7, 8);
        p.actual = numberAt(q(), 9, 10);
        r.steps[*step].parameters << p;
    });
    if (!read)
        return read.error();

    if (!run(
            "load-materials",
            u"SELECT code, name, lot, expiry, step FROM materials WHERE record_id = ? ORDER BY seq"_s))
        return failure(tr("Cannot read the batch record"), q());
    read = eachRow(q(), what, [&] {
        r.materials << MaterialUse{q().value(0).toString(), q().value(1).toString(),
                                   q().value(2).toString(), dateAt(q(), 3), q().value(4).toInt()};
    });
    if (!read)
        return read.error();

    if (!run("load-equipment",
             u"SELECT equipment_id, name, calibration_due FROM equipment WHERE record_id = ? "
             "ORDER BY seq"_s))
        return failure(tr("Cannot read the batch record"), q());
    read = eachRow(q(), what, [&] {
        r.equipment << EquipmentUse{q().value(0).toString(), q().value(1).toString(),
                                    dateAt(q(), 2)};
    });
    if (!read)
        return read.error();

    if (!run("load-deviations",
             u"SELECT deviation_id, title, class, open, opened_at, closed_at, impact FROM "
             "deviations WHERE record_id = ? ORDER BY seq"_s))
        return failure(tr("Cannot read the batch record"), q());
    read = eachRow(q(), what, [&] {
        Deviation d;
        d.id = q().value(0).toString();
        d.title = q().value(1).toString();
        d.deviationClass =
            deviationClassFromId(q().value(2).toString()).value_or(DeviationClass::Minor);
        d.open = q().value(3).toBool();
        d.openedAt = timeAt(q(), 4);
        d.closedAt = timeAt(q(), 5);
        d.impact = q().value(6).toString();
        r.deviations << d;
    });
    if (!read)
        return read.error();

    if (!run("load-em",
             u"SELECT room, grade, location, sampled_at, p05_text, p05_num, p5_text, p5_num, "
             "cfu_text, cfu_num, alert05_text, action05_text, alert5_text, action5_text, "
             "alert_cfu_text, action_cfu_text FROM em_samples WHERE record_id = ? ORDER BY seq"_s))
        return failure(tr("Cannot read the batch record"), q());
    read = eachRow(q(), what, [&] {
        EmSample s;
        s.room = q().value(0).toString();
        s.grade = q().value(1).toString();
        s.location = q().value(2).toString();
        s.sampledAt = timeAt(q(), 3);
        s.particles05 = numberAt(q(), 4, 5);
        s.particles5 = numberAt(q(), 6, 7);
        s.cfu = numberAt(q(), 8, 9);
        s.alert05 = numberFromText(q().value(10));
        s.action05 = numberFromText(q().value(11));
        s.alert5 = numberFromText(q().value(12));
        s.action5 = numberFromText(q().value(13));
        s.alertCfu = numberFromText(q().value(14));
        s.actionCfu = numberFromText(q().value(15));
        r.em << s;
    });
    if (!read)
        return read.error();

    if (!run(
            "load-samples",
            u"SELECT sample_id, drawn_at, step FROM qc_samples WHERE record_id = ? ORDER BY seq"_s))
        return failure(tr("Cannot read the batch record"), q());
    read = eachRow(q(), what, [&] {
        r.qcSamples << QcSample{q().value(0).toString(), timeAt(q(), 1), q().value(2).toInt()};
    });
    if (!read)
        return read.error();

    if (!run("load-identifiers",
             u"SELECT part, seq, identifier FROM record_identifiers WHERE record_id = ?"_s))
        return failure(tr("Cannot read the batch record"), q());
    read = eachRow(q(), what, [&] {
        const qsizetype seq = q().value(1).toLongLong();
        const QString value = q().value(2).toString();
        const QString part = q().value(0).toString();
        if (part == u"custody"_s && seq >= 0 && seq < r.custody.size())
            r.custody[seq].identifier = value;
        else if (part == u"sample"_s && seq >= 0 && seq < r.qcSamples.size())
            r.qcSamples[seq].identifier = value;
    });
    if (!read)
        return read.error();
    return r;
}

Result<QHash<QString, SampleOwner>> RecordStore::sampleOwners() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT s.sample_id, b.batch_number, b.product_code, b.started_at, s.drawn_at FROM "
            "qc_samples s JOIN batch_records b ON b.id = s.record_id WHERE "
            "b.superseded_by_id IS NULL"_s))
        return failure(tr("Cannot read the QC samples"), q);
    QHash<QString, SampleOwner> out;
    const Status read = eachRow(q, tr("Cannot read the QC samples"), [&] {
        out.insert(q.value(0).toString(), SampleOwner{q.value(1).toString(), q.value(2).toString(),
                                                      timeAt(q, 3), timeAt(q, 4)});
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<SampleChoice>> RecordStore::samplesDrawnBetween(const QDateTime &from,
                                                             const QDateTime &to,
                                                             const QString &productCode) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.sample_id, b.batch_number, b.product_code, s.drawn_at, b.coi_din, "
              "b.coi_patient_ref FROM qc_samples s JOIN batch_records b ON b.id = s.record_id "
              "WHERE b.superseded_by_id IS NULL AND b.product_code = ? AND s.drawn_at >= ? AND "
              "s.drawn_at <= ? ORDER BY s.sample_id"_s);
    q.addBindValue(text(productCode));
    q.addBindValue(toStoredTime(from));
    q.addBindValue(toStoredTime(to));
    if (!q.exec())
        return failure(tr("Cannot read the QC samples"), q);
    QList<SampleChoice> out;
    const Status read = eachRow(q, tr("Cannot read the QC samples"), [&] {
        out << SampleChoice{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            timeAt(q, 3),          q.value(4).toString(), q.value(5).toString()};
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<QcResult>> RecordStore::currentResults(const QString &batchNumber) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = u"SELECT "_s + QLatin1StringView(kResultColumns) +
                  u" FROM qc_results WHERE superseded_by_id IS NULL"_s;
    if (!batchNumber.isEmpty())
        sql += u" AND batch_number = ?"_s;
    sql += u" ORDER BY batch_number, sample_id, test_code, tested_at"_s;
    q.prepare(sql);
    if (!batchNumber.isEmpty())
        q.addBindValue(text(batchNumber));
    if (!q.exec())
        return failure(tr("Cannot read the results"), q);
    QList<QcResult> out;
    const Status read = eachRow(q, tr("Cannot read the results"), [&] { out << resultAt(q, 0); });
    if (!read)
        return read.error();
    return out;
}

Result<QList<StoredResult>>
RecordStore::currentResultsOfSamples(const QSet<QString> &sampleIds) const
{
    QList<StoredResult> out;
    const Status read = eachChunk(
        sampleIds, "results-of-samples",
        "SELECT id, version, " + QByteArray(kResultColumns) +
            " FROM qc_results WHERE superseded_by_id IS NULL AND sample_id IN (",
        [](const Statement &q) {
            return StoredResult{q.value(0).toLongLong(), q.value(1).toInt(), resultAt(q, 2)};
        },
        [&out](StoredResult &&r) { out << std::move(r); }, tr("Cannot read the results"));
    if (!read)
        return read.error();
    return out;
}

Result<QList<ResultBringer>> RecordStore::bringersOfSamples(const QSet<QString> &sampleIds) const
{
    QList<ResultBringer> out;
    const auto read = [](const Statement &q) {
        return ResultBringer{q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toString()};
    };
    const auto take = [&out](ResultBringer &&b) {
        if (!out.contains(b))
            out << std::move(b);
    };
    const QString what = tr("Cannot read who imported the results");
    Status s = eachChunk(sampleIds, "importers-of-samples",
                         "SELECT DISTINCT f.imported_by, 0, r.test_code FROM qc_results r JOIN "
                         "import_files f ON f.id = r.source_file_id WHERE r.superseded_by_id IS "
                         "NULL AND r.sample_id IN (",
                         read, take, what);
    if (s)
        s = eachChunk(sampleIds, "assigners-of-samples",
                      "SELECT DISTINCT u.resolved_by, 1, r.test_code FROM qc_results r JOIN "
                      "unassigned_results u ON u.assigned_result_id = r.id WHERE "
                      "r.superseded_by_id IS NULL AND r.sample_id IN (",
                      read, take, what);
    if (!s)
        return s.error();
    return out;
}

Result<QList<InboxItem>> RecordStore::inbox(const QString &state) const
{
    return inboxWhere(state, std::nullopt);
}

Result<QList<InboxItem>> RecordStore::inboxWhere(const QString &state,
                                                 std::optional<qint64> id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql =
        u"SELECT u.id, u.batch_hint, u.sample_id, u.test_code, u.value_text, u.value_num, "
        "u.text_result, u.unit, u.method, u.instrument, u.analyst, u.tested_at, u.status, "
        "'' , u.state, f.file_name, f.sha256, u.resolved_by, u.resolved_at, "
        "u.resolution_reason FROM unassigned_results u JOIN import_files f ON f.id = "
        "u.source_file_id"_s;
    QStringList where;
    if (!state.isEmpty())
        where << u"u.state = ?"_s;
    if (id)
        where << u"u.id = ?"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY u.tested_at, u.sample_id, u.test_code"_s;
    q.prepare(sql);
    if (!state.isEmpty())
        q.addBindValue(text(state));
    if (id)
        q.addBindValue(*id);
    if (!q.exec())
        return failure(tr("Cannot read the unassigned results"), q);
    QList<InboxItem> out;
    const Status read = eachRow(q, tr("Cannot read the unassigned results"), [&] {
        InboxItem item;
        item.id = q.value(0).toLongLong();
        item.result = resultAt(q, 1);
        item.state = q.value(14).toString();
        item.fileName = q.value(15).toString();
        item.fileSha256 = q.value(16).toString();
        item.resolvedBy = q.value(17).toString();
        item.resolvedAt = timeAt(q, 18);
        item.resolutionReason = q.value(19).toString();
        out << item;
    });
    if (!read)
        return read.error();
    return out;
}

Result<std::optional<InboxItem>> RecordStore::inboxItem(qint64 id) const
{
    Result<QList<InboxItem>> found = inboxWhere(QString(), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<InboxItem>();
    return std::optional<InboxItem>(found->first());
}

Result<qint64> RecordStore::inboxSourceFile(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT source_file_id FROM unassigned_results WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failure(tr("Cannot read the unassigned result"), q);
    const Result<bool> found = nextRow(q, tr("Cannot read the unassigned result"));
    if (!found)
        return found.error();
    if (!found.value())
        return Error(ErrorCode::NotFound, tr("There is no unassigned result %1.").arg(id));
    return q.value(0).toLongLong();
}

Result<QHash<QString, InboxItem>> RecordStore::inboxByKey(const QSet<QString> &sampleIds) const
{
    QHash<QString, InboxItem> out;
    const Status read = eachChunk(
        sampleIds, "inbox-by-key",
        "SELECT id, batch_hint, sample_id, test_code, value_text, value_num, text_result, unit, "
        "method, instrument, analyst, tested_at, status, '', state, source_file_id FROM "
        "unassigned_results WHERE sample_id IN (",
        [](const Statement &q) {
            InboxItem item;
            item.id = q.value(0).toLongLong();
            item.result = resultAt(q, 1);
            item.state = q.value(14).toString();
            item.fileId = q.value(15).toLongLong();
            return item;
        },
        [&out](InboxItem &&item) {
            InboxItem &held = out[key(item.result.sampleId, item.result.testCode,
                                      item.result.testedAt, item.result.testedAtNanos)];
            if (item.id > held.id)
                held = std::move(item);
        },
        tr("Cannot read the unassigned results"));
    if (!read)
        return read.error();
    return out;
}

Result<qint64> RecordStore::countResults() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM qc_results WHERE superseded_by_id IS NULL"_s) || !q.next())
        return failure(tr("Cannot read the results"), q);
    return q.value(0).toLongLong();
}

Result<qint64> RecordStore::countOpenInbox() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM unassigned_results WHERE state = 'open'"_s) || !q.next())
        return failure(tr("Cannot read the unassigned results"), q);
    return q.value(0).toLongLong();
}

// ---------------------------------------------------------------- writes

Result<qint64> RecordStore::insertImportFile(const QString &name, const QString &sha256,
                                             const QString &kind, qint64 size, const QString &user)
{
    Statement &q = direct("file", "INSERT INTO import_files (file_name, sha256, kind, size, "
                                  "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?)");
    q.add(text(name)).add(text(sha256)).add(text(kind)).add(size);
    q.add(toStoredTime(Clock::instance().nowUtc())).add(text(user));
    if (Status s = q.exec(tr("Cannot record the imported file")); !s)
        return s.error();
    return q.lastInsertId();
}

Status RecordStore::insertSpecification(const Specification &spec, qint64 fileId)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO products (code, name) VALUES (?, ?)"_s);
    q.addBindValue(text(spec.product.code));
    q.addBindValue(text(spec.product.name));
    if (!q.exec())
        return failure(tr("Cannot record the product"), q);
    q.prepare(u"INSERT INTO specifications (product_id, version, effective_from, source_file_id, "
              "strength) SELECT id, ?, ?, ?, ? FROM products WHERE code = ?"_s);
    q.addBindValue(text(spec.version));
    q.addBindValue(spec.effectiveFrom.toString(Qt::ISODate));
    q.addBindValue(fileId);
    q.addBindValue(text(spec.product.strength));
    q.addBindValue(text(spec.product.code));
    if (!q.exec())
        return failure(tr("Cannot record the specification"), q);
    const qint64 specId = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO spec_tests (spec_id, code, name, unit, lower_text, lower_num, "
              "upper_text, upper_num, expected, method, release_critical, may_be_pending) VALUES "
              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const SpecTest &t : spec.tests) {
        q.addBindValue(specId);
        q.addBindValue(text(t.code));
        q.addBindValue(text(t.name));
        q.addBindValue(text(t.unit));
        q.addBindValue(textOf(t.lower));
        q.addBindValue(valueOf(t.lower));
        q.addBindValue(textOf(t.upper));
        q.addBindValue(valueOf(t.upper));
        q.addBindValue(text(t.expected));
        q.addBindValue(text(t.method));
        q.addBindValue(t.releaseCritical);
        q.addBindValue(t.mayBePendingAtRelease);
        if (!q.exec())
            return failure(tr("Cannot record the specification"), q);
    }
    return {};
}

Status RecordStore::insertSpecificationApproval(qint64 specId, qint64 signatureId,
                                                const QDateTime &at, const QDate &effectiveFrom)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO specification_approvals (spec_id, signature_id, approved_at, "
              "effective_from) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(specId);
    q.addBindValue(signatureId);
    q.addBindValue(toStoredTime(at));
    q.addBindValue(effectiveFrom.toString(Qt::ISODate));
    if (!q.exec())
        return failure(tr("Cannot record the approval of the specification"), q);
    return {};
}

Status RecordStore::insertJudgedAgainst(const QString &batchNumber, qint64 specId,
                                        const QString &user, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO batch_specifications (batch_number, spec_id, judged_at, judged_by, "
              "reason) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(batchNumber);
    q.addBindValue(specId);
    q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
    q.addBindValue(user);
    q.addBindValue(reason);
    if (!q.exec())
        return failure(
            tr("Cannot record which specification batch %1 is judged against").arg(batchNumber), q);
    return {};
}

template<class What>
Status RecordStore::insertRow(Statement &insert, const What &what)
{
    Status s = insert.execAs(what);
    if (s && m_observer)
        m_observer->inserted(insert);
    return s;
}

BoundRows RecordStore::encodeBatch(const BatchRecord &r)
{
    BoundRows rows;
    const auto end = [&rows](BatchRow kind) { rows.endRow(static_cast<int>(kind)); };
    rows.add(r.batchNumber).add(r.productCode).add(r.site).add(r.masterBatchRecordVersion);
    addTime(rows, r.startedAt);
    addTime(rows, r.endedAt);
    rows.add(r.recordStatus).add(r.presentation);
    addTime(rows, r.expiresAt);
    addTime(rows, r.plannedShipmentAt);
    rows.add(r.coi.din).add(r.coi.patientReference).add(r.coi.collectionId);
    rows.add(r.coi.collectionSite);
    addTime(rows, r.coi.collectedAt);
    rows.add(r.coi.treatmentCentre);
    end(BatchRow::Record);

    for (qsizetype i = 0; i < r.custody.size(); ++i) {
        const CustodyEvent &e = r.custody.at(i);
        rows.add(qint64(i)).add(text(e.event));
        addTime(rows, e.at);
        rows.add(text(e.by)).add(text(e.location));
        addNumber(rows, e.temperatureC);
        end(BatchRow::Custody);
    }
    for (const ProcessStep &s : r.steps) {
        rows.add(s.sequence).add(text(s.name)).add(text(s.equipmentId));
        addTime(rows, s.startedAt);
        addTime(rows, s.endedAt);
        rows.add(text(s.operatorName)).add(text(s.verifier)).add(s.manualEntry);
        rows.add(text(s.notes));
        end(BatchRow::Step);
        for (qsizetype i = 0; i < s.parameters.size(); ++i) {
            const ProcessParameter &p = s.parameters.at(i);
            rows.add(qint64(i)).add(text(p.name)).add(text(p.unit));
            addNumber(rows, p.setPoint);
            addNumber(rows, p.low);
            addNumber(rows, p.high);
            addNumber(rows, p.actual);
            end(BatchRow::Parameter);
        }
    }
    for (qsizetype i = 0; i < r.materials.size(); ++i) {
        const MaterialUse &m = r.materials.at(i);
        rows.add(qint64(i)).add(text(m.code)).add(text(m.name)).add(text(m.lot));
        addDate(rows, m.expiry);
        rows.add(m.step);
        end(BatchRow::Material);
    }
    for (qsizetype i = 0; i < r.equipment.size(); ++i) {
        const EquipmentUse &e = r.equipment.at(i);
        rows.add(qint64(i)).add(text(e.id)).add(text(e.name));
        addDate(rows, e.calibrationDue);
        end(BatchRow::Equipment);
    }
    for (qsizetype i = 0; i < r.deviations.size(); ++i) {
        const Deviation &d = r.deviations.at(i);
        rows.add(qint64(i)).add(text(d.id)).add(text(d.title));
        rows.add(deviationClassId(d.deviationClass)).add(d.open);
        addTime(rows, d.openedAt);
        addTime(rows, d.closedAt);
        rows.add(text(d.impact));
        end(BatchRow::Deviation);
    }
    for (qsizetype i = 0; i < r.em.size(); ++i) {
        const EmSample &s = r.em.at(i);
        rows.add(qint64(i)).add(s.room).add(s.grade).add(s.location);
        addTime(rows, s.sampledAt);
        addNumber(rows, s.particles05);
        addNumber(rows, s.particles5);
        addNumber(rows, s.cfu);
        for (const std::optional<Number> *limit :
             {&s.alert05, &s.action05, &s.alert5, &s.action5, &s.alertCfu, &s.actionCfu})
            rows.add(*limit ? (*limit)->text : QString());
        end(BatchRow::Em);
    }
    for (qsizetype i = 0; i < r.qcSamples.size(); ++i) {
        const QcSample &s = r.qcSamples.at(i);
        rows.add(qint64(i)).add(text(s.id));
        addTime(rows, s.drawnAt);
        rows.add(s.step);
        end(BatchRow::Sample);
    }
    const auto identifier = [&](const char *part, qsizetype seq, const QString &value) {
        if (value.isEmpty())
            return;
        rows.add(QString::fromLatin1(part)).add(qint64(seq)).add(text(value));
        end(BatchRow::Identifier);
    };
    for (qsizetype i = 0; i < r.custody.size(); ++i)
        identifier("custody", i, r.custody.at(i).identifier);
    for (qsizetype i = 0; i < r.qcSamples.size(); ++i)
        identifier("sample", i, r.qcSamples.at(i).identifier);
    return rows;
}

Result<qint64> RecordStore::insertBatch(const BatchRecord &r, int version,
                                        const QString &contentHash, qint64 fileId,
                                        std::optional<qint64> supersedes, const QString &reason)
{
    return insertBatch(r, encodeBatch(r), version, contentHash, fileId, supersedes, reason);
}

Result<qint64> RecordStore::insertBatch(const BatchRecord &r, const BoundRows &rows, int version,
                                        const QString &contentHash, qint64 fileId,
                                        std::optional<qint64> supersedes, const QString &reason)
{
    const auto what = [&r] { return tr("Cannot record batch %1").arg(r.batchNumber); };
    if (rows.rows() == 0 || rows.tag(0) != static_cast<int>(BatchRow::Record))
        return Error(ErrorCode::Failed, what());
    if (supersedes) {
        // The old version steps aside first: only one version may be current.
        // (pointing at itself until the new version's id is known)
        Statement &mark =
            direct("batch-mark", "UPDATE batch_records SET superseded_by_id = id WHERE id = ?");
        if (Status s = mark.add(*supersedes).exec(tr("Cannot supersede the batch record")); !s)
            return s.error();
    }
    // Each table's statement when its first row comes: one that does not prepare fails that
    // row, before another is prepared.
    Statement *statements[std::size(kBatchTables)] = {};
    qint64 id = 0;
    qint64 stepId = 0;
    for (qsizetype k = 0; k < rows.rows(); ++k) {
        const int tag = rows.tag(k);
        if (tag < 0 || tag >= static_cast<int>(std::size(kBatchTables)))
            return Error(ErrorCode::Failed, what());
        const auto kind = static_cast<BatchRow>(tag);
        Statement *&kept = statements[static_cast<std::size_t>(tag)];
        if (!kept)
            kept = &direct(kBatchTables[tag].name, kBatchTables[tag].sql);
        Statement &insert = *kept;
        if (kind == BatchRow::Record) {
            insert.add(version).add(contentHash).add(fileId);
            supersedes ? insert.add(*supersedes) : insert.addNull();
            insert.add(reason.isEmpty() ? QString() : reason);
        } else {
            insert.add(kind == BatchRow::Parameter ? stepId : id);
        }
        if (Status s = insertRow(insert.add(rows, k), what); !s)
            return s.error();
        if (kind == BatchRow::Step)
            stepId = insert.lastInsertId();
        if (kind != BatchRow::Record)
            continue;
        id = insert.lastInsertId();
        if (supersedes) {
            Statement &link =
                direct("batch-link", "UPDATE batch_records SET superseded_by_id = ? WHERE id = ?");
            if (Status s =
                    link.add(id).add(*supersedes).exec(tr("Cannot supersede the batch record"));
                !s)
                return s.error();
        }
    }
    return id;
}

BoundRows RecordStore::encodeResult(const QcResult &r, const QString &batchNumber)
{
    BoundRows row;
    row.reserve(13, batchNumber.size() + r.sampleId.size() + r.testCode.size() + r.unit.size() +
                        r.method.size() + r.instrument.size() + r.analyst.size() + 64);
    row.add(text(batchNumber)).add(text(r.sampleId)).add(text(r.testCode));
    addNumber(row, r.value);
    row.add(text(r.text)).add(text(r.unit)).add(text(r.method)).add(text(r.instrument));
    row.add(text(r.analyst)).add(toStoredTime(r.testedAt, r.testedAtNanos));
    row.add(resultStatusId(r.status));
    row.add(text(r.reason));
    row.endRow();
    return row;
}

Result<qint64> RecordStore::insertResult(const QcResult &r, const QString &batchNumber, int version,
                                         qint64 fileId, std::optional<qint64> supersedes,
                                         const QString &reason)
{
    return insertResult(r, encodeResult(r, batchNumber), version, fileId, supersedes, reason);
}

Result<qint64> RecordStore::insertResult(const QcResult &r, const BoundRows &row, int version,
                                         qint64 fileId, std::optional<qint64> supersedes,
                                         const QString &reason)
{
    if (row.rows() != 1)
        return Error(ErrorCode::Failed,
                     tr("Cannot record the result %1 of %2").arg(r.testCode, r.sampleId));
    if (supersedes) {
        Statement &mark =
            direct("result-mark", "UPDATE qc_results SET superseded_by_id = id WHERE id = ?");
        if (Status s = mark.add(*supersedes).exec(tr("Cannot supersede the result")); !s)
            return s.error();
    }
    Statement &q = direct(
        "result", "INSERT INTO qc_results (source_file_id, version, supersedes_id, "
                  "supersede_reason, batch_number, sample_id, test_code, value_text, value_num, "
                  "text_result, unit, method, instrument, analyst, tested_at, status, reason) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.add(fileId).add(version);
    supersedes ? q.add(*supersedes) : q.addNull();
    q.add(reason.isEmpty() ? QString() : reason);
    q.add(row, 0);
    if (Status s = insertRow(
            q,
            [&r] { return tr("Cannot record the result %1 of %2").arg(r.testCode, r.sampleId); });
        !s)
        return s.error();
    const qint64 id = q.lastInsertId();
    if (supersedes) {
        Statement &link =
            direct("result-link", "UPDATE qc_results SET superseded_by_id = ? WHERE id = ?");
        if (Status s = link.add(id).add(*supersedes).exec(tr("Cannot supersede the result")); !s)
            return s.error();
    }
    return id;
}

Status RecordStore::insertInbox(const QcResult &r, qint64 fileId)
{
    Statement &q = direct(
        "inbox", "INSERT INTO unassigned_results (sample_id, batch_hint, test_code, value_text, "
                 "value_num, text_result, unit, method, instrument, analyst, tested_at, status, "
                 "source_file_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.add(text(r.sampleId)).add(text(r.batchNumber)).add(text(r.testCode));
    addNumber(q, r.value);
    q.add(text(r.text)).add(text(r.unit)).add(text(r.method)).add(text(r.instrument));
    q.add(text(r.analyst)).add(toStoredTime(r.testedAt, r.testedAtNanos));
    q.add(resultStatusId(r.status));
    q.add(fileId);
    return q.execAs([&r] {
        return tr("Cannot record the unassigned result %1 of %2").arg(r.testCode, r.sampleId);
    });
}

Status RecordStore::resolveInbox(qint64 id, const QString &state, const QString &user,
                                 const QString &reason, std::optional<qint64> resultId)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE unassigned_results SET state = ?, resolved_by = ?, resolved_at = ?, "
              "resolution_reason = ?, assigned_result_id = ? WHERE id = ? AND state = 'open'"_s);
    q.addBindValue(text(state));
    q.addBindValue(text(user));
    q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
    q.addBindValue(text(reason));
    q.addBindValue(resultId ? QVariant(*resultId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    if (!q.exec())
        return failure(tr("Cannot update the unassigned result"), q);
    if (q.numRowsAffected() != 1)
        return Error(ErrorCode::InvalidInput,
                     tr("The unassigned result %1 is no longer open.").arg(id));
    return {};
}

} // namespace rd
