// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/recordbindings.h"
#include "core/result.h"
#include "security/esignature.h"
#include "security/keyslotfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace rd {

class IndexCheck;

class KeyDirectory;
class Store;

// The newest binding of one subject the trail holds: the event and the digest it recorded.
struct LatestBinding
{
    qint64 seq = 0;
    QByteArray digest;
};

struct AuditVerification
{
    bool ok = true;
    qint64 events = 0;
    qint64 checkpoints = 0;
    qint64 failedSeq = 0; // 0 when the problem is not one event (e.g. missing triggers)
    QString problem;      // one line, when !ok
    // kind -> subject -> newest binding, for comparing with the rows stored now.
    QHash<QString, QHash<QString, LatestBinding>> bindings;
    // Each batch.signed event, by the signature id it records: for ESignatures::verifyAll,
    // which so need not read the trail a second time.
    RecordedSignings signings;
};

// Recomputes the audit hash chain from the first event, checks every checkpoint signature
// against the certified keys, every event's record bindings, and the anchors recorded outside
// the database, and names the first thing that does not match. Read-only.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(rd::AuditVerifier)

public:
    // Called every few thousand events with (done, total); return false to cancel.
    using Progress = std::function<bool(qint64, qint64)>;

    AuditVerifier(QSqlDatabase db, QString storeId, const KeyDirectory &keys,
                  QList<CheckpointAnchor> anchors);

    // Each run's read of every event also feeds `check` the table side of audit_events'
    // indexes (IndexCheck::feed); a walk that goes to its end adds it.
    void feedIndexCheck(IndexCheck *check) { m_indexCheck = check; }

    // Walks the chain on the calling thread.
    Result<AuditVerification> run(const Progress &progress = {}) const;
    // The same with the trail cut into `threads` runs of events checked at once, each on a
    // thread with a connection of its own to `store` (the calling thread takes the first run
    // and reports progress). Every event is checked against the stored hash of the one before
    // it, so the runs need nothing from each other; the first problem in the trail's order is
    // the one reported, as the one-thread walk reports it. A run is at least `minimumPerRun`
    // events long: for fewer, a thread costs more than it saves.
    Result<AuditVerification> run(const Store &store, int threads, const Progress &progress = {},
                                  qint64 minimumPerRun = 10000) const;

private:
    struct Run;
    // Both run()s: one run on m_db without a store, else up to `threads` runs.
    Result<AuditVerification> runs(const Store *store, int threads, const Progress &progress,
                                   qint64 minimumPerRun) const;
    Status walk(QSqlDatabase db, Run &run) const;
    AuditVerification finish(AuditVerification report, std::vector<Run> &runs,
                             const Progress &progress, qint64 total) const;

    QSqlDatabase m_db;
    QString m_storeId;
    const KeyDirectory &m_keys;
    QList<CheckpointAnchor> m_anchors;
    IndexCheck *m_indexCheck = nullptr;
};

} // namespace rd
