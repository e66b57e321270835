// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace rd::test {

// A SQLite VFS that wraps the process's default one and, while armed, counts the reads, writes
// and syncs of every file SQLite opens (records.db, its write-ahead log, journals, temporary
// files) and fails the Nth of one kind with a chosen result code, as a failing disk would.
// install() registers it as the default VFS, so every connection opened afterwards in this
// process goes through it; disarmed it only forwards. Only the public sqlite3_vfs and
// sqlite3_io_methods API is used, so it works on SQLCipher 3 and 4 alike.
class FaultyVfs
{
public:
    static constexpr char kName[] = "releasedesk-test-faulty";

    enum class Op {
        Read,
        Write,
        Sync,
    };

    struct Counts
    {
        int reads = 0;
        int writes = 0;
        int syncs = 0;
        QMap<QString, int> byFile; // "write records.db-wal" -> calls

        int of(Op op) const { return op == Op::Read ? reads : op == Op::Write ? writes : syncs; }
    };

    // Registers the shim as the default VFS (once per process); false if SQLite refused.
    static bool install();

    // Starts counting from zero; the `nth` call of `op` (1-based) fails with `code`. With
    // `persistent`, every later call of that kind fails too (a disk that stays full). A failed
    // write first writes half of its bytes, as a disk that fills up mid-write does. nth = 0
    // only counts.
    static void arm(Op op, int nth, int code, bool persistent = false);
    static void countOnly() { arm(Op::Read, 0, 0); }
    // Back to plain forwarding; the counts and what fired stay readable.
    static void disarm();

    static Counts counts();
    // Where the fault was injected ("write records.db-wal #12"), or empty if it never was.
    static QString fired();

    static QString opName(Op op);
};

} // namespace rd::test
