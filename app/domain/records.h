// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The records ReleaseDesk keeps (docs/DESIGN.md sections 2 and 9), as plain values. Numbers that
// come from files are kept twice: as the text they were written in, so that an export reproduces
// them exactly, and as a double for comparisons.
namespace rd {

struct Number
{
    QString text; // as written in the source file, e.g. "1.50" or "2.5e6"
    double value = 0;

    // The same number, however written: 1.5 and 1.50 are one value.
    bool operator==(const Number &o) const { return value == o.value; }
};

struct Product
{
    QString code; // e.g. "RD-CD19"
    QString name; // e.g. "Anti-CD19 CAR-T cell suspension"
    // As the release certificate states it, e.g. "1.0–5.0 × 10^8 CAR-positive viable T cells
    // per bag"; optional. Kept with each specification version.
    QString strength;
};

struct SpecTest
{
    QString code;
    QString name;
    QString unit;                // empty for a qualitative test
    std::optional<Number> lower; // inclusive
    std::optional<Number> upper; // inclusive
    QString expected;            // qualitative: the result that conforms ("Negative")
    QString method;
    bool releaseCritical = true;
    bool mayBePendingAtRelease = false;

    bool isQualitative() const { return !expected.isEmpty(); }
    bool operator==(const SpecTest &) const = default;
};

// The approval that lets a specification version take effect (docs/DESIGN.md section 8,
// "Specifications"): a QA reviewer's electronic signature.
struct SpecApproval
{
    QDateTime at;        // UTC; a version taken over at an upgrade: its effective date, 00:00
    QDate effectiveFrom; // the later of the date the version states and the approval's day
    QString userName;    // empty for a version taken over at an upgrade
    QString fullName;
    qint64 signatureId = 0; // 0: taken over at an upgrade, before approvals existed
};

struct Specification
{
    Product product;
    QString version;
    QDate effectiveFrom; // as the imported file states it
    QList<SpecTest> tests;
    // As stored: its row, who imported it and when, and its approval (none: a draft, which
    // judges nothing).
    qint64 id = 0;
    QString importedBy = {};
    QDateTime importedAt = {};
    std::optional<SpecApproval> approval = {};
};

struct ChainOfIdentity
{
    QString din; // ISBT 128 style donation identification number with its check character
    QString patientReference; // pseudonymous
    QString collectionId;
    QString collectionSite;
    QDateTime collectedAt;
    QString treatmentCentre;
    bool operator==(const ChainOfIdentity &) const = default;
};

// The custody events a chain of custody is made of, as records name them: one fixed list, so
// that a check for "collected" cannot be side-stepped by "Collected at apheresis".
QStringList custodyEventTypes();

struct CustodyEvent
{
    QString event; // one of custodyEventTypes()
    QDateTime at;
    QString by;
    QString location;
    std::optional<Number> temperatureC;
    // The identifier read at the hand-over (the chain-of-identity number on the bag's label, as
    // scanned); empty when the record gives none.
    QString identifier = {};
    bool operator==(const CustodyEvent &) const = default;
};

struct ProcessParameter
{
    QString name;
    std::optional<Number> setPoint;
    std::optional<Number> low;
    std::optional<Number> high;
    std::optional<Number> actual;
    QString unit;
    bool operator==(const ProcessParameter &) const = default;
};

struct ProcessStep
{
    int sequence = 0;
    QString name;
    QString equipmentId;
    QDateTime startedAt;
    QDateTime endedAt;
    QString operatorName;
    QString verifier;
    bool manualEntry = false;
    QString notes;
    QList<ProcessParameter> parameters;
    bool operator==(const ProcessStep &) const = default;
};

struct MaterialUse
{
    QString code;
    QString name;
    QString lot;
    QDate expiry;
    int step = 0; // sequence of the step that used it; 0 when not tied to one
    bool operator==(const MaterialUse &) const = default;
};

struct EquipmentUse
{
    QString id;
    QString name;
    QDate calibrationDue;
    bool operator==(const EquipmentUse &) const = default;
};

enum class DeviationClass {
    Minor,
    Major,
    Critical,
};

struct Deviation
{
    QString id;
    QString title;
    DeviationClass deviationClass = DeviationClass::Minor;
    bool open = true;
    QDateTime openedAt;
    QDateTime closedAt;
    QString impact;
    bool operator==(const Deviation &) const = default;
};

struct EmSample
{
    QString room;
    QString grade; // A, B, C or D
    QString location;
    QDateTime sampledAt;
    std::optional<Number> particles05; // >= 0.5 um per m3
    std::optional<Number> particles5;  // >= 5 um per m3
    std::optional<Number> cfu;
    std::optional<Number> alert05, action05, alert5, action5, alertCfu, actionCfu;
    bool operator==(const EmSample &) const = default;
};

struct QcSample
{
    QString id;
    QDateTime drawnAt;
    int step = 0;
    QString identifier = {}; // read on the sample's label, as for a custody event
    bool operator==(const QcSample &) const = default;
};

struct BatchRecord
{
    QString batchNumber;
    QString productCode;
    QString site;
    QString masterBatchRecordVersion;
    QDateTime startedAt;
    QDateTime endedAt;
    QString recordStatus; // as the manufacturing system reports it, e.g. "complete"
    QString presentation; // "fresh" or "cryopreserved"
    QDateTime expiresAt;
    QDateTime plannedShipmentAt;
    ChainOfIdentity coi;
    QList<CustodyEvent> custody;
    QList<ProcessStep> steps;
    QList<MaterialUse> materials;
    QList<EquipmentUse> equipment;
    QList<Deviation> deviations;
    QList<EmSample> em;
    QList<QcSample> qcSamples;
    bool operator==(const BatchRecord &) const = default;
};

enum class ResultStatus {
    Final,
    Pending,
    Invalidated,
};

// One QC result as read from a file, before it is attached to a batch.
struct QcResult
{
    QString batchNumber; // may be empty (ASM files rarely name the batch)
    QString sampleId;
    QString testCode;
    std::optional<Number> value;
    QString text; // a qualitative result ("Negative")
    QString unit;
    QString method;
    QString instrument;
    QString analyst;
    QDateTime testedAt;
    // What the file gave of the time past testedAt's millisecond, in nanoseconds (0-999 999):
    // part of the time, so part of what makes a result one result.
    int testedAtNanos = 0;
    ResultStatus status = ResultStatus::Final;
    QString reason;
    bool operator==(const QcResult &) const = default;
};

// The approved version of a product's specification in force at a moment (a batch's start of
// manufacture): of the versions approved by then, the one that took effect last on or before
// that day; of two effective the same day, the one approved later. Drafts judge nothing. The
// inbox, the review, the documents and the trends all judge by this one rule.
const Specification *specificationInForce(const QList<Specification> &specs, const QString &product,
                                          const QDateTime &at);
// Whether an identifier read at a hand-over or on a label is the chain-of-identity number `din`,
// however it was spaced or cased when written down.
bool isChainOfIdentity(const QString &read, const QString &din);

// The version a file's dates alone would put in force on a day, approved or not: what the
// importer checks a record's structure against (its test codes and units).
const Specification *specificationStatedFor(const QList<Specification> &specs,
                                            const QString &product, const QDate &on);

// Whether sample `a` was drawn after `b` (then the later step, then the larger id): the
// sample drawn last is the final product's, which release testing is judged on.
bool drawnAfter(const QcSample &a, const QcSample &b);

// A text someone wrote (a comment, a reason, a deviation's title or impact) as it is shown and
// printed: its line breaks are kept (as "\n"; CR LF, CR, NEL and the line and paragraph
// separators count as breaks too), and every line after the first begins with "│ ", so that no
// line of it can pass for a line of the screen or document around it ("Released by …"). A text
// of one line is returned as it is.
QString enclosedText(const QString &text);

QString deviationClassId(DeviationClass c);
std::optional<DeviationClass> deviationClassFromId(const QString &id);
QString resultStatusId(ResultStatus s);
std::optional<ResultStatus> resultStatusFromId(const QString &id);

} // namespace rd
