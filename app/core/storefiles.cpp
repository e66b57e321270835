// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storefiles.h"

#include "core/userfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <optional>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd {

StorePaths::StorePaths(QString root)
    : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
{}

QString StorePaths::records() const
{
    return m_root + u"/records.db"_s;
}

QString StorePaths::keyslots() const
{
    return m_root + u"/keyslots.json"_s;
}

QString StorePaths::recoveryCopy() const
{
    return m_root + u"/recovery.json"_s;
}

QString StorePaths::decisions() const
{
    return m_root + u"/decisions.log"_s;
}

QString StorePaths::useLock() const
{
    return m_root + u"/open.lock"_s;
}

QString StorePaths::displayName() const
{
    return QDir::toNativeSeparators(m_root);
}

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool syncFolder(const QString &folder)
{
    const QByteArray path = QFile::encodeName(folder);
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Eight random letters and digits: names of temporary files that no one can plant a link at
// in advance, and that two processes never share.
QLatin1StringView randomSuffix(char (&buffer)[9])
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 8; ++i)
        buffer[i] = alphabet[randombytes_uniform(sizeof alphabet - 1)];
    buffer[8] = '\0';
    return QLatin1StringView(buffer, 8);
}

// Creates `path` for writing, never through a link and never over an existing file, with
// mode 0600 whatever the umask.
int createExclusive(const QByteArray &path)
{
    const int fd =
        ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0 && ::fchmod(fd, 0600) != 0) {
        const int e = errno;
        ::close(fd);
        ::unlink(path.constData());
        errno = e;
        return -1;
    }
    return fd;
}

std::atomic<StoreFiles::WriteHook> g_writeHook{nullptr};

// The errno a test wants `step` to fail with; 0 (always, outside tests) to run it.
int injectedFailure(StoreFiles::WriteStep step, const QString &path)
{
    const StoreFiles::WriteHook hook = g_writeHook.load();
    return hook ? hook(step, path) : 0;
}
} // namespace

void StoreFiles::setWriteHookForTesting(WriteHook hook)
{
    g_writeHook.store(hook);
}

Status StoreFiles::writeAtomically(const QString &path, const QByteArray &data)
{
    return replace(path, data, true);
}

