// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/role.h"
#include "audit/audittrail.h"
#include "core/result.h"
#include "security/keyslotfile.h"

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
    // Retires the user's current signing keys and records a new public key; returns its id.
    Result<qint64> issueSigningKey(qint64 userId, const QString &userName,
                                   const QByteArray &publicKey);
    // Records a password hash and keeps only the newest PasswordPolicy::kHistoryDepth.
    Status rememberPassword(qint64 userId, const QString &hash);
    Status setMustChangePassword(qint64 userId, bool mustChange);
    // Makes a disabled account active again (recovery only).
    Status enable(qint64 userId, const QString &userName, const QString &reason);

private:
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
    SlotWrite(const Store &store, QString userName, bool resealAlteredFile = false);

    // Replaces the user's slot with `slot`, or removes it when there is none.
    Status put(const std::optional<KeySlot> &slot, bool liftLockout);
    void undo();

private:
    const Store &m_store;
    QString m_user;
    bool m_reseal;
    std::optional<KeySlot> m_previous;
    bool m_written = false;
};

// Runs `body` in a write transaction; rolls back on any error, and undoes the slot write when
// the commit itself fails.
Status inTransaction(QSqlDatabase db, const QString &what, SlotWrite &slotWrite,
                     const std::function<Status()> &body);

} // namespace rd
