// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/recovery.h"

#include "accounts/accountrecords.h"
#include "accounts/accountservice.h"
#include "core/clock.h"
#include "security/crypto.h"
#include "security/decisionlog.h"
#include "security/keycertificate.h"
#include "security/passwordpolicy.h"
#include "session/rekey.h"
#include "session/session.h"
#include "store/rows.h"
#include "store/store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
QString actor()
{
    return QString::fromLatin1(Recovery::kActor);
}
} // namespace

Result<Recovery::Opened> Recovery::open(const QString &storePath, const QString &recoveryCode)
{
    Result<UnlockedKeys> keys = KeyRing::unlockWithRecoveryCode(storePath, recoveryCode);
    if (!keys)
        return keys.error();
    if (keys->header.formatVersion < KeySlotFile::kFormatVersion) {
        return Error(ErrorCode::StoreOlder,
                     tr("%1 was made by an earlier ReleaseDesk; upgrade it first (releasedesk "
                        "upgrade).")
                         .arg(StorePaths(storePath).displayName()));
    }
    const StorePaths paths(storePath);
    Opened out;
    out.fromCopy = !KeySlotFile::load(paths.keyslots()).ok();
    SecureBytes masterKey;
    int epoch = keys->header.epoch;
    if (keys->header.pendingEpoch) {
        Result<Rekey::Settled> settled = Rekey::settle(storePath, keys.value());
        if (!settled)
            return settled.error();
        masterKey = std::move(settled->masterKey);
        epoch = settled->epoch;
    } else {
        masterKey = keys->masterKey.copy();
    }
    Result<std::unique_ptr<Store>> opened =
        Store::open(keys->storePath, keys->storeId, std::move(masterKey), actor(),
                    Store::Options{.pageSize = keys->header.cipher.pageSize});
    if (!opened)
        return opened.error();
    out.store = std::move(opened).value();
    out.store->setEpoch(epoch);
    out.keys = std::move(keys).value();
    return out;
}

Status Recovery::signCheckpoint(Store &store, const SecureBytes &rootSecret)
{
    QSqlDatabase db = store.connection();
    AuditTrail trail(db, store.storeId());
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the checkpoint"), db.lastError());
    Result<AuditEvent> e = trail.appendCheckpoint(actor(), KeyCertificate::kRootKeyId, rootSecret,
                                                  audit::kSecurityCheckpoint);
    if (!e || !db.commit()) {
        const Error err =
            e ? Store::errorFrom(tr("Cannot record the checkpoint"), db.lastError()) : e.error();
        db.rollback();
        return err;
    }
    const CheckpointAnchor anchor = AuditTrail::anchorOf(e.value());
    return KeyRing::modify(store.paths().root(), [&anchor](KeySlotFile &f) -> Status {
        f.anchors.insert(anchor.userName, anchor);
        return {};
    });
}

