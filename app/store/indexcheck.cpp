// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/indexcheck.h"

#include "store/statement.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// The time each table's check took (QT_LOGGING_RULES="releasedesk.verify.debug=true").
Q_LOGGING_CATEGORY(lcIndexCheck, "releasedesk.verify", QtWarningMsg)

// How often a long scan asks whether it was cancelled.
constexpr int kRowsBetweenCancelChecks = 4096;

QByteArray quoted(const QString &name)
{
    QString q = name;
    q.replace(u'"', u"\"\""_s);
    return '"' + q.toUtf8() + '"';
}

// One column an index keeps: a column of its table, or the rowid (`rowid` true).
struct IndexColumn
{
    QString name;
    bool rowid = false;
    bool descending = false;
    QByteArray sql() const { return rowid ? QByteArray("rowid") : quoted(name); }
};

// An index as its entries are read: the key columns, then the columns that find the row (the
// rowid, or a table without rowid's primary key columns not already in the key).
struct Index
{
    QString name;
    bool unique = false;
    bool ownRows = false; // the primary key of a table without rowid: its rows themselves
    QByteArray where;     // a partial index's condition; empty for a full index
    std::vector<IndexColumn> columns;
    int keyColumns = 0;

    // Entries and rows seen, and their keyed hashes summed modulo 2^128.
    struct Tally
    {
        qint64 count = 0;
        std::array<quint64, 2> sum = {0, 0};
        bool operator==(const Tally &) const = default;
    };
    Tally fromTable;
    Tally fromIndex;
};

struct Table
{
    QString name;
    bool withoutRowid = false;
    QString rowidAlias = u"rowid"_s; // the INTEGER PRIMARY KEY column's name, if it has one
    std::vector<Index> indexes;      // ownRows first where there is one
    int feeds = 0;                   // scans that fed it (IndexCheck::add)
    QString fedProblem;              // the first its feeds found in the order of its own rows
};

// The columns of one row of a scan, each as a type byte and its value, in a buffer of the
// row's own: what is hashed, and what the next row is compared with.
//   0 NULL; 1 integer (8 bytes); 2 real (8 bytes); 3 text, 4 blob (4-byte length, bytes).
class RowBytes
{
public:
    void read(sqlite3_stmt *stmt, int first, int count)
    {
        m_bytes.clear();
        for (int i = first; i < first + count; ++i)
            appendColumn(stmt, i);
    }
    void read(sqlite3_stmt *stmt, const std::vector<int> &columns)
    {
        m_bytes.clear();
        for (const int i : columns)
            appendColumn(stmt, i);
    }
    const std::string &bytes() const { return m_bytes; }
    void swap(RowBytes &other) { m_bytes.swap(other.m_bytes); }

private:
    void appendColumn(sqlite3_stmt *stmt, int i)
    {
        // As appendRow() in audit/recordbindings.cpp: one call into the statement per column.
        sqlite3_value *v = sqlite3_column_value(stmt, i);
        const int type = sqlite3_value_type(v);
        switch (type) {
        case SQLITE_INTEGER: {
            const sqlite3_int64 n = sqlite3_value_int64(v);
            append(1, &n, sizeof n);
            break;
        }
        case SQLITE_FLOAT: {
            const double d = sqlite3_value_double(v);
            append(2, &d, sizeof d);
            break;
        }
        case SQLITE_TEXT:
        case SQLITE_BLOB: {
            const bool text = type == SQLITE_TEXT;
            const void *data =
                text ? static_cast<const void *>(sqlite3_value_text(v)) : sqlite3_value_blob(v);
            const quint32 n = static_cast<quint32>(sqlite3_value_bytes(v));
            append(text ? 3 : 4, &n, sizeof n);
            if (n > 0)
                m_bytes.append(static_cast<const char *>(data), n);
            break;
        }
        default:
            m_bytes.push_back('\0');
        }
    }
    void append(char type, const void *value, std::size_t n)
    {
        m_bytes.push_back(type);
        m_bytes.append(static_cast<const char *>(value), n);
    }
    std::string m_bytes;
};

