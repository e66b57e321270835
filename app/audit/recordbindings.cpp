// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/recordbindings.h"

#include "core/canonical.h"
#include "security/crypto.h"
#include "store/indexcheck.h"
#include "store/statement.h"

#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <numeric>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// One table of a kind: where its rows come from, the expression that names their subject,
// the columns that are hashed and the order they are hashed in (the order of the table's key,
// so that SQLite reads them without sorting).
struct Part
{
    const char *from;
    const char *subject;
    const char *columns;
    const char *order;
};

struct KindSpec
{
    RecordBindings::Kind kind;
    const char *id;
    std::vector<Part> parts;
};

const std::vector<KindSpec> &specs()
{
    using K = RecordBindings::Kind;
    static const std::vector<KindSpec> all = {
        {K::Batch,
         "batch",
         {
             {"batch_records t", "t.batch_number", "t.*", "t.id"},
             {"custody_events c JOIN batch_records t ON t.id = c.record_id", "t.batch_number",
              "c.*", "c.record_id, c.seq"},
             {"process_steps c JOIN batch_records t ON t.id = c.record_id", "t.batch_number", "c.*",
              "c.id"},
             {"step_parameters c JOIN process_steps s ON s.id = c.step_id JOIN batch_records t ON "
              "t.id = s.record_id",
              "t.batch_number", "c.*", "c.step_id, c.seq"},
             {"materials c JOIN batch_records t ON t.id = c.record_id", "t.batch_number", "c.*",
              "c.record_id, c.seq"},
             {"equipment c JOIN batch_records t ON t.id = c.record_id", "t.batch_number", "c.*",
              "c.record_id, c.seq"},
             {"deviations c JOIN batch_records t ON t.id = c.record_id", "t.batch_number", "c.*",
              "c.record_id, c.seq"},
             {"em_samples c JOIN batch_records t ON t.id = c.record_id", "t.batch_number", "c.*",
              "c.record_id, c.seq"},
             {"qc_samples c JOIN batch_records t ON t.id = c.record_id", "t.batch_number", "c.*",
              "c.record_id, c.seq"},
         }},
        {K::Results, "results", {{"qc_results t", "t.batch_number", "t.*", "t.id"}}},
        {K::Inbox, "inbox", {{"unassigned_results t", "t.source_file_id", "t.*", "t.id"}}},
        {K::Specification,
         "specification",
         {
             {"products t", "t.code", "t.*", "t.id"},
             {"specifications c JOIN products t ON t.id = c.product_id", "t.code", "c.*", "c.id"},
             {"spec_tests c JOIN specifications s ON s.id = c.spec_id JOIN products t ON t.id = "
              "s.product_id",
              "t.code", "c.*", "c.id"},
         }},
        {K::ImportFile, "import-file", {{"import_files t", "t.id", "t.*", "t.id"}}},
        {K::Dispositions, "dispositions", {{"dispositions t", "t.batch_number", "t.*", "t.id"}}},
        {K::BatchState,
         "batch-state",
         {{"batch_states t", "t.batch_number", "t.*", "t.batch_number"}}},
        {K::Signature, "signature", {{"signatures t", "t.id", "t.*", "t.id"}}},
        {K::Document, "document", {{"documents t", "t.document_id", "t.*", "t.id"}}},
        {K::Site, "site", {{"sites t", "t.name", "t.*", "t.name"}}},
        {K::TrendRules,
         "trend-rules",
         {{"trend_rules t", "t.product_code || '|' || t.test_code", "t.*",
           "t.product_code, t.test_code"}}},
        {K::TrendBaselines,
         "trend-baselines",
         {{"trend_baselines t", "t.product_code || '|' || t.test_code", "t.*",
           "t.product_code, t.test_code, t.name"}}},
        {K::Account,
         "account",
         {
             {"users t", "t.user_name", "t.*", "t.id"},
             {"user_keys c JOIN users t ON t.id = c.user_id", "t.user_name", "c.*", "c.id"},
             {"key_certificates c JOIN users t ON t.id = c.user_id", "t.user_name", "c.*",
              "c.key_id"},
             {"password_history c JOIN users t ON t.id = c.user_id", "t.user_name", "c.*", "c.id"},
         }},
        {K::Person,
         "person",
         {{"account_persons c JOIN users t ON t.id = c.user_id", "t.user_name", "c.*", "c.user_id"},
          {"key_handovers c JOIN users t ON t.id = c.user_id", "t.user_name", "c.*", "c.key_id"}}},
        {K::SpecificationApproval,
         "specification-approval",
         {{"specification_approvals c JOIN specifications s ON s.id = c.spec_id JOIN products t ON "
           "t.id = s.product_id",
           "t.code", "c.*", "c.spec_id"}}},
        {K::RecordIdentifiers,
         "batch-identifiers",
         {{"record_identifiers c JOIN batch_records t ON t.id = c.record_id", "t.batch_number",
           "c.*", "c.record_id, c.part, c.seq"}}},
        {K::DispositionOutcomes,
         "disposition-outcomes",
         {{"disposition_outcomes c JOIN dispositions t ON t.id = c.disposition_id",
           "t.batch_number", "c.*", "c.disposition_id"}}},
        {K::BatchSpecification,
         "batch-specification",
         {{"batch_specifications t", "t.batch_number", "t.*", "t.id"}}},
        {K::Meta, "meta", {{"meta t", "t.key", "t.*", "t.key"}}},
        {K::Schema, "schema", {{"schema_migrations t", "t.version", "t.*", "t.version"}}},
    };
    return all;
}

const KindSpec &specOf(RecordBindings::Kind kind)
{
    for (const KindSpec &s : specs()) {
        if (s.kind == kind)
            return s;
    }
    Q_UNREACHABLE();
}

