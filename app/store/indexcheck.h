// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3_stmt;

namespace rd {

// Whether every index of records.db holds exactly the rows of its table, in order: what
// SQLite's integrity_check learns by looking each row up in each index, found here in one pass
// over each table and one over each index, so that it costs about as much as reading them.
//
// An index that disagrees with its table changes what a query sees without changing the table:
// a lookup through it can skip a row (an open deviation), or find a row under another key (a
// result of another batch). For each index the check compares
//   - the set of its entries with the set of (indexed columns, row) of the rows its table has,
//     as sums of keyed hashes under a key drawn for this check, so that no entry can be made up
//     to cancel another out;
//   - the order of its entries, as a search follows them, against SQLite's order of values;
//   - for a UNIQUE index, that no two entries have the same key;
// and for a table without rowid (whose rows form an index themselves) the order and uniqueness
// of its primary key. SQLite's quick_check covers the rest: every page's structure, the order
// of rowids, the free list. A partial index is read as every query reads it, its condition
// tested on each entry's row: an entry for a row that does not meet the condition is found by
// no read, and so not by this check either.
class IndexCheck
{
    Q_DECLARE_TR_FUNCTIONS(rd::IndexCheck)

public:
    // Empty when every index agrees; else one line naming the first index (or table) that does
    // not, and how. An Error only when the check cannot run (a read fails, or the schema has an
    // index this check does not know how to read: on an expression, or another collation).
    // `cancelled` is asked now and then; when it says yes the check ends with ErrorCode::Cancelled.
    static Result<QString> run(QSqlDatabase db, const std::function<bool()> &cancelled = {});

    // The same in steps, for a caller that reads a whole table anyway (verify's audit chain
    // walk reads every event): its scan gives the table side of that table's indexes, and the
    // table is not read a second time for them.
    //
    //   prepare(db); expectFeed(table);  then, in any threads at once:
    //   check(db2, ...)              -- every index; a fed table's up to the comparison
    //   feed(table, stmt) per scan, Feed::add(stmt) per row, add(feed) when the scan ended
    //   and once both are done: compareFed()
    class Feed
    {
    public:
        ~Feed();
        // The row `stmt` is at; the scans of all feeds of a table together must give each of
        // its rows once; a table without rowid, one scan (expectOrderedFeed()), whose order
        // the feed checks as it goes.
        void add(sqlite3_stmt *stmt);

    private:
        friend class IndexCheck;
        struct Part;
        Feed();
        std::vector<Part> m_parts;
        const unsigned char *m_key = nullptr;
        QString m_table;
    };

    // Reads the schema and draws the key.
    static Result<std::unique_ptr<IndexCheck>> prepare(QSqlDatabase db);
    ~IndexCheck();
    // False, and nothing changes, when `table` has nothing to be fed (no index) or its rows
    // cannot be (no rowid, or no INTEGER PRIMARY KEY to name it by): check() then reads it as
    // any other. A table expected to be fed that no scan fed is a finding of compareFed().
    bool expectFeed(const QString &table);
    // The same for a table without rowid, whose one feed reads it whole, unbounded, in the
    // order of its primary key (the rows of its own b-tree, as they are stored): false for a
    // table with a rowid.
    bool expectOrderedFeed(const QString &table);
    // What that scan reads FROM: the table through its primary key's own b-tree.
    QByteArray orderedFrom(const QString &table) const;
    bool expectsFeed(const QString &table) const;
    // What a scan that feeds `table` selects after its own columns: the condition of each
    // partial index, evaluated on the row (none when the table has no partial index).
    QList<QByteArray> feedColumns(const QString &table) const;
    // A feed for the rows `stmt` gives of `table`, or null when its result columns (named as
    // the table's, the rowid by its INTEGER PRIMARY KEY name, and feedColumns()) lack one an
    // index of the table keeps.
    std::unique_ptr<Feed> feed(const QString &table, sqlite3_stmt *stmt) const;
    void add(const Feed &feed); // from any thread
    Result<QString> check(QSqlDatabase db, const std::function<bool()> &cancelled = {});
    QString compareFed() const; // empty when every fed table's indexes hold its rows

private:
    struct Impl;
    IndexCheck();
    std::unique_ptr<Impl> d;
};

} // namespace rd
