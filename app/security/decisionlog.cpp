// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/decisionlog.h"

#include "core/userfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace rd {

namespace {
constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;

QByteArray line(const ESignature &s)
{
    return QJsonDocument(ESignatures::toJson(s)).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

Status DecisionLog::append(const StorePaths &paths, const ESignature &signature)
{
    const QByteArray file = QFile::encodeName(paths.decisions());
    const int fd =
        ::open(file.constData(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    const auto failed = [&paths](const QString &why) {
        return Error(ErrorCode::Io,
                     tr("The signature is recorded, but its copy could not be added to %1 (%2); "
                        "verify will say so until it is.")
                         .arg(QDir::toNativeSeparators(paths.decisions()), why));
    };
    if (fd < 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    const QByteArray bytes = line(signature);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written,
                                  static_cast<std::size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return failed(why);
        }
        written += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

Result<QList<ESignature>> DecisionLog::read(const StorePaths &paths)
{
    const QFileInfo info(paths.decisions());
    if (!info.exists() && !info.isSymLink())
        return QList<ESignature>();
    // Read as any input is: a FIFO or device put in its place is refused, not waited on.
    Result<QByteArray> read = UserFiles::readInput(paths.decisions(), kMaxBytes);
    if (!read)
        return read.error();
    const QByteArray &all = read.value();
    QList<ESignature> out;
    qsizetype start = 0;
    int number = 0;
    while (start < all.size()) {
        const qsizetype end = all.indexOf('\n', start);
        ++number;
        if (end < 0)
            break; // cut short by a crash: that signature's own copy is in records.db
        const QJsonDocument doc = QJsonDocument::fromJson(all.mid(start, end - start));
        Result<ESignature> s = ESignatures::fromJson(doc.object());
        if (!doc.isObject() || !s) {
            return Error(ErrorCode::StoreDamaged,
                         tr("%1, line %2, is not a signature ReleaseDesk wrote.")
                             .arg(QDir::toNativeSeparators(paths.decisions()))
                             .arg(number));
        }
        out << s.value();
        start = end + 1;
    }
    return out;
}

Status DecisionLog::rewrite(const StorePaths &paths, const QList<ESignature> &signatures)
{
    QByteArray bytes;
    for (const ESignature &s : signatures)
        bytes += line(s);
    return StoreFiles::writeAtomically(paths.decisions(), bytes);
}

} // namespace rd
