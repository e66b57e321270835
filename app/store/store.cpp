// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"

#include "store/indexcheck.h"
#include "store/migrations.h"
#include "store/rows.h"
#include "store/sqlcipherdriver.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

std::atomic<int> g_connectionCounter{0};

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// First answer of a statement as text; empty when there is no row.
QString firstValue(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql) && q.next())
        return q.value(0).toString();
    return {};
}

int majorVersion(const QString &cipherVersion)
{
    return cipherVersion.section(u'.', 0, 0).toInt();
}

} // namespace

Error Store::errorFrom(const QString &what, const QSqlError &error)
{
    const int code = SqlCipherDriver::sqliteCode(error);
    const QString detail =
        error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::StoreBusy,
                     tr("%1: the store is busy because another ReleaseDesk process is writing to "
                        "it; try again when it has finished.")
                         .arg(what));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error(ErrorCode::StoreDamaged,
                     tr("%1: records.db is damaged (%2); restore the store from a backup.")
                         .arg(what, detail));
    case SQLITE_FULL:
        return Error(ErrorCode::Io, tr("%1: the disk is full; nothing was written.").arg(what));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return Error(ErrorCode::StoreReadOnly,
                     tr("%1: the store cannot be written (%2).").arg(what, detail));
    case SQLITE_IOERR:
        return Error(ErrorCode::Io, tr("%1: a disk error occurred (%2).").arg(what, detail));
    default:
        return Error(ErrorCode::Database, tr("%1: %2").arg(what, detail));
    }
}

Status Store::checkPages(QSqlDatabase db, bool *everyPageHmac)
{
    const QFileInfo file(db.databaseName());
    const QString shown = StorePaths(file.path()).displayName();
    const QString what = tr("Cannot read records.db in %1").arg(shown);
    const auto damaged = [&shown](const QString &answer) {
        // integrity_check puts "*** in database main ***" on a line of its own before the
        // first problem; one line of the problem is the message's, and its page if it has one.
        QString problem;
        for (const QString &line : answer.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"***"_s)) {
                problem = line.trimmed();
                break;
            }
        }
        static const QRegularExpression page(u"\\bpage (\\d+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = page.match(problem);
        if (m.hasMatch()) {
            return Error(ErrorCode::StoreDamaged,
                         tr("records.db in %1 is damaged at page %2 (%3); restore the store "
                            "from a backup.")
                             .arg(shown, m.captured(1), problem));
        }
        return Error(
            ErrorCode::StoreDamaged,
            tr("records.db in %1 is damaged (%2). Restore it from a backup.").arg(shown, problem));
    };
    if (everyPageHmac)
        *everyPageHmac = false;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    // SQLCipher 4's cipher_integrity_check works out the offset of a page in 32 bits (4.5.6
    // still does), and so fails every page past 4 GiB; integrity_check reads those in use.
    if (file.size() < (qint64(1) << 32)) {
        if (!q.exec(u"PRAGMA cipher_integrity_check"_s))
            return errorFrom(what, q.lastError());
        // One row per page that fails, none when all pass; a library without the pragma
        // ignores it, as every unknown one, and gives no result column at all.
        const bool known = q.record().count() > 0;
        const Result<bool> failed = nextRow(q, what);
        if (!failed)
            return failed.error();
        if (failed.value())
            return damaged(q.value(0).toString());
        q.finish();
        if (everyPageHmac)
            *everyPageHmac = known;
    }

    // quick_check reads (and so decrypts and authenticates) every page in use and checks the
    // structure of every b-tree and the free list; the first problem is enough to name, and
    // (1) stops the check there on a damaged file.
    const bool ran = q.exec(u"PRAGMA quick_check(1)"_s);
    const Result<bool> answered =
        ran ? nextRow(q, what) : Result<bool>(errorFrom(what, q.lastError()));
    const QString answer = answered && answered.value() ? q.value(0).toString() : QString();
    q.finish();
    if (!answered)
        return answered.error();
    if (answer != u"ok"_s)
        return damaged(answer);
    return {};
}

namespace {

// An index check's finding as the store's damage; its failure as it is.
Status indexFinding(QSqlDatabase db, const Result<QString> &checked)
{
    if (!checked)
        return checked.error();
    if (!checked->isEmpty())
        return Store::indexDamage(db, checked.value());
    return {};
}

} // namespace

