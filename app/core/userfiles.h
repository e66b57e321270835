// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rd {

// The files a user names: outputs to write (documents, exports, charts) and inputs to read
// (imports, documents to verify). Every verb of the command line and every dialog of the window
// goes through here, so that no path, whether typed by mistake or planted by someone who may
// write in the store folder, makes ReleaseDesk overwrite a store's own files, leave an output
// readable by others, wait for ever on a FIFO or read a device without end.
class UserFiles
{
    Q_DECLARE_TR_FUNCTIONS(rd::UserFiles)

public:
    // Whether `path` may be written as an output. Refused when, with the symbolic links of the
    // part that exists resolved, it lies in a store folder (a folder holding keyslots.json or
    // records.db) at any depth, or when it exists and is not a regular file.
    static Status checkOutput(const QString &path);

    // checkOutput, then `data` written atomically to the path as checked (its links resolved,
    // so that what is written is what was checked), readable and writable by its owner only.
    static Status writeOutput(const QString &path, const QByteArray &data);

    // For writers that only take a file name (the print engine's "print to file"): checkOutput,
    // then the file created, or an existing one narrowed, readable and writable by its owner
    // only, so that what the writer puts in it is not readable by others.
    static Status prepareOutput(const QString &path);

    // The whole of the regular file `path`, of at most `maxBytes`. Anything else (a folder, a
    // device, a FIFO, a socket) is refused before a byte is read and without waiting for a
    // writer; the size is checked before reading, and a lack of memory is an error, not an end
    // of the process.
    static Result<QByteArray> readInput(const QString &path, qint64 maxBytes);
    // What readInput() checks before it opens `path`: a regular file of at most `maxBytes`.
    static Status checkInput(const QString &path, qint64 maxBytes);

    // The store folder that `path` lies in, with its links resolved as checkOutput resolves
    // them; empty when it lies in none.
    static QString storeFolderOf(const QString &path);
};

} // namespace rd