// One value of a row in canonical bytes: a tag for its type, then the value, so that no two
// different rows serialise alike (1 and '1', NULL and '').
void appendInteger(canonical::Buffer &out, qint64 v)
{
    out.append('i');
    out.appendU64(static_cast<quint64>(v));
}

void appendReal(canonical::Buffer &out, double d)
{
    out.append('f');
    quint64 bits = 0;
    static_assert(sizeof bits == sizeof d);
    std::memcpy(&bits, &d, sizeof d);
    out.appendU64(bits);
}

void appendText(canonical::Buffer &out, const void *utf8, std::size_t size)
{
    out.append('t');
    out.appendSized(utf8, size);
}

// A row in canonical bytes (result columns firstColumn to n - 1): the number of columns, then
// each value.
void appendRow(canonical::Buffer &out, sqlite3_stmt *stmt, int firstColumn, int n)
{
    out.appendU32(static_cast<quint32>(n - firstColumn));
    for (int i = firstColumn; i < n; ++i) {
        // One call into the statement per column, and its value read from there: each
        // sqlite3_column_*() call costs more than reading the value (millions in a verify).
        // The connection is this thread's alone, so the unprotected value is safe to read.
        sqlite3_value *v = sqlite3_column_value(stmt, i);
        switch (sqlite3_value_type(v)) {
        case SQLITE_INTEGER:
            appendInteger(out, sqlite3_value_int64(v));
            break;
        case SQLITE_FLOAT:
            appendReal(out, sqlite3_value_double(v));
            break;
        case SQLITE_TEXT: {
            const unsigned char *text = sqlite3_value_text(v);
            appendText(out, text, static_cast<std::size_t>(sqlite3_value_bytes(v)));
            break;
        }
        case SQLITE_BLOB: {
            out.append('b');
            const void *blob = sqlite3_value_blob(v);
            out.appendSized(blob, static_cast<std::size_t>(sqlite3_value_bytes(v)));
            break;
        }
        default:
            out.append('n');
            break;
        }
    }
}

// One part of one subject while it is read: the hash of its rows so far.
struct PartHash
{
    crypto::Blake2b hash;
    quint64 rows = 0;
};

QByteArray finishSubject(const QString &kindId, const QString &subject,
                         const std::vector<std::pair<quint64, QByteArray>> &parts)
{
    QByteArray head;
    head.append("RDRB1", 5);
    head.append('\0');
    canonical::appendField(head, kindId);
    canonical::appendField(head, subject);
    crypto::Blake2b h;
    h.add(head);
    for (const auto &[rows, partHash] : parts) {
        QByteArray p;
        canonical::appendU64(p, rows);
        canonical::appendBytes(p, partHash);
        h.add(p);
    }
    return h.finish();
}

QByteArray emptyPartHash()
{
    static const QByteArray empty = crypto::Blake2b().finish();
    return empty;
}

Error readError(sqlite3 *db, const QString &what)
{
    return Error(ErrorCode::Database,
                 RecordBindings::tr("Cannot read %1: %2")
                     .arg(what, QString::fromUtf8(db ? sqlite3_errmsg(db) : "no connection")));
}

} // namespace

QString RecordBindings::id(Kind kind)
{
    return QString::fromLatin1(specOf(kind).id);
}

QList<RecordBindings::Kind> RecordBindings::kinds()
{
    QList<Kind> out;
    for (const KindSpec &s : specs())
        out << s.kind;
    return out;
}

namespace {

// The table a part reads whole ("name t"), or an empty name for a join.
QString wholeTable(const Part &part)
{
    const QByteArray from(part.from);
    if (!from.endsWith(" t") || from.count(' ') != 1)
        return QString();
    return QString::fromLatin1(from.chopped(2));
}

} // namespace

QStringList RecordBindings::wholeTables(const QList<Kind> &kinds)
{
    QStringList out;
    for (const KindSpec &s : specs()) {
        if (!kinds.contains(s.kind))
            continue;
        for (const Part &part : s.parts) {
            if (const QString t = wholeTable(part); !t.isEmpty())
                out << t;
        }
    }
    return out;
}

QString RecordBindings::describe(const QString &kindId, const QString &subject)
{
    static const QHash<QString, const char *> texts = {
        {u"batch"_s, QT_TR_NOOP("the batch record %1")},
        {u"results"_s, QT_TR_NOOP("the QC results of batch %1")},
        {u"inbox"_s, QT_TR_NOOP("the unassigned results of imported file %1")},
        {u"specification"_s, QT_TR_NOOP("the specifications of product %1")},
        {u"import-file"_s, QT_TR_NOOP("the record of imported file %1")},
        {u"dispositions"_s, QT_TR_NOOP("the dispositions of batch %1")},
        {u"batch-state"_s, QT_TR_NOOP("the recorded state of batch %1")},
        {u"signature"_s, QT_TR_NOOP("signature %1")},
        {u"document"_s, QT_TR_NOOP("the register entry of document %1")},
        {u"site"_s, QT_TR_NOOP("the site %1")},
        {u"trend-rules"_s, QT_TR_NOOP("the out-of-trend rules of %1")},
        {u"trend-baselines"_s, QT_TR_NOOP("the frozen baselines of %1")},
        {u"account"_s, QT_TR_NOOP("the account %1 (its keys, certificates and password history)")},
        {u"person"_s, QT_TR_NOOP("the person of account %1 and its keys' hand-overs")},
        {u"specification-approval"_s,
         QT_TR_NOOP("the approvals of the specifications of product %1")},
        {u"batch-identifiers"_s, QT_TR_NOOP("the identifiers read in the record of batch %1")},
        {u"disposition-outcomes"_s, QT_TR_NOOP("the outcomes of the dispositions of batch %1")},
        {u"batch-specification"_s, QT_TR_NOOP("the specification batch %1 is judged against")},
        {u"meta"_s, QT_TR_NOOP("the store setting %1")},
        {u"schema"_s, QT_TR_NOOP("schema migration %1")},
    };
    const auto it = texts.constFind(kindId);
    if (it == texts.constEnd())
        return tr("%1 %2").arg(kindId, subject);
    return tr(*it).arg(subject);
}

