// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountrecords.h"

#include "core/clock.h"
#include "security/keycertificate.h"
#include "security/keyring.h"
#include "security/passwordpolicy.h"
#include "store/store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

AccountRecords::AccountRecords(QSqlDatabase db, AuditTrail trail, QString actor)
    : m_db(std::move(db))
    , m_trail(std::move(trail))
    , m_actor(std::move(actor))
{}

Result<qint64> AccountRecords::insertUser(const QString &userName, const QString &fullName,
                                          Role role, bool mustChangePassword)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO users (user_name, full_name, role, active, must_change_password, "
              "created_at, created_by) VALUES (?, ?, ?, 1, ?, ?, ?)"_s);
    q.addBindValue(userName);
    q.addBindValue(fullName);
    q.addBindValue(Roles::id(role));
    q.addBindValue(mustChangePassword);
    q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
    q.addBindValue(m_actor);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot create the account \"%1\"").arg(userName),
                                q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    if (id <= 0)
        return Error(ErrorCode::Database, tr("The new account \"%1\" got no id.").arg(userName));

    AuditEntry e;
    e.action = QString::fromLatin1(audit::kAccountCreated);
    e.entityType = u"user"_s;
    e.entityId = userName;
    e.field = u"role"_s;
    e.newValue = Roles::id(role);
    e.reason = tr("full name: %1").arg(fullName);
    if (Result<AuditEvent> r = m_trail.append(m_actor, e, {subject(userName)}); !r)
        return r.error();
    return id;
}

Status AccountRecords::statePerson(qint64 userId, const QString &userName, const QString &personId)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO account_persons (user_id, person_id, stated_at, stated_by) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(personId);
    q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
    q.addBindValue(m_actor);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot record the person of \"%1\"").arg(userName),
                                q.lastError());
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kPersonStated);
    e.entityType = u"user"_s;
    e.entityId = userName;
    e.field = u"person_id"_s;
    e.newValue = personId;
    if (Result<AuditEvent> r = m_trail.append(m_actor, e, {personSubject(userName)}); !r)
        return r.error();
    return {};
}

Status AccountRecords::recordReset(qint64 keyId, qint64 userId, const QString &userName)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO key_handovers (key_id, user_id, reset_by) VALUES (?, ?, ?)"_s);
    q.addBindValue(keyId);
    q.addBindValue(userId);
    q.addBindValue(m_actor);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot record the reset of \"%1\"").arg(userName),
                                q.lastError());
    return {};
}

Status AccountRecords::confirmHandover(qint64 keyId, const QString &userName)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE key_handovers SET confirmed_by = ?, confirmed_at = ? "
              "WHERE key_id = ? AND confirmed_by IS NULL"_s);
    q.addBindValue(m_actor);
    q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
    q.addBindValue(keyId);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot confirm the hand-over to \"%1\"").arg(userName),
                                q.lastError());
    if (q.numRowsAffected() != 1)
        return Error(
            ErrorCode::InvalidInput,
            tr("No hand-over of key %1 of \"%2\" awaits confirmation.").arg(keyId).arg(userName));
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kKeyHandedOver);
    e.entityType = u"user"_s;
    e.entityId = userName;
    e.field = u"key_id"_s;
    e.newValue = QString::number(keyId);
    e.reason = tr("the person received the account reset by another administrator");
    if (Result<AuditEvent> r = m_trail.append(m_actor, e, {personSubject(userName)}); !r)
        return r.error();
    return {};
}

