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

    Result<AuditVerification> run(const Progress &progress = {}) const;

private:
    QSqlDatabase m_db;
    QString m_storeId;
    QHash<qint64, SignerKey> m_keys;
    std::optional<CheckpointAnchor> m_anchor;
};

} // namespace rd
