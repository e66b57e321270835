// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace rd::test {

// The content of every file in a folder (hidden ones included), by name, as a SHA-256.
using FolderSnapshot = QMap<QString, QByteArray>;
FolderSnapshot snapshot(const QString &folder);
// "" when equal; otherwise which files were added, removed or changed.
QString differences(const FolderSnapshot &before, const FolderSnapshot &after,
                    const QStringList &ignore = {});

// Whether `needle` occurs in any file of the folder (as UTF-8 or UTF-16LE); names the file.
QString fileContaining(const QString &folder, const QString &needle);

} // namespace rd::test
