// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the workloads of releasedesk-bench share: the figures line each prints, peak memory,
// the stores they measure (made once and kept in the data folder), and opening them.

#include "ingest/importer.h"
#include "session/session.h"

#include <QString>

#include <memory>
#include <optional>

namespace rd::bench {

inline constexpr char kPassword[] = "ReleaseDesk-demo-2026";

// One line of the table. The driver collects these from each workload's process.
struct Figure
{
    QString workload; // "W1"
    QString name;     // "import"
    QString size;     // "10 000 batches, 306 012 results"
    double ms = 0;
    QString rate;  // "24 100 results/s" or "1.84 ms per batch"
    QString ratio; // "1.40x raw engine; encrypted/plain 1.05" or empty
    QString goal;  // "<= 300 ms"
    std::optional<bool> met;
    // The peak resident memory of what was measured, where it is not the process's so far.
    std::optional<double> peakMb;
};

// Prints the figure for the driver (one tagged line on standard output) with the process's
// peak resident memory so far.
void report(const Figure &f);

// In MB, from support/memory.h (test::resetPeakMemory() makes the peak what is held now).
double peakMemoryMb();
double residentMemoryMb();
QString thousands(qint64 n);

// Progress for the person waiting (standard error).
void say(const QString &line);

struct Options
{
    QString dataDir;    // where the measured stores are kept between runs
    bool quick = false; // smaller sizes, to try the benchmark itself
};

// The stores, made on first use and then kept (each in its own folder under dataDir):
//   demo    DemoStore with N batches (W2, W3)
//   import  the W1 result, the demo export imported into an empty store (W5)
//   audit   1 000 000 audit events with 30 000 signatures among them (W7)
QString storePath(const Options &o, const QString &name);
bool storeReady(const Options &o, const QString &name);
void markReady(const Options &o, const QString &name);

int batchesForDemo(const Options &o);   // 100 000 (quick: 5 000)
int batchesForImport(const Options &o); // 10 000 (quick: 1 000)

std::unique_ptr<Session> open(const QString &store, const QString &user, bool unencrypted = false);

// The workloads; each returns a process exit code.
int runImport(const Options &o);     // W1
int runOpen(const Options &o);       // W2
int runFilter(const Options &o);     // W3
int runTrend(const Options &o);      // W4
int runExceptions(const Options &o); // W5
int runDocuments(const Options &o);  // W6
int runVerify(const Options &o);     // W7

// The 10 000-batch demo export (specifications, batch records, QC results) as files.
struct DemoExport
{
    QByteArray specifications;
    QByteArray batches;
    QByteArray results;
    qint64 batchCount = 0;
    qint64 resultCount = 0;
};
DemoExport demoExport(int batches);

// A new store at `path` with the demo's administrator, QC analyst and QA reviewer and nothing
// else; with `unencrypted`, records.db is then turned into a plain copy (W1's comparison).
bool createEmptyStore(const QString &path, bool unencrypted);

struct ImportTimes
{
    double records = 0; // specifications and batch records, as the administrator
    double results = 0; // QC results, as the QC analyst
    // How far the process's resident memory rose above what it held before each import (the
    // files are held before); 0 where it cannot be measured.
    double recordsGrewMb = 0;
    double resultsGrewMb = 0;
    // Where each import's time went.
    ImportSummary::Phases recordsPhases;
    ImportSummary::Phases resultsPhases;
};
// Imports the export into the store at `path` as a user would (two imports, each one
// transaction); returns nothing (having said why) on failure.
std::optional<ImportTimes> importExport(const QString &path, const DemoExport &files,
                                        bool unencrypted);

} // namespace rd::bench