// One value of a RowBytes, read back.
struct Cell
{
    char type = 0;
    sqlite3_int64 integer = 0;
    double real = 0;
    const char *data = nullptr;
    quint32 size = 0;
    bool isNull() const { return type == 0; }
};

const char *readCell(const char *p, Cell *c)
{
    c->type = *p++;
    switch (c->type) {
    case 1:
        std::memcpy(&c->integer, p, sizeof c->integer);
        return p + sizeof c->integer;
    case 2:
        std::memcpy(&c->real, p, sizeof c->real);
        return p + sizeof c->real;
    case 3:
    case 4:
        std::memcpy(&c->size, p, sizeof c->size);
        c->data = p + sizeof c->size;
        return c->data + c->size;
    default:
        return p;
    }
}

// SQLite's order of two values under the BINARY collation: NULL, then numbers by value
// (integers and reals together), then text and blobs byte by byte, the shorter first.
int compareCells(const Cell &a, const Cell &b)
{
    const auto rank = [](char type) { return type == 0 ? 0 : type <= 2 ? 1 : type - 1; };
    if (rank(a.type) != rank(b.type))
        return rank(a.type) < rank(b.type) ? -1 : 1;
    switch (rank(a.type)) {
    case 0:
        return 0;
    case 1: {
        if (a.type == 1 && b.type == 1)
            return a.integer < b.integer ? -1 : a.integer > b.integer ? 1 : 0;
        // long double holds every 64-bit integer exactly on the platforms we build for.
        const long double x = a.type == 1 ? static_cast<long double>(a.integer) : a.real;
        const long double y = b.type == 1 ? static_cast<long double>(b.integer) : b.real;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    default: {
        const int c = std::memcmp(a.data, b.data, std::min(a.size, b.size));
        if (c != 0)
            return c < 0 ? -1 : 1;
        return a.size < b.size ? -1 : a.size > b.size ? 1 : 0;
    }
    }
}

// How the entry `next` follows `previous` in an index's order.
struct Step
{
    int order = 0;           // < 0 when next comes after previous, as it must
    bool sameKey = false;    // the key columns are equal
    bool keyHasNull = false; // next has NULL in a key column (UNIQUE allows repeats of those)
};

Step stepBetween(const Index &index, const RowBytes &previous, const RowBytes &next)
{
    Step s;
    s.sameKey = true;
    const char *p = previous.bytes().data();
    const char *n = next.bytes().data();
    for (int i = 0; i < static_cast<int>(index.columns.size()); ++i) {
        Cell a, b;
        p = readCell(p, &a);
        n = readCell(n, &b);
        if (i < index.keyColumns && b.isNull())
            s.keyHasNull = true;
        int c = compareCells(a, b);
        if (index.columns[std::size_t(i)].descending)
            c = -c;
        if (c != 0) {
            if (i < index.keyColumns)
                s.sameKey = false;
            if (s.order == 0)
                s.order = c;
        }
    }
    return s;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// What is wrong where entry `entries` (`row`) follows `previous` in `index` of `t`, if anything.
QString orderProblem(const Table &t, const Index &index, const RowBytes &previous,
                     const RowBytes &row, qint64 entries)
{
    const Step step = stepBetween(index, previous, row);
    if (index.unique && step.sameKey && !step.keyHasNull) {
        return IndexCheck::tr("The %1 of table %2 holds the same key twice (entries %3 and %4), "
                              "which it forbids: records.db was altered outside ReleaseDesk or "
                              "is damaged.")
            .arg(index.ownRows ? IndexCheck::tr("primary key")
                               : IndexCheck::tr("index %1").arg(index.name),
                 t.name, number(entries - 1), number(entries));
    }
    if (step.order >= 0) {
        return index.ownRows
                   ? IndexCheck::tr("The rows of table %1 are out of order after row %2 of its "
                                    "primary key: records.db was altered outside ReleaseDesk or "
                                    "is damaged.")
                         .arg(t.name, number(entries - 1))
                   : IndexCheck::tr("The index %1 of table %2 is out of order after entry %3, so "
                                    "a search through it misses rows: records.db was altered "
                                    "outside ReleaseDesk or is damaged.")
                         .arg(index.name, t.name, number(entries - 1));
    }
    return QString();
}

// The name of the result column that gives a partial index's condition to a feed.
QString conditionColumn(const Index &index)
{
    return u"where "_s + index.name;
}

void tally(Index::Tally *t, const unsigned char key[crypto_shorthash_siphashx24_KEYBYTES],
           const RowBytes &row)
{
    unsigned char h[crypto_shorthash_siphashx24_BYTES];
    crypto_shorthash_siphashx24(h, reinterpret_cast<const unsigned char *>(row.bytes().data()),
                                row.bytes().size(), key);
    quint64 lo, hi;
    std::memcpy(&lo, h, sizeof lo);
    std::memcpy(&hi, h + sizeof lo, sizeof hi);
    t->sum[0] += lo;
    t->sum[1] += hi + (t->sum[0] < lo ? 1 : 0);
    ++t->count;
}

} // namespace

struct IndexCheck::Impl
{
    Impl() { randombytes_buf(m_key, sizeof m_key); }
    ~Impl() { sodium_memzero(m_key, sizeof m_key); }

    Result<QString> checkTables(std::vector<Table> &tables)
    {
        for (Table &t : tables) {
            if (t.indexes.empty())
                continue;
            QElapsedTimer timer;
            timer.start();
            if (Result<QString> r = checkTable(t); !r || !r->isEmpty())
                return r;
            qCDebug(lcIndexCheck, "index check of %s: %lld ms", qPrintable(t.name),
                    timer.elapsed());
        }
        return QString();
    }

    Result<std::vector<Table>> schema()
    {
        std::vector<Table> out;
        std::map<QString, QByteArray> indexSql; // indexes in sqlite_master, with their SQL
        {
            Statement s(m_db, "SELECT type, name, sql FROM sqlite_master "
                              "WHERE type IN ('table', 'index') ORDER BY name");
            const Status st = s.eachRow([] { return IndexCheck::tr("Cannot read the schema"); },
                                        [&] {
                                            const QString type = s.value(0).toString();
                                            const QString name = s.value(1).toString();
                                            if (type == u"index"_s)
                                                indexSql[name] = s.value(2).toString().toUtf8();
                                            else if (!name.startsWith(u"sqlite_"_s)) {
                                                Table t;
                                                t.name = name;
                                                out.push_back(std::move(t));
                                            }
                                        });
            if (!st)
                return st.error();
        }
        static const QRegularExpression partial(u"\\bWHERE\\b(.*)$"_s,
                                                QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::DotMatchesEverythingOption);
        for (Table &t : out) {
            const QString what = IndexCheck::tr("Cannot read the indexes of table %1").arg(t.name);
            const QByteArray listSql = "PRAGMA index_list(" + quoted(t.name) + ")";
            Statement list(m_db, listSql.constData());
            std::vector<Index> found;
            const Status listed =
                list.eachRow([&what] { return what; },
                             [&] {
                                 Index index;
                                 index.name = list.value(1).toString();
                                 index.unique = list.value(2).toInt() != 0;
                                 const auto known = indexSql.find(index.name);
                                 // A table without rowid keeps its rows in the b-tree of its
                                 // primary key, which has no entry of its own in sqlite_master.
                                 index.ownRows = known == indexSql.end();
                                 if (!index.ownRows) {
                                     const QRegularExpressionMatch m =
                                         partial.match(QString::fromUtf8(known->second));
                                     if (m.hasMatch())
                                         index.where = m.captured(1).trimmed().toUtf8();
                                 }
                                 found.push_back(std::move(index));
                             });
            if (!listed)
                return listed.error();
            for (Index &index : found) {
                const QByteArray infoSql = "PRAGMA index_xinfo(" + quoted(index.name) + ")";
                Statement info(m_db, infoSql.constData());
                QString unsupported;
                const Status read =
                    info.eachRow([&what] { return what; },
                                 [&] {
                                     // seqno, cid, name, desc, coll, key
                                     const int cid = info.value(1).toInt();
                                     IndexColumn c;
                                     c.rowid = cid == -1;
                                     c.name = info.value(2).toString();
                                     c.descending = info.value(3).toInt() != 0;
                                     if (cid == -2 || info.value(4).toString() != u"BINARY"_s) {
                                         unsupported = cid == -2 ? IndexCheck::tr("an expression")
                                                                 : info.value(4).toString();
                                     }
                                     if (info.value(5).toInt() != 0)
                                         ++index.keyColumns;
                                     index.columns.push_back(std::move(c));
                                 });
                if (!read)
                    return read.error();
                if (!unsupported.isEmpty()) {
                    return Error(ErrorCode::Unsupported,
                                 IndexCheck::tr("The index %1 of table %2 is on %3, which the "
                                                "index check cannot compare.")
                                     .arg(index.name, t.name, unsupported));
                }
                if (index.ownRows) {
                    // Its order is all there is to check: the key columns are enough.
                    t.withoutRowid = true;
                    index.columns.resize(std::size_t(index.keyColumns));
                }
            }
            std::stable_partition(found.begin(), found.end(),
                                  [](const Index &i) { return i.ownRows; });
            t.indexes = std::move(found);
            // The rowid's other name: the one INTEGER PRIMARY KEY column (a feed's statement
            // names the rowid so).
            const QByteArray infoSql = "PRAGMA table_info(" + quoted(t.name) + ")";
            Statement info(m_db, infoSql.constData());
            QStringList keys;
            QString keyType;
            const Status read = info.eachRow([&what] { return what; },
                                             [&] {
                                                 // cid, name, type, notnull, dflt_value, pk
                                                 if (info.value(5).toInt() > 0) {
                                                     keys << info.value(1).toString();
                                                     keyType = info.value(2).toString();
                                                 }
                                             });
            if (!read)
                return read.error();
            if (!t.withoutRowid && keys.size() == 1 &&
                keyType.compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0)
                t.rowidAlias = keys.front();
        }
        return out;
    }

    bool cancelledNow(qint64 rows) const
    {
        return m_cancelled && rows % kRowsBetweenCancelChecks == 0 && m_cancelled();
    }

    Result<QString> checkTable(Table &t)
    {
        // 1. The table, once: each index's columns of each row it covers, hashed. (A table
        // without rowid and with no other index is its own index: nothing to hash.)
        const bool secondary = std::any_of(t.indexes.begin(), t.indexes.end(),
                                           [](const Index &i) { return !i.ownRows; });
        QByteArray columns;
        QByteArray conditions;
        std::vector<int> firstColumn; // of each index in the result row
        int next = 0;
        for (const Index &index : t.indexes) {
            firstColumn.push_back(next);
            for (const IndexColumn &c : index.columns) {
                columns += (next ? ", " : "") + c.sql();
                ++next;
            }
        }
        const int conditionColumn = next;
        const bool fed = m_fed.contains(t.name);
        for (const Index &index : t.indexes)
            conditions +=
                ", " + (index.where.isEmpty() ? QByteArray("1") : "(" + index.where + ")");
        // Without rowid, a table is read in the order of its own primary key (NOT INDEXED
        // would still pick a smaller covering index); with a rowid, in the rowid's.
        const Index *own = t.withoutRowid ? &t.indexes.front() : nullptr;
        const QByteArray from = quoted(t.name) + (own ? " INDEXED BY " + quoted(own->name)
                                                      : QByteArray(" NOT INDEXED"));
        const QByteArray tableSql = "SELECT " + columns + conditions + " FROM " + from;
        if (!secondary || fed) {
            // nothing to hash, or hashed by a caller's own scan (feed())
        } else if (Result<QString> plan = checkPlan(tableSql, t, nullptr);
                   !plan || !plan->isEmpty()) {
            return plan;
        } else {
            const QString what = IndexCheck::tr("Cannot read table %1").arg(t.name);
            Statement s(m_db, tableSql.constData());
            if (!s.isValid())
                return s.error(what, SQLITE_ERROR);
            RowBytes row;
            int rc;
            qint64 rows = 0;
            while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
                if (cancelledNow(++rows))
                    return Error(ErrorCode::Cancelled,
                                 IndexCheck::tr("The index check was cancelled."));
                for (std::size_t i = 0; i < t.indexes.size(); ++i) {
                    Index &index = t.indexes[i];
                    if (index.ownRows || !sqlite3_column_int(s.get(), conditionColumn + int(i)))
                        continue;
                    row.read(s.get(), firstColumn[i], int(index.columns.size()));
                    tally(&index.fromTable, m_key, row);
                }
            }
            if (rc != SQLITE_DONE)
                return s.error(what, rc);
        }

        // 2. Each index in its own order, as a search walks it; a fed table's own rows were
        // walked by its feed.
        for (Index &index : t.indexes) {
            if (index.ownRows && fed)
                continue;
            if (Result<QString> r = checkIndex(t, index); !r || !r->isEmpty())
                return r;
        }
        return QString();
    }

    // The query must read `index` alone, in its order, and no sorter; or, for the table side
    // (`index` null), the table's own b-tree.
    Result<QString> checkPlan(const QByteArray &sql, const Table &t, const Index *index)
    {
        const QString what = IndexCheck::tr("Cannot plan the index check of table %1").arg(t.name);
        const QByteArray explain = "EXPLAIN QUERY PLAN " + sql;
        Statement s(m_db, explain.constData());
        QStringList lines;
        const Status st =
            s.eachRow([&what] { return what; }, [&] { lines << s.value(3).toString(); });
        if (!st)
            return st.error();
        const QString plan = lines.join(u"; "_s);
        const bool sorts = plan.contains(u"TEMP B-TREE"_s);
        const bool usesIndex = plan.contains(u" INDEX "_s);
        const bool usesThisIndex =
            index && std::any_of(lines.cbegin(), lines.cend(), [index](const QString &line) {
                const QString named = u" INDEX "_s + index->name;
                return line.endsWith(named) || line.contains(named + u' ');
            });
        const bool right = !sorts && (index && !index->ownRows ? usesThisIndex : !usesIndex);
        if (right)
            return QString();
        return Error(ErrorCode::Unsupported,
                     IndexCheck::tr("The index check of table %1 cannot read %2 as it needs "
                                    "to (SQLite plans: %3).")
                         .arg(t.name, index ? index->name : t.name, plan));
    }

    Result<QString> checkIndex(const Table &t, Index &index)
    {
        QByteArray columns;
        QByteArray order;
        for (const IndexColumn &c : index.columns) {
            columns += (columns.isEmpty() ? "" : ", ") + c.sql();
            order += (order.isEmpty() ? "" : ", ") + c.sql() + (c.descending ? " DESC" : "");
        }
        const QByteArray sql =
            "SELECT " + columns + " FROM " + quoted(t.name) + " INDEXED BY " + quoted(index.name) +
            (index.where.isEmpty() ? QByteArray() : " WHERE " + index.where) + " ORDER BY " + order;
        if (Result<QString> plan = checkPlan(sql, t, &index); !plan || !plan->isEmpty())
            return plan;
        const QString what =
            IndexCheck::tr("Cannot read index %1 of table %2").arg(index.name, t.name);
        Statement s(m_db, sql.constData());
        if (!s.isValid())
            return s.error(what, SQLITE_ERROR);
        RowBytes previous, row;
        qint64 entries = 0;
        int rc;
        const int n = static_cast<int>(index.columns.size());
        while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
            if (cancelledNow(++entries))
                return Error(ErrorCode::Cancelled,
                             IndexCheck::tr("The index check was cancelled."));
            row.read(s.get(), 0, n);
            if (entries > 1) {
                if (const QString problem = orderProblem(t, index, previous, row, entries);
                    !problem.isEmpty())
                    return problem;
            }
            if (!index.ownRows)
                tally(&index.fromIndex, m_key, row);
            previous.swap(row);
        }
        if (rc != SQLITE_DONE)
            return s.error(what, rc);
        return m_fed.contains(t.name) ? QString() : mismatch(t, index);
    }

    // Empty when the index holds exactly the rows of its table.
    static QString mismatch(const Table &t, const Index &index)
    {
        if (!index.ownRows && !(index.fromIndex == index.fromTable)) {
            return IndexCheck::tr("The index %1 of table %2 does not hold the rows of its table "
                                  "(%3 entries for %4 rows, or other values), so a search "
                                  "through it finds other rows than the table has: records.db "
                                  "was altered outside ReleaseDesk or is damaged.")
                .arg(index.name, t.name, number(index.fromIndex.count),
                     number(index.fromTable.count));
        }
        return QString();
    }

    Table *table(const QString &name)
    {
        const auto t = std::find_if(m_tables.begin(), m_tables.end(),
                                    [&name](const Table &x) { return x.name == name; });
        return t == m_tables.end() ? nullptr : &*t;
    }

    QSqlDatabase m_db; // the connection of the thread that reads now
    std::function<bool()> m_cancelled;
    unsigned char m_key[crypto_shorthash_siphashx24_KEYBYTES];
    std::vector<Table> m_tables;
    QSet<QString> m_fed; // tables whose table side a caller's scan gives
    QMutex m_mutex;      // m_tables' table-side tallies, while feeds are added
};