Status StoreFiles::replace(const QString &path, const QByteArray &data, bool restoreOnFailure)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    char suffix[9];
    const QString temp = folder + u"/."_s + target.fileName() + u".tmp-"_s + randomSuffix(suffix);
    const QByteArray tempPath = QFile::encodeName(temp);

    int fd = -1;
    if (const int e = injectedFailure(WriteStep::CreateTemporary, path))
        errno = e;
    else
        fd = createExclusive(tempPath);
    if (fd < 0) {
        return Error(ErrorCode::Io,
                     tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), systemError()));
    }
    const int writeFailure = injectedFailure(WriteStep::Write, path);
    const char *p = data.constData();
    qsizetype left = writeFailure ? data.size() / 2 : data.size();
    bool written = true;
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<std::size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = ENOSPC; // no progress and no error: the device took nothing
            written = false;
            break;
        }
        p += n;
        left -= n;
    }
    if (written && writeFailure) {
        errno = writeFailure;
        written = false;
    }
    if (!written) {
        const QString why = systemError();
        ::close(fd);
        ::unlink(tempPath.constData());
        return Error(ErrorCode::Io,
                     tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    int synced = -1;
    if (const int e = injectedFailure(WriteStep::SyncFile, path))
        errno = e;
    else
        synced = ::fsync(fd);
    if (synced != 0) {
        const QString why = systemError();
        ::close(fd);
        ::unlink(tempPath.constData());
        return Error(ErrorCode::Io,
                     tr("Cannot flush %1 to disk: %2").arg(QDir::toNativeSeparators(path), why));
    }
    ::close(fd);
    // What to put back if the rename cannot be made durable (small files only: key slots,
    // exports; a document is always a new file).
    std::optional<QByteArray> previous;
    bool existed = false;
    if (restoreOnFailure) {
        struct stat st = {};
        existed = ::lstat(QFile::encodeName(path).constData(), &st) == 0;
        // Read as any input is: what is not a regular file is neither waited on nor kept.
        if (Result<QByteArray> old = UserFiles::readInput(path, std::numeric_limits<qint64>::max());
            old)
            previous = std::move(old).value();
    }
    int renamed = -1;
    if (const int e = injectedFailure(WriteStep::Rename, path))
        errno = e;
    else
        renamed = ::rename(tempPath.constData(), QFile::encodeName(path).constData());
    if (renamed != 0) {
        const QString why = systemError();
        ::unlink(tempPath.constData());
        return Error(ErrorCode::Io,
                     tr("Cannot replace %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    bool folderSynced = false;
    if (const int e = injectedFailure(WriteStep::SyncFolder, path))
        errno = e;
    else
        folderSynced = syncFolder(folder);
    if (!folderSynced) {
        const QString why = systemError();
        // The caller is told that the write failed and acts on that (a key-slot change undoes
        // its database transaction), so the file must not stay changed.
        if (previous)
            (void)replace(path, *previous, false);
        else if (restoreOnFailure && !existed)
            ::unlink(QFile::encodeName(path).constData());
        return Error(ErrorCode::Io, tr("Cannot flush the folder %1 to disk: %2")
                                        .arg(QDir::toNativeSeparators(folder), why));
    }
    (void)injectedFailure(WriteStep::Done, path);
    return {};
}

void StoreFiles::removeInterruptedWrites(const QString &path)
{
    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    const QStringList stale = folder.entryList({u"."_s + target.fileName() + u".tmp-*"_s},
                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : stale)
        QFile::remove(folder.filePath(name));
}

Status StoreFiles::checkWritable(const QString &folder)
{
    // A random name, created only if nothing has it: a link planted at a name the probe might
    // take leads nowhere, and no file is ever truncated.
    QByteArray path;
    int fd = -1;
    for (int attempt = 0; attempt < 8 && fd < 0; ++attempt) {
        char suffix[9];
        path = QFile::encodeName(folder + u"/.write-probe-"_s + randomSuffix(suffix));
        fd = createExclusive(path);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        return Error(ErrorCode::StoreReadOnly,
                     tr("The store folder %1 is read-only (%2); ReleaseDesk records every login in "
                        "the store and needs write access to it.")
                         .arg(QDir::toNativeSeparators(folder), systemError()));
    }
    ::close(fd);
    ::unlink(path.constData());
    // A process killed between the two leaves its empty probe behind; any process's probe
    // lives only for the moment between them, so one that is found now is such a leftover
    // (or one about to be removed anyway).
    const QDir dir(folder);
    for (const QFileInfo &left :
         dir.entryInfoList({u".write-probe-*"_s}, QDir::Files | QDir::Hidden | QDir::System)) {
        if (left.size() == 0 && !left.isSymLink())
            QFile::remove(left.filePath());
    }
    return {};
}

Status StoreFiles::createPrivateFile(const QString &path)
{
    const int fd = createExclusive(QFile::encodeName(path));
    if (fd < 0) {
        return Error(ErrorCode::Io,
                     tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), systemError()));
    }
    ::close(fd);
    return {};
}

void StoreFiles::restrictToOwner(const StorePaths &paths)
{
    // Changed by name and never opened: closing any descriptor of records.db would drop the
    // POSIX locks SQLite holds on it for this process's other connections. A link planted at
    // one of these names is not followed (AT_SYMLINK_NOFOLLOW), so no other file is changed.
    // What cannot be narrowed (a file of another owner) is left as it is: the store still opens.
    const auto narrow = [](const QString &path, bool folder) {
        const QByteArray name = QFile::encodeName(path);
        struct stat st = {};
        if (::lstat(name.constData(), &st) != 0 || (st.st_mode & 077) == 0 ||
            !(folder ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode)))
            return false;
        return ::fchmodat(AT_FDCWD, name.constData(), st.st_mode & 0700, AT_SYMLINK_NOFOLLOW) == 0;
    };
    // The folder as named may be a link to the store: the folder it leads to is narrowed.
    (void)narrow(QFileInfo(paths.root()).canonicalFilePath(), true);
    const QString records = paths.records();
    for (const QString &file :
         QStringList{paths.keyslots(), records, records + u"-wal"_s, records + u"-shm"_s})
        (void)narrow(file, false);
}

StoreLock::~StoreLock()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
}

Result<std::unique_ptr<StoreLock>> StoreFiles::lockKeyslots(const StorePaths &paths, int timeoutMs)
{
    // Each call opens the folder anew: flock locks belong to the open file description, so two
    // threads of one process exclude each other just as two processes do.
    const QByteArray folder = QFile::encodeName(paths.root());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return Error(
            ErrorCode::Io,
            tr("Cannot open the store folder %1: %2").arg(paths.displayName(), systemError()));
    }
    QElapsedTimer waited;
    waited.start();
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const QString why = systemError();
            ::close(fd);
            return Error(ErrorCode::Io,
                         tr("Cannot lock the store folder %1: %2").arg(paths.displayName(), why));
        }
        if (waited.elapsed() >= timeoutMs) {
            ::close(fd);
            return Error(ErrorCode::StoreBusy,
                         tr("The store %1 is busy: another ReleaseDesk process is changing its "
                            "key slots. Try again in a moment.")
                             .arg(paths.displayName()));
        }
        ::usleep(10 * 1000);
    }
    return std::make_unique<StoreLock>(fd);
}

Result<std::unique_ptr<StoreLock>> StoreFiles::lockUse(const StorePaths &paths, bool exclusive)
{
    const QByteArray file = QFile::encodeName(paths.useLock());
    const int fd = ::open(file.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error(
            ErrorCode::Io,
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(paths.useLock()), systemError()));
    }
    while (::flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
        if (errno == EINTR)
            continue;
        const bool busy = errno == EWOULDBLOCK;
        const QString why = systemError();
        ::close(fd);
        if (!busy) {
            return Error(ErrorCode::Io,
                         tr("Cannot lock the store %1: %2").arg(paths.displayName(), why));
        }
        return Error(ErrorCode::StoreBusy,
                     exclusive ? tr("The store %1 is open in another window or process; it can "
                                    "be re-keyed only when nothing else has it open.")
                                     .arg(paths.displayName())
                               : tr("The store %1 is being re-keyed by another process; try "
                                    "again in a moment.")
                                     .arg(paths.displayName()));
    }
    return std::make_unique<StoreLock>(fd);
}

} // namespace rd
