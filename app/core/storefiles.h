// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace rd {

// The page size of records.db in a new store. Stores made by the first releases have
// SQLCipher 3's 1 024-byte pages and keep them (keyslots.json records which). Each page read
// costs a read call, an HMAC and a decryption whatever its size, so a quarter as many pages
// make reading the whole file, as verify does, about three times as fast. 16 384 rather than
// SQLite's 4 096: verify of a million events measured 1.2 s for SQLite's page check against
// 2.0 s, with imports and the first queue no slower.
inline constexpr int kNewStorePageSize = 16384;

// The files of a store folder (docs/DESIGN.md section 4).
class StorePaths
{
public:
    explicit StorePaths(QString root);

    const QString &root() const { return m_root; }
    QString records() const;
    QString keyslots() const;
    // The recovery slot and the root again, so that one overwritten keyslots.json does not
    // take the recovery code's way in with it.
    QString recoveryCopy() const;
    // Every batch signature again, one line each, for knowing what a restored records.db lost.
    QString decisions() const;
    // Empty; every open store holds a shared lock on it, a re-key an exclusive one.
    QString useLock() const;
    // The store folder's name for messages ("Leiden-QA.rdstore").
    QString displayName() const;

private:
    QString m_root;
};

// An exclusive lock on a store folder (flock on the folder itself, so no lock file is left
// behind), held by one thread or process at a time while it reads and rewrites keyslots.json.
class StoreLock
{
public:
    explicit StoreLock(int fd)
        : m_fd(fd)
    {}
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

private:
    int m_fd;
};

class StoreFiles
{
    Q_DECLARE_TR_FUNCTIONS(rd::StoreFiles)

public:
    // Writes `data` to a temporary file beside `path`, flushes it to disk, renames it over
    // `path` and flushes the folder, so a crash leaves either the old or the new file whole.
    // The file is readable and writable by its owner only (0600), whatever the umask.
    // If the folder cannot be flushed after the rename, the old content is put back, so that
    // an error always means the file is as it was.
    static Status writeAtomically(const QString &path, const QByteArray &data);

    // Removes the temporary files that writeAtomically(path) calls interrupted by a crash left
    // beside `path`. Only while holding the lock that every writer of `path` takes.
    static void removeInterruptedWrites(const QString &path);

    // The steps of writeAtomically, for tests that interrupt or fail each one.
    enum class WriteStep {
        CreateTemporary,
        Write,
        SyncFile,
        Rename,
        SyncFolder,
        Done, // after the last step, before returning
    };
    // Test-only and inert unless a test installs one (nothing on the command line or in the
    // environment reaches it): called before each step; a non-zero errno value fails the step
    // as if its system call had (a failed Write writes half the bytes first, as a full disk
    // does). Pass nullptr to remove.
    using WriteHook = int (*)(WriteStep step, const QString &path);
    static void setWriteHookForTesting(WriteHook hook);

    // Whether files can be created in `folder`: tried for real with a probe file, because
    // permission bits alone say nothing for root or on read-only mounts.
    static Status checkWritable(const QString &folder);

    // Creates the empty file `path`, readable and writable by its owner only whatever the
    // umask; fails if anything (a file, a link) has that name already.
    static Status createPrivateFile(const QString &path);

    // Narrows a store folder to its owner (0700) and its files to 0600 where they are wider,
    // as a store made by an older version or copied under another umask may be. Links inside
    // the folder are not followed; what cannot be changed (a file of another owner) is left as
    // it is.
    static void restrictToOwner(const StorePaths &paths);

    // Serialises read-modify-write of keyslots.json between threads and processes. Waits up
    // to `timeoutMs`, trying every 10 ms, then fails with a StoreBusy error.
    static Result<std::unique_ptr<StoreLock>> lockKeyslots(const StorePaths &paths,
                                                           int timeoutMs = 15000);

    // A shared lock held for as long as records.db is open (Store), or the exclusive one a
    // re-key needs: it replaces records.db, so nothing else may have it open. Never waits: a
    // busy store fails at once with StoreBusy.
    static Result<std::unique_ptr<StoreLock>> lockUse(const StorePaths &paths, bool exclusive);

private:
    static Status replace(const QString &path, const QByteArray &data, bool restoreOnFailure);
};

} // namespace rd
