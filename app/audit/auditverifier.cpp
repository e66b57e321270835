// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditverifier.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "security/crypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

AuditVerifier::AuditVerifier(QSqlDatabase db, QString storeId, QHash<qint64, SignerKey> keys,
                             std::optional<CheckpointAnchor> anchor)
    : m_db(std::move(db))
    , m_storeId(std::move(storeId))
    , m_keys(std::move(keys))
    , m_anchor(std::move(anchor))
{}

Result<AuditVerification> AuditVerifier::run(const Progress &progress) const
{
    AuditVerification report;
    const auto fail = [&report](qint64 seq, const QString &problem) {
        report.ok = false;
        report.failedSeq = seq;
        report.problem = problem;
        return report;
    };

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                "('audit_events_no_update', 'audit_events_no_delete')"_s) ||
        !q.next()) {
        return Error(ErrorCode::Database,
                     tr("Cannot read the database schema: %1").arg(q.lastError().databaseText()));
    }
    if (q.value(0).toInt() != 2) {
        return fail(0, tr("The triggers that keep the audit trail append-only are missing: they "
                          "were removed outside ReleaseDesk."));
    }

    qint64 total = 0;
    if (q.exec(u"SELECT count(*) FROM audit_events"_s) && q.next())
        total = q.value(0).toLongLong();

    if (!q.exec(u"SELECT "_s + AuditTrail::eventColumns() + u" FROM audit_events ORDER BY seq"_s)) {
        return Error(ErrorCode::Database,
                     tr("Cannot read the audit trail: %1").arg(q.lastError().databaseText()));
    }

    QByteArray expectedPrev = AuditTrail::genesisHash(m_storeId);
    qint64 expectedSeq = 1;
    QByteArray anchorHashSeen;
    while (q.next()) {
        const AuditEvent e = AuditTrail::eventFromRow(q);
        const QString storedTime = q.value(1).toString();
        // Only a failure names the event: composing it for each of a million would cost more
        // than checking them.
        const auto what = [&e, &storedTime] {
            return tr("event %1 (%2 by %3 at %4)")
                .arg(e.seq)
                .arg(e.entry.action, e.user, storedTime);
        };
        if (e.seq != expectedSeq) {
            return fail(expectedSeq,
                        e.seq > expectedSeq
                            ? tr("Event %1 is missing: the audit trail jumps from event %2 to %3.")
                                  .arg(expectedSeq)
                                  .arg(expectedSeq - 1)
                                  .arg(e.seq)
                            : tr("Event %1 appears out of order.").arg(e.seq));
        }
        if (!e.utc.isValid() || toStoredTime(e.utc) != storedTime) {
            return fail(e.seq, tr("%1: its time \"%2\" is not in the stored form; it was edited "
                                  "outside ReleaseDesk.")
                                   .arg(what(), storedTime));
        }
        if (e.prevHash != expectedPrev) {
            return fail(e.seq, tr("%1: its link to the previous event does not match; an earlier "
                                  "event was changed or removed.")
                                   .arg(what()));
        }
        if (!crypto::constantTimeEquals(AuditTrail::computeHash(e.prevHash, e), e.hash)) {
            return fail(e.seq, tr("%1: its content does not match its hash; it was altered after "
                                  "it was written.")
                                   .arg(what()));
        }
        if (audit::isCheckpoint(e.entry.action)) {
            const QJsonObject p = QJsonDocument::fromJson(e.entry.newValue.toUtf8()).object();
            const qint64 keyId = p.value(u"keyId"_s).toInteger();
            const qint64 signedSeq = p.value(u"signedSeq"_s).toInteger(-1);
            const QByteArray signedHead =
                QByteArray::fromHex(p.value(u"signedHead"_s).toString().toLatin1());
            const QByteArray signature =
                QByteArray::fromBase64(p.value(u"signature"_s).toString().toLatin1());
            const auto key = m_keys.constFind(keyId);
            if (key == m_keys.constEnd() || key->userName != e.user) {
                return fail(e.seq, tr("Checkpoint %1: it names signing key %2, which is not a key "
                                      "of %3.")
                                       .arg(what())
                                       .arg(keyId)
                                       .arg(e.user));
            }
            if (signedSeq != e.seq - 1 || signedHead != e.prevHash ||
                !crypto::verifySignature(
                    key->publicKey, AuditTrail::checkpointMessage(m_storeId, signedSeq, signedHead),
                    signature)) {
                return fail(e.seq, tr("Checkpoint %1: %2's signature does not match the audit "
                                      "trail up to event %3; the trail before it was rewritten.")
                                       .arg(what(), e.user)
                                       .arg(e.seq - 1));
            }
            ++report.checkpoints;
        }
        if (m_anchor && e.seq == m_anchor->seq && audit::isCheckpoint(e.entry.action))
            anchorHashSeen = e.hash;

        expectedPrev = e.hash;
        ++expectedSeq;
        ++report.events;
        if (progress && (report.events & 0xFFF) == 0 && !progress(report.events, total))
            return Error(ErrorCode::Cancelled, tr("Verification cancelled."));
    }
    if (q.lastError().isValid()) {
        return Error(ErrorCode::Database,
                     tr("Cannot read the audit trail: %1").arg(q.lastError().databaseText()));
    }

    if (!m_anchor && report.checkpoints > 0) {
        return fail(0, tr("keyslots.json records no checkpoint, though the audit trail holds %1: "
                          "keyslots.json was replaced with an older or foreign copy.")
                           .arg(report.checkpoints));
    }
    if (m_anchor) {
        if (m_anchor->seq > report.events) {
            return fail(report.events + 1,
                        tr("The audit trail ends at event %1, but the last checkpoint recorded in "
                           "keyslots.json is event %2: events were removed from the end.")
                            .arg(report.events)
                            .arg(m_anchor->seq));
        }
        if (anchorHashSeen != m_anchor->hash) {
            return fail(m_anchor->seq,
                        tr("Event %1 is not the signed checkpoint recorded in keyslots.json; the "
                           "audit trail was rewritten from there on.")
                            .arg(m_anchor->seq));
        }
    }
    if (progress)
        progress(report.events, total);
    return report;
}

} // namespace rd
