// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/canonical.h"
#include "core/result.h"
#include "security/crypto.h"
#include "store/statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace rd {

class IndexCheck;

// Records bound into the audit chain when they are written (CANONICAL.md, "Record bindings"):
// every table of records belongs to one kind, its rows fall into subjects (a batch's results,
// an account, a site...), and the event that writes or changes a subject records a digest of
// every row the subject holds after the change. The event's `bound` column, covered by its
// hash, is the digest of those bindings. verify recomputes every subject from the rows stored
// now and compares it with the newest binding: an edit, insertion or removal of any row made
// outside ReleaseDesk is found and named, signed or not.
class RecordBindings
{
    Q_DECLARE_TR_FUNCTIONS(rd::RecordBindings)

public:
    enum class Kind {
        Batch,                 // batch_records and their steps, materials, ... by batch number
        Results,               // qc_results by batch number
        Inbox,                 // unassigned_results by source file id
        Specification,         // products, specifications and spec_tests by product code
        ImportFile,            // import_files by id
        Dispositions,          // dispositions by batch number
        BatchState,            // batch_states by batch number
        Signature,             // signatures by id
        Document,              // documents by document id
        Site,                  // sites by name
        TrendRules,            // trend_rules by "product|test"
        TrendBaselines,        // trend_baselines by "product|test"
        Account,               // users, user_keys, key_certificates, password_history by user name
        Meta,                  // meta by key
        Schema,                // schema_migrations by version
        Person,                // account_persons, key_handovers by user name
        SpecificationApproval, // specification_approvals by product code
        BatchSpecification,    // batch_specifications by batch number
        DispositionOutcomes,   // disposition_outcomes by batch number
        RecordIdentifiers,     // record_identifiers by batch number
    };
    static QString id(Kind kind);
    static QList<Kind> kinds();
    // How people read a subject of a kind: "the QC results of batch X".
    static QString describe(const QString &kindId, const QString &subject);

    struct Subject
    {
        Kind kind;
        QString subject;
        bool operator==(const Subject &) const = default;
    };

    // Whether this store has bindings at all (schema 8 and later).
    static bool available(QSqlDatabase db);

    // The digest of every row `subject` holds now, read through `db`.
    static Result<QByteArray> digest(QSqlDatabase db, const Subject &subject);

    // The digest of the bindings of one event, for its `bound` column.
    struct Binding
    {
        QString kind;
        QString subject;
        QByteArray digest;
    };
    static QByteArray eventDigest(qint64 seq, QList<Binding> bindings);
    // The same, fed binding by binding in that order (kind, then subject, by their UTF-8
    // bytes), as verify streams them from record_bindings.
    class EventDigest
    {
    public:
        explicit EventDigest(qint64 seq);
        void add(QByteArrayView kind, QByteArrayView subject, QByteArrayView digest);
        QByteArray finish();

    private:
        crypto::Blake2b m_hash;
        canonical::Buffer m_bytes;
    };

    // The digests of the subjects a bulk write makes, hashed from each row as it is inserted
    // instead of read back once every row is written (an import of thousands of batches wrote
    // them a moment before). Each row is hashed as SQLite stores it: the bound values under the
    // column's affinity, the rowid, the defaults of the columns left out; what cannot be told
    // exactly that way (a value SQLite would convert, a default that is an expression) leaves
    // its kind to be read back. Only the kinds of a batch record and of QC results are taken,
    // and a subject only when this transaction wrote every row it holds, in its order: one
    // that held rows before (a new version of a batch, results added to a batch) is read back.
    // Belongs to the connection's thread, like the statements it is told of.
    class Collector final : public RowObserver
    {
    public:
        explicit Collector(QSqlDatabase db);
        ~Collector() override;
        Collector(const Collector &) = delete;
        Collector &operator=(const Collector &) = delete;

        void inserted(const Statement &insert) override;
        // The digest of `subject` as digest() would read it now, or none when it must be read.
        Result<std::optional<QByteArray>> digest(const Subject &subject);

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

    // Writes the bindings of event `seq` (inside the caller's transaction) and returns the
    // digest for its `bound` column: a subject `collected` has is taken from there.
    static Result<QByteArray> bind(QSqlDatabase db, qint64 seq, const QList<Subject> &subjects,
                                   Collector *collected = nullptr);

    // Every subject of every kind from the rows stored now, as verify compares them; the kinds
    // are read one after the other on `db`, or (with `connections`) several at once.
    using Digests = QHash<QString, QHash<QString, QByteArray>>; // kind -> subject -> digest
    static Result<Digests> digestAll(QSqlDatabase db, const std::function<bool()> &cancelled = {});
    // With `indexes`, the scan of each table it expects a feed of (IndexCheck::expectFeed)
    // gives it that table's rows too.
    static Result<Digests> digestKinds(QSqlDatabase db, const QList<Kind> &kinds,
                                       const std::function<bool()> &cancelled = {},
                                       IndexCheck *indexes = nullptr);
    // The tables that digestKinds() reads whole for `kinds`, each row once: the ones whose
    // rows it can give an index check.
    static QStringList wholeTables(const QList<Kind> &kinds);
    // The digest of a subject with no rows at all (a removal recorded as such).
    static QByteArray emptyDigest(const QString &kindId, const QString &subject);
};

} // namespace rd
