// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/storeverifier.h"

#include "audit/audittrail.h"
#include "audit/recordbindings.h"
#include "core/parallel.h"
#include "review/specificationservice.h"
#include "security/esignature.h"
#include "security/keydirectory.h"
#include "session/session.h"
#include "store/indexcheck.h"
#include "store/migrations.h"
#include "store/rows.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <thread>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// How long each part of a verify took (QT_LOGGING_RULES="releasedesk.verify.debug=true"): what
// to look at first when a large store verifies slowly.
Q_LOGGING_CATEGORY(lcVerify, "releasedesk.verify", QtWarningMsg)

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
    bool operator==(const SchemaObject &) const = default;
};

// name -> object; SQLite's own objects (sqlite_autoindex_..., sqlite_sequence) are left out:
// SQLite makes them for constraints that are compared through their tables' SQL.
using Schema = std::map<QString, SchemaObject>;

Result<Schema> schemaOf(sqlite3 *db)
{
    Schema out;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT type, name, tbl_name, sql FROM sqlite_master "
                           "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                           -1, &stmt, nullptr) != SQLITE_OK) {
        return Error(ErrorCode::Database, StoreVerifier::tr("Cannot read the database schema: %1")
                                              .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    int rc;
    const auto text = [stmt](int i) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
        return t ? QString::fromUtf8(t) : QString();
    };
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        out[text(1)] = SchemaObject{text(0), text(2), text(3)};
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return Error(ErrorCode::Database, StoreVerifier::tr("Cannot read the database schema: %1")
                                              .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return out;
}

// The schema every migration makes, in a database of its own in memory.
Result<Schema> expectedSchema()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return Error(ErrorCode::Database,
                     StoreVerifier::tr("Cannot build the expected schema in memory."));
    }
    for (const Migrations::Step &step : Migrations::all()) {
        char *message = nullptr;
        if (sqlite3_exec(db, step.script, nullptr, nullptr, &message) != SQLITE_OK) {
            const QString why = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            sqlite3_close_v2(db);
            return Error(ErrorCode::Database,
                         StoreVerifier::tr("Cannot build the expected schema (migration %1): %2")
                             .arg(step.version)
                             .arg(why));
        }
    }
    Result<Schema> out = schemaOf(db);
    sqlite3_close_v2(db);
    return out;
}

sqlite3 *handleOf(QSqlDatabase db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

QString typeName(const QString &type)
{
    if (type == u"table"_s)
        return StoreVerifier::tr("table");
    if (type == u"index"_s)
        return StoreVerifier::tr("index");
    if (type == u"trigger"_s)
        return StoreVerifier::tr("trigger");
    return StoreVerifier::tr("view");
}

} // namespace

Result<QString> StoreVerifier::compareSchema(QSqlDatabase db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Error(ErrorCode::Database, tr("Cannot read the database schema: no connection."));
    Result<Schema> expected = expectedSchema();
    if (!expected)
        return expected.error();
    Result<Schema> actual = schemaOf(handle);
    if (!actual)
        return actual.error();
    for (const auto &[name, object] : expected.value()) {
        const auto it = actual->find(name);
        if (it == actual->end())
            return tr("The %1 %2 is missing from the database: it was removed outside "
                      "ReleaseDesk.")
                .arg(typeName(object.type), name);
        if (!(it->second == object))
            return tr("The %1 %2 is not the one ReleaseDesk made: it was replaced outside "
                      "ReleaseDesk (it now reads: %3).")
                .arg(typeName(object.type), name, it->second.sql.simplified().left(160));
    }
    for (const auto &[name, object] : actual.value()) {
        if (expected->find(name) == expected->end())
            return tr("The database holds the %1 %2, which ReleaseDesk never made: it was added "
                      "outside ReleaseDesk.")
                .arg(typeName(object.type), name);
    }
    return QString();
}

namespace {

// A damaged store is a finding of verify, named in its one line; any other failure is an error.
Result<QString> asFinding(const Status &s)
{
    if (s)
        return QString();
    if (s.error().code() == ErrorCode::StoreDamaged)
        return s.error().message();
    return s.error();
}

} // namespace

Result<QString> StoreVerifier::checkIntegrity(QSqlDatabase db)
{
    return asFinding(Store::checkIntegrity(db));
}

