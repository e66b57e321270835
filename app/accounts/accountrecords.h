// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/role.h"
#include "audit/audittrail.h"
#include "core/result.h"
#include "security/keycertificate.h"
#include "security/keyslotfile.h"
#include "security/securebytes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace rd {

// The rows behind an account, written inside the caller's transaction together with their
// audit events. Shared by AccountService, store creation and recovery, so an account is made
// and re-keyed the same way whoever does it.
class AccountRecords
{
    Q_DECLARE_TR_FUNCTIONS(rd::AccountRecords)

public:
    AccountRecords(QSqlDatabase db, AuditTrail trail, QString actor);

    Result<qint64> insertUser(const QString &userName, const QString &fullName, Role role,
                              bool mustChangePassword);
    // Records the person account `userId` belongs to; once, never changed.
    Status statePerson(qint64 userId, const QString &userName, const QString &personId);
    // Records key `keyId` as issued at a password reset by this actor: it signs nothing until
    // another administrator confirms the hand-over (confirmHandover).
    Status recordReset(qint64 keyId, qint64 userId, const QString &userName);
    Status confirmHandover(qint64 keyId, const QString &userName);
    // Who certifies a new key: the store root (key 0) or an administrator's key in force.
    struct Issuer
    {
        qint64 keyId = 0;
        const SecureBytes *secretKey = nullptr;
    };
    // Retires the user's current signing keys, records a new public key with its certificate
    // signed by `issuer`, and binds the account into the issuing event; returns the key's id.
    // Call it after every other change to the account in the transaction.
    Result<qint64> issueSigningKey(qint64 userId, const QString &userName, const QString &fullName,
                                   Role role, const QByteArray &publicKey, const Issuer &issuer);
    // Certifies a key the store already holds (the upgrade of a store made before
    // certificates): no new key, no retirement.
    Status certifyExistingKey(qint64 keyId, const Issuer &issuer);
    // Records a password hash and keeps only the newest PasswordPolicy::kHistoryDepth.
    Status rememberPassword(qint64 userId, const QString &hash);
    Status setMustChangePassword(qint64 userId, bool mustChange);
    // Makes a disabled account active again (recovery only).
    Status enable(qint64 userId, const QString &userName, const QString &reason);

    // The account's rows as one subject of the audit chain's record bindings.
    static RecordBindings::Subject subject(const QString &userName)
    {
        return {RecordBindings::Kind::Account, userName};
    }
    static RecordBindings::Subject personSubject(const QString &userName)
    {
        return {RecordBindings::Kind::Person, userName};
    }

private:
    Status insertCertificate(const KeyCertificate &c);

    QSqlDatabase m_db;
    AuditTrail m_trail;
    QString m_actor;
};

class Store;

// A key-slot change made as the last step of a database transaction: if the commit then
// fails, undo() puts keyslots.json back as it was for that user.
class SlotWrite
{
public:
    SlotWrite(const Store &store, QString userName);

    // Replaces the user's slot with `slot`, sealing the store's master key to `publicKey` in
    // it, or removes the slot when there is none.
    Status put(std::optional<KeySlot> slot, const QByteArray &publicKey, bool liftLockout);
    void undo();

private:
    const Store &m_store;
    QString m_user;
    std::optional<KeySlot> m_previous;
    bool m_written = false;
};

// Runs `body` in a write transaction; rolls back on any error, and undoes the slot write when
// the commit itself fails.
Status inTransaction(QSqlDatabase db, const QString &what, SlotWrite &slotWrite,
                     const std::function<Status()> &body);

} // namespace rd
