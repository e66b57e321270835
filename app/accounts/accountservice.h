// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/role.h"
#include "core/result.h"
#include "security/securebytes.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace rd {

class Session;
class Store;

// Accounts (21 CFR 11.100, 11.300): adding, disabling, password resets and changes, each
// permission-checked here and audited in the same transaction as the change. Accounts are
// disabled, never deleted; user names are never reused. The slow parts (Argon2id) run before
// the write transaction opens, so other users are not kept waiting.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(rd::AccountService)

public:
    struct NewAccount
    {
        QString userName;
        QString fullName;
        // The person the account belongs to (an employee number): required. An account for a
        // person who already has one (the same identifier, or a look-alike name) is refused
        // unless `samePerson` states it, and is then linked to that person.
        QString personId;
        bool samePerson = false;
        Role role = Role::Viewer;
        // Only the demo store turns this off; every real account changes its first password.
        bool requirePasswordChange = true;
    };

    explicit AccountService(Session &session);

    // Whether the signed-in user may add, disable and reset accounts (administrators only).
    Status canManage() const;
    // Every account, for everyone signed in: who holds which role is no secret to an auditor.
    Result<QList<Account>> list() const;
    Result<Account> find(const QString &userName) const;

    Result<Account> add(const NewAccount &account, const SecureBytes &initialPassword);
    Status disable(const QString &userName, const QString &reason);
    // Sets a temporary password the user must change at the next login; issues a new signing
    // key (the old one is wrapped only in the old slot) and lifts a lockout.
    Status resetPassword(const QString &userName, const SecureBytes &temporaryPassword);
    Status changeOwnPassword(const SecureBytes &currentPassword, const SecureBytes &newPassword);
    // Confirms that the person of `userName` received the account after a password reset, so
    // that its key may sign: by an administrator who is not the person who reset it, nor the
    // account's own person (docs/DESIGN.md section 1).
    Status confirmHandover(const QString &userName);
    // States the person of an account made before person identifiers (an upgraded store),
    // once. An identifier that another account already has is refused unless `samePerson`
    // says the account is that person, and then links them. Stating a person only ever adds
    // what separation of duties compares (names stay compared too), so it cannot part two
    // accounts that were one person.
    Status statePerson(const QString &userName, const QString &personId, bool samePerson);

    // Why key `keyId` may not sign yet (it was issued at a reset and its hand-over is not
    // confirmed), or empty.
    static Result<QString> handoverPending(QSqlDatabase db, qint64 keyId);

    // Lower-cases and trims; then 2 to 32 of a-z 0-9 . _ -, starting with a letter.
    static Result<QString> normalizeUserName(const QString &userName);
    static Result<QString> normalizeFullName(const QString &fullName);
    // Refuses a password that is one of the last PasswordPolicy::kHistoryDepth of the user.
    static Status checkHistory(Store &store, qint64 userId, const SecureBytes &password);

private:
    // The person identifier a new account is stored with, after the checks of `add`.
    Result<QString> personFor(const NewAccount &account, const QString &userName,
                              const QString &fullName) const;
    // The signed-in administrator's account as it is now in the store (another administrator
    // may have disabled it since the session began). Call inside the write transaction.
    Status stillAdministrator(QSqlDatabase db) const;

    Session &m_session;
};

} // namespace rd
