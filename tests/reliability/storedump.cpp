// SPDX-License-Identifier: GPL-3.0-or-later
#include "reliability/storedump.h"

#include "support/rawdb.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace rd::test {

namespace {

QByteArray cell(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        return QByteArrayLiteral("N");
    case SQLITE_INTEGER:
        return 'I' + QByteArray::number(sqlite3_column_int64(stmt, column));
    case SQLITE_FLOAT:
        return 'F' + QByteArray::number(sqlite3_column_double(stmt, column), 'g', 17);
    case SQLITE_BLOB:
        return 'B' + QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, column)),
                                sqlite3_column_bytes(stmt, column))
                         .toHex();
    default:
        return 'T' + QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                sqlite3_column_bytes(stmt, column))
                         .toPercentEncoding();
    }
}

// Appends every row of `sql` as a line; false with the message on failure.
bool appendRows(sqlite3 *db, const QByteArray &sql, const QByteArray &prefix, QByteArray &out,
                QString &error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        out += prefix;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            out += (c ? "|" : "") + cell(stmt, c);
        out += '\n';
    }
    if (rc != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

} // namespace

StoreDump dumpStore(const QString &recordsDb, const SecureBytes &key)
{
    StoreDump dump;
    if (!QFile::exists(recordsDb)) {
        dump.error = u"%1 does not exist"_s.arg(recordsDb);
        return dump;
    }
    RawDb raw(recordsDb, key);
    if (!raw.isOpen()) {
        dump.error = raw.lastError();
        return dump;
    }
    sqlite3 *db = raw.handle();
    dump.integrity = raw.value(u"PRAGMA integrity_check"_s).toString();
    if (!appendRows(db, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name",
                    "schema ", dump.text, dump.error))
        return dump;

    QList<QByteArray> tables;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                           -1, &stmt, nullptr) != SQLITE_OK) {
        dump.error = QString::fromUtf8(sqlite3_errmsg(db));
        return dump;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);

    for (const QByteArray &table : std::as_const(tables)) {
        const QByteArray quoted = '"' + QByteArray(table).replace('"', "\"\"") + '"';
        // Order by every column, so that tables without a rowid sort the same way too.
        sqlite3_stmt *probe = nullptr;
        const QByteArray all = "SELECT * FROM " + quoted;
        if (sqlite3_prepare_v2(db, all.constData(), -1, &probe, nullptr) != SQLITE_OK) {
            dump.error = QString::fromUtf8(sqlite3_errmsg(db));
            return dump;
        }
        const int columns = sqlite3_column_count(probe);
        sqlite3_finalize(probe);
        QByteArray order;
        for (int c = 1; c <= columns; ++c)
            order += (c > 1 ? "," : "") + QByteArray::number(c);
        if (!appendRows(db, all + " ORDER BY " + order, table + ": ", dump.text, dump.error))
            return dump;
    }
    return dump;
}

QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    if (expected == actual)
        return {};
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray x = a.value(i);
        const QByteArray y = b.value(i);
        if (x != y) {
            return u"line %1: expected \"%2\", found \"%3\""_s.arg(i + 1).arg(
                QString::fromUtf8(x.left(160)), QString::fromUtf8(y.left(160)));
        }
    }
    return u"the dumps differ"_s;
}

bool copyStoreFiles(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    const QStringList names = source.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (name.endsWith(u"-shm"_s))
            continue;
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

} // namespace rd::test