Status Store::checkIndexes(QSqlDatabase db, const std::function<bool()> &cancelled)
{
    return indexFinding(db, IndexCheck::run(db, cancelled));
}

Status Store::checkIndexes(QSqlDatabase db, IndexCheck &check,
                           const std::function<bool()> &cancelled)
{
    return indexFinding(db, check.check(db, cancelled));
}

Error Store::indexDamage(QSqlDatabase db, const QString &problem)
{
    const QString shown = StorePaths(QFileInfo(db.databaseName()).path()).displayName();
    return Error(ErrorCode::StoreDamaged,
                 tr("records.db in %1 is damaged: %2").arg(shown, problem));
}

Status Store::checkIntegrity(QSqlDatabase db, bool *everyPageHmac)
{
    if (Status s = checkPages(db, everyPageHmac); !s)
        return s;
    return checkIndexes(db);
}

Store::Store(StorePaths paths, QString storeId, SecureBytes masterKey, Options options)
    : m_paths(std::move(paths))
    , m_storeId(std::move(storeId))
    , m_masterKey(std::move(masterKey))
    , m_options(options)
{}

Store::~Store()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections))
        dropConnection(name);
    m_connections.clear();
    m_useLock.reset(); // only once every connection is closed
}

int Store::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_connections.size());
}

Result<QString> Store::openConnection(bool creating) const
{
    registerSqlCipherDriver();
    const QString name = u"releasedesk-%1-%2"_s.arg(m_storeId).arg(++g_connectionCounter);
    std::optional<Error> failure;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kDriverName), name);
        db.setDatabaseName(m_paths.records());
        QString options = u"QSQLCIPHER_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs);
        if (!creating)
            options += u";QSQLCIPHER_NO_CREATE"_s;
        db.setConnectOptions(options);
        auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
        if (!db.open()) {
            failure = errorFrom(tr("Cannot open %1").arg(m_paths.records()), db.lastError());
        } else if (m_options.unencryptedForMeasurement) {
            // A plain copy, for the benchmarks only (see Options).
        } else if (!driver || !driver->applyRawKey(m_masterKey)) {
            failure = errorFrom(tr("Cannot key %1").arg(m_paths.records()), db.lastError());
        } else {
            const QString version = firstValue(db, u"PRAGMA cipher_version"_s);
            if (version.isEmpty()) {
                failure = Error(ErrorCode::Unsupported,
                                tr("The SQLite library in use is not SQLCipher (PRAGMA "
                                   "cipher_version gives no answer); ReleaseDesk cannot open "
                                   "encrypted stores with it."));
            } else {
                // SQLCipher 4 defaults differ from the 3.x format of every store; select the
                // 3.x settings before the first page is read, on every open. Never
                // cipher_migrate. The page size comes after: the compatibility setting resets it.
                QSqlQuery q(db);
                if (majorVersion(version) >= 4 && !q.exec(u"PRAGMA cipher_compatibility = 3"_s))
                    failure = errorFrom(tr("Cannot select the SQLCipher 3 format"), q.lastError());
                else if (!q.exec(u"PRAGMA cipher_page_size = %1"_s.arg(m_options.pageSize)))
                    failure = errorFrom(tr("Cannot set the page size"), q.lastError());
            }
        }
    }
    if (failure) {
        dropConnection(name);
        return *failure;
    }
    return name;
}

// Per-connection settings. Preparing these reads the schema, so on an existing file they come
// after checkExisting() has made sure the file is ours.
Status Store::configureConnection(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA foreign_keys = ON"_s) || !q.exec(u"PRAGMA synchronous = FULL"_s))
        return errorFrom(tr("Cannot configure %1").arg(db.databaseName()), q.lastError());
    return {};
}

QSqlDatabase Store::connection() const
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd())
        return QSqlDatabase::database(*it, false);
    Result<QString> name = openConnection(false);
    if (!name)
        return QSqlDatabase();
    QSqlDatabase db = QSqlDatabase::database(name.value(), false);
    if (!configureConnection(db)) {
        db = QSqlDatabase();
        dropConnection(name.value());
        return QSqlDatabase();
    }
    m_connections.insert(thread, name.value());
    return db;
}

void Store::releaseConnection() const
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_connections.take(QThread::currentThread());
    if (!name.isEmpty())
        dropConnection(name);
}