struct IndexCheck::Feed::Part
{
    Index::Tally *target = nullptr; // in IndexCheck::Impl::m_tables
    std::vector<int> columns;
    int condition = -1; // a partial index's condition: the result column that holds it, else -1
    Index::Tally tally;
    RowBytes row; // each row's, in turn
    // The rows of a table without rowid, in the order of its primary key: each after the last.
    Table *table = nullptr; // in IndexCheck::Impl::m_tables
    const Index *order = nullptr;
    RowBytes previous;
    qint64 entries = 0;
    QString problem;
};

IndexCheck::Feed::Feed() = default;
IndexCheck::Feed::~Feed() = default;

void IndexCheck::Feed::add(sqlite3_stmt *stmt)
{
    for (Part &p : m_parts) {
        if (p.condition >= 0 && !sqlite3_column_int(stmt, p.condition))
            continue; // a row the partial index leaves out
        if (p.order && !p.problem.isEmpty())
            continue; // the first is the one named
        p.row.read(stmt, p.columns);
        if (!p.order) {
            tally(&p.tally, m_key, p.row);
            continue;
        }
        if (++p.entries > 1)
            p.problem = orderProblem(*p.table, *p.order, p.previous, p.row, p.entries);
        p.previous.swap(p.row);
    }
}

IndexCheck::IndexCheck()
    : d(std::make_unique<Impl>())
{}

