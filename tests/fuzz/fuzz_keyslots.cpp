// SPDX-License-Identifier: GPL-3.0-or-later
// keyslots.json, the store header and its key slots: parsed as `Session::open` reads it, and
// when it parses, written again and read back to the same bytes, and its integrity code
// computed and checked.
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
    const QByteArray written = parsed->serialize();
    rd::Result<rd::KeySlotFile> again = rd::KeySlotFile::parse(written, u"keyslots.json"_s);
    if (!again)
        rd::fuzz::fail("a header written by serialize() does not parse", again.error().message());
    if (again->serialize() != written)
        rd::fuzz::fail("a header written by serialize() reads back as something else",
                       QString::fromUtf8(written.left(4000)));
    if (again->coveredBytes() != parsed->coveredBytes())
        rd::fuzz::fail("the bytes under the integrity code change when written and read back",
                       QString());

    static const unsigned char key[32] = {1, 2, 3, 4, 5, 6, 7, 8};
    const rd::SecureBytes masterKey(key, sizeof key);
    rd::KeySlotFile sealed = std::move(again).value();
    const bool matchedBefore = sealed.macMatches(masterKey);
    sealed.seal(masterKey);
    if (!sealed.macMatches(masterKey))
        rd::fuzz::fail("a freshly sealed header does not match its own integrity code", QString());
    (void)matchedBefore;
    return 0;
}
