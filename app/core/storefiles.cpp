// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storefiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
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
} // namespace

Status StoreFiles::writeAtomically(const QString &path, const QByteArray &data)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    char suffix[9];
    // A random name so that two processes never write the same temporary file.
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 8; ++i)
        suffix[i] = alphabet[randombytes_uniform(sizeof alphabet - 1)];
    suffix[8] = '\0';
    const QString temp =
        folder + u"/."_s + target.fileName() + u".tmp-"_s + QLatin1StringView(suffix);
    const QByteArray tempPath = QFile::encodeName(temp);

    const int fd = ::open(tempPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error(ErrorCode::Io,
                     tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), systemError()));
    }
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<std::size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = systemError();
            ::close(fd);
            ::unlink(tempPath.constData());
            return Error(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
        }
        p += n;
        left -= n;
    }
    if (::fsync(fd) != 0) {
        const QString why = systemError();
        ::close(fd);
        ::unlink(tempPath.constData());
        return Error(ErrorCode::Io,
                     tr("Cannot flush %1 to disk: %2").arg(QDir::toNativeSeparators(path), why));
    }
    ::close(fd);
    if (::rename(tempPath.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = systemError();
        ::unlink(tempPath.constData());
        return Error(ErrorCode::Io,
                     tr("Cannot replace %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    if (!syncFolder(folder)) {
        return Error(ErrorCode::Io, tr("Cannot flush the folder %1 to disk: %2")
                                        .arg(QDir::toNativeSeparators(folder), systemError()));
    }
    return {};
}

Status StoreFiles::checkWritable(const QString &folder)
{
    const QString probe = folder + u"/.write-probe-"_s + QString::number(::getpid());
    const QByteArray path = QFile::encodeName(probe);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error(ErrorCode::StoreReadOnly,
                     tr("The store folder %1 is read-only (%2); ReleaseDesk records every login in "
                        "the store and needs write access to it.")
                         .arg(QDir::toNativeSeparators(folder), systemError()));
    }
    ::close(fd);
    ::unlink(path.constData());
    return {};
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

} // namespace rd