Result<QString> StoreVerifier::checkIntegrity(QSqlDatabase db, IndexCheck &indexes,
                                              const std::function<bool()> &cancelled)
{
    if (const Status s = Store::checkPages(db); !s)
        return asFinding(s);
    return asFinding(Store::checkIndexes(db, indexes, cancelled));
}

Result<StoreVerification> StoreVerifier::run(const Session &session, const Options &options)
{
    const Store &store = session.store();
    QSqlDatabase db = store.connection();
    const QString storeId = store.storeId();
    StoreVerification result;
    AuditVerification &a = result.audit;
    const auto fail = [&](qint64 seq, const QString &problem) -> Result<StoreVerification> {
        a.ok = false;
        a.failedSeq = seq;
        a.problem = problem;
        return result;
    };
    result.rootFingerprint = StoreRoot::fingerprint(storeId, session.rootPublicKey());
    if (!options.expectedFingerprint.isEmpty() &&
        !StoreRoot::matches(options.expectedFingerprint, result.rootFingerprint)) {
        return fail(0, tr("The store's root is %1, not %2 as expected: this is not the store "
                          "whose fingerprint you hold, or its root was replaced.")
                           .arg(result.rootFingerprint, options.expectedFingerprint.trimmed()));
    }

    // The schema: triggers and indexes compared by their SQL, not by their names.
    Result<QString> schema = compareSchema(db);
    if (!schema)
        return schema.error();
    if (!schema->isEmpty())
        return fail(0, schema.value());

    Result<KeySlotFile> header = KeySlotFile::load(store.paths().keyslots());
    if (!header)
        return header.error();
    Result<KeyDirectory> directory = KeyDirectory::load(db, storeId, session.rootPublicKey());
    if (!directory)
        return directory.error();
    QList<qint64> keyIds = directory->keys().keys();
    std::sort(keyIds.begin(), keyIds.end());
    for (const qint64 id : std::as_const(keyIds)) {
        const CertifiedKey &k = directory->keys()[id];
        if (!k.certified())
            return fail(0, tr("Signing key %1 cannot be trusted: %2").arg(id).arg(k.problem));
        ++result.certificates;
    }
    // The anchors: each signed by its signer's certified key.
    for (const CheckpointAnchor &anchor : std::as_const(header->anchors)) {
        const QString problem = directory->signerProblem(anchor.keyId, anchor.userName, anchor.seq);
        const QByteArray key =
            anchor.keyId == KeyCertificate::kRootKeyId
                ? session.rootPublicKey()
                : (problem.isEmpty() ? directory->find(anchor.keyId)->cert.publicKey
                                     : QByteArray());
        if (!problem.isEmpty() || anchor.signedSeq != anchor.seq - 1 ||
            !crypto::verifySignature(
                key, AuditTrail::checkpointMessage(storeId, anchor.signedSeq, anchor.signedHead),
                anchor.signature)) {
            return fail(anchor.seq,
                        tr("keyslots.json records a checkpoint of %1 at event %2 that %1's "
                           "certified key did not sign: keyslots.json was altered.")
                            .arg(anchor.userName)
                            .arg(anchor.seq));
        }
    }

    // The chain is walked here, on half the cores; the other half take, one after the other
    // and each on a connection of its own, the checks that do not need it: the Ed25519 checks
    // of the signatures in two halves first (so that their verdicts are in when the walk ends),
    // then SQLite's page and index checks and the records as they are now (the two largest
    // kinds apart from the rest). Once its walk has ended, this thread compares the signatures
    // with what the walk collected and takes the parts not yet begun. No more threads than
    // cores: with more, each part costs more.
    const int threads = computeThreads();
    const int chainThreads = std::max(1, threads / 2);
    const QList<RecordBindings::Kind> large = {RecordBindings::Kind::Dispositions,
                                               RecordBindings::Kind::Results};
    QList<RecordBindings::Kind> rest = RecordBindings::kinds();
    for (const RecordBindings::Kind k : large)
        rest.removeAll(k);
    std::optional<Result<RecordBindings::Digests>> digests, moreDigests;
    std::optional<Result<QString>> integrity;
    std::array<std::optional<Result<ESignatures::Verdicts>>, 2> verdicts;
    std::atomic<std::size_t> verdictsDone = 0;
    std::atomic<bool> cancelled = false;
    // The index check reads each index here; the table side of the audit trail's comes from
    // the chain walk, which reads every event anyway.
    Result<std::unique_ptr<IndexCheck>> indexCheck = IndexCheck::prepare(db);
    if (!indexCheck)
        return indexCheck.error();
    indexCheck.value()->expectFeed(u"audit_events"_s);
    // With the trail in one run, the order of the record bindings too.
    if (chainThreads == 1)
        indexCheck.value()->expectOrderedFeed(u"record_bindings"_s);
    // And every table the digests read whole, from their scans.
    for (const QString &table : RecordBindings::wholeTables(RecordBindings::kinds()))
        indexCheck.value()->expectFeed(table);
    // The signatures' ids, in two halves.
    qint64 firstId = 0;
    qint64 lastId = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM signatures"_s))
            return Store::errorFrom(tr("Cannot read the signatures"), q.lastError());
        const Result<bool> found = nextRow(q, tr("Cannot read the signatures"));
        if (!found)
            return found.error();
        firstId = q.value(0).toLongLong();
        lastId = q.value(1).toLongLong();
    }
    const qint64 middleId = firstId + (lastId - firstId) / 2;
    const auto isCancelled = [&cancelled] { return cancelled.load(); };
    // Each part on the connection of the thread that takes it, its time in the debug log.
    using Part = std::function<void(QSqlDatabase)>;
    const auto timed = [](QString what, Part part) -> Part {
        return [what = std::move(what), part = std::move(part)](QSqlDatabase on) {
            QElapsedTimer t;
            t.start();
            part(std::move(on));
            qCDebug(lcVerify, "%s: %lld ms", qPrintable(what), t.elapsed());
        };
    };
    const auto checkSignatures = [&](std::size_t half, qint64 from, qint64 to) {
        return timed(u"Ed25519 checks of signatures %1 to %2"_s.arg(from).arg(to),
                     [&, half, from, to](QSqlDatabase on) {
                         verdicts[half] = ESignatures::Verdicts::check(
                             std::move(on), storeId, directory.value(), from, to, isCancelled);
                         ++verdictsDone; // after the verdicts are in place
                     });
    };
    const std::vector<Part> sideParts = {
        checkSignatures(0, firstId, middleId),
        checkSignatures(1, middleId + 1, lastId),
        timed(u"SQLite's page check and the index check"_s,
              [&](QSqlDatabase on) {
                  integrity = checkIntegrity(std::move(on), *indexCheck.value(), isCancelled);
              }),
        timed(u"digests of dispositions and results"_s,
              [&](QSqlDatabase on) {
                  digests = RecordBindings::digestKinds(std::move(on), large, isCancelled,
                                                        indexCheck.value().get());
              }),
        timed(u"digests of the other records"_s,
              [&](QSqlDatabase on) {
                  moreDigests = RecordBindings::digestKinds(std::move(on), rest, isCancelled,
                                                            indexCheck.value().get());
              }),
    };
    std::atomic<std::size_t> nextSidePart = 0;
    const auto takeSideParts = [&](const QSqlDatabase &on) {
        for (std::size_t i; (i = nextSidePart++) < sideParts.size();)
            sideParts[i](on);
    };
    std::vector<std::thread> side;
    for (int i = 0; i < std::max(1, threads - chainThreads); ++i) {
        side.emplace_back([&] {
            const ThreadConnection connection(store);
            takeSideParts(connection.database());
        });
    }
    QElapsedTimer chainTimer;
    chainTimer.start();
    AuditVerifier verifier(db, storeId, directory.value(), header->anchors.values());
    verifier.feedIndexCheck(indexCheck.value().get());
    const AuditVerifier::Progress progress = [&](qint64 done, qint64 total) {
        const bool go = !options.progress || options.progress(done, total);
        if (!go)
            cancelled = true;
        return go;
    };
    Result<AuditVerification> audit = verifier.run(store, chainThreads, progress);
    qCDebug(lcVerify, "audit chain: %lld ms", chainTimer.elapsed());
    if (!audit || !audit->ok)
        cancelled = true; // the walk's answer is the verdict; the rest need not go on
    // The signatures against what the walk collected, with the Ed25519 verdicts made ahead:
    // now, when those are in, or once every part has ended.
    std::optional<Result<SignatureVerification>> signatures;
    const auto checkSignaturesAgainstWalk = [&] {
        ESignatures::Verdicts ahead;
        for (const std::optional<Result<ESignatures::Verdicts>> &v : verdicts) {
            if (!v->ok()) {
                signatures = v->error();
                return;
            }
            ahead.add(v->value());
        }
        signatures = ESignatures::verifyAll(db, storeId, directory.value(), audit->signings,
                                            chainThreads, &ahead);
        qCDebug(lcVerify, "... then the signatures: %lld ms", chainTimer.elapsed());
    };
    if (audit && audit->ok && verdictsDone.load() == verdicts.size())
        checkSignaturesAgainstWalk();
    takeSideParts(db);
    for (std::thread &t : side)
        t.join();
    if (audit && audit->ok && !signatures)
        checkSignaturesAgainstWalk();
    if (!audit)
        return audit.error();
    result.audit = std::move(audit.value());
    if (!result.audit.ok)
        return result;

    // SQLite's page and structure checks.
    if (!integrity->ok())
        return integrity->error();
    if (!integrity->value().isEmpty())
        return fail(0, integrity->value());
    // The tables whose rows the walk and the digests fed: only once both read them whole.
    if (!digests->ok())
        return digests->error();
    if (!moreDigests->ok())
        return moreDigests->error();
    if (const QString fed = indexCheck.value()->compareFed(); !fed.isEmpty())
        return fail(0, Store::indexDamage(db, fed).message());

    // Every record against its newest binding, both ways.
    RecordBindings::Digests now = std::move(digests->value());
    now.insert(moreDigests->value());
    const auto &bound = result.audit.bindings;
    for (auto kind = now.cbegin(); kind != now.cend(); ++kind) {
        const QHash<QString, LatestBinding> latest = bound.value(kind.key());
        for (auto it = kind->cbegin(); it != kind->cend(); ++it) {
            // Named only when it is the one: composing it for each of the records costs.
            const auto what = [&] { return RecordBindings::describe(kind.key(), it.key()); };
            const auto b = latest.constFind(it.key());
            if (b == latest.cend())
                return fail(0, tr("Written outside ReleaseDesk, as no audit event recorded it: "
                                  "%1.")
                                   .arg(what()));
            if (b->digest != it.value())
                return fail(b->seq, tr("Changed after audit event %1 recorded it: %2 (the rows "
                                       "are not the ones written then).")
                                        .arg(b->seq)
                                        .arg(what()));
            ++result.records;
        }
    }
    for (auto kind = bound.cbegin(); kind != bound.cend(); ++kind) {
        const QHash<QString, QByteArray> current = now.value(kind.key());
        for (auto it = kind->cbegin(); it != kind->cend(); ++it) {
            if (current.contains(it.key()))
                continue;
            if (it->digest != RecordBindings::emptyDigest(kind.key(), it.key()))
                return fail(it->seq, tr("Removed after audit event %1 recorded it: %2.")
                                         .arg(it->seq)
                                         .arg(RecordBindings::describe(kind.key(), it.key())));
        }
    }

    // The electronic signatures.
    if (!signatures->ok())
        return signatures->error();
    result.signatures = signatures->value().signatures;
    if (!signatures->value().ok)
        return fail(0, signatures->value().problem);
    // What put each specification version in force.
    Result<QString> approvals = SpecificationService::verifyApprovals(db, storeId);
    if (!approvals)
        return approvals.error();
    if (!approvals->isEmpty())
        return fail(0, approvals.value());

    for (const KeySlot &slot : std::as_const(header->userSlots)) {
        if (slot.kdf.cost.isBelowStandard()) {
            result.warnings
                << tr("The key slot of \"%1\" uses the test-only minimum Argon2id cost; "
                      "reset that password.")
                       .arg(slot.userName);
        }
    }
    if (header->recovery && header->recovery->kdf.cost.isBelowStandard())
        result.warnings << tr("The recovery slot uses the test-only minimum Argon2id cost.");
    if (!header->rekeyDue.isEmpty()) {
        result.warnings << tr("A re-key is due (%1): until it is done, a copy of a removed key "
                              "slot still opens records.db. Run releasedesk rekey with nothing "
                              "else open.")
                               .arg(header->rekeyDue);
    }
    return result;
}

} // namespace rd
