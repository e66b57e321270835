// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditverifier.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "security/crypto.h"
#include "security/keydirectory.h"
#include "store/indexcheck.h"
#include "store/statement.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace rd {

AuditVerifier::AuditVerifier(QSqlDatabase db, QString storeId, const KeyDirectory &keys,
                             QList<CheckpointAnchor> anchors)
    : m_db(std::move(db))
    , m_storeId(std::move(storeId))
    , m_keys(keys)
    , m_anchors(std::move(anchors))
{}

// One run of events checked by one thread, and what it found.
struct AuditVerifier::Run
{
    qint64 from = 1;                    // the first event checked
    qint64 to = 0;                      // the last; 0: to the end of the trail
    const Progress *progress = nullptr; // the calling thread's run reports for all
    std::atomic<qint64> *done = nullptr;
    std::atomic<bool> *stop = nullptr;
    qint64 total = 0;

    qint64 events = 0;
    qint64 checkpoints = 0;
    QHash<qint64, QByteArray> anchorHashes;    // seq of an anchor -> hash of the event there
    QHash<QByteArray, LatestBinding> bindings; // "kind\0subject" in UTF-8 -> newest binding
    RecordedSignings signings;
    bool found = false; // a problem, at failedSeq
    qint64 failedSeq = 0;
    QString problem;
    bool cancelled = false;
};

namespace {

// A row's values are taken from the statement once each (sqlite3_column_value) and read from
// there: a call of sqlite3_column_*() for each read costs more than the read, over millions of
// rows. The connection is the walking thread's alone, so the unprotected values are safe to read.
AuditTrail::StoredText textAt(sqlite3_value *v)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return {data ? data : "", sqlite3_value_bytes(v)};
}

QByteArrayView blobAt(sqlite3_value *v)
{
    const auto *data = static_cast<const char *>(sqlite3_value_blob(v));
    return {data, sqlite3_value_bytes(v)};
}

QString decoded(const AuditTrail::StoredText &t)
{
    return t.data ? QString::fromUtf8(t.data, t.size) : QString();
}

bool isCheckpoint(const AuditTrail::StoredText &action)
{
    const QByteArrayView a(action.data, action.size);
    return action.data && (a == QByteArrayView(audit::kSessionLocked) ||
                           a == QByteArrayView(audit::kSessionClosed) ||
                           a == QByteArrayView(audit::kSecurityCheckpoint));
}

} // namespace

