// SPDX-License-Identifier: GPL-3.0-or-later
// keyslots.json, the store header and its key slots: parsed as `Session::open` reads it, and
// when it parses, written again (and as recovery.json) and read back to the same bytes; a
// format 1 file's integrity code checked as the upgrade checks it.
// Seeds: tests/fuzz/run.sh (the keyslots.json of a store made by the real binary).
#include "fuzzsupport.h"
#include "security/keyslotfile.h"
#include "security/securebytes.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::initProcess(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = rd::fuzz::bytesOf(data, size);
    rd::Result<rd::KeySlotFile> parsed = rd::KeySlotFile::parse(bytes, u"keyslots.json"_s);
    if (!parsed) {
        (void)parsed.error().message();
        return 0;
    }
    static const unsigned char key[32] = {1, 2, 3, 4, 5, 6, 7, 8};
    const rd::SecureBytes masterKey(key, sizeof key);
    if (parsed->formatVersion < rd::KeySlotFile::kFormatVersion) {
        // Format 1 is only read, for an upgrade, whose first check is its integrity code.
        (void)parsed->legacyMacMatches(masterKey);
        return 0;
    }
    (void)parsed->latestAnchor();
    const QByteArray written = parsed->serialize();
    rd::Result<rd::KeySlotFile> again = rd::KeySlotFile::parse(written, u"keyslots.json"_s);
    if (!again)
        rd::fuzz::fail("a header written by serialize() does not parse", again.error().message());
    if (again->serialize() != written)
        rd::fuzz::fail("a header written by serialize() reads back as something else",
                       QString::fromUtf8(written.left(4000)));
    const QByteArray copy = again->serializeRecoveryCopy();
    rd::Result<rd::KeySlotFile> recovery = rd::KeySlotFile::parse(copy, u"recovery.json"_s);
    if (!recovery || recovery->serializeRecoveryCopy() != copy)
        rd::fuzz::fail("a recovery copy written by serializeRecoveryCopy() does not read back",
                       QString::fromUtf8(copy.left(4000)));
    return 0;
}
