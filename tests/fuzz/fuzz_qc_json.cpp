// SPDX-License-Identifier: GPL-3.0-or-later
// QC results as JSON (releasedesk.qc-results/1): parsed, exported and read back, checked by the
// importer. Seeds: tests/fuzz/run.sh; one input is one file given to `releasedesk import`.
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::initProcess(argc, argv);
    rd::fuzz::prepareImportStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rd::fuzz::parseAndCheckImport(u"qc-results.json"_s, rd::fuzz::bytesOf(data, size));
    return 0;
}
