// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/userfiles.h"

#include "core/storefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What a file that is not a regular one is, for a message.
QString kindOf(mode_t mode)
{
    switch (mode & S_IFMT) {
    case S_IFDIR:
        return UserFiles::tr("a folder");
    case S_IFCHR:
        return UserFiles::tr("a character device");
    case S_IFBLK:
        return UserFiles::tr("a block device");
    case S_IFIFO:
        return UserFiles::tr("a FIFO (named pipe)");
    case S_IFSOCK:
        return UserFiles::tr("a socket");
    default:
        return UserFiles::tr("a special file");
    }
}

// `path` made absolute with every symbolic link of its longest existing part resolved, as the
// kernel resolves them (a link followed by ".." included); the names that do not exist yet are
// kept as written. The check looks at this path and the write goes to it, so that a link in
// the path as given cannot lead the write anywhere the check did not look.
QString resolvedPath(const QString &path)
{
    const QString absolute = QDir::isAbsolutePath(path) ? path : QDir::currentPath() + u'/' + path;
    const QStringList parts = absolute.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype n = parts.size(); n >= 0; --n) {
        const QByteArray prefix = QFile::encodeName(u'/' + parts.first(n).join(u'/'));
        char *real = ::realpath(prefix.constData(), nullptr);
        if (!real)
            continue;
        const QString resolved = QFile::decodeName(real);
        std::free(real);
        if (n == parts.size())
            return resolved;
        return QDir::cleanPath(resolved + u'/' + parts.sliced(n).join(u'/'));
    }
    return QDir::cleanPath(absolute);
}

bool holdsStoreFile(const QString &folder)
{
    struct stat st = {};
    for (const char *name : {"/keyslots.json", "/records.db"}) {
        if (::lstat(QFile::encodeName(folder + QLatin1StringView(name)).constData(), &st) == 0)
            return true;
    }
    return false;
}

// The store folder holding the already resolved `path`, at any depth; empty when none does.
QString storeFolderHolding(const QString &resolved)
{
    QString folder = resolved;
    for (;;) {
        if (holdsStoreFile(folder))
            return folder;
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            return {};
        folder = parent;
    }
}

Error refusedKind(const QString &path, mode_t mode, bool writing)
{
    return Error(ErrorCode::InvalidInput,
                 writing ? UserFiles::tr("Refusing to write %1: it is %2, not a regular file; "
                                         "choose another path.")
                               .arg(shown(path), kindOf(mode))
                         : UserFiles::tr("Refusing to read %1: it is %2, not a regular file.")
                               .arg(shown(path), kindOf(mode)));
}

// The path to write once checked: `path` resolved, or the refusal.
Result<QString> checkedOutput(const QString &path)
{
    const QString resolved = resolvedPath(path);
    if (const QString store = storeFolderHolding(resolved); !store.isEmpty()) {
        return Error(ErrorCode::Forbidden,
                     UserFiles::tr("Refusing to write %1: it is inside the store folder %2, "
                                   "whose files must never be overwritten; choose a path "
                                   "outside it.")
                         .arg(shown(path), shown(store)));
    }
    struct stat st = {};
    if (::stat(QFile::encodeName(resolved).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return refusedKind(path, st.st_mode, true);
    return resolved;
}

} // namespace

Status UserFiles::checkOutput(const QString &path)
{
    Result<QString> checked = checkedOutput(path);
    if (!checked)
        return checked.error();
    return {};
}

Status UserFiles::writeOutput(const QString &path, const QByteArray &data)
{
    Result<QString> checked = checkedOutput(path);
    if (!checked)
        return checked.error();
    return StoreFiles::writeAtomically(checked.value(), data);
}

Status UserFiles::prepareOutput(const QString &path)
{
    Result<QString> checked = checkedOutput(path);
    if (!checked)
        return checked.error();
    // No O_TRUNC: the writer replaces the content; here only the mode is set. O_NONBLOCK so
    // that a FIFO swapped in since the check cannot hold the process.
    const int fd =
        ::open(QFile::encodeName(checked.value()).constData(),
               O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(shown(path), systemError()));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const mode_t mode = st.st_mode;
        ::close(fd);
        return refusedKind(path, mode, true);
    }
    const bool narrowed = ::fchmod(fd, 0600) == 0;
    const QString why = systemError();
    ::close(fd);
    if (!narrowed)
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(shown(path), why));
    return {};
}

namespace {

Error inputTooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    return Error(ErrorCode::InvalidInput, UserFiles::tr("%1 is %2 MiB; at most %3 MiB are read.")
                                              .arg(shown(path))
                                              .arg((size + (1 << 20) - 1) >> 20)
                                              .arg(maxBytes >> 20));
}

} // namespace

Status UserFiles::checkInput(const QString &path, qint64 maxBytes)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    // Looked at before it is opened: opening a device can do things of its own (a tape
    // rewinds), and opening a FIFO for reading waits for a writer.
    if (::stat(name.constData(), &st) != 0) {
        if (errno == ENOENT)
            return Error(ErrorCode::NotFound,
                         tr("Cannot read %1: the file does not exist.").arg(shown(path)));
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown(path), systemError()));
    }
    if (!S_ISREG(st.st_mode))
        return refusedKind(path, st.st_mode, false);
    if (st.st_size > maxBytes)
        return inputTooLarge(path, st.st_size, maxBytes);
    return {};
}

Result<QByteArray> UserFiles::readInput(const QString &path, qint64 maxBytes)
{
    if (Status s = checkInput(path, maxBytes); !s)
        return s.error();
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    // The same questions of what was opened, in case the name was given to another file since.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown(path), systemError()));
    const auto closed = [fd](Error e) -> Result<QByteArray> {
        ::close(fd);
        return e;
    };
    if (::fstat(fd, &st) != 0)
        return closed(
            Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown(path), systemError())));
    if (!S_ISREG(st.st_mode))
        return closed(refusedKind(path, st.st_mode, false));
    if (st.st_size > maxBytes)
        return closed(inputTooLarge(path, st.st_size, maxBytes));

    QByteArray data;
    qint64 total = 0;
    // One byte more than allowed, so that a file growing while it is read is caught.
    const qint64 capacity = maxBytes < std::numeric_limits<qint64>::max() ? maxBytes + 1 : maxBytes;
    try {
        data.resize(std::min<qint64>(qint64(st.st_size) + 1, capacity));
        for (;;) {
            if (total == data.size()) {
                if (total >= capacity)
                    break;
                data.resize(std::min<qint64>(capacity, std::max<qint64>(total * 2, 1 << 16)));
            }
            const ssize_t n = ::read(fd, data.data() + total, std::size_t(data.size() - total));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return closed(
                    Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown(path), systemError())));
            if (n == 0)
                break;
            total += n;
        }
    } catch (const std::bad_alloc &) {
        return closed(Error(ErrorCode::Io, tr("Cannot read %1: not enough memory for %2 MiB.")
                                               .arg(shown(path))
                                               .arg((qint64(st.st_size) >> 20) + 1)));
    }
    ::close(fd);
    if (total > maxBytes)
        return inputTooLarge(path, total, maxBytes);
    data.truncate(total);
    return data;
}

QString UserFiles::storeFolderOf(const QString &path)
{
    return storeFolderHolding(resolvedPath(path));
}

} // namespace rd