bool RecordBindings::available(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    return q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                  "'record_bindings'"_s) &&
           q.next();
}

QByteArray RecordBindings::emptyDigest(const QString &kindId, const QString &subject)
{
    for (const KindSpec &s : specs()) {
        if (QLatin1StringView(s.id) == kindId) {
            std::vector<std::pair<quint64, QByteArray>> parts(s.parts.size(), {0, emptyPartHash()});
            return finishSubject(kindId, subject, parts);
        }
    }
    return {};
}

namespace {

// The statements that read one subject of a kind, prepared once for many subjects.
class SubjectReader
{
public:
    SubjectReader(QSqlDatabase db, const KindSpec &spec)
        : m_spec(spec)
    {
        for (const Part &part : spec.parts) {
            const QByteArray sql = QByteArray("SELECT ") + part.columns + " FROM " + part.from +
                                   " WHERE " + part.subject + " = ? ORDER BY " + part.order;
            m_statements.push_back(std::make_unique<Statement>(db, sql.constData()));
        }
    }

    Result<QByteArray> digest(const QString &subject)
    {
        const QString kindId = QString::fromLatin1(m_spec.id);
        const QByteArray key = subject.toUtf8();
        std::vector<std::pair<quint64, QByteArray>> parts;
        for (const auto &statement : m_statements) {
            sqlite3_stmt *q = statement->get();
            const auto what = [&] {
                return RecordBindings::tr("Cannot read %1")
                    .arg(RecordBindings::describe(kindId, subject));
            };
            if (!q)
                return readError(statement->connection(),
                                 RecordBindings::describe(kindId, subject));
            sqlite3_reset(q);
            if (const int rc = sqlite3_bind_text(q, 1, key.constData(),
                                                 static_cast<int>(key.size()), SQLITE_TRANSIENT);
                rc != SQLITE_OK)
                return statement->error(what(), rc);
            PartHash h;
            int rc;
            while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
                m_row.clear();
                appendRow(m_row, q, 0, sqlite3_column_count(q));
                h.hash.add(m_row.view());
                ++h.rows;
            }
            if (rc != SQLITE_DONE) {
                const Error e = statement->error(what(), rc);
                sqlite3_reset(q);
                return e;
            }
            sqlite3_reset(q);
            parts.emplace_back(h.rows, h.hash.finish());
        }
        return finishSubject(kindId, subject, parts);
    }

private:
    const KindSpec &m_spec;
    std::vector<std::unique_ptr<Statement>> m_statements;
    canonical::Buffer m_row;
};

// Above this many subjects of one kind, one read of the whole table is cheaper than a look-up
// per subject (an import of thousands of batches into a store of any size).
constexpr qsizetype kBulkSubjects = 1000;

} // namespace

Result<QByteArray> RecordBindings::digest(QSqlDatabase db, const Subject &subject)
{
    SubjectReader reader(db, specOf(subject.kind));
    return reader.digest(subject.subject);
}

QByteArray RecordBindings::eventDigest(qint64 seq, QList<Binding> bindings)
{
    // Ordered by the UTF-8 bytes of kind, then subject: the order of record_bindings' key, in
    // which verify reads them.
    QList<std::pair<QByteArray, QByteArray>> utf8;
    utf8.reserve(bindings.size());
    for (const Binding &b : std::as_const(bindings))
        utf8.append({b.kind.toUtf8(), b.subject.toUtf8()});
    QList<qsizetype> order(bindings.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&utf8](qsizetype a, qsizetype b) { return utf8.at(a) < utf8.at(b); });
    EventDigest digest(seq);
    for (const qsizetype i : std::as_const(order))
        digest.add(utf8.at(i).first, utf8.at(i).second, bindings.at(i).digest);
    return digest.finish();
}

RecordBindings::EventDigest::EventDigest(qint64 seq)
{
    // "RDRE1", a zero byte, the sequence number: in memory of its own, once for every event.
    char head[6 + 8] = {'R', 'D', 'R', 'E', '1', '\0'};
    qToBigEndian(static_cast<quint64>(seq), head + 6);
    m_hash.add(QByteArrayView(head, sizeof head));
}

void RecordBindings::EventDigest::add(QByteArrayView kind, QByteArrayView subject,
                                      QByteArrayView digest)
{
    m_bytes.clear();
    m_bytes.appendField(kind.data(), kind.size());
    m_bytes.appendField(subject.data(), subject.size());
    m_bytes.appendSized(digest.data(), static_cast<std::size_t>(digest.size()));
    m_hash.add(m_bytes.view());
}

QByteArray RecordBindings::EventDigest::finish()
{
    return m_hash.finish();
}