IndexCheck::~IndexCheck() = default;

Result<std::unique_ptr<IndexCheck>> IndexCheck::prepare(QSqlDatabase db)
{
    std::unique_ptr<IndexCheck> out(new IndexCheck());
    out->d->m_db = std::move(db);
    Result<std::vector<Table>> tables = out->d->schema();
    out->d->m_db = QSqlDatabase();
    if (!tables)
        return tables.error();
    out->d->m_tables = std::move(tables).value();
    return out;
}

bool IndexCheck::expectFeed(const QString &table)
{
    // A scan names its columns, and so the rowid only by its other name; a table without an
    // index of its own has nothing to be fed.
    const Table *t = d->table(table);
    if (!t || t->withoutRowid || t->indexes.empty() || t->rowidAlias == u"rowid"_s)
        return false;
    d->m_fed.insert(table);
    return true;
}

bool IndexCheck::expectOrderedFeed(const QString &table)
{
    const Table *t = d->table(table);
    if (!t || !t->withoutRowid)
        return false;
    d->m_fed.insert(table);
    return true;
}

QByteArray IndexCheck::orderedFrom(const QString &table) const
{
    const Table *t = d->table(table);
    if (!t || !t->withoutRowid || t->indexes.empty() || !t->indexes.front().ownRows)
        return QByteArray();
    return quoted(t->name) + " INDEXED BY " + quoted(t->indexes.front().name);
}