Status Recovery::resetAdministratorPassword(const QString &storePath, const QString &recoveryCode,
                                            const QString &adminUserName,
                                            const SecureBytes &newPassword)
{
    Result<QString> userName = AccountService::normalizeUserName(adminUserName);
    if (!userName)
        return userName.error();
    Result<Opened> recovered = open(storePath, recoveryCode);
    if (!recovered)
        return recovered.error();
    const UnlockedKeys &keys = recovered->keys;
    Store &store = *recovered->store;
    QSqlDatabase db = store.connection();

    Result<Account> account = Session::loadAccount(db, userName.value());
    if (!account)
        return account.error();
    if (account->role != Role::Administrator) {
        return Error(ErrorCode::Forbidden,
                     tr("\"%1\" is not an administrator; the recovery code can only set an "
                        "administrator's password.")
                         .arg(userName.value()));
    }
    if (Status s = PasswordPolicy::check({userName.value(), account->fullName, {}}, newPassword);
        !s)
        return s;
    if (Status s = AccountService::checkHistory(store, account->id, newPassword); !s)
        return s;
    if (recovered->fromCopy) {
        // keyslots.json is gone or damaged: made again from recovery.json, without anyone's
        // slot; this administrator's comes next, the others' with their password resets.
        KeySlotFile rebuilt = keys.header;
        rebuilt.userSlots.clear();
        rebuilt.attempts.clear();
        rebuilt.unknownUserFailures.clear();
        if (Status s = KeyRing::write(storePath, rebuilt); !s)
            return s;
    }

    crypto::SigningKeyPair signing = crypto::generateSigningKeyPair();
    Result<QString> historyHash = crypto::hashForHistory(newPassword);
    if (!historyHash)
        return historyHash.error();
    Result<KeySlot> slot =
        KeyRing::wrapForUser(store.storeId(), userName.value(), 0, signing.secretKey, newPassword);
    if (!slot)
        return slot.error();

    AuditTrail trail(db, store.storeId());
    AccountRecords records(db, trail, actor());
    SlotWrite slotWrite(store, userName.value());
    const Status written =
        inTransaction(db, tr("Cannot set the administrator password"), slotWrite, [&]() -> Status {
            AuditEntry e;
            e.action = QString::fromLatin1(audit::kRecoveryUsed);
            e.entityType = u"user"_s;
            e.entityId = userName.value();
            e.reason = recovered->fromCopy
                           ? tr("administrator password set with the recovery code; keyslots.json "
                                "could not be read and was made again from recovery.json")
                           : tr("administrator password set with the recovery code");
            if (Result<AuditEvent> r = trail.append(actor(), e); !r)
                return r.error();
            if (Status s = records.rememberPassword(account->id, historyHash.value()); !s)
                return s;
            if (Status s = records.setMustChangePassword(account->id, false); !s)
                return s;
            // A disabled administrator comes back: a store is never left without one.
            if (!account->active) {
                if (Status s = records.enable(account->id, userName.value(),
                                              tr("re-enabled with the recovery code"));
                    !s)
                    return s;
            }
            Result<qint64> keyId = records.issueSigningKey(
                account->id, userName.value(), account->fullName, Role::Administrator,
                signing.publicKey, {KeyCertificate::kRootKeyId, &keys.signingKey});
            if (!keyId)
                return keyId.error();
            slot->keyId = keyId.value();
            return slotWrite.put(slot.value(), signing.publicKey, true);
        });
    if (!written)
        return written;
    return signCheckpoint(store, keys.signingKey);
}