Result<QByteArray> RecordBindings::bind(QSqlDatabase db, qint64 seq, const QList<Subject> &subjects,
                                        Collector *collected)
{
    // By kind, each subject once; those the collector has are done.
    QHash<Kind, QStringList> byKind;
    QSet<std::pair<int, QString>> seen;
    QList<Binding> bindings;
    for (const Subject &s : subjects) {
        if (seen.contains({static_cast<int>(s.kind), s.subject}))
            continue;
        seen.insert({static_cast<int>(s.kind), s.subject});
        if (collected) {
            Result<std::optional<QByteArray>> d = collected->digest(s);
            if (!d)
                return d.error();
            if (d.value()) {
                bindings.append({id(s.kind), s.subject, *d.value()});
                continue;
            }
        }
        byKind[s.kind].append(s.subject);
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const QString kind = id(it.key());
        if (it->size() > kBulkSubjects) {
            Result<Digests> all = digestKinds(db, {it.key()});
            if (!all)
                return all.error();
            const QHash<QString, QByteArray> digests = all->value(kind);
            for (const QString &subject : it.value())
                bindings.append(
                    {kind, subject, digests.value(subject, emptyDigest(kind, subject))});
            continue;
        }
        SubjectReader reader(db, specOf(it.key()));
        for (const QString &subject : it.value()) {
            Result<QByteArray> d = reader.digest(subject);
            if (!d)
                return d.error();
            bindings.append({kind, subject, d.value()});
        }
    }
    Statement insert(db, "INSERT INTO record_bindings (seq, kind, subject, digest) "
                         "VALUES (?, ?, ?, ?)");
    for (const Binding &b : std::as_const(bindings)) {
        insert.add(seq).add(b.kind).add(b.subject);
        sqlite3_bind_blob(insert.get(), 4, b.digest.constData(), static_cast<int>(b.digest.size()),
                          SQLITE_TRANSIENT);
        if (Status s = insert.exec(tr("Cannot record what event %1 wrote").arg(seq)); !s)
            return s.error();
    }
    return eventDigest(seq, bindings);
}

Result<RecordBindings::Digests> RecordBindings::digestAll(QSqlDatabase db,
                                                          const std::function<bool()> &cancelled)
{
    return digestKinds(db, kinds(), cancelled);
}

Result<RecordBindings::Digests> RecordBindings::digestKinds(QSqlDatabase db,
                                                            const QList<Kind> &which,
                                                            const std::function<bool()> &cancelled,
                                                            IndexCheck *indexes)
{
    Digests out;
    canonical::Buffer row;
    for (const KindSpec &spec : specs()) {
        if (!which.contains(spec.kind))
            continue;
        const QString kindId = QString::fromLatin1(spec.id);
        // Subject -> (rows, hash) of each part, the parts read one after another.
        std::unordered_map<QByteArray, std::vector<std::pair<quint64, QByteArray>>> subjects;
        const std::size_t partCount = spec.parts.size();
        for (std::size_t p = 0; p < partCount; ++p) {
            const Part &part = spec.parts[p];
            // A table read whole ("name t") whose rows the index check wants: read from the
            // table's own b-tree (in rowid order, as ORDER BY t.id asks anyway), never through
            // an index that the check is to compare with it.
            const QString table = wholeTable(part);
            const bool feeds = indexes && !table.isEmpty() && indexes->expectsFeed(table);
            // The conditions of its partial indexes follow the row's columns.
            const QList<QByteArray> conditions =
                feeds ? indexes->feedColumns(table) : QList<QByteArray>();
            const QByteArray sql =
                QByteArray("SELECT ") + part.subject + ", " + part.columns +
                (conditions.isEmpty() ? QByteArray() : ", " + conditions.join(", ")) + " FROM " +
                part.from + (feeds ? " NOT INDEXED" : "") + " ORDER BY " + part.order;
            const Statement select(db, sql.constData());
            sqlite3_stmt *q = select.get();
            if (!q)
                return readError(select.connection(), kindId);
            std::unique_ptr<IndexCheck::Feed> feed;
            if (feeds && !(feed = indexes->feed(table, q))) {
                return Error(
                    ErrorCode::Unsupported,
                    tr("The indexes of %1 cannot be checked from its records' scan.").arg(table));
            }
            const int rowColumns = sqlite3_column_count(q) - static_cast<int>(conditions.size());
            std::unordered_map<QByteArray, std::unique_ptr<PartHash>> hashes;
            QByteArray lastKey;
            PartHash *last = nullptr;
            int rc;
            qint64 n = 0;
            while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
                const auto *subject = reinterpret_cast<const char *>(sqlite3_column_text(q, 0));
                const QByteArrayView key(subject ? subject : "", sqlite3_column_bytes(q, 0));
                if (!last || key != QByteArrayView(lastKey)) {
                    lastKey = key.toByteArray();
                    std::unique_ptr<PartHash> &slot = hashes[lastKey];
                    if (!slot)
                        slot = std::make_unique<PartHash>();
                    last = slot.get();
                }
                if (feed)
                    feed->add(q); // before any read below converts a value
                row.clear();
                appendRow(row, q, 1, rowColumns);
                last->hash.add(row.view());
                ++last->rows;
                if ((++n & 0xFFFF) == 0 && cancelled && cancelled())
                    return Error(ErrorCode::Cancelled, tr("Verification cancelled."));
            }
            if (rc != SQLITE_DONE)
                return select.error(tr("Cannot read the records (%1)").arg(kindId), rc);
            if (feed)
                indexes->add(*feed);
            for (auto &[key, h] : hashes) {
                auto &parts = subjects[key];
                if (parts.empty())
                    parts.assign(partCount, {0, emptyPartHash()});
                parts[p] = {h->rows, h->hash.finish()};
            }
        }
        QHash<QString, QByteArray> &digests = out[kindId];
        digests.reserve(static_cast<qsizetype>(subjects.size()));
        for (const auto &[key, parts] : subjects) {
            const QString subject = QString::fromUtf8(key);
            digests.insert(subject, finishSubject(kindId, subject, parts));
        }
    }
    return out;
}

