// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

#include <cstddef>

struct sqlite3;
struct sqlite3_stmt;
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace rd {

class SecureBytes;
class SqlCipherResult;

// A Qt Sql driver over the SQLCipher C API, written against public Qt API only and registered
// in-process as "QSQLCIPHER" (Qt ships no SQLCipher driver, and the stock QSQLITE plugin links
// plain SQLite). It does not key the database itself: the owner calls applyRawKey() right after
// open(), before the first statement, so the key never passes through QSqlDatabase's password.
//
// Connect options, separated by ';':
//   QSQLCIPHER_BUSY_TIMEOUT=<ms>  how long to wait for another connection's lock (default 5000)
//   QSQLCIPHER_OPEN_READONLY      open read-only
//   QSQLCIPHER_NO_CREATE          fail instead of creating a missing file
//   QSQLCIPHER_BEGIN_DEFERRED     transaction() issues BEGIN instead of BEGIN IMMEDIATE
//
// Errors carry SQLite's primary result code as QSqlError::nativeErrorCode().
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT

public:
    static constexpr char kDriverName[] = "QSQLCIPHER";

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    // Keys the connection with a raw 32-byte key (no passphrase KDF). Call before any
    // statement; a wrong key shows as SQLITE_NOTADB on the first read.
    bool applyRawKey(const SecureBytes &key);
    sqlite3 *connection() const { return m_db; }
    // Runs one or more statements without results (schema scripts).
    bool executeScript(const QString &sql);

    // "4.5.6 community on SQLite 3.45.1": the library this process uses.
    static QString libraryVersion();

    // The SQLite result code of an error from this driver, or -1.
    static int sqliteCode(const QSqlError &error);

private:
    friend class SqlCipherResult;
    bool execSimple(const char *sql, const QString &what);
    QSqlError makeError(const QString &what, QSqlError::ErrorType type, int code) const;
    // A catalogue read (tables, record, primaryIndex) that failed: it answers empty and sets
    // the driver's error, never a part of the answer.
    void readFailed(const QString &what, int code) const;

    sqlite3 *m_db = nullptr;
    bool m_beginImmediate = true;
    mutable QList<SqlCipherResult *> m_results;
};

// Registers the driver with QSqlDatabase under "QSQLCIPHER"; safe to call more than once.
void registerSqlCipherDriver();

} // namespace rd