Result<qint64> AccountRecords::issueSigningKey(qint64 userId, const QString &userName,
                                               const QString &fullName, Role role,
                                               const QByteArray &publicKey, const Issuer &issuer)
{
    if (!issuer.secretKey || issuer.secretKey->isEmpty())
        return Error(ErrorCode::Forbidden,
                     tr("A signing key for \"%1\" can only be certified with the store root or an "
                        "administrator's key.")
                         .arg(userName));
    const QDateTime now = Clock::instance().nowUtc();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE user_keys SET retired_at = ? WHERE user_id = ? AND retired_at IS NULL"_s);
    q.addBindValue(toStoredTime(now));
    q.addBindValue(userId);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot retire the signing key of \"%1\"").arg(userName),
                                q.lastError());
    // The id is chosen here, inside the write transaction, because the certificate names it.
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT coalesce(max(id), 0) + 1 FROM user_keys"_s) || !q.next())
        return Store::errorFrom(tr("Cannot record the signing key of \"%1\"").arg(userName),
                                q.lastError());
    const qint64 keyId = q.value(0).toLongLong();
    q.finish();
    Result<AuditHead> head = m_trail.head();
    if (!head)
        return head.error();

    KeyCertificate c;
    c.keyId = keyId;
    c.userId = userId;
    c.userName = userName;
    c.fullName = fullName;
    c.role = Roles::id(role);
    c.publicKey = publicKey;
    c.issuedAt = now;
    c.issuerKeyId = issuer.keyId;
    c.headSeq = head->seq;
    c.headHash = head->hash;
    c.sign(m_trail.storeId(), *issuer.secretKey);

    q.prepare(u"INSERT INTO user_keys (id, user_id, public_key, created_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(keyId);
    q.addBindValue(userId);
    q.addBindValue(publicKey);
    q.addBindValue(toStoredTime(now));
    if (!q.exec())
        return Store::errorFrom(tr("Cannot record the signing key of \"%1\"").arg(userName),
                                q.lastError());
    if (Status s = insertCertificate(c); !s)
        return s.error();

    AuditEntry e;
    e.action = QString::fromLatin1(audit::kSigningKeyIssued);
    e.entityType = u"user"_s;
    e.entityId = userName;
    e.field = u"public_key"_s;
    e.newValue = u"%1:%2"_s.arg(keyId).arg(QString::fromLatin1(publicKey.toHex()));
    e.reason = issuer.keyId == KeyCertificate::kRootKeyId
                   ? tr("certified by the store root")
                   : tr("certified by %1 with key %2").arg(m_actor).arg(issuer.keyId);
    if (Result<AuditEvent> r = m_trail.append(m_actor, e, {subject(userName)}); !r)
        return r.error();
    return keyId;
}

Status AccountRecords::insertCertificate(const KeyCertificate &c)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO key_certificates (key_id, user_id, user_name, full_name, role, "
              "public_key, issued_at, issuer_key_id, head_seq, head_hash, signature) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(c.keyId), QVariant(c.userId), QVariant(c.userName),
                              QVariant(c.fullName), QVariant(c.role), QVariant(c.publicKey),
                              QVariant(toStoredTime(c.issuedAt)), QVariant(c.issuerKeyId),
                              QVariant(c.headSeq), QVariant(c.headHash), QVariant(c.signature)})
        q.addBindValue(v);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot record the certificate of \"%1\"").arg(c.userName),
                                q.lastError());
    return {};
}

Status AccountRecords::certifyExistingKey(qint64 keyId, const Issuer &issuer)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT k.user_id, u.user_name, u.full_name, u.role, k.public_key, k.created_at "
              "FROM user_keys k JOIN users u ON u.id = k.user_id WHERE k.id = ?"_s);
    q.addBindValue(keyId);
    if (!q.exec() || !q.next())
        return Store::errorFrom(tr("Cannot read signing key %1").arg(keyId), q.lastError());
    KeyCertificate c;
    c.keyId = keyId;
    c.userId = q.value(0).toLongLong();
    c.userName = q.value(1).toString();
    c.fullName = q.value(2).toString();
    c.role = q.value(3).toString();
    c.publicKey = q.value(4).toByteArray();
    c.issuedAt = Clock::instance().nowUtc();
    q.finish();
    Result<AuditHead> head = m_trail.head();
    if (!head)
        return head.error();
    c.issuerKeyId = issuer.keyId;
    c.headSeq = head->seq;
    c.headHash = head->hash;
    c.sign(m_trail.storeId(), *issuer.secretKey);
    return insertCertificate(c);
}