QMap<QString, QString> Store::pragmaAnswers() const
{
    QSqlDatabase db = connection();
    QMap<QString, QString> answers;
    QStringList names = {u"cipher_version"_s, u"cipher_page_size"_s, u"kdf_iter"_s,
                         u"journal_mode"_s,   u"foreign_keys"_s,     u"synchronous"_s,
                         u"page_size"_s};
    if (majorVersion(m_cipherVersion) >= 4)
        names << u"cipher_hmac_algorithm"_s << u"cipher_kdf_algorithm"_s;
    else
        names << u"cipher_use_hmac"_s;
    for (const QString &name : std::as_const(names))
        answers.insert(name, firstValue(db, u"PRAGMA "_s + name));
    return answers;
}

Status Store::checkExisting(QSqlDatabase &db, bool walExisted, const QString &expectedStoreId)
{
    const QString shown = m_paths.displayName();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The first read: a wrong key, or a file that is not ours, fails here with SQLITE_NOTADB.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
        const int code = SqlCipherDriver::sqliteCode(q.lastError());
        if (code == SQLITE_NOTADB) {
            return Error(ErrorCode::StoreDamaged,
                         tr("records.db in %1 cannot be decrypted with this store's key: it is "
                            "damaged or belongs to another store. Restore it from a backup.")
                             .arg(shown));
        }
        if (code == SQLITE_CORRUPT) {
            return Error(ErrorCode::StoreDamaged,
                         tr("records.db in %1 is damaged (%2). Restore it from a backup.")
                             .arg(shown, q.lastError().databaseText()));
        }
        return errorFrom(tr("Cannot read records.db in %1").arg(shown), q.lastError());
    }
    if (!q.exec(u"SELECT key, value FROM meta WHERE key IN ('schema_version', 'store_id')"_s)) {
        return Error(ErrorCode::StoreDamaged,
                     tr("records.db in %1 holds no ReleaseDesk data (it has no meta table); it "
                        "was replaced or damaged. Restore it from a backup.")
                         .arg(shown));
    }
    QString version, storeId;
    const Status read = eachRow(q, tr("Cannot read records.db in %1").arg(shown), [&] {
        if (q.value(0).toString() == u"schema_version"_s)
            version = q.value(1).toString();
        else
            storeId = q.value(1).toString();
    });
    if (!read)
        return read.error();
    bool numeric = false;
    m_schemaVersion = version.toInt(&numeric);
    if (!numeric || m_schemaVersion < 1) {
        return Error(ErrorCode::StoreDamaged,
                     tr("records.db in %1 has no valid schema version (\"%2\"); it is damaged.")
                         .arg(shown, version));
    }
    if (m_schemaVersion > Migrations::latestVersion()) {
        return Error(ErrorCode::StoreNewer,
                     tr("The store %1 was written by a newer ReleaseDesk (schema version %2; this "
                        "version reads up to %3). Use a newer ReleaseDesk; the store was not "
                        "changed.")
                         .arg(shown)
                         .arg(m_schemaVersion)
                         .arg(Migrations::latestVersion()));
    }
    if (storeId != expectedStoreId) {
        return Error(ErrorCode::StoreDamaged,
                     tr("records.db in %1 belongs to another store (id %2, while keyslots.json "
                        "says %3); the files were mixed up.")
                         .arg(shown, storeId, expectedStoreId));
    }
    // Without a write-ahead log every page is in the file, so the file must hold them all.
    if (!walExisted) {
        const qint64 pages = firstValue(db, u"PRAGMA page_count"_s).toLongLong();
        const qint64 pageSize = firstValue(db, u"PRAGMA page_size"_s).toLongLong();
        const qint64 size = QFileInfo(m_paths.records()).size();
        if (pages * pageSize > size) {
            return Error(ErrorCode::StoreDamaged,
                         tr("records.db in %1 is truncated: it holds %2 bytes of the %3 its "
                            "header describes. Restore it from a backup.")
                             .arg(shown)
                             .arg(size)
                             .arg(pages * pageSize));
        }
    }
    return {};
}

