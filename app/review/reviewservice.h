// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/identity.h"
#include "core/result.h"
#include "qc/ootrules.h"
#include "review/exceptions.h"
#include "review/workflow.h"
#include "security/esignature.h"
#include "security/keydirectory.h"
#include "security/securebytes.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace rd {

class RecordStore;

class Session;

// What a reviewer concluded of an exception (docs/DESIGN.md section 8, "Dispositions").
enum class DispositionOutcome {
    NoImpact,      // acceptable, no impact on the product
    WithReference, // acceptable, with a deviation or CAPA reference that accounts for it
    NotAcceptable, // not acceptable: it blocks every release
};
QString dispositionOutcomeId(DispositionOutcome o); // "no-impact", "with-reference", ...
std::optional<DispositionOutcome> dispositionOutcomeFromId(const QString &id);
QString dispositionOutcomeName(DispositionOutcome o); // translated, as people read it
QString dispositionOutcomeIdsText();                  // "no-impact, with-reference, ..."

// A reviewer's disposition of one exception.
struct Disposition
{
    qint64 id = 0;
    QString exceptionKey;
    QString evidence;
    QString severity;
    QString exceptionText; // as it read when dispositioned
    QString comment;
    QString deviationRef;
    QString userName;
    QString fullName;
    QDateTime at;
    DispositionOutcome outcome = DispositionOutcome::NoImpact;
};

struct ExceptionView
{
    int number = 0; // 1-based, in the order shown
    ReviewException exception;
    std::optional<Disposition> disposition; // the newest for this exception
    // The disposition was made for the data as it is now (same evidence).
    bool dispositioned() const
    {
        return disposition && disposition->evidence == exception.evidence;
    }
};

struct SignatureView
{
    ESignature signature;
    std::optional<Meaning> meaning;
    bool coversCurrent = false; // the record has not changed since
    // Checked when a batch is reviewed in full or printed (not for the queue's counts): the
    // signature verifies with its signer's certified key in force, and whose certificate that
    // is ("key 4, certified by Alex Morgan (admin, key 1) on ...").
    bool checked = false;
    QString problem; // why it cannot be trusted; empty when it can
    QString certifiedBy;
};

// Everything the review of one batch needs.
struct BatchReview
{
    QString batchNumber;
    qint64 recordId = 0;
    int recordVersion = 0;
    QString productCode;
    QString site;
    QString coiDin;
    QDateTime plannedShipmentAt;
    QString specVersion; // empty when no specification was in force
    BatchState state = BatchState::AwaitingQcApproval;
    std::optional<BatchState> heldFrom;
    // On hold without a signature: the audit action that held it (batch.held-for-change,
    // batch.held-after-rollback). Empty for a hold someone signed.
    QString heldBy;
    QByteArray contentHash;
    QList<TestStanding> standings;
    QList<ExceptionView> exceptions;
    QList<SignatureView> signatures;
    // Set when a signature cannot be trusted (a key nobody certified, an altered signature): the
    // recorded state is then not borne out, nothing more may be signed and no release document
    // printed until the store verifies. Empty otherwise (and for the queue's counts).
    QString integrityProblem;
    // Set when the batch stands on signatures that no longer cover its record (changed in
    // place, bypassing the lock): why its documents print as drafts. Empty otherwise.
    QString uncovered;
    QList<Disposition> dispositionHistory; // every disposition, oldest first
    BatchRecord record;                    // the current version
    QList<StoredResult> results;           // current results of its samples
    std::optional<Specification> spec;     // in force at manufacture

    int open() const; // exceptions without a current disposition
    int count(Severity severity) const;
    bool exceptionalRelease() const;
};

struct SignRequest
{
    QString batchNumber;
    Meaning meaning = Meaning::Reviewed;
    QString comment;          // the reason, where one is needed
    QString physicianRequest; // exceptional release
    QString riskEvaluation;   // exceptional release
    // QC approval of results of which one is out of specification: the reference of its OOS
    // investigation, signed into the signature's comment.
    QString investigation;
};

// The QA review and release workflow (docs/DESIGN.md sections 7 and 8): exceptions, dispositions
// and signatures, with every rule of who may do what. The window and the command line only
// ask; what this refuses, both refuse with the same one-line reason.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(rd::ReviewService)

