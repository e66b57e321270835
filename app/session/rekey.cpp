// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/rekey.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "core/storefiles.h"
#include "security/crypto.h"
#include "store/store.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

std::atomic<Rekey::StepHook> g_stepHook{nullptr};

void step(Rekey::Step s)
{
    if (const Rekey::StepHook hook = g_stepHook.load())
        hook(s);
}

QString pendingFile(const StorePaths &paths)
{
    return paths.records() + u".rekey"_s;
}

// "x'<hex>'" in locked memory, as SQLCipher takes a raw key, with a terminating zero.
SecureBytes keyText(const SecureBytes &key, const char *before = "", const char *after = "")
{
    const SecureBytes hex = key.toHex();
    const std::size_t pre = std::strlen(before);
    const std::size_t post = std::strlen(after);
    SecureBytes text(pre + hex.size() + 3 + post + 1);
    unsigned char *p = text.data();
    std::copy_n(before, pre, p);
    p += pre;
    *p++ = 'x';
    *p++ = '\'';
    std::copy_n(hex.data(), hex.size(), p);
    p += hex.size();
    *p++ = '\'';
    std::copy_n(after, post, p);
    p += post;
    *p = 0;
    return text;
}

// A connection of our own through the SQLCipher C API: the store is closed in this process
// while it is re-keyed, and QSqlDatabase would only add a copy of the key.
class RawConnection
{
public:
    // Never read-only, even to read: a process killed inside a transaction leaves a hot
    // journal that the next connection must roll back before the file reads at all, and a
    // read-only connection cannot. Only a connection that attaches a new file creates.
    enum class Mode {
        Write,
        Create
    };
    RawConnection(const QString &path, const SecureBytes &key, int pageSize, Mode mode)
    {
        const QByteArray file = QFile::encodeName(path);
        const int flags = mode == Mode::Write ? SQLITE_OPEN_READWRITE
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (sqlite3_open_v2(file.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
            close();
            return;
        }
        sqlite3_busy_timeout(m_db, 5000);
        const SecureBytes text = keyText(key);
        if (sqlite3_key(m_db, text.data(), static_cast<int>(text.size() - 1)) != SQLITE_OK) {
            close();
            return;
        }
        // SQLCipher 4 reads the 3.x format only when told; 3.x ignores the pragma. The page
        // size after it, as the compatibility setting resets it.
        exec("PRAGMA cipher_compatibility = 3");
        if (exec(QByteArray("PRAGMA cipher_page_size = " + QByteArray::number(pageSize))) !=
            SQLITE_OK) {
            close();
            return;
        }
    }
    ~RawConnection() { close(); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    int exec(const char *sql)
    {
        return m_db ? sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) : SQLITE_MISUSE;
    }
    int exec(const QByteArray &sql) { return exec(sql.constData()); }
    QString error() const
    {
        return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "cannot open the file");
    }
    // The first column of the first row as an integer; -1 when the statement fails.
    qint64 integer(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        qint64 out = -1;
        if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            out = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return out;
    }

    // The first column of the first row as text; empty when the statement fails.
    QString text(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        QString out;
        if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return out;
    }

private:
    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    sqlite3 *m_db = nullptr;
};

bool syncFile(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void removeRecordsFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-journal"_s);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
}

// Keeps, in every slot, only the master key of `epoch`; a slot left without one is removed.
QStringList keepOnly(KeySlotFile &f, int epoch)
{
    QStringList dropped;
    const auto keep = [epoch](KeySlot &slot) {
        QList<SealedMasterKey> kept;
        for (const SealedMasterKey &k : std::as_const(slot.masterKeys)) {
            if (k.epoch == epoch)
                kept << k;
        }
        slot.masterKeys = kept;
        return !kept.isEmpty();
    };
    for (auto it = f.userSlots.begin(); it != f.userSlots.end();) {
        if (keep(*it)) {
            ++it;
        } else {
            dropped << it.key();
            it = f.userSlots.erase(it);
        }
    }
    if (f.recovery)
        keep(*f.recovery);
    f.epoch = epoch;
    f.pendingEpoch.reset();
    return dropped;
}

} // namespace

void Rekey::setStepHookForTesting(StepHook hook)
{
    g_stepHook.store(hook);
}

