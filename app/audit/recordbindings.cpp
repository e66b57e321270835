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

// A row in canonical bytes (result columns firstColumn to n - 1): the number of columns, then
// each value with a tag for its type, so that no two different rows serialise alike (1 and
// '1', NULL and '').
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
            out.append('i');
            out.appendU64(static_cast<quint64>(sqlite3_value_int64(v)));
            break;
        case SQLITE_FLOAT: {
            out.append('f');
            const double d = sqlite3_value_double(v);
            quint64 bits = 0;
            static_assert(sizeof bits == sizeof d);
            std::memcpy(&bits, &d, sizeof d);
            out.appendU64(bits);
            break;
        }
        case SQLITE_TEXT: {
            out.append('t');
            const unsigned char *text = sqlite3_value_text(v);
            out.appendSized(text, static_cast<std::size_t>(sqlite3_value_bytes(v)));
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

Result<QByteArray> RecordBindings::bind(QSqlDatabase db, qint64 seq, const QList<Subject> &subjects)
{
    // By kind, each subject once.
    QHash<Kind, QStringList> byKind;
    QSet<std::pair<int, QString>> seen;
    for (const Subject &s : subjects) {
        if (seen.contains({static_cast<int>(s.kind), s.subject}))
            continue;
        seen.insert({static_cast<int>(s.kind), s.subject});
        byKind[s.kind].append(s.subject);
    }
    QList<Binding> bindings;
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

} // namespace rd