namespace {

// The affinity SQLite gives a column by its declared type (SQLite's "Datatypes", 3.1).
enum class Affinity {
    Integer,
    Text,
    Blob,
    Real,
    Numeric
};

Affinity affinityOf(const QByteArray &declared)
{
    const QByteArray t = declared.toUpper();
    if (t.contains("INT"))
        return Affinity::Integer;
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"))
        return Affinity::Text;
    if (t.isEmpty() || t.contains("BLOB"))
        return Affinity::Blob;
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

// A value as SQLite stores it and a read gives it back.
struct Cell
{
    char tag = 'n'; // 'i', 'f', 't' or 'n', as appendRow writes them
    qint64 integer = 0;
    double real = 0;
    QByteArrayView text;
};

// `v` stored in a column of affinity `a`, where that is certain without asking SQLite; none
// where SQLite would convert it (a text that reads as a number in a numeric column...) or
// versions of SQLite differ (-0.0 in a REAL column, which SQLite 3.15 reads back as 0.0).
std::optional<Cell> storedAs(const Statement::Bound &v, Affinity a)
{
    Cell c;
    switch (v.type) {
    case SQLITE_NULL:
        return c;
    case SQLITE_INTEGER:
        if (a == Affinity::Text || a == Affinity::Real)
            return std::nullopt;
        c.tag = 'i';
        c.integer = v.integer;
        return c;
    case SQLITE_FLOAT:
        if (std::isnan(v.real) || (a != Affinity::Real && a != Affinity::Blob) ||
            (a == Affinity::Real && v.real == 0 && std::signbit(v.real)))
            return std::nullopt;
        c.tag = 'f';
        c.real = v.real;
        return c;
    case SQLITE_TEXT:
        if (a != Affinity::Text && a != Affinity::Blob)
            return std::nullopt;
        c.tag = 't';
        c.text = v.text;
        return c;
    default:
        return std::nullopt;
    }
}

void appendCell(canonical::Buffer &out, const Cell &c)
{
    switch (c.tag) {
    case 'i':
        appendInteger(out, c.integer);
        break;
    case 'f':
        appendReal(out, c.real);
        break;
    case 't':
        appendText(out, c.text.data(), static_cast<std::size_t>(c.text.size()));
        break;
    default:
        out.append('n');
    }
}

// A value of an ORDER BY key, kept from one row to the next.
struct KeyCell
{
    char tag = 'n';
    qint64 integer = 0;
    QByteArray text;
};

// SQLite's order of two keys' values (BINARY collation), for the values a key here holds:
// integers and texts; any other pair compares equal, which is never in order.
int compareCells(const Cell &a, const KeyCell &b)
{
    const auto rank = [](char tag) { return tag == 'n' ? 0 : tag == 't' ? 2 : 1; };
    if (rank(a.tag) != rank(b.tag))
        return rank(a.tag) < rank(b.tag) ? -1 : 1;
    if (a.tag == 'i' && b.tag == 'i')
        return a.integer < b.integer ? -1 : a.integer > b.integer ? 1 : 0;
    if (a.tag == 't' && b.tag == 't') {
        const qsizetype n = std::min(a.text.size(), b.text.size());
        const int c = n ? std::memcmp(a.text.data(), b.text.constData(), std::size_t(n)) : 0;
        if (c != 0)
            return c < 0 ? -1 : 1;
        return a.text.size() < b.text.size() ? -1 : a.text.size() > b.text.size() ? 1 : 0;
    }
    return 0; // not a key of ours: never taken to be in order
}

// The tables whose rows a Collector takes, and how a row names its subject: by a column of its
// own, or through the batch record (or the process step of the batch record) it belongs to.
enum class SubjectFrom {
    Column,
    Record,
    Step
};

struct Collected
{
    const char *table;
    RecordBindings::Kind kind;
    SubjectFrom from;
    const char *column;
};

const Collected kCollected[] = {
    {"batch_records", RecordBindings::Kind::Batch, SubjectFrom::Column, "batch_number"},
    {"custody_events", RecordBindings::Kind::Batch, SubjectFrom::Record, "record_id"},
    {"process_steps", RecordBindings::Kind::Batch, SubjectFrom::Record, "record_id"},
    {"step_parameters", RecordBindings::Kind::Batch, SubjectFrom::Step, "step_id"},
    {"materials", RecordBindings::Kind::Batch, SubjectFrom::Record, "record_id"},
    {"equipment", RecordBindings::Kind::Batch, SubjectFrom::Record, "record_id"},
    {"deviations", RecordBindings::Kind::Batch, SubjectFrom::Record, "record_id"},
    {"em_samples", RecordBindings::Kind::Batch, SubjectFrom::Record, "record_id"},
    {"qc_samples", RecordBindings::Kind::Batch, SubjectFrom::Record, "record_id"},
    {"record_identifiers", RecordBindings::Kind::RecordIdentifiers, SubjectFrom::Record,
     "record_id"},
    {"qc_results", RecordBindings::Kind::Results, SubjectFrom::Column, "batch_number"},
};

// The statement that counts a subject's rows in the table that holds one row per version of
// it: asked when the first of them is written, every row of the subject is written here when
// that count is 1 (see Collector::Private::writtenAlone).
const char *countSql(RecordBindings::Kind kind)
{
    switch (kind) {
    case RecordBindings::Kind::Batch:
    case RecordBindings::Kind::RecordIdentifiers:
        return "SELECT count(*) FROM batch_records WHERE batch_number = ?";
    case RecordBindings::Kind::Results:
        return "SELECT count(*) FROM qc_results WHERE batch_number = ?";
    default:
        return nullptr;
    }
}

} // namespace

struct RecordBindings::Collector::Private
{
    // Where a column's stored value comes from.
    struct Column
    {
        int parameter = 0;         // > 0: the bound parameter
        bool rowid = false;        // the rowid (INTEGER PRIMARY KEY)
        Statement::Bound fallback; // otherwise its default
        QByteArray defaultText;
        Affinity affinity = Affinity::Blob;
    };
    // One INSERT statement of a collected table, as read from its SQL and the table's columns.
    struct Table
    {
        const char *sql = nullptr;            // sqlite3_sql() of the statement it was read from
        const Collected *collected = nullptr; // null: not a table taken here
        // An INSERT into collected tables not in the one form taken: their kinds are read back.
        std::vector<Kind> spoiled;
        bool readable = false; // false: its rows cannot be told, so neither can its kind's
        int part = 0;
        std::vector<Column> columns;
        int subjectColumn = -1; // the column named by Collected::column
        int idColumn = -1;      // the rowid's column, if any
        std::vector<int> order; // the columns of the part's ORDER BY
    };
    struct SubjectState
    {
        bool invalid = false;
        bool finished = false;
        qint64 versions = 0; // rows written to the table countSql() counts
        std::vector<std::unique_ptr<PartHash>> parts;
        std::vector<std::vector<KeyCell>> lastKeys;
        QByteArray digest;
    };