Status Rekey::record(QSqlDatabase db, const QString &storePath, const QString &storeId,
                     const QString &actor, const RekeyRecord &done)
{
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the re-key"), db.lastError());
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kStoreRekeyed);
    e.entityType = u"store"_s;
    e.entityId = storeId;
    e.field = u"key_generation"_s;
    e.oldValue = QString::number(done.epoch - 1);
    e.newValue = QString::number(done.epoch);
    e.reason = done.dropped.isEmpty()
                   ? tr("%1; re-keyed at %2").arg(done.reason, toStoredTime(done.at))
                   : tr("%1; re-keyed at %2; key slots given no new key: %3")
                         .arg(done.reason, toStoredTime(done.at), done.dropped.join(u", "_s));
    if (Result<AuditEvent> r = AuditTrail(db, storeId).append(actor, e); !r) {
        db.rollback();
        return r.error();
    }
    if (!db.commit()) {
        const Error err = Store::errorFrom(tr("Cannot record the re-key"), db.lastError());
        db.rollback();
        return err;
    }
    return KeyRing::modify(storePath, [&done](KeySlotFile &f) -> Status {
        if (f.rekeyUnaudited && f.rekeyUnaudited->epoch == done.epoch)
            f.rekeyUnaudited.reset();
        return {};
    });
}

bool Rekey::opens(const QString &path, const SecureBytes &key, int pageSize)
{
    if (key.isEmpty())
        return false;
    // Read-write (never creating): a hot journal is rolled back as every open does. The
    // journal holds pages as they are on disk, encrypted, so a wrong key rolls it back just as
    // well and only then fails to read.
    RawConnection db(path, key, pageSize, RawConnection::Mode::Write);
    return db.isOpen() && db.integer("SELECT count(*) FROM sqlite_master") >= 0;
}