Status AuditVerifier::walk(QSqlDatabase db, Run &run) const
{
    const auto fail = [&run](qint64 seq, const QString &problem) {
        run.found = true;
        run.failedSeq = seq;
        run.problem = problem;
        return Status();
    };
    // In the store's words, as every other read: a page that fails its check is damage.
    const auto readError = [](sqlite3 *h) {
        return Store::errorFrom(
            tr("Cannot read the audit trail"),
            QSqlError(QString(), QString::fromUtf8(h ? sqlite3_errmsg(h) : "no connection"),
                      QSqlError::StatementError, QString::number(sqlite3_errcode(h) & 0xff)));
    };
    // Read from the connection's own SQLite handle: the chain is read row by row as stored,
    // without a QVariant and a UTF-16 copy of every field of a million events.
    // The columns of AuditTrail::eventColumns(), in its order.
    const Statement select(db, "SELECT seq, at_utc, utc_offset, user_name, action, entity_type, "
                               "entity_id, field, old_value, new_value, reason, prev_hash, hash, "
                               "bound FROM audit_events WHERE seq >= ? ORDER BY seq");
    // The record bindings of the same events, read beside them in the same order. One walk of
    // the whole trail reads them all, from the first row stored to the last, and so gives the
    // index check the order of that table's rows (a run of a part of the trail seeks, and a
    // seek in rows out of order can pass over some).
    const QString bindingsTable = u"record_bindings"_s;
    const bool feedsBindings = m_indexCheck && m_indexCheck->expectsFeed(bindingsTable);
    const bool whole = run.from == 1 && run.to == 0;
    if (feedsBindings && !whole) {
        return Error(ErrorCode::Unsupported,
                     tr("The order of the record bindings can only be checked by one walk of the "
                        "whole audit trail."));
    }
    const QByteArray bindingSql =
        feedsBindings
            ? "SELECT seq, kind, subject, digest FROM " + m_indexCheck->orderedFrom(bindingsTable) +
                  " ORDER BY seq, kind, subject"
            : QByteArray("SELECT seq, kind, subject, digest FROM record_bindings "
                         "WHERE seq >= ? AND seq <= ? ORDER BY seq, kind, subject");
    const Statement bindingRows(db, bindingSql.constData());
    sqlite3_stmt *b = bindingRows.get();
    if (!b)
        return readError(bindingRows.connection());
    if (!feedsBindings &&
        (sqlite3_bind_int64(b, 1, run.from == 1 ? 0 : run.from) != SQLITE_OK ||
         sqlite3_bind_int64(b, 2, run.to > 0 ? run.to : std::numeric_limits<qint64>::max()) !=
             SQLITE_OK))
        return readError(bindingRows.connection());
    std::unique_ptr<IndexCheck::Feed> bindingsFeed;
    if (feedsBindings && !(bindingsFeed = m_indexCheck->feed(bindingsTable, b))) {
        return Error(ErrorCode::Unsupported,
                     tr("The order of the record bindings cannot be checked from the walk."));
    }
    bool bindingRow = false;
    qint64 bindingSeq = 0; // of the binding row there is
    const auto nextBinding = [&]() -> Status {
        const int rc = sqlite3_step(b);
        bindingRow = rc == SQLITE_ROW;
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return readError(bindingRows.connection());
        if (bindingRow && bindingsFeed)
            bindingsFeed->add(b);
        bindingSeq = bindingRow ? sqlite3_column_int64(b, 0) : 0;
        return {};
    };
    if (Status s = nextBinding(); !s)
        return s;
    const auto strayBinding = [&](qint64 seq) {
        return fail(seq, tr("The record bindings name event %1, which records no bindings: they "
                            "were added outside ReleaseDesk.")
                             .arg(seq));
    };
    sqlite3_stmt *q = select.get();
    sqlite3 *h = select.connection();
    // From the event before the run: its stored hash is what the run's first event must link to.
    // The first run reads from the lowest seq there is: a row put before event 1 by hand is
    // named ("appears out of order"), as the one walk names it.
    const qint64 lowest = run.from == 1 ? std::numeric_limits<qint64>::min() : run.from - 1;
    if (!q || sqlite3_bind_int64(q, 1, lowest) != SQLITE_OK)
        return readError(h);
    // The table side of the audit trail's indexes, from this same read of every event.
    std::unique_ptr<IndexCheck::Feed> feed;
    if (m_indexCheck) {
        feed = m_indexCheck->feed(u"audit_events"_s, q);
        if (!feed) {
            return Error(ErrorCode::Unsupported,
                         tr("The indexes of the audit trail cannot be checked from its walk."));
        }
    }
    const auto step = [q, h, &readError](bool &row) -> Status {
        const int rc = sqlite3_step(q);
        row = rc == SQLITE_ROW;
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return readError(h);
        return {};
    };
    bool row = false;

    std::string expectedPrev; // keeps its memory from one event to the next
    if (run.from == 1) {
        expectedPrev = AuditTrail::genesisHash(m_storeId).toStdString();
    } else {
        // Without the event before, the run before this one finds the gap and names it.
        if (Status s = step(row); !s)
            return s;
        if (!row || sqlite3_column_int64(q, 0) != run.from - 1)
            return {};
        const QByteArrayView stored = blobAt(sqlite3_column_value(q, 12));
        expectedPrev.assign(stored.data(), std::size_t(stored.size()));
    }
    qint64 expectedSeq = run.from;
    canonical::Buffer scratch; // each event's canonical form, in turn
    QByteArray bindingKey;     // each binding's "kind\0subject", in turn
    for (;;) {
        if (Status s = step(row); !s)
            return s;
        if (!row)
            break;
        std::array<sqlite3_value *, 14> v;
        for (int i = 0; i < int(v.size()); ++i)
            v[std::size_t(i)] = sqlite3_column_value(q, i);
        const qint64 seq = sqlite3_value_int64(v[0]);
        if (run.to > 0 && seq > run.to) {
            // The next run checks this event; only a gap before it is this run's to name.
            if (seq != expectedSeq) {
                return fail(expectedSeq,
                            tr("Event %1 is missing: the audit trail jumps from event %2 to %3.")
                                .arg(expectedSeq)
                                .arg(expectedSeq - 1)
                                .arg(seq));
            }
            break;
        }
        if (feed)
            feed->add(q); // before any read below converts a value
        // Types first: reading a value as text may convert it, and its type with it.
        // ReleaseDesk writes text (or NULL) in every text column and an integer offset; any
        // other type was put there by hand.
        bool typed =
            sqlite3_value_type(v[1]) == SQLITE_TEXT && sqlite3_value_type(v[2]) == SQLITE_INTEGER;
        for (std::size_t i = 0; i < 8 && typed; ++i) {
            const int type = sqlite3_value_type(v[3 + i]);
            typed = type == SQLITE_TEXT || type == SQLITE_NULL;
        }
        AuditTrail::StoredEvent e;
        e.seq = seq;
        e.time = textAt(v[1]);
        e.utcOffsetSeconds = sqlite3_value_int64(v[2]);
        for (std::size_t i = 0; i < 8; ++i) {
            if (sqlite3_value_type(v[3 + i]) != SQLITE_NULL) // NULL stays NULL when read
                e.texts[i] = textAt(v[3 + i]);
        }
        const AuditTrail::StoredText &user = e.texts[0];
        const AuditTrail::StoredText &action = e.texts[1];
        const QByteArrayView prevHash = blobAt(v[11]);
        const QByteArrayView hash = blobAt(v[12]);
        const auto storedTime = [&e] { return decoded(e.time); };
        // Only a failure names the event: composing it for each of a million would cost more
        // than checking them.
        const auto what = [&] {
            return tr("event %1 (%2 by %3 at %4)")
                .arg(seq)
                .arg(decoded(action), decoded(user), storedTime());
        };
        if (seq != expectedSeq) {
            return fail(expectedSeq,
                        seq > expectedSeq
                            ? tr("Event %1 is missing: the audit trail jumps from event %2 to %3.")
                                  .arg(expectedSeq)
                                  .arg(expectedSeq - 1)
                                  .arg(seq)
                            : tr("Event %1 appears out of order.").arg(seq));
        }
        if (!isStoredTimeForm(QByteArrayView(e.time.data, e.time.size))) {
            return fail(seq, tr("%1: its time \"%2\" is not in the stored form; it was edited "
                                "outside ReleaseDesk.")
                                 .arg(what(), storedTime()));
        }
        if (prevHash != QByteArrayView(expectedPrev.data(), qsizetype(expectedPrev.size()))) {
            return fail(seq, tr("%1: its link to the previous event does not match; an earlier "
                                "event was changed or removed.")
                                 .arg(what()));
        }
        const int boundType = sqlite3_value_type(v[13]);
        typed = typed && (boundType == SQLITE_NULL || boundType == SQLITE_BLOB);
        e.bound = blobAt(v[13]);
        if (!typed ||
            !crypto::constantTimeEquals(AuditTrail::computeHash(prevHash, e, scratch), hash)) {
            return fail(seq, tr("%1: its content does not match its hash; it was altered after "
                                "it was written.")
                                 .arg(what()));
        }
        // What the event bound: its bindings must give its digest.
        if (bindingRow && bindingSeq < seq)
            return strayBinding(bindingSeq);
        if (!e.bound.isEmpty() || (bindingRow && bindingSeq == seq)) {
            // Read in the table's key order, which is the order of the event's digest.
            RecordBindings::EventDigest digest(seq);
            while (bindingRow && bindingSeq == seq) {
                const AuditTrail::StoredText kind = textAt(sqlite3_column_value(b, 1));
                const AuditTrail::StoredText subject = textAt(sqlite3_column_value(b, 2));
                const QByteArrayView bound = blobAt(sqlite3_column_value(b, 3));
                digest.add(QByteArrayView(kind.data, kind.size),
                           QByteArrayView(subject.data, subject.size), bound);
                bindingKey.truncate(0); // keeps its capacity, unlike clear()
                bindingKey.append(kind.data, kind.size)
                    .append('\0')
                    .append(subject.data, subject.size);
                if (const auto known = run.bindings.find(bindingKey); known != run.bindings.end()) {
                    // Over the digest it holds, without a new allocation for each binding.
                    known->seq = seq;
                    if (known->digest.size() == bound.size() && known->digest.isDetached())
                        std::memcpy(known->digest.data(), bound.data(), std::size_t(bound.size()));
                    else
                        known->digest = bound.toByteArray();
                } else {
                    run.bindings.insert(bindingKey, {seq, bound.toByteArray()});
                }
                if (Status s = nextBinding(); !s)
                    return s;
            }
            if (e.bound.isEmpty())
                return strayBinding(seq);
            if (QByteArrayView(digest.finish()) != e.bound) {
                return fail(seq, tr("%1: the record bindings it wrote were changed or removed "
                                    "outside ReleaseDesk.")
                                     .arg(what()));
            }
        }
        if (const QByteArrayView a(action.data, action.size);
            a == QByteArrayView(audit::kBatchSigned) ||
            a == QByteArrayView(audit::kSpecificationApproved)) {
            const AuditTrail::StoredText &newValue = e.texts[6];
            const QJsonObject p =
                QJsonDocument::fromJson(QByteArray(newValue.data, newValue.size)).object();
            run.signings.insert(
                p.value(u"signatureId"_s).toInteger(),
                {seq, decoded(e.texts[3]),
                 QByteArray::fromBase64(p.value(u"signature"_s).toString().toLatin1()),
                 prevHash.toByteArray()});
        }
        if (isCheckpoint(action)) {
            const AuditTrail::StoredText &newValue = e.texts[6];
            const QJsonObject p =
                QJsonDocument::fromJson(QByteArray(newValue.data, newValue.size)).object();
            const qint64 keyId = p.value(u"keyId"_s).toInteger();
            const qint64 signedSeq = p.value(u"signedSeq"_s).toInteger(-1);
            const QByteArray signedHead =
                QByteArray::fromHex(p.value(u"signedHead"_s).toString().toLatin1());
            const QByteArray signature =
                QByteArray::fromBase64(p.value(u"signature"_s).toString().toLatin1());
            const QString userName = decoded(user);
            if (const QString problem = m_keys.signerProblem(keyId, userName, seq);
                !problem.isEmpty()) {
                return fail(seq, tr("Checkpoint %1 cannot be trusted: %2").arg(what(), problem));
            }
            const QByteArray publicKey = keyId == KeyCertificate::kRootKeyId
                                             ? m_keys.rootPublicKey()
                                             : m_keys.find(keyId)->cert.publicKey;
            if (signedSeq != seq - 1 || QByteArrayView(signedHead) != prevHash ||
                !crypto::verifySignature(
                    publicKey, AuditTrail::checkpointMessage(m_storeId, signedSeq, signedHead),
                    signature)) {
                return fail(seq, tr("Checkpoint %1: %2's signature does not match the audit "
                                    "trail up to event %3; the trail before it was rewritten.")
                                     .arg(what(), userName)
                                     .arg(seq - 1));
            }
            ++run.checkpoints;
        }
        for (const CheckpointAnchor &a : m_anchors) {
            if (a.seq == seq)
                run.anchorHashes.insert(seq, hash.toByteArray());
        }

        expectedPrev.assign(hash.data(), std::size_t(hash.size()));
        ++expectedSeq;
        ++run.events;
        if ((run.events & 0xFFF) == 0) {
            const qint64 done = run.done->fetch_add(0x1000) + 0x1000;
            if (run.stop->load() ||
                (run.progress && *run.progress && !(*run.progress)(done, run.total))) {
                run.stop->store(true);
                run.cancelled = true;
                return {};
            }
        }
    }
    if (feed)
        m_indexCheck->add(*feed);
    if (bindingRow) {
        // Bindings past the last event: the events that wrote them are gone.
        return fail(bindingSeq,
                    tr("The audit trail ends at event %1, but record bindings of event %2 remain: "
                       "events were removed from the end.")
                        .arg(expectedSeq - 1)
                        .arg(bindingSeq));
    }
    if (bindingsFeed)
        m_indexCheck->add(*bindingsFeed); // every row read, to the end
    return {};
}

