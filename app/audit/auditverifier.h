// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/keyslotfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace rd {

class Store;

struct SignerKey
{
    QString userName;
    QByteArray publicKey;
};

struct AuditVerification
{
    bool ok = true;
    qint64 events = 0;
    qint64 checkpoints = 0;
    qint64 failedSeq = 0; // 0 when the problem is not one event (e.g. missing triggers)
    QString problem;      // one line, when !ok
};

// Recomputes the audit hash chain from the first event, checks every checkpoint signature and
// the newest checkpoint recorded outside the database, and names the first thing that does not
// match. Read-only.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(rd::AuditVerifier)

public:
    // Called every few thousand events with (done, total); return false to cancel.
    using Progress = std::function<bool(qint64, qint64)>;

    AuditVerifier(QSqlDatabase db, QString storeId, QHash<qint64, SignerKey> keys,
                  std::optional<CheckpointAnchor> anchor);

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
    Status checkSchema(QSqlDatabase &db, AuditVerification &report) const;
    Status walk(QSqlDatabase db, Run &run) const;
    AuditVerification finish(AuditVerification report, qint64 events, qint64 checkpoints,
                             const QByteArray &anchorHashSeen, const Progress &progress,
                             qint64 total) const;

    QSqlDatabase m_db;
    QString m_storeId;
    QHash<qint64, SignerKey> m_keys;
    std::optional<CheckpointAnchor> m_anchor;
};

} // namespace rd
