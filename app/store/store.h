// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storefiles.h"
#include "security/securebytes.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>

#include <functional>
#include <memory>

class QThread;

namespace rd {

class IndexCheck;

// records.db of one store, opened with the master key: the checks that it is this store's
// file, undamaged and not from a newer version; the pragmas; the migrations; and one named
// connection per thread (Qt Sql connections must stay in the thread that made them).
class Store
{
    Q_DECLARE_TR_FUNCTIONS(rd::Store)

public:
    struct Options
    {
        int busyTimeoutMs = 5000; // how long to wait for another process's write
        // The page size of records.db, as keyslots.json records it (cipher.pageSize). SQLCipher
        // keeps it inside the encrypted header, so it must be given before the first read.
        int pageSize = kNewStorePageSize;
        // Opens records.db as a plain SQLite file, without the key. Only the benchmarks set
        // this, to measure what encryption costs on an unencrypted copy; no store ReleaseDesk
        // makes is ever plain, and neither the window nor the command line can ask for it.
        bool unencryptedForMeasurement = false;
    };

    // Makes records.db of a new store and applies every migration (audited as `actor`).
    static Result<std::unique_ptr<Store>> create(const QString &storePath, const QString &storeId,
                                                 SecureBytes masterKey, const QString &actor,
                                                 const Options &options);
    static Result<std::unique_ptr<Store>> create(const QString &storePath, const QString &storeId,
                                                 SecureBytes masterKey, const QString &actor)
    {
        return create(storePath, storeId, std::move(masterKey), actor, Options());
    }
    // Opens an existing records.db. Nothing is written until every check has passed; then
    // pending migrations run (audited as `actor`).
    static Result<std::unique_ptr<Store>> open(const QString &storePath, const QString &storeId,
                                               SecureBytes masterKey, const QString &actor,
                                               const Options &options);
    static Result<std::unique_ptr<Store>> open(const QString &storePath, const QString &storeId,
                                               SecureBytes masterKey, const QString &actor)
    {
        return open(storePath, storeId, std::move(masterKey), actor, Options());
    }
    ~Store();
    const Options &options() const { return m_options; }
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The calling thread's connection, made on first use. Worker threads call
    // releaseConnection() (or hold a ThreadConnection) when done.
    QSqlDatabase connection() const;
    void releaseConnection() const;
    // How many threads hold a connection now.
    int connectionCount() const;

    const StorePaths &paths() const { return m_paths; }
    const QString &storeId() const { return m_storeId; }
    int schemaVersion() const { return m_schemaVersion; }
    const SecureBytes &masterKey() const { return m_masterKey; }
    // The generation of the master key (keyslots.json's epoch) records.db was opened with.
    int epoch() const { return m_epoch; }
    void setEpoch(int epoch) { m_epoch = epoch; }
    const QString &cipherVersion() const { return m_cipherVersion; }

    // The answer of every PRAGMA the store relies on, by name; an empty answer means the
    // library ignored the PRAGMA (SQLCipher 3.4.1 silently ignores unknown ones).
    QMap<QString, QString> pragmaAnswers() const;

    // A one-line error for a failed statement, with the right code for busy, damaged, full
    // or read-only stores.
    static Error errorFrom(const QString &what, const QSqlError &error);

    // Checks every page of records.db, for `verify`: a damaged page otherwise shows only when
    // some read meets it. SQLite's quick_check reads (and so decrypts and authenticates) every
    // page in use and checks the structure of every table and index and the free list; where
    // the library has it (SQLCipher 4.2 and later), cipher_integrity_check first checks the
    // HMAC of every page of the file on its own, unused ones too. Fails with StoreDamaged and
    // one line naming the first problem, with its page where the library gives one.
    // *everyPageHmac (optional) says whether the second check ran: older libraries ignore the
    // pragma. Reads the whole file: seconds for a large store.
    static Status checkPages(QSqlDatabase db, bool *everyPageHmac = nullptr);
    // Checks that every index holds exactly its table's rows, in order (IndexCheck): what
    // integrity_check adds to quick_check, at a fraction of its cost. Fails with StoreDamaged
    // and one line naming the index; with Cancelled when `cancelled` says so.
    static Status checkIndexes(QSqlDatabase db, const std::function<bool()> &cancelled = {});
    // The same with a check prepared by the caller (which may feed it: IndexCheck::expectFeed).
    static Status checkIndexes(QSqlDatabase db, IndexCheck &check,
                               const std::function<bool()> &cancelled);
    // The error for what an index check found wrong (`problem`, IndexCheck's line).
    static Error indexDamage(QSqlDatabase db, const QString &problem);
    // Both.
    static Status checkIntegrity(QSqlDatabase db, bool *everyPageHmac = nullptr);

private:
    Store(StorePaths paths, QString storeId, SecureBytes masterKey, Options options);
    static Result<std::unique_ptr<Store>> start(const QString &storePath, const QString &storeId,
                                                SecureBytes masterKey, const QString &actor,
                                                const Options &options, bool creating);
    Result<QString> openConnection(bool creating) const;
    static Status configureConnection(QSqlDatabase &db);
    Status checkExisting(QSqlDatabase &db, bool walExisted, const QString &expectedStoreId);

    StorePaths m_paths;
    QString m_storeId;
    SecureBytes m_masterKey;
    Options m_options;
    QString m_cipherVersion;
    int m_schemaVersion = 0;
    int m_epoch = 1;
    mutable QMutex m_mutex;
    mutable QHash<QThread *, QString> m_connections;
    std::unique_ptr<StoreLock> m_useLock;
};

// Holds the calling thread's connection of a store for the lifetime of a worker task.
class ThreadConnection
{
public:
    explicit ThreadConnection(const Store &store)
        : m_store(store)
    {}
    ~ThreadConnection() { m_store.releaseConnection(); }
    ThreadConnection(const ThreadConnection &) = delete;
    ThreadConnection &operator=(const ThreadConnection &) = delete;
    QSqlDatabase database() const { return m_store.connection(); }

private:
    const Store &m_store;
};

} // namespace rd