Result<std::unique_ptr<Store>> Store::start(const QString &storePath, const QString &storeId,
                                            SecureBytes masterKey, const QString &actor,
                                            const Options &options, bool creating)
{
    StorePaths paths(storePath);
    const QString shown = paths.displayName();
    const QString records = paths.records();
    const bool walExisted = QFileInfo::exists(records + u"-wal"_s);

    if (creating) {
        if (QFileInfo::exists(records)) {
            return Error(
                ErrorCode::AlreadyExists,
                tr("%1 already holds a records.db; a new store needs an empty folder.").arg(shown));
        }
        // Made here, private, rather than by SQLite with mode 0644: its -wal and -shm files
        // take the database file's mode.
        if (Status s = StoreFiles::createPrivateFile(records); !s)
            return s.error();
    } else {
        QFile file(records);
        if (!file.exists()) {
            return Error(ErrorCode::StoreDamaged,
                         tr("records.db is missing from the store %1; restore it from a backup.")
                             .arg(shown));
        }
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Io,
                         tr("Cannot read records.db in %1: %2").arg(shown, file.errorString()));
        }
        const QByteArray head = file.read(16);
        if (head == QByteArrayView("SQLite format 3\0", 16) && !options.unencryptedForMeasurement) {
            return Error(ErrorCode::StoreDamaged,
                         tr("records.db in %1 is an unencrypted SQLite database, not this "
                            "store's encrypted one: it was replaced. Restore it from a backup.")
                             .arg(shown));
        }
        const qint64 size = file.size();
        if (size < 1024 || size % 1024 != 0) {
            return Error(ErrorCode::StoreDamaged,
                         tr("records.db in %1 is damaged: its size, %2 bytes, is not a whole "
                            "number of 1024-byte pages (was it truncated?). Restore it from a "
                            "backup.")
                             .arg(shown)
                             .arg(size));
        }
    }
    StoreFiles::restrictToOwner(paths);

    // Held while the store is open: a re-key, which replaces records.db, waits for it.
    Result<std::unique_ptr<StoreLock>> use = StoreFiles::lockUse(paths, false);
    if (!use)
        return use.error();
    std::unique_ptr<Store> store(new Store(paths, storeId, std::move(masterKey), options));
    store->m_useLock = std::move(use).value();
    Result<QString> name = store->openConnection(creating);
    if (!name)
        return name.error();
    store->m_connections.insert(QThread::currentThread(), name.value());
    QSqlDatabase db = QSqlDatabase::database(name.value(), false);
    store->m_cipherVersion = firstValue(db, u"PRAGMA cipher_version"_s);

    int from = 0;
    if (!creating) {
        Status checked = store->checkExisting(db, walExisted, storeId);
        if (!checked && checked.error().code() == ErrorCode::StoreDamaged) {
            // SQLCipher takes a failed read of the first page for a page it cannot decrypt, and
            // that connection stays failed: look once more through a new one before calling the
            // file damaged (a passing disk error must not send anyone to the backups).
            db = QSqlDatabase();
            dropConnection(store->m_connections.take(QThread::currentThread()));
            Result<QString> again = store->openConnection(false);
            if (!again)
                return again.error();
            store->m_connections.insert(QThread::currentThread(), again.value());
            db = QSqlDatabase::database(again.value(), false);
            checked = store->checkExisting(db, walExisted, storeId);
        }
        if (!checked)
            return checked.error();
        from = store->m_schemaVersion;
    }

    // Only now, with the file known good and not newer, may anything be written.
    if (Status s = configureConnection(db); !s)
        return s.error();
    const QString mode = firstValue(db, u"PRAGMA journal_mode = WAL"_s);
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode = WAL"_s);
        return errorFrom(tr("Cannot switch records.db in %1 to write-ahead logging").arg(shown),
                         q.lastError());
    }
    if (from < Migrations::latestVersion()) {
        if (Status s = Migrations::apply(db, from, storeId, actor); !s) {
            if (creating) {
                db = QSqlDatabase();
                store.reset();
                QFile::remove(records);
                QFile::remove(records + u"-wal"_s);
                QFile::remove(records + u"-shm"_s);
            }
            return s.error();
        }
        store->m_schemaVersion = Migrations::latestVersion();
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::create(const QString &storePath, const QString &storeId,
                                             SecureBytes masterKey, const QString &actor,
                                             const Options &options)
{
    return start(storePath, storeId, std::move(masterKey), actor, options, true);
}

Result<std::unique_ptr<Store>> Store::open(const QString &storePath, const QString &storeId,
                                           SecureBytes masterKey, const QString &actor,
                                           const Options &options)
{
    return start(storePath, storeId, std::move(masterKey), actor, options, false);
}

} // namespace rd