Result<Recovery::RollbackOutcome> Recovery::acceptRollback(const QString &storePath,
                                                           const QString &recoveryCode,
                                                           const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("Give the reason for accepting the older records (e.g. the backup it was "
                        "restored from)."));
    Result<Opened> recovered = open(storePath, recoveryCode);
    if (!recovered)
        return recovered.error();
    const UnlockedKeys &keys = recovered->keys;
    Store &store = *recovered->store;
    QSqlDatabase db = store.connection();
    AuditTrail trail(db, store.storeId());

    RollbackOutcome out;
    QList<CheckpointAnchor> lost;
    for (const CheckpointAnchor &a : keys.header.anchors) {
        if (!trail.checkAnchor(a)) {
            lost << a;
            out.lostCheckpoints << tr("checkpoint event %1 signed by %2 at %3")
                                       .arg(a.seq)
                                       .arg(a.userName, toStoredTime(a.at));
        }
    }
    if (lost.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     tr("records.db still holds every signed checkpoint; there is nothing to "
                        "accept."));
    }

    // The decisions decisions.log holds and records.db does not.
    Result<QList<ESignature>> logged = DecisionLog::read(store.paths());
    if (!logged)
        return logged.error();
    QList<ESignature> kept;
    QList<ESignature> missing;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT signature FROM signatures WHERE id = ?"_s);
        for (const ESignature &s : std::as_const(logged.value())) {
            q.bindValue(0, s.id);
            if (!q.exec())
                return Store::errorFrom(tr("Cannot read the signatures"), q.lastError());
            const bool present = q.next() && q.value(0).toByteArray() == s.signature;
            q.finish();
            (present ? kept : missing) << s;
        }
    }
    QStringList heldBatches;
    for (const ESignature &s : std::as_const(missing)) {
        out.lostSignatures << tr("signature %1 of batch %2: \"%3\" by %4 (%5) at %6")
                                  .arg(s.id)
                                  .arg(s.batchNumber, s.meaning, s.fullName, s.userName,
                                       toStoredTime(s.signedAt));
        if (!heldBatches.contains(s.batchNumber))
            heldBatches << s.batchNumber;
    }

    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the acceptance"), db.lastError());
    const auto rollback = [&db](Error e) -> Result<RollbackOutcome> {
        db.rollback();
        return e;
    };
    // Each batch whose decision was lost waits, on hold, for a person to decide again.
    for (const QString &batch : std::as_const(heldBatches)) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT count(*) FROM batch_records WHERE batch_number = ?"_s);
        q.addBindValue(batch);
        if (!q.exec() || !q.next())
            return rollback(Store::errorFrom(tr("Cannot read batch %1").arg(batch), q.lastError()));
        if (q.value(0).toLongLong() == 0)
            continue; // the restored records do not hold the batch at all
        q.prepare(u"SELECT state FROM batch_states WHERE batch_number = ?"_s);
        q.addBindValue(batch);
        if (!q.exec())
            return rollback(Store::errorFrom(tr("Cannot read batch %1").arg(batch), q.lastError()));
        const QString before = q.next() ? q.value(0).toString() : u"awaiting_qc_approval"_s;
        q.finish();
        Result<qint64> seq = trail.nextSeq(actor());
        if (!seq)
            return rollback(seq.error());
        q.prepare(u"INSERT OR REPLACE INTO batch_states (batch_number, state, held_from, "
                  "changed_at, signature_id, hold_seq) VALUES (?, 'on_hold', ?, ?, "
                  "(SELECT signature_id FROM batch_states WHERE batch_number = ?), ?)"_s);
        q.addBindValue(batch);
        q.addBindValue(before == u"on_hold"_s ? QVariant(QString()) : QVariant(before));
        q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
        q.addBindValue(batch);
        q.addBindValue(seq.value());
        if (!q.exec())
            return rollback(Store::errorFrom(tr("Cannot hold batch %1").arg(batch), q.lastError()));
        AuditEntry e;
        e.action = QString::fromLatin1(audit::kHeldAfterRollback);
        e.entityType = u"batch"_s;
        e.entityId = batch;
        e.field = u"state"_s;
        e.oldValue = before;
        e.newValue = u"on_hold"_s;
        e.reason = tr("a decision on this batch was lost with the older records.db; it waits for "
                      "a new decision");
        Result<AuditEvent> r =
            trail.append(actor(), e, {{RecordBindings::Kind::BatchState, batch}});
        if (!r)
            return rollback(r.error());
        if (r->seq != seq.value())
            return rollback(
                Error(ErrorCode::Failed, tr("The hold of batch %1 was not recorded where expected; "
                                            "nothing was changed.")
                                             .arg(batch)));
        out.heldBatches << batch;
    }
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kRollbackAccepted);
    e.entityType = u"store"_s;
    e.entityId = store.storeId();
    e.oldValue = out.lostCheckpoints.join(u"; "_s);
    e.newValue =
        out.lostSignatures.isEmpty()
            ? tr("no signature known to be lost")
            : tr("signatures lost: %1; batches put on hold: %2")
                  .arg(out.lostSignatures.join(u"; "_s),
                       out.heldBatches.isEmpty() ? tr("none") : out.heldBatches.join(u", "_s));
    e.reason = reason.trimmed();
    Result<AuditEvent> r = trail.append(actor(), e);
    if (!r)
        return rollback(r.error());
    if (!db.commit())
        return rollback(Store::errorFrom(tr("Cannot record the acceptance"), db.lastError()));

    // The anchors the database no longer holds go; what it holds stays.
    if (Status s = KeyRing::modify(store.paths().root(),
                                   [&lost](KeySlotFile &f) -> Status {
                                       for (const CheckpointAnchor &a : lost)
                                           f.anchors.remove(a.userName);
                                       return {};
                                   });
        !s)
        return s.error();
    // The lost decisions are in the acceptance's event; the log keeps what records.db holds.
    if (!missing.isEmpty()) {
        if (Status s = DecisionLog::rewrite(store.paths(), kept); !s)
            return s.error();
    }
    if (Status s = signCheckpoint(store, keys.signingKey); !s)
        return s.error();
    return out;
}

Result<SecureBytes> Recovery::discloseRawKey(const QString &storePath, const QString &recoveryCode)
{
    Result<Opened> recovered = open(storePath, recoveryCode);
    if (!recovered)
        return recovered.error();
    Store &store = *recovered->store;
    const QString storeId = store.storeId();
    QSqlDatabase db = store.connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the disclosure"), db.lastError());
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kRawKeyDisclosed);
    e.entityType = u"store"_s;
    e.entityId = storeId;
    e.reason = tr("raw database key shown for use with the sqlcipher shell");
    Result<AuditEvent> r = AuditTrail(db, storeId).append(actor(), e);
    // The key is shown only once its disclosure is on record, signed.
    if (!r || !db.commit()) {
        const Error err =
            r ? Store::errorFrom(tr("Cannot record the disclosure"), db.lastError()) : r.error();
        db.rollback();
        return err;
    }
    if (Status s = signCheckpoint(store, recovered->keys.signingKey); !s)
        return s.error();
    return store.masterKey().toHex();
}

} // namespace rd