Result<AuditVerification> AuditVerifier::run(const Progress &progress) const
{
    return runs(nullptr, 1, progress, 1);
}

Result<AuditVerification> AuditVerifier::run(const Store &store, int threads,
                                             const Progress &progress, qint64 minimumPerRun) const
{
    return runs(&store, threads, progress, minimumPerRun);
}

Result<AuditVerification> AuditVerifier::runs(const Store *store, int threads,
                                              const Progress &progress, qint64 minimumPerRun) const
{
    AuditVerification report;
    QSqlQuery q(m_db);
    qint64 total = 0;
    qint64 last = 0;
    if (q.exec(u"SELECT count(*), max(seq) FROM audit_events"_s) && q.next()) {
        total = q.value(0).toLongLong();
        last = q.value(1).toLongLong();
    }
    q.finish();
    const qint64 count = store ? std::clamp<qint64>(last / std::max<qint64>(minimumPerRun, 1), 1,
                                                    std::clamp(threads, 1, 8))
                               : 1;
    const qint64 size = last / count;
    std::atomic<qint64> done = 0;
    std::atomic<bool> stop = false;
    std::vector<Run> parts(static_cast<std::size_t>(count));
    std::vector<Status> statuses(static_cast<std::size_t>(count));
    for (qint64 k = 0; k < count; ++k) {
        Run &r = parts[static_cast<std::size_t>(k)];
        r.from = k * size + 1;
        r.to = k + 1 == count ? 0 : (k + 1) * size;
        r.done = &done;
        r.stop = &stop;
        r.total = total;
    }
    parts.front().progress = &progress;
    std::vector<std::thread> workers;
    std::atomic<std::size_t> ended = 0;
    for (std::size_t k = 1; k < parts.size(); ++k) {
        workers.emplace_back([this, store, &parts, &statuses, &stop, &ended, k] {
            {
                const ThreadConnection connection(*store);
                statuses[k] = walk(connection.database(), parts[k]);
            }
            if (!statuses[k])
                stop = true;
            ++ended;
        });
    }
    statuses.front() = walk(m_db, parts.front());
    if (!statuses.front())
        stop = true;
    // The calling thread goes on reporting progress, and taking a cancel, until all are done.
    while (ended.load() < workers.size()) {
        if (!stop && progress && !progress(done.load(), total))
            stop = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    for (std::thread &t : workers)
        t.join();

    // In the trail's order: the first run with a problem names the first thing wrong, as the
    // one walk would, when every run before it went to its end (a run's problem does not stop
    // the others; a cancel or a read error does, and is the answer then).
    std::optional<Error> readError;
    for (const Status &s : statuses) {
        if (!s && !readError)
            readError = s.error();
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const Run &r = parts[k];
        if (r.found) {
            report.ok = false;
            report.failedSeq = r.failedSeq;
            report.problem = r.problem;
            report.events = std::max<qint64>(0, r.failedSeq - 1);
            for (std::size_t i = 0; i <= k; ++i)
                report.checkpoints += parts[i].checkpoints;
            return report;
        }
        if (!statuses[k])
            return statuses[k].error();
        if (r.cancelled)
            return readError ? *readError
                             : Error(ErrorCode::Cancelled, tr("Verification cancelled."));
    }
    return finish(report, parts, progress, total);
}

AuditVerification AuditVerifier::finish(AuditVerification report, std::vector<Run> &runs,
                                        const Progress &progress, qint64 total) const
{
    QHash<qint64, QByteArray> anchorHashes;
    for (Run &r : runs) {
        report.events += r.events;
        report.checkpoints += r.checkpoints;
        anchorHashes.insert(r.anchorHashes);
        report.signings.insert(r.signings); // in the trail's order: a later one wins, as ever
        r.signings.clear();
        // Runs are in the trail's order: a later run's binding of a subject is the newer one.
        for (auto it = r.bindings.cbegin(); it != r.bindings.cend(); ++it) {
            const qsizetype zero = it.key().indexOf('\0');
            report.bindings[QString::fromUtf8(it.key().left(zero))].insert(
                QString::fromUtf8(it.key().mid(zero + 1)), it.value());
        }
        r.bindings.clear();
    }
    const auto fail = [&report](qint64 seq, const QString &problem) {
        report.ok = false;
        report.failedSeq = seq;
        report.problem = problem;
        return report;
    };
    if (m_anchors.isEmpty() && report.checkpoints > 0) {
        return fail(0, tr("keyslots.json records no checkpoint, though the audit trail holds %1: "
                          "keyslots.json was replaced with an older or foreign copy.")
                           .arg(report.checkpoints));
    }
    for (const CheckpointAnchor &anchor : m_anchors) {
        if (anchor.seq > report.events) {
            return fail(report.events + 1,
                        tr("The audit trail ends at event %1, but keyslots.json records a "
                           "checkpoint of %2 at event %3: events were removed from the end.")
                            .arg(report.events)
                            .arg(anchor.userName)
                            .arg(anchor.seq));
        }
        if (anchorHashes.value(anchor.seq) != anchor.hash) {
            return fail(anchor.seq,
                        tr("Event %1 is not the checkpoint of %2 recorded in keyslots.json; the "
                           "audit trail was rewritten from there on.")
                            .arg(anchor.seq)
                            .arg(anchor.userName));
        }
    }
    if (progress)
        progress(report.events, total);
    return report;
}

} // namespace rd
