// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>

namespace rd {

class BoundRows;
class RowObserver;
class Statement;

// A batch record as stored: which version is current, and where it came from.
struct StoredBatch
{
    qint64 id = 0;
    QString batchNumber;
    int version = 0;
    QString contentHash;
    QString productCode;
    QDateTime startedAt;
};

// A result as stored, with its row and version.
struct StoredResult
{
    qint64 id = 0;
    int version = 0;
    QcResult result;
};

// A user who brought results of a test into the store: imported them, or assigned them to the
// batch from the unassigned inbox.
struct ResultBringer
{
    QString userName;
    bool assigned = false;
    QString testCode;
    bool operator==(const ResultBringer &) const = default;
};

// The batch a QC sample belongs to.
struct SampleOwner
{
    QString batchNumber;
    QString productCode;
    QDateTime startedAt;
    QDateTime drawnAt;
};

// One line of the unassigned-results inbox.
struct InboxItem
{
    qint64 id = 0;
    QcResult result;   // batchNumber holds the batch named in the file, if any
    QString state;     // open, assigned, rejected
    qint64 fileId = 0; // the import file it came from (inboxByKey)
    QString fileName;
    QString fileSha256;
    QString resolvedBy;
    QDateTime resolvedAt;
    QString resolutionReason;
};

// A QC sample a result could belong to.
struct SampleChoice
{
    QString sampleId;
    QString batchNumber;
    QString productCode;
    QDateTime drawnAt;
    QString coiDin; // the chain of identity: whose cells the sample is of
    QString patientReference;
};

// One line of the batch list.
struct BatchSummary
{
    qint64 recordId = 0;
    QString batchNumber;
    QString productCode;
    QString site;
    QDateTime startedAt;
    QDateTime plannedShipmentAt;
    int version = 0;
    QString presentation;
};

// The SQL behind records: reads for export and the window, and the writes an import makes
// (inside the importer's transaction). Prepared statements are kept for the object's lifetime,
// so bulk writes, and reading batch after batch (the queue's scan), pay for parsing SQL once.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(rd::RecordStore)

public:
    explicit RecordStore(QSqlDatabase db);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // --- reads
    // Every version of every product, drafts too, by product and stated date, with who imported
    // it and its approval: specificationInForce() picks the approved one that judges a batch.
    Result<QList<Specification>> specifications() const;
    // Batches re-judged against another version than the one in force at their manufacture:
    // batch number -> specification id, the newest re-judgement of each.
    Result<QHash<QString, qint64>> judgedAgainst() const;
    Result<QHash<QString, StoredBatch>> currentBatches() const;
    Result<QList<BatchSummary>> batchSummaries() const;
    Result<BatchRecord> loadBatch(qint64 recordId) const;
    Result<QHash<QString, SampleOwner>> sampleOwners() const;
    // Samples of current batch records of `productCode` drawn in [from, to], by sample id: never
    // ranked by time, which would put another patient's sample first by chance.
    Result<QList<SampleChoice>> samplesDrawnBetween(const QDateTime &from, const QDateTime &to,
                                                    const QString &productCode) const;
    // Current (not superseded) results, all or of one batch, in a stable order.
    Result<QList<QcResult>> currentResults(const QString &batchNumber = QString()) const;
    Result<QList<StoredResult>> currentResultsOfSamples(const QSet<QString> &sampleIds) const;
    // Who brought the current results of these samples into the store: the user who imported
    // each, and for a result assigned from the unassigned inbox also the user who assigned it.
    Result<QList<ResultBringer>> bringersOfSamples(const QSet<QString> &sampleIds) const;
    Result<QList<InboxItem>> inbox(const QString &state = QString()) const;
    Result<std::optional<InboxItem>> inboxItem(qint64 id) const;
    Result<qint64> inboxSourceFile(qint64 id) const;
    // The latest unassigned result under each key (RecordStore::key) of these sample names.
    Result<QHash<QString, InboxItem>> inboxByKey(const QSet<QString> &sampleIds) const;
    Result<qint64> countResults() const;
    Result<qint64> countOpenInbox() const;