    QSqlDatabase db;
    std::unordered_map<const sqlite3_stmt *, std::unique_ptr<Table>> tables;
    QSet<int> invalidKinds;
    std::unordered_map<int, std::unordered_map<QString, SubjectState>> states; // kind -> ...
    std::unordered_map<qint64, QString> recordBatch;                           // batch_records.id
    std::unordered_map<qint64, qint64> stepRecord;                             // process_steps.id
    QString currentRecord; // the batch whose record's rows are being written
    canonical::Buffer row;
    std::vector<Cell> cells;
    QHash<int, std::shared_ptr<Statement>> counters;

    std::unique_ptr<Table> read(sqlite3_stmt *stmt) const;
    void invalidate(Kind kind)
    {
        invalidKinds.insert(static_cast<int>(kind));
        states.erase(static_cast<int>(kind));
        if (lastSubject.kind == static_cast<int>(kind))
            lastSubject = {};
    }
    // The subject of the row before and its state: the rows of one subject mostly come one
    // after another, and its name need not be decoded and looked up for each.
    struct LastSubject
    {
        int kind = -1;
        bool fromColumn = false; // named by a column, not through its record
        QByteArray text;         // named by a column: its UTF-8
        QString subject;
        SubjectState *state = nullptr;
    } lastSubject;
    void finish(Kind kind, const QString &subject, SubjectState &st) const
    {
        if (st.finished || st.invalid)
            return;
        const KindSpec &spec = specOf(kind);
        std::vector<std::pair<quint64, QByteArray>> parts;
        for (std::size_t p = 0; p < spec.parts.size(); ++p) {
            if (p < st.parts.size() && st.parts[p])
                parts.emplace_back(st.parts[p]->rows, st.parts[p]->hash.finish());
            else
                parts.emplace_back(0, emptyPartHash());
        }
        st.digest = finishSubject(QString::fromLatin1(spec.id), subject, parts);
        st.finished = true;
        st.parts.clear();
        st.lastKeys.clear();
    }
    void startRecord(const QString &subject, qint64 id);
    // Whether the row of `subject` just written to the table countSql() counts is the only one
    // there. Asked at the subject's first row, where the pages it reads are those just written,
    // rather than once every row is written, when they have long left SQLite's cache. From the
    // first row to the commit the transaction holds the store's write lock, the schema has no
    // trigger that inserts, and every INSERT into the collected tables passes through
    // inserted(); so a subject alone at its first row holds only the rows written here. A
    // count that cannot be read answers no, and digest() then fails with its error.
    bool writtenAlone(Kind kind, const QString &subject)
    {
        std::shared_ptr<Statement> &counter = counters[static_cast<int>(kind)];
        if (!counter)
            counter = std::make_shared<Statement>(db, countSql(kind));
        qint64 stored = -1;
        counter->add(subject);
        if (Status s = counter->eachRow(
                [&] {
                    return RecordBindings::tr("Cannot read %1").arg(describe(id(kind), subject));
                },
                [&] { stored = counter->value(0).toLongLong(); });
            !s) {
            // The write may have failed with it (a full disk rolls the transaction back): the
            // import is refused with this, not carried on.
            if (!failed)
                failed = s.error();
            return false;
        }
        return stored == 1;
    }
    std::optional<Error> failed; // the first count that could not be read
};

std::unique_ptr<RecordBindings::Collector::Private::Table>
RecordBindings::Collector::Private::read(sqlite3_stmt *stmt) const
{
    auto t = std::make_unique<Table>();
    t->sql = sqlite3_sql(stmt);
    // Any collected table an INSERT names, however written ("qc_results", main.qc_results, INSERT
    // OR IGNORE, a SELECT from one): unless the statement is the one form taken, below, a row
    // it adds is not told, so each such table's kind is read back.
    {
        QByteArray loose = QByteArray(t->sql).toLower();
        for (const char quote : {'"', '`', '[', ']', '.', '(', ')', ','})
            loose.replace(quote, ' ');
        const QList<QByteArray> words = loose.simplified().split(' ');
        if (!words.isEmpty() && (words.first() == "insert" || words.first() == "replace")) {
            for (const Collected &c : kCollected) {
                if (words.contains(QByteArray(c.table)))
                    t->spoiled.push_back(c.kind);
            }
        }
    }
    // INSERT INTO name (a, b, ...) VALUES (?, ?, ...): the only form taken.
    const QByteArray sql = QByteArray(t->sql).simplified();
    if (!sql.startsWith("INSERT INTO "))
        return t;
    const qsizetype open = sql.indexOf('(');
    const qsizetype close = sql.indexOf(')', open);
    if (open < 0 || close < 0)
        return t;
    const QByteArray name = sql.mid(12, open - 12).trimmed();
    const Collected *collected = nullptr;
    for (const Collected &c : kCollected) {
        if (name == c.table)
            collected = &c;
    }
    if (!collected)
        return t;
    t->collected = collected;
    QList<QByteArray> names = sql.mid(open + 1, close - open - 1).split(',');
    for (QByteArray &n : names)
        n = n.trimmed();
    QByteArray values = sql.mid(close + 1);
    values.replace(' ', "");
    QByteArrayList marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks << "?";
    if (values != "VALUES(" + marks.join(',') + ')')
        return t;
    const KindSpec &spec = specOf(collected->kind);
    int part = -1;
    for (std::size_t p = 0; p < spec.parts.size(); ++p) {
        if (QByteArray(spec.parts[p].from).startsWith(QByteArray(name + ' ')))
            part = static_cast<int>(p);
    }
    if (part < 0)
        return t;

    // The table's columns, in their order (t.*), and whether it has rowids.
    bool withoutRowid = false;
    {
        Statement master(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
        master.add(QString::fromLatin1(name));
        if (!master.eachRow([] { return QString(); },
                            [&] {
                                withoutRowid =
                                    master.value(0).toString().toUpper().simplified().endsWith(
                                        u"WITHOUT ROWID"_s);
                            }))
            return t;
    }
    struct Info
    {
        QByteArray name, type, defaultValue;
        bool hasDefault = false;
        int pk = 0;
    };
    std::vector<Info> info;
    {
        const QByteArray pragma = "PRAGMA table_info(" + name + ')';
        Statement columns(db, pragma.constData());
        if (!columns.eachRow([] { return QString(); },
                             [&] {
                                 Info i;
                                 i.name = columns.value(1).toString().toUtf8();
                                 i.type = columns.value(2).toString().toUtf8();
                                 const QVariant d = columns.value(4);
                                 i.hasDefault = !d.isNull();
                                 i.defaultValue = d.toString().toUtf8();
                                 i.pk = columns.value(5).toInt();
                                 info.push_back(std::move(i));
                             }) ||
            info.empty())
            return t;
    }
    const auto keyColumns =
        std::count_if(info.begin(), info.end(), [](const Info &i) { return i.pk > 0; });
    // Every column the INSERT names is one of the table's, as written there.
    for (const QByteArray &n : std::as_const(names)) {
        if (std::none_of(info.begin(), info.end(), [&n](const Info &i) { return i.name == n; }))
            return t;
    }
    std::vector<Column> columns;
    for (const Info &i : info) {
        Column c;
        c.affinity = affinityOf(i.type);
        if (const qsizetype at = names.indexOf(i.name); at >= 0) {
            c.parameter = static_cast<int>(at) + 1;
        } else if (!withoutRowid && i.pk == 1 && keyColumns == 1 && i.type.toUpper() == "INTEGER") {
            c.rowid = true;
        } else if (!i.hasDefault) {
            c.fallback.type = SQLITE_NULL;
        } else if (i.defaultValue.size() >= 2 && i.defaultValue.startsWith('\'') &&
                   i.defaultValue.endsWith('\'') &&
                   !i.defaultValue.mid(1, i.defaultValue.size() - 2).contains('\'')) {
            c.defaultText = i.defaultValue.mid(1, i.defaultValue.size() - 2);
            c.fallback.type = SQLITE_TEXT;
        } else {
            bool ok = false;
            c.fallback.integer = i.defaultValue.toLongLong(&ok);
            if (!ok)
                return t; // an expression: only SQLite can tell
            c.fallback.type = SQLITE_INTEGER;
        }
        columns.push_back(std::move(c));
    }
    std::vector<int> order;
    for (QByteArray o : QByteArray(spec.parts[static_cast<std::size_t>(part)].order).split(',')) {
        o = o.trimmed();
        if (o.startsWith("t.") || o.startsWith("c."))
            o = o.mid(2);
        const auto at =
            std::find_if(info.begin(), info.end(), [&o](const Info &i) { return i.name == o; });
        if (at == info.end())
            return t;
        order.push_back(static_cast<int>(at - info.begin()));
    }
    const auto subjectAt = std::find_if(info.begin(), info.end(), [collected](const Info &i) {
        return i.name == collected->column;
    });
    if (subjectAt == info.end())
        return t;
    t->subjectColumn = static_cast<int>(subjectAt - info.begin());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].rowid)
            t->idColumn = static_cast<int>(i);
    }
    if ((name == "batch_records" || name == "process_steps") && t->idColumn < 0)
        return t;
    t->columns = std::move(columns);
    t->order = std::move(order);
    t->part = part;
    t->readable = true;
    return t;
}

