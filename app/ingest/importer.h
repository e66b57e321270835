// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ingest/formats.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace rd {

class Session;

struct ImportInput
{
    QString name; // shown in messages and recorded in the audit trail
    QByteArray bytes;
};

struct ImportOptions
{
    // Store conflicting content as new versions (the old ones stay readable); needs a reason.
    bool supersede = false;
    QString reason;
    // The change-control reference and reason under which a decided batch's record or results
    // may change; the batch then goes on hold for a new review and decision (BatchLocks).
    QString changeControl;
};

struct FileOutcome
{
    QString name;
    QString sha256;
    FileKind kind = FileKind::Unknown;
    int added = 0;
    int unchanged = 0;
    int superseded = 0;
    int toInbox = 0;
    // What the file holds and is not imported, and why; what the summary must say besides the
    // counts (such as who is recorded as responsible for results that name no analyst).
    QList<NotImported> notImported;
    QStringList notes;
    int notImportedCount() const;
};

struct ImportSummary
{
    QList<FileOutcome> files;
    qint64 rowsWritten = 0; // results and records written
    qint64 elapsedMs = 0;
    // Where the time went, for the benchmark: the files opened and the store's state read; the
    // rows checked and written (on two threads at once) and the files' SHA-256 awaited; the
    // audit trail's event with the records' bindings, and the signed-for batches' locks and
    // states updated; the commit. Zero for the parts an import did not reach.
    struct Phases
    {
        qint64 readingMs = 0;
        qint64 writingMs = 0;
        qint64 bindingMs = 0;
        qint64 committingMs = 0;
    } phases;

    bool nothingChanged() const;
    // One line per file, for the command line and the window, each followed by what the file
    // holds and is not imported and why, one line per name and reason. The window gives those
    // apart (`NotImportedCounted`: one line saying how many, and notImportedLines() for details).
    enum class NotImportedAs {
        Listed,
        Counted
    };
    QStringList lines(NotImportedAs notImported = NotImportedAs::Listed) const;
    QStringList notImportedLines() const;
};

// Imports specifications, batch records and QC results (docs/DESIGN.md section 9): everything is
// read and checked first, against the files and against the store, and then written in one
// transaction, so that one bad row means nothing is written. Identical content is a no-op;
// conflicting content is refused unless superseded with a reason. Only administrators import
// specifications and batch records; only QC analysts import results.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(rd::Importer)

public:
    // (percent done) -> false to cancel; called from the thread that runs the import.
    using Progress = std::function<bool(int)>;

    explicit Importer(Session &session);

    // Whether the signed-in user may import anything at all (results or records).
    static Status mayImport(const Session &session);

    // Reads files from disk as every input is read (UserFiles::readInput: regular files only,
    // within the size limit); the first that cannot be read is the one-line error.
    static Result<QList<ImportInput>> readFiles(const QStringList &paths);
    // The checks readFiles() makes before it reads, with its error: the command line makes them
    // before it asks for the password, and reads the files once the store is unlocked, so that
    // unlocking (Argon2id: 256 MiB at the default cost) and the files are never in memory at
    // once.
    static Status checkFiles(const QStringList &paths);

    Result<ImportSummary> run(const QList<ImportInput> &inputs, const ImportOptions &options,
                              const Progress &progress = {});

private:
    Session &m_session;
};

} // namespace rd