bool IndexCheck::expectsFeed(const QString &table) const
{
    return d->m_fed.contains(table);
}

QList<QByteArray> IndexCheck::feedColumns(const QString &table) const
{
    QList<QByteArray> out;
    const Table *t = d->table(table);
    if (!t)
        return out;
    for (const Index &index : t->indexes) {
        if (!index.where.isEmpty())
            out << "(" + index.where + ") AS " + quoted(conditionColumn(index));
    }
    return out;
}

std::unique_ptr<IndexCheck::Feed> IndexCheck::feed(const QString &table, sqlite3_stmt *stmt) const
{
    Table *t = d->table(table);
    if (!t || !stmt)
        return nullptr;
    std::map<QString, int> columnOf;
    for (int i = 0; i < sqlite3_column_count(stmt); ++i)
        columnOf[QString::fromUtf8(sqlite3_column_name(stmt, i))] = i;
    std::unique_ptr<Feed> out(new Feed());
    out->m_key = d->m_key;
    out->m_table = table;
    for (Index &index : t->indexes) {
        Feed::Part part;
        part.target = &index.fromTable;
        if (index.ownRows) {
            part.table = t;
            part.order = &index;
        }
        if (!index.where.isEmpty()) {
            const auto it = columnOf.find(conditionColumn(index));
            if (it == columnOf.end())
                return nullptr;
            part.condition = it->second;
        }
        for (const IndexColumn &c : index.columns) {
            const auto it = columnOf.find(c.rowid ? t->rowidAlias : c.name);
            if (it == columnOf.end())
                return nullptr;
            part.columns.push_back(it->second);
        }
        out->m_parts.push_back(std::move(part));
    }
    return out;
}

