// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "records/recordstore.h"
#include "review/workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace rd {

class People;

enum class Severity {
    Info,
    Minor,
    Major,
    Critical,
};

// The categories of docs/DESIGN.md section 8, plus the two the workflow adds: a test that failed
// after a conditional release, and a signature that no longer covers the record; the
// product's own expiry (past, or before its planned shipment); and the order of events (steps
// and samples within manufacture, no shipment to the patient before release).
enum class ExceptionCategory {
    OutOfSpecification,
    OutOfTrend,
    MissingTest,
    PendingTest,
    OpenDeviation,
    ClosedDeviation,
    ChainOfIdentity,
    CustodyTiming,
    CustodyTemperature,
    ProcessParameter,
    StepVerification,
    ExpiredMaterial,
    EquipmentCalibration,
    EnvironmentalMonitoring,
    ManualEntry,
    SupersededData,
    InvalidatedResult,
    PostReleaseFailure,
    ChangedAfterSigning,
    Expiry,
    Chronology,
    UnknownAnalyst,
};

// Where an exception points, so that the window can jump there.
struct ExceptionTarget
{
    enum class Kind {
        Record,
        Step,
        Result,
        Test,
        Deviation,
        EmSample,
        CustodyEvent,
        Material,
        Equipment,
        Signature,
    };
    Kind kind = Kind::Record;
    QString ref;    // step sequence, result key, test code, deviation id, signature id, ...
    int index = -1; // position in the record's list where the kind has one
};

struct ReviewException
{
    QString key;      // stable identity: what it is about ("oos:S1|VIAB|2026-...")
    QString evidence; // the data that raised it, language-neutral ("62.1 < 70")
    ExceptionCategory category = ExceptionCategory::ManualEntry;
    Severity severity = Severity::Info;
    QString text; // plain language, translated
    ExceptionTarget target;
    bool blocksRelease = false; // no release of any kind while it stands
};

// A control-chart rule that fired for one of the batch's results (fed by trend analysis).
struct OutOfTrendSignal
{
    QString sampleId;
    QString testCode;
    QDateTime testedAt;
    QString value;
    QStringList rules; // e.g. "Nelson 2", "Westgard 2-2s"
};

// A signature whose content hash no longer matches the record.
struct StaleSignature
{
    qint64 signatureId = 0;
    Meaning meaning = Meaning::Reviewed;
    QString signer;
    QDateTime signedAt;
    bool decided = false; // the batch's decision rests on it
};

// Everything the engine looks at for one batch.
struct ReviewFacts
{
    BatchRecord record;
    int recordVersion = 1;
    std::optional<Specification> spec; // the version in force when the batch was made
    QList<StoredResult> results;       // current results of the batch's samples
    BatchState state = BatchState::AwaitingQcApproval;
    QSet<QString> pendingAtConditionalRelease; // test codes
    QList<OutOfTrendSignal> outOfTrend;
    QStringList outOfTrendProblems; // checks that could not run, and why
    QList<StaleSignature> staleSignatures;
    QDateTime now; // when the review is computed (UTC): expiry is judged against it
    // When the first release decision (released, conditionally or exceptionally) was signed;
    // invalid while none was. A shipment to the treatment centre is judged against it.
    QDateTime releasedAt;
    // The store's people, to tell whether each result's analyst is someone; without them
    // (a computation outside any store) analysts are not judged.
    const People *people = nullptr;
};

// How a release-relevant test stands.
struct TestStanding
{
    enum class Status {
        Conforms,
        DoesNotConform,
        Pending,
        Missing,
    };
    SpecTest test;
    Status status = Status::Missing;
    std::optional<StoredResult> result; // the result judged
};

// Review by exception: what in a batch needs a reviewer's judgement (docs/DESIGN.md section 8).
// Pure computation over the facts, so one batch takes microseconds and the window, the command line
// and the whole-queue scan all see the same list.
class ExceptionEngine
{
    Q_DECLARE_TR_FUNCTIONS(rd::ExceptionEngine)

public:
    // Limits of the chain of custody.
    static constexpr int kMaxCollectionToStartHours = 48;

    static QList<ReviewException> compute(const ReviewFacts &facts);
    // Whether a batch in `state` still waits for its release decision. Its expiry matters only
    // then: a product released (or rejected) before it expired is not judged again as time
    // passes. Rules that judge how the record was kept (identifiers read at each hand-over,
    // analysts who are persons) came after some batches were decided; they judge the batches still
    // waiting, and a decided batch meets them again only when a change control reopens it.
    static bool awaitsDecision(BatchState state);
    // "21.11.2026 17:39:00 (UTC+01:00), 3 d 4 h left", or "…, EXPIRED 2 d 1 h ago" while the
    // batch awaits its decision (awaitsDecision); empty when the record gives no expiry.
    static QString expiryText(const QDateTime &expiresAt, BatchState state, const QDateTime &now);
    // "3 d 4 h", "5 h 10 min", "12 min" (never negative).
    static QString durationText(qint64 seconds);

    // Every test of the specification, judged on the final-product sample. A test does not
    // conform while any of its current final results does not (invalidate or supersede it).
    static QList<TestStanding> standings(const ReviewFacts &facts);
    // The sample release testing is judged on: the one drawn last.
    static QString finalProductSample(const BatchRecord &record);
    static bool conforms(const SpecTest &test, const QcResult &result);
    static QString limitsText(const SpecTest &test);

    static QString severityId(Severity s);
    static QString severityName(Severity s);
    static QString categoryId(ExceptionCategory c);
    static QString categoryName(ExceptionCategory c);
    // The temperature window (inclusive, °C) a custody event must keep, if it has one.
    static std::optional<std::pair<double, double>> temperatureWindow(const QString &event,
                                                                      bool cryopreserved);
};

} // namespace rd
