// SPDX-License-Identifier: GPL-3.0-or-later
#include "folder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace rd::test {

FolderSnapshot snapshot(const QString &folder)
{
    FolderSnapshot result;
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            result.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return result;
}

QString differences(const FolderSnapshot &before, const FolderSnapshot &after,
                    const QStringList &ignore)
{
    QStringList out;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (ignore.contains(it.key()))
            continue;
        if (!after.contains(it.key()))
            out << QStringLiteral("removed ") + it.key();
        else if (after.value(it.key()) != it.value())
            out << QStringLiteral("changed ") + it.key();
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!ignore.contains(it.key()) && !before.contains(it.key()))
            out << QStringLiteral("added ") + it.key();
    }
    return out.join(QStringLiteral(", "));
}

QString fileContaining(const QString &folder, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        if (content.contains(utf8) || content.contains(utf16))
            return name;
    }
    return {};
}

} // namespace rd::test
