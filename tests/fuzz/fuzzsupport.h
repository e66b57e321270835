// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets: one-time process set-up, and the import check that runs the
// real Importer against a small store up to (not including) its write.
namespace rd::fuzz {

// A QCoreApplication, the runtime (libsodium, the SQLCipher driver), QSettings kept out of the
// home folder and the test-only minimum Argon2id cost. Call from LLVMFuzzerInitialize.
void initProcess(int *argc, char ***argv);

QByteArray bytesOf(const uint8_t *data, size_t size);

// Stops the process the way libFuzzer reports a crash, with a reason on standard error: an
// invariant of the product code does not hold for this input.
[[noreturn]] void fail(const char *what, const QString &detail);

// Formats::parse on `bytes`; when it parses cleanly, the export of what was read must parse
// again to the same export, and the Importer checks it against a store that holds the schema
// examples (an administrator's session for records, a QC analyst's for results), cancelled
// before it writes anything.
void parseAndCheckImport(const QString &name, const QByteArray &bytes);

// Creates that store now (in LLVMFuzzerInitialize, so that the first input is not slow).
void prepareImportStore();

} // namespace rd::fuzz