void IndexCheck::add(const Feed &feed)
{
    QMutexLocker lock(&d->m_mutex);
    if (Table *t = d->table(feed.m_table))
        ++t->feeds;
    for (const Feed::Part &p : feed.m_parts) {
        if (p.order) {
            if (p.table->fedProblem.isEmpty())
                p.table->fedProblem = p.problem;
            continue;
        }
        p.target->count += p.tally.count;
        const quint64 low = p.target->sum[0] + p.tally.sum[0];
        p.target->sum[1] += p.tally.sum[1] + (low < p.tally.sum[0] ? 1 : 0);
        p.target->sum[0] = low;
    }
}

Result<QString> IndexCheck::check(QSqlDatabase db, const std::function<bool()> &cancelled)
{
    d->m_db = std::move(db);
    d->m_cancelled = cancelled;
    Result<QString> out = d->checkTables(d->m_tables);
    d->m_db = QSqlDatabase();
    return out;
}

QString IndexCheck::compareFed() const
{
    QMutexLocker lock(&d->m_mutex);
    for (const Table &t : d->m_tables) {
        if (!d->m_fed.contains(t.name))
            continue;
        if (t.feeds == 0) {
            return tr("The indexes of table %1 were not checked: no scan of its rows was given "
                      "to the check.")
                .arg(t.name);
        }
        if (!t.fedProblem.isEmpty())
            return t.fedProblem;
        for (const Index &index : t.indexes) {
            if (const QString m = Impl::mismatch(t, index); !m.isEmpty())
                return m;
        }
    }
    return QString();
}

Result<QString> IndexCheck::run(QSqlDatabase db, const std::function<bool()> &cancelled)
{
    Result<std::unique_ptr<IndexCheck>> check = prepare(db);
    if (!check)
        return check.error();
    return check.value()->check(db, cancelled);
}

} // namespace rd