void RecordBindings::Collector::Private::startRecord(const QString &subject, qint64 id)
{
    std::optional<bool> alone;
    for (const Kind kind : {Kind::Batch, Kind::RecordIdentifiers}) {
        if (invalidKinds.contains(static_cast<int>(kind)))
            continue;
        auto &kindStates = states[static_cast<int>(kind)];
        if (!currentRecord.isEmpty() && currentRecord != subject) {
            if (const auto it = kindStates.find(currentRecord); it != kindStates.end())
                finish(kind, it->first, it->second);
        }
        const auto [it, added] = kindStates.try_emplace(subject);
        ++it->second.versions;
        // A second version of a batch in one transaction, or a batch stored before: read back.
        // Both kinds count the batch's records, so one answer serves both.
        if (added && !alone)
            alone = writtenAlone(kind, subject);
        if (!added || !*alone)
            it->second.invalid = true;
    }
    recordBatch[id] = subject;
    currentRecord = subject;
}

RecordBindings::Collector::Collector(QSqlDatabase db)
    : d(std::make_unique<Private>())
{
    d->db = std::move(db);
}

RecordBindings::Collector::~Collector() = default;

void RecordBindings::Collector::inserted(const Statement &insert)
{
    sqlite3_stmt *stmt = insert.get();
    if (!stmt)
        return;
    std::unique_ptr<Private::Table> &slot = d->tables[stmt];
    if (!slot || slot->sql != sqlite3_sql(stmt))
        slot = d->read(stmt);
    const Private::Table &t = *slot;
    if (!t.collected) {
        for (const Kind spoiled : t.spoiled)
            d->invalidate(spoiled);
        return;
    }
    const Kind kind = t.collected->kind;
    if (d->invalidKinds.contains(static_cast<int>(kind)))
        return;
    if (!t.readable) { // a row of the kind that cannot be told: the whole kind is read back
        d->invalidate(kind);
        return;
    }

    // The row as SQLite stored it.
    const qint64 rowid = insert.lastInsertId();
    d->row.clear();
    d->row.appendU32(static_cast<quint32>(t.columns.size()));
    d->cells.resize(t.columns.size());
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        const Private::Column &c = t.columns[i];
        std::optional<Cell> cell;
        if (c.rowid) {
            cell = Cell{'i', rowid, 0, {}};
        } else if (c.parameter > 0) {
            cell = storedAs(insert.boundValue(c.parameter), c.affinity);
        } else {
            Statement::Bound fallback = c.fallback;
            fallback.text = QByteArrayView(c.defaultText);
            cell = storedAs(fallback, c.affinity);
        }
        if (!cell) {
            d->invalidate(kind);
            return;
        }
        d->cells[i] = *cell;
        appendCell(d->row, *cell);
    }

    // Its subject.
    const Cell &named = d->cells[static_cast<std::size_t>(t.subjectColumn)];
    QString subject;
    if (t.collected->from == SubjectFrom::Column) {
        if (named.tag != 't') {
            d->invalidate(kind);
            return;
        }
        if (d->lastSubject.kind == static_cast<int>(kind) && d->lastSubject.state &&
            d->lastSubject.fromColumn && named.text == d->lastSubject.text)
            subject = d->lastSubject.subject;
        else
            subject = QString::fromUtf8(named.text);
    } else {
        qint64 record = named.integer;
        if (named.tag != 'i') {
            d->invalidate(kind);
            return;
        }
        if (t.collected->from == SubjectFrom::Step) {
            const auto step = d->stepRecord.find(record);
            if (step == d->stepRecord.end()) {
                d->invalidate(kind);
                return;
            }
            record = step->second;
        }
        const auto batch = d->recordBatch.find(record);
        if (batch == d->recordBatch.end()) {
            d->invalidate(kind);
            return;
        }
        subject = batch->second;
    }
    if (qstrcmp(t.collected->table, "batch_records") == 0)
        d->startRecord(subject, rowid);
    else if (qstrcmp(t.collected->table, "process_steps") == 0)
        d->stepRecord[rowid] = d->cells[static_cast<std::size_t>(t.subjectColumn)].integer;
    if (d->invalidKinds.contains(static_cast<int>(kind)))
        return;

    Private::LastSubject &cached = d->lastSubject;
    if (cached.kind != static_cast<int>(kind) || !cached.state || cached.subject != subject) {
        cached.kind = static_cast<int>(kind);
        cached.subject = subject;
        cached.fromColumn = t.collected->from == SubjectFrom::Column;
        cached.text = cached.fromColumn ? named.text.toByteArray() : QByteArray();
        cached.state = &d->states[static_cast<int>(kind)][subject];
    }
    Private::SubjectState &st = *cached.state;
    // Results added to a batch that held some before: read back.
    if (kind == Kind::Results && ++st.versions == 1 && !d->writtenAlone(kind, subject))
        st.invalid = true;
    if (st.invalid)
        return;
    if (st.finished) { // rows of a batch record written after another's
        st.invalid = true;
        return;
    }
    const std::size_t partCount = specOf(kind).parts.size();
    if (st.parts.empty()) {
        st.parts.resize(partCount);
        st.lastKeys.resize(partCount);
    }
    const auto part = static_cast<std::size_t>(t.part);
    std::vector<KeyCell> &last = st.lastKeys[part];
    // In the part's order, or read back.
    if (!last.empty()) {
        int c = 0;
        for (std::size_t k = 0; k < t.order.size() && c == 0; ++k)
            c = compareCells(d->cells[static_cast<std::size_t>(t.order[k])], last[k]);
        if (c <= 0) {
            st.invalid = true;
            st.parts.clear();
            st.lastKeys.clear();
            return;
        }
    }
    last.resize(t.order.size());
    for (std::size_t k = 0; k < t.order.size(); ++k) {
        const Cell &cell = d->cells[static_cast<std::size_t>(t.order[k])];
        last[k].tag = cell.tag;
        last[k].integer = cell.integer;
        if (cell.tag == 't') { // into the buffer the key before had, mostly as long
            last[k].text.resize(cell.text.size());
            if (!cell.text.isEmpty())
                std::memcpy(last[k].text.data(), cell.text.data(),
                            static_cast<std::size_t>(cell.text.size()));
        }
    }
    std::unique_ptr<PartHash> &h = st.parts[part];
    if (!h)
        h = std::make_unique<PartHash>();
    h->hash.add(d->row.view());
    ++h->rows;
}

Result<std::optional<QByteArray>> RecordBindings::Collector::digest(const Subject &subject)
{
    if (d->failed)
        return *d->failed;
    if (!countSql(subject.kind) || d->invalidKinds.contains(static_cast<int>(subject.kind)))
        return std::optional<QByteArray>();
    auto &kindStates = d->states[static_cast<int>(subject.kind)];
    const auto it = kindStates.find(subject.subject);
    if (it == kindStates.end() || it->second.invalid)
        return std::optional<QByteArray>(); // it held rows before: read them all
    d->finish(subject.kind, subject.subject, it->second);
    return std::optional<QByteArray>(it->second.digest);
}

} // namespace rd