Result<Rekey::Outcome> Rekey::perform(const QString &storePath, const SecureBytes &masterKey,
                                      const Recipients &recipients, const QString &reason)
{
    const StorePaths paths(storePath);
    Result<std::unique_ptr<StoreLock>> exclusive = StoreFiles::lockUse(paths, true);
    if (!exclusive)
        return exclusive.error();
    Result<KeySlotFile> header = KeySlotFile::load(paths.keyslots());
    if (!header)
        return header.error();
    const int epoch = header->epoch;
    const int next = epoch + 1;
    const QString target = pendingFile(paths);
    const auto failed = [&target](const QString &what, const QString &detail) {
        removeRecordsFiles(target);
        return Error(
            ErrorCode::Io,
            tr("The store was not re-keyed: %1 (%2). Nothing was changed.").arg(what, detail));
    };
    if (header->pendingEpoch) {
        // An earlier re-key stopped before its rename: this one starts over.
        if (!opens(paths.records(), masterKey, header->cipher.pageSize)) {
            return Error(ErrorCode::StoreBusy,
                         tr("An interrupted re-key of %1 must be finished first: open the store "
                            "once, then try again.")
                             .arg(paths.displayName()));
        }
    }

    // 1. The records under the new key, beside the old file.
    step(Step::Export);
    SecureBytes newKey = SecureBytes::random(crypto::kMasterKeyBytes);
    {
        removeRecordsFiles(target);
        if (!QFile::exists(paths.records()))
            return failed(tr("records.db cannot be opened"),
                          QString::fromLocal8Bit(std::strerror(ENOENT)));
        // Create: a file attached takes the flags of the connection, and the copy is new.
        const int pageSize = header->cipher.pageSize;
        RawConnection db(paths.records(), masterKey, pageSize, RawConnection::Mode::Create);
        if (!db.isOpen())
            return failed(tr("records.db cannot be opened"), db.error());
        const qint64 events = db.integer("SELECT count(*) FROM audit_events");
        if (events < 0 || db.exec("PRAGMA wal_checkpoint(TRUNCATE)") != SQLITE_OK)
            return failed(tr("records.db cannot be read"), db.error());
        // SQLCipher 4 gives an attached file its own defaults unless told otherwise.
        db.exec("PRAGMA cipher_default_compatibility = 3");
        const QByteArray quoted = QFile::encodeName(target).replace('\'', "''");
        const QByteArray attachHead = "ATTACH DATABASE '" + quoted + "' AS rekeyed KEY \"";
        const SecureBytes attach = keyText(newKey, attachHead.constData(), "\"");
        if (db.exec(attach.constChar()) != SQLITE_OK)
            return failed(tr("the new file cannot be made"), db.error());
        db.exec("PRAGMA rekeyed.cipher_compatibility = 3");
        if (db.exec("PRAGMA rekeyed.cipher_page_size = " + QByteArray::number(pageSize)) !=
            SQLITE_OK)
            return failed(tr("the new file cannot be made"), db.error());
        if (db.exec("SELECT sqlcipher_export('rekeyed')") != SQLITE_OK)
            return failed(tr("the records cannot be copied"), db.error());
        if (db.exec("DETACH DATABASE rekeyed") != SQLITE_OK)
            return failed(tr("the new file cannot be closed"), db.error());
        // The copy is made in the default rollback-journal mode; it goes into place already
        // in write-ahead mode, so the first open after a re-key has nothing to switch (a kill
        // inside that switch would leave a hot journal behind).
        RawConnection check(target, newKey, pageSize, RawConnection::Mode::Write);
        if (!check.isOpen() ||
            check.text("PRAGMA journal_mode = WAL").compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return failed(tr("the copy cannot be switched to write-ahead logging"), check.error());
        if (check.integer("SELECT count(*) FROM audit_events") != events)
            return failed(tr("the copy does not read back"), check.error());
    }
    if (!syncFile(target))
        return failed(tr("the new file cannot be flushed to disk"), QString());
    ::chmod(QFile::encodeName(target).constData(), 0600);

    // 2. The new key beside the old one in every slot that keeps its way in.
    step(Step::SealNewKey);
    const Status sealed = KeyRing::modify(storePath, [&](KeySlotFile &f) -> Status {
        if (f.epoch != epoch)
            return Error(ErrorCode::StoreBusy, tr("keyslots.json changed during the re-key."));
        for (auto it = f.userSlots.begin(); it != f.userSlots.end(); ++it) {
            const auto pk = recipients.users.constFind(it.key());
            if (pk == recipients.users.constEnd())
                continue;
            if (Status s = KeyRing::sealMasterKey(*it, *pk, next, newKey); !s)
                return s;
        }
        if (f.recovery) {
            if (Status s = KeyRing::sealMasterKey(*f.recovery, recipients.root, next, newKey); !s)
                return s;
        }
        f.pendingEpoch = next;
        return {};
    });
    if (!sealed) {
        removeRecordsFiles(target);
        return sealed.error();
    }

    // 3. The new file in place: from here on records.db opens with the new key.
    step(Step::Rename);
    const QByteArray from = QFile::encodeName(target);
    const QByteArray to = QFile::encodeName(paths.records());
    if (::rename(from.constData(), to.constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        (void)KeyRing::modify(storePath, [epoch](KeySlotFile &f) -> Status {
            keepOnly(f, epoch);
            return {};
        });
        return failed(tr("the new file cannot be put in place"), why);
    }
    // The old file's log and index belong to the old file (the log was emptied above).
    QFile::remove(paths.records() + u"-wal"_s);
    QFile::remove(paths.records() + u"-shm"_s);
    {
        const int fd =
            ::open(QFile::encodeName(paths.root()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            (void)::fsync(fd);
            ::close(fd);
        }
    }

    // 4. The old key out of every slot.
    step(Step::DropOldKey);
    QStringList dropped;
    const Status finished = KeyRing::modify(storePath, [&](KeySlotFile &f) -> Status {
        dropped = keepOnly(f, next);
        f.rekeyDue.clear();
        f.rekeyUnaudited = RekeyRecord{next, reason, Clock::instance().nowUtc(), dropped};
        return {};
    });
    if (!finished) {
        // records.db is under the new key and keyslots.json names it as pending: every open
        // settles it (see settle()).
        return finished.error();
    }
    step(Step::Done);
    Outcome out;
    out.masterKey = std::move(newKey);
    out.epoch = next;
    out.dropped = dropped;
    return out;
}

Result<Rekey::Settled> Rekey::settle(const QString &storePath, const UnlockedKeys &keys)
{
    const StorePaths paths(storePath);
    const KeySlotFile &header = keys.header;
    Settled out;
    const int pageSize = header.cipher.pageSize;
    const bool newOpens = Rekey::opens(paths.records(), keys.pendingMasterKey, pageSize);
    if (newOpens) {
        out.masterKey = keys.pendingMasterKey.copy();
        out.epoch = *header.pendingEpoch;
    } else if (Rekey::opens(paths.records(), keys.masterKey, pageSize)) {
        out.masterKey = keys.masterKey.copy();
        out.epoch = header.epoch;
    } else {
        return Error(ErrorCode::StoreDamaged,
                     tr("records.db in %1 opens with neither the current nor the new master key "
                        "of an interrupted re-key; restore it from a backup.")
                         .arg(paths.displayName()));
    }
    // Only with the store to ourselves may the files be put right; otherwise whoever has it
    // open now settles it later, and this session uses the key that opens.
    Result<std::unique_ptr<StoreLock>> exclusive = StoreFiles::lockUse(paths, true);
    if (!exclusive)
        return out;
    const int keep = out.epoch;
    const Status settled = KeyRing::modify(storePath, [keep, newOpens](KeySlotFile &f) -> Status {
        if (!f.pendingEpoch)
            return {}; // settled meanwhile
        const QString reason = f.rekeyDue;
        const QStringList dropped = keepOnly(f, keep);
        if (newOpens) {
            f.rekeyDue.clear();
            f.rekeyUnaudited =
                RekeyRecord{keep, tr("%1 (finished after an interruption)").arg(reason),
                            Clock::instance().nowUtc(), dropped};
        }
        return {};
    });
    if (!settled)
        return settled.error();
    if (!newOpens)
        removeRecordsFiles(pendingFile(paths));
    return out;
}

} // namespace rd