    // --- writes, inside the caller's transaction
    Result<qint64> insertImportFile(const QString &name, const QString &sha256, const QString &kind,
                                    qint64 size, const QString &user);
    Status insertSpecification(const Specification &spec, qint64 fileId);
    // `signatureId` the approval's signature.
    Status insertSpecificationApproval(qint64 specId, qint64 signatureId, const QDateTime &at,
                                       const QDate &effectiveFrom);
    Status insertJudgedAgainst(const QString &batchNumber, qint64 specId, const QString &user,
                               const QString &reason);
    Result<qint64> insertBatch(const BatchRecord &record, int version, const QString &contentHash,
                               qint64 fileId, std::optional<qint64> supersedes,
                               const QString &reason);
    Result<qint64> insertResult(const QcResult &result, const QString &batchNumber, int version,
                                qint64 fileId, std::optional<qint64> supersedes,
                                const QString &reason);
    // The same with the record's rows, or the result's row, encoded ahead by encodeBatch() or
    // encodeResult(): an import encodes them on the thread that checks them, so that the thread
    // that writes only binds them.
    static BoundRows encodeBatch(const BatchRecord &record);
    static BoundRows encodeResult(const QcResult &result, const QString &batchNumber);
    Result<qint64> insertBatch(const BatchRecord &record, const BoundRows &rows, int version,
                               const QString &contentHash, qint64 fileId,
                               std::optional<qint64> supersedes, const QString &reason);
    Result<qint64> insertResult(const QcResult &result, const BoundRows &row, int version,
                                qint64 fileId, std::optional<qint64> supersedes,
                                const QString &reason);
    Status insertInbox(const QcResult &result, qint64 fileId);
    Status resolveInbox(qint64 id, const QString &state, const QString &user, const QString &reason,
                        std::optional<qint64> resultId);

    // Told of every row insertBatch() and insertResult() write, as it is written (null: none).
    void observeInserts(RowObserver *observer) { m_observer = observer; }

    // What makes a result one result, as text: its sample, test and time (`nanos`: past the
    // millisecond).
    static QString key(const QString &sampleId, const QString &testCode, const QDateTime &testedAt,
                       int nanos = 0);

private:
    // The statement kept under `name`, prepared on first use. Reads finish() it when done, so
    // that a kept statement holds no read transaction open.
    QSqlQuery &prepared(const char *name, const QString &sql) const;
    // A statement kept under `name`, on the connection's SQLite handle (see Statement): for the
    // bulk writes of an import and its reads by many keys. Each run resets it, so that a kept
    // statement holds no read transaction open.
    Statement &direct(const char *name, const char *sql) const;
    // Runs `prefix` + "?, ?, ...)" for the `ids` in chunks of one prepared size, passing each
    // row's read(statement) to take().
    template<class Read, class Take>
    Status eachChunk(const QSet<QString> &ids, const char *name, const QByteArray &prefix,
                     const Read &read, const Take &take, const QString &what) const;
    // Runs an INSERT kept by direct() and tells the observer of its row.
    template<class What>
    Status insertRow(Statement &insert, const What &what);
    Result<QList<InboxItem>> inboxWhere(const QString &state, std::optional<qint64> id) const;
    Error failure(const QString &what, const QSqlQuery &q) const;

    QSqlDatabase m_db;
    mutable QHash<QByteArray, std::shared_ptr<QSqlQuery>> m_statements;
    mutable std::shared_ptr<QSqlQuery> m_unprepared; // the last statement that did not prepare
    // Declared after m_db, so finalized before the connection is let go. Looked up by the name
    // as given (std::less<>), without making a QByteArray of it for every row written.
    mutable std::map<QByteArray, std::unique_ptr<Statement>, std::less<>> m_direct;
    mutable std::unique_ptr<Statement> m_undirect;
    RowObserver *m_observer = nullptr;
};

} // namespace rd
