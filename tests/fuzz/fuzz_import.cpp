// SPDX-License-Identifier: GPL-3.0-or-later
// One import format, named by the file name it is given as (RELEASEDESK_FUZZ_FILE_NAME, set per
// target in CMakeLists.txt: batch records, QC results as JSON, specifications, Allotrope
// cell-counting files): parsed, exported and read back, checked by the importer.
// Seeds: tests/fuzz/run.sh; one input is one file given to `releasedesk import`.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::initProcess(argc, argv);
    rd::fuzz::prepareImportStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rd::fuzz::parseAndCheckImport(QStringLiteral(RELEASEDESK_FUZZ_FILE_NAME),
                                  rd::fuzz::bytesOf(data, size));
    return 0;
}