public:
    explicit ReviewService(Session &session);
    ~ReviewService();
    Session &session() const { return m_session; }

    // While one lives, the statements that read a batch are prepared once for every batch the
    // service reads, instead of once per batch (ReviewQueue::scan holds one per run). They
    // belong to the connection of the thread that made the scope, which must be the only
    // thread to use the service until the scope ends.
    class StatementScope
    {
    public:
        explicit StatementScope(const ReviewService &service);
        ~StatementScope();
        StatementScope(const StatementScope &) = delete;
        StatementScope &operator=(const StatementScope &) = delete;

    private:
        const ReviewService &m_service;
    };

    enum class Detail {
        // State, exceptions and signatures, without the record's content hash unless a
        // signature needs it to tell whether it still covers the record: the queue's counts.
        Counts,
        Summary, // state, exceptions, signatures and the content hash (documents)
        Full,    // with the record, its results and the specification (the batch view)
    };
    Result<BatchReview> review(const QString &batchNumber, Detail detail = Detail::Full) const;

    // Records a disposition of exception `ref` (its number in review().exceptions, or its key).
    // Without `outcome`: "acceptable with a reference" when `deviationRef` is given, else
    // "acceptable, no impact".
    Result<Disposition> dispose(const QString &batchNumber, const QString &ref,
                                const QString &comment, const QString &deviationRef,
                                std::optional<DispositionOutcome> outcome = std::nullopt);

    // Whether the signed-in user may sign this now; everything but the password.
    Status maySign(const SignRequest &request) const;
    // For each meaning, whether it may be signed on this batch now, judging everything but the
    // texts the signer still has to type (reason, physician's request, risk evaluation). One
    // read of the batch for all of them.
    Result<QList<std::pair<Meaning, Status>>> signable(const QString &batchNumber) const;
    // One meaning's entry of what signable() returned (its error when that failed).
    static Status signableStatus(const Result<QList<std::pair<Meaning, Status>>> &all,
                                 Meaning meaning);
    // Whether the signed-in user may record dispositions on this batch now.
    Status mayDispose(const BatchReview &review) const;
    // Signs after confirming the password again (a wrong one counts towards the lockout).
    Result<ESignature> sign(const SignRequest &request, const SecureBytes &password);

    // The canonical content of a batch as signatures cover it: its current record version and
    // content, the specification version it is judged against, and its current results;
    // `excludedTests` leaves those tests' results out.
    static QByteArray contentHash(const QString &storeId, const QString &batchNumber,
                                  int recordVersion, const QString &recordHash,
                                  const QString &specVersion, const QList<StoredResult> &results,
                                  const QStringList &excludedTests = {});

    // The tests of `review` with an out-of-specification result: their QC approval needs the
    // reference of an OOS investigation (SignRequest::investigation).
    static QStringList outOfSpecificationTests(const BatchReview &review);

private:
    struct Loaded;
    // Without `withHash`, the hashes are computed only when the batch has signatures.
    Result<Loaded> load(const QString &batchNumber, bool withHash = true) const;
    // Verifies every signature of `v` against the certified keys (SignatureView::problem).
    Status checkSignatures(BatchReview &v) const;
    // Who signs, as separation of duties and key hand-overs need it: read once per signing
    // question, not once per meaning asked about.
    struct Signer
    {
        People people;
        QString handoverPending; // why the signer's key may not sign yet, or empty
    };
    Result<Signer> signer() const;
    // Refused when the signer's person measured (the analyst field, as a look-alike or an
    // initial and surname) or brought into the store (imported, or assigned from the inbox) a
    // current result of `tests` (every test when empty), and, for `tests` given, when such a
    // result's analyst is no person. `act` ends the refusal: "approve them".
    Status handledBy(const Loaded &loaded, const People &people, const QSet<QString> &tests,
                     const QString &act) const;
    Status check(const Loaded &loaded, const Signer &signer, const SignRequest &request,
                 BatchState *target = nullptr) const;

    Session &m_session;
    // The statements kept while a StatementScope lives.
    mutable std::unique_ptr<RecordStore> m_records;
    // Specifications change only by import; one service reads them once.
    mutable std::optional<QList<Specification>> m_specifications;
    mutable QHash<QString, qint64> m_judgedAgainst; // read with m_specifications
    mutable std::optional<KeyDirectory> m_keys;     // read once per service
    // The accounts, to tell whether a result's analyst is a person; read once per service.
    mutable std::optional<People> m_people;
    // Out-of-trend signals by "product|test", then by batch: one series analysed per service.
    mutable std::optional<QList<qc::OotSetting>> m_ootSettings;
    mutable QHash<QString, QHash<QString, OutOfTrendSignal>> m_outOfTrend;
    Status addOutOfTrend(ReviewFacts &facts) const;
};

} // namespace rd