Status AccountRecords::rememberPassword(qint64 userId, const QString &hash)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO password_history (user_id, hash, created_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(hash);
    q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
    if (!q.exec())
        return Store::errorFrom(tr("Cannot record the password history"), q.lastError());
    q.prepare(u"DELETE FROM password_history WHERE user_id = ? AND id NOT IN "
              "(SELECT id FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(userId);
    q.addBindValue(PasswordPolicy::kHistoryDepth);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot record the password history"), q.lastError());
    q.prepare(u"UPDATE users SET password_changed_at = ? WHERE id = ?"_s);
    q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
    q.addBindValue(userId);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot record the password history"), q.lastError());
    return {};
}

Status AccountRecords::setMustChangePassword(qint64 userId, bool mustChange)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE users SET must_change_password = ? WHERE id = ?"_s);
    q.addBindValue(mustChange);
    q.addBindValue(userId);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot update the account"), q.lastError());
    return {};
}

Status AccountRecords::enable(qint64 userId, const QString &userName, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE users SET active = 1, disabled_at = NULL, disabled_by = NULL, "
              "disabled_reason = NULL WHERE id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot enable the account"), q.lastError());
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kAccountEnabled);
    e.entityType = u"user"_s;
    e.entityId = userName;
    e.field = u"active"_s;
    e.oldValue = u"0"_s;
    e.newValue = u"1"_s;
    e.reason = reason;
    if (Result<AuditEvent> r = m_trail.append(m_actor, e, {subject(userName)}); !r)
        return r.error();
    return {};
}

SlotWrite::SlotWrite(const Store &store, QString userName)
    : m_store(store)
    , m_user(std::move(userName))
{}

Status SlotWrite::put(std::optional<KeySlot> slot, const QByteArray &publicKey, bool liftLockout)
{
    const Status s = KeyRing::modify(
        m_store.paths().root(), [this, &slot, &publicKey, liftLockout](KeySlotFile &f) -> Status {
            m_previous = f.userSlots.contains(m_user) ? std::optional(f.userSlots.value(m_user))
                                                      : std::nullopt;
            if (slot) {
                slot->masterKeys.clear();
                if (Status sealed = KeyRing::sealMasterKey(*slot, publicKey, m_store.epoch(),
                                                           m_store.masterKey());
                    !sealed)
                    return sealed;
                f.userSlots.insert(m_user, *slot);
            } else {
                f.userSlots.remove(m_user);
            }
            // Lift a lockout, but keep failed logins not yet audited: the next unlock
            // reports them.
            if (liftLockout && f.attempts.contains(m_user)) {
                f.attempts[m_user].consecutiveFailures = 0;
                f.attempts[m_user].lockedAt = QDateTime();
            }
            return {};
        });
    m_written = s.ok();
    return s;
}

void SlotWrite::undo()
{
    if (!m_written)
        return;
    (void)KeyRing::modify(m_store.paths().root(), [this](KeySlotFile &f) -> Status {
        if (m_previous)
            f.userSlots.insert(m_user, *m_previous);
        else
            f.userSlots.remove(m_user);
        return {};
    });
    m_written = false;
}

Status inTransaction(QSqlDatabase db, const QString &what, SlotWrite &slotWrite,
                     const std::function<Status()> &body)
{
    if (!db.transaction())
        return Store::errorFrom(what, db.lastError());
    if (Status s = body(); !s) {
        db.rollback();
        slotWrite.undo();
        return s;
    }
    if (!db.commit()) {
        const Error e = Store::errorFrom(what, db.lastError());
        db.rollback();
        slotWrite.undo();
        return e;
    }
    return {};
}

} // namespace rd
