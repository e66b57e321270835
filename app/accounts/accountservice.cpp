// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountservice.h"

#include "accounts/accountrecords.h"
#include "accounts/identity.h"
#include "core/clock.h"
#include "domain/text.h"
#include "security/crypto.h"
#include "security/keyring.h"
#include "security/passwordpolicy.h"
#include "session/session.h"
#include "store/rows.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace rd {

AccountService::AccountService(Session &session)
    : m_session(session)
{}

Result<QString> AccountService::normalizeUserName(const QString &userName)
{
    const QString name = userName.trimmed().toLower();
    static const QRegularExpression valid(u"^[a-z][a-z0-9._-]{1,31}$"_s);
    if (!valid.match(name).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     tr("The user name \"%1\" is not valid: use 2 to 32 letters a-z, digits, '.', "
                        "'_' or '-', starting with a letter.")
                         .arg(userName.trimmed()));
    }
    return name;
}

Result<QString> AccountService::normalizeFullName(const QString &fullName)
{
    const QString name = fullName.simplified().normalized(QString::NormalizationForm_C);
    if (name.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The full name is empty; it is printed with "
                                                 "every signature, so it must be given."));
    if (name.size() > 100)
        return Error(ErrorCode::InvalidInput, tr("The full name is longer than 100 characters."));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error(ErrorCode::InvalidInput,
                         tr("The full name contains a control character."));
    }
    return name;
}

Status AccountService::checkHistory(Store &store, qint64 userId, const SecureBytes &password)
{
    QSqlQuery q(store.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT hash FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(userId);
    q.addBindValue(PasswordPolicy::kHistoryDepth);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the password history"), q.lastError());
    return eachRow(q, tr("Cannot read the password history"), [&]() -> Status {
        if (crypto::matchesHistoryHash(q.value(0).toString(), password)) {
            return Error(ErrorCode::PasswordRejected,
                         tr("The new password is one of the last %1 passwords of this account; "
                            "choose another.")
                             .arg(PasswordPolicy::kHistoryDepth));
        }
        return {};
    });
}

Status AccountService::stillAdministrator(QSqlDatabase db) const
{
    const QString me = m_session.user().userName;
    Result<Account> current = Session::loadAccount(db, me);
    if (!current)
        return current.error();
    if (!current->active || current->role != Role::Administrator) {
        return Error(ErrorCode::Forbidden,
                     tr("%1 is no longer an active administrator; nothing was changed.").arg(me));
    }
    return {};
}

Status AccountService::canManage() const
{
    return m_session.requireRole(Role::Administrator, tr("change accounts"));
}

Result<QList<Account>> AccountService::list() const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    QSqlQuery q(m_session.store().connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT user_name FROM users ORDER BY user_name"_s))
        return Store::errorFrom(tr("Cannot list the accounts"), q.lastError());
    QList<Account> accounts;
    const Status read = eachRow(q, tr("Cannot list the accounts"), [&]() -> Status {
        Result<Account> a =
            Session::loadAccount(m_session.store().connection(), q.value(0).toString());
        if (!a)
            return a.error();
        accounts << a.value();
        return {};
    });
    if (!read)
        return read.error();
    return accounts;
}

Result<Account> AccountService::find(const QString &userName) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    Result<QString> name = normalizeUserName(userName);
    if (!name)
        return Error(ErrorCode::NotFound,
                     tr("There is no account \"%1\".").arg(userName.trimmed()));
    return Session::loadAccount(m_session.store().connection(), name.value());
}

Result<QString> AccountService::personFor(const NewAccount &account, const QString &userName,
                                          const QString &fullName) const
{
    Result<QString> personId = Identity::normalizePersonId(account.personId);
    if (!personId)
        return personId.error();
    Result<People> people = People::load(m_session.store().connection());
    if (!people)
        return people.error();
    const Identity::Key idKey = Identity::key(personId.value());
    const Identity::Key nameKey = Identity::key(fullName);
    const Identity::Key userKey = Identity::key(userName);
    const QString unusual = Identity::unusualCharacters(fullName);
    // Every existing account this one could be confused with, and why.
    const People::Entry *match = nullptr;
    QString why;
    for (const People::Entry &e : people->entries()) {
        if (e.idKey.matches(idKey))
            why = tr("the person identifier %1 is that of %2 (%3)")
                      .arg(personId.value(), e.fullName, e.userName);
        else if (e.nameKey.matches(nameKey))
            why = e.fullName == fullName
                      ? tr("%1 is the name of the account %2").arg(fullName, e.userName)
                  : unusual.isEmpty()
                      ? tr("\"%1\" reads as \"%2\", the name of the account %3")
                            .arg(fullName, e.fullName, e.userName)
                      : tr("\"%1\" (it holds %2) reads as \"%3\", the name of the account %4")
                            .arg(fullName, unusual, e.fullName, e.userName);
        else if (e.userKey.matches(userKey))
            why = tr("\"%1\" reads as the user name %2").arg(userName, e.userName);
        else
            continue;
        match = &e;
        break;
    }
    const Account &me = m_session.user();
    if (match && people->samePerson(match->userId, me.id))
        return Error(ErrorCode::Forbidden,
                     tr("An administrator cannot make an account for themselves (%1); another "
                        "administrator must.")
                         .arg(why));
    if (match && !account.samePerson)
        return Error(ErrorCode::PersonMatches,
                     tr("The new account may be a person who already has one: %1. If it is the "
                        "same person, say so and it is linked to them; otherwise tell them "
                        "apart.")
                         .arg(why));
    if (!match && account.samePerson)
        return Error(ErrorCode::InvalidInput,
                     tr("The new account is said to be a person who already has one, but no "
                        "account has the person identifier %1 or a name like %2.")
                         .arg(personId.value(), fullName));
    if (match && !match->personId.isEmpty() && !match->idKey.matches(idKey))
        return Error(ErrorCode::InvalidInput,
                     tr("The new account is said to be the person of %1, whose person "
                        "identifier is %2, not %3.")
                         .arg(match->userName, match->personId, personId.value()));
    if (match && !match->personId.isEmpty())
        return match->personId; // linked: the same identifier, as first written
    return personId.value();
}

Result<Account> AccountService::add(const NewAccount &account, const SecureBytes &initialPassword)
{
    if (Status s = m_session.requireRole(Role::Administrator, tr("add accounts")); !s)
        return s.error();
    Result<QString> userName = normalizeUserName(account.userName);
    if (!userName)
        return userName.error();
    Result<QString> fullName = normalizeFullName(account.fullName);
    if (!fullName)
        return fullName.error();
    Store &store = m_session.store();
    QSqlDatabase db = store.connection();
    {
        Result<Account> existing = Session::loadAccount(db, userName.value());
        if (existing) {
            return Error(ErrorCode::AlreadyExists,
                         tr("The user name \"%1\" is taken by %2 account of %3; user names are "
                            "never reused.")
                             .arg(userName.value(),
                                  existing->active ? tr("the active") : tr("the disabled"),
                                  existing->fullName));
        }
        if (existing.error().code() != ErrorCode::NotFound)
            return existing.error();
    }
    Result<QString> personId = personFor(account, userName.value(), fullName.value());
    if (!personId)
        return personId.error();
    if (Status s = PasswordPolicy::check({userName.value(), fullName.value(), personId.value()},
                                         initialPassword);
        !s)
        return s.error();

    // The slow part first, outside the write transaction.
    crypto::SigningKeyPair keys = crypto::generateSigningKeyPair();
    Result<QString> historyHash = crypto::hashForHistory(initialPassword);
    if (!historyHash)
        return historyHash.error();
    Result<KeySlot> slot =
        KeyRing::wrapForUser(store.storeId(), userName.value(), 0, keys.secretKey, initialPassword);
    if (!slot)
        return slot.error();

    AccountRecords records(db, m_session.audit(), m_session.user().userName);
    SlotWrite slotWrite(store, userName.value());
    const Status written =
        inTransaction(db, tr("Cannot add the account"), slotWrite, [&]() -> Status {
            if (Status s = stillAdministrator(db); !s)
                return s;
            // Again under the write lock: another administrator may have added a look-alike
            // since (the check before ran while the password was hashed).
            if (Result<QString> again = personFor(account, userName.value(), fullName.value());
                !again || again.value() != personId.value())
                return again ? Error(ErrorCode::StoreBusy,
                                     tr("The accounts changed while this one was checked; "
                                        "nothing was written. Try again."))
                             : again.error();
            Result<qint64> userId = records.insertUser(userName.value(), fullName.value(),
                                                       account.role, account.requirePasswordChange);
            if (!userId)
                return userId.error();
            if (Status s = records.statePerson(userId.value(), userName.value(), personId.value());
                !s)
                return s;
            if (Status s = records.rememberPassword(userId.value(), historyHash.value()); !s)
                return s;
            // Certified with this administrator's key: every signature made with it says so.
            Result<qint64> keyId = records.issueSigningKey(
                userId.value(), userName.value(), fullName.value(), account.role, keys.publicKey,
                {m_session.keyId(), &m_session.signingKey()});
            if (!keyId)
                return keyId.error();
            slot->keyId = keyId.value();
            // The key slot is written inside the transaction: if it cannot be, nothing is kept.
            return slotWrite.put(slot.value(), keys.publicKey, true);
        });
    if (!written)
        return written.error();
    return Session::loadAccount(db, userName.value());
}

Status AccountService::disable(const QString &userName, const QString &reason)
{
    if (Status s = m_session.requireRole(Role::Administrator, tr("disable accounts")); !s)
        return s;
    Result<Account> target = find(userName);
    if (!target)
        return target.error();
    if (!target->active)
        return Error(ErrorCode::InvalidInput,
                     tr("The account \"%1\" is already disabled.").arg(target->userName));
    if (target->userName == m_session.user().userName)
        return Error(ErrorCode::Forbidden,
                     tr("You cannot disable your own account; ask another administrator."));
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Give a reason for disabling the account."));
    if (Status s = Text::typed(reason, true, tr("The reason %1.")); !s)
        return s;

    // In a scope of its own: the re-key after it closes the store, and no handle of it may
    // outlive that.
    const auto disableAccount = [&]() -> Status {
        Store &store = m_session.store();
        QSqlDatabase db = store.connection();
        AuditTrail trail = m_session.audit();
        const QString actor = m_session.user().userName;
        SlotWrite slotWrite(store, target->userName);
        return inTransaction(db, tr("Cannot disable the account"), slotWrite, [&]() -> Status {
            // Checked again inside the write transaction, which serialises them with any other
            // process: two administrators disabling each other must not leave none.
            if (Status s = stillAdministrator(db); !s)
                return s;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT active, (SELECT count(*) FROM users WHERE role = 'administrator' "
                      "AND active = 1 AND id <> ?) FROM users WHERE id = ?"_s);
            q.addBindValue(target->id);
            q.addBindValue(target->id);
            if (!q.exec() || !q.next())
                return Store::errorFrom(tr("Cannot disable the account"), q.lastError());
            if (!q.value(0).toBool())
                return Error(ErrorCode::InvalidInput,
                             tr("The account \"%1\" is already disabled.").arg(target->userName));
            if (target->role == Role::Administrator && q.value(1).toInt() == 0)
                return Error(ErrorCode::Forbidden,
                             tr("\"%1\" is the last active administrator and cannot be disabled.")
                                 .arg(target->userName));
            q.finish();
            const QString now = toStoredTime(Clock::instance().nowUtc());
            q.prepare(u"UPDATE users SET active = 0, disabled_at = ?, disabled_by = ?, "
                      "disabled_reason = ? WHERE id = ?"_s);
            q.addBindValue(now);
            q.addBindValue(actor);
            q.addBindValue(reason.trimmed());
            q.addBindValue(target->id);
            if (!q.exec())
                return Store::errorFrom(tr("Cannot disable the account"), q.lastError());
            q.prepare(
                u"UPDATE user_keys SET retired_at = ? WHERE user_id = ? AND retired_at IS NULL"_s);
            q.addBindValue(now);
            q.addBindValue(target->id);
            if (!q.exec())
                return Store::errorFrom(tr("Cannot disable the account"), q.lastError());
            AuditEntry e;
            e.action = QString::fromLatin1(audit::kAccountDisabled);
            e.entityType = u"user"_s;
            e.entityId = target->userName;
            e.field = u"active"_s;
            e.oldValue = u"1"_s;
            e.newValue = u"0"_s;
            e.reason = reason.trimmed();
            if (Result<AuditEvent> r =
                    trail.append(actor, e, {AccountRecords::subject(target->userName)});
                !r)
                return r.error();
            // Deleting the slot takes the key away; the row stays for the record.
            return slotWrite.put(std::nullopt, {}, true);
        });
    };
    if (const Status disabled = disableAccount(); !disabled)
        return disabled;
    // The master key the account could unwrap is replaced, so that a copy of its slot kept
    // from before opens nothing any more.
    return m_session.rekey(tr("account \"%1\" disabled").arg(target->userName));
}

Status AccountService::resetPassword(const QString &userName, const SecureBytes &temporaryPassword)
{
    if (Status s = m_session.requireRole(Role::Administrator, tr("reset passwords")); !s)
        return s;
    Result<Account> target = find(userName);
    if (!target)
        return target.error();
    if (!target->active)
        return Error(ErrorCode::InvalidInput,
                     tr("The account \"%1\" is disabled; its password cannot be reset.")
                         .arg(target->userName));
    if (target->userName == m_session.user().userName)
        return Error(ErrorCode::Forbidden,
                     tr("To change your own password, use Change password, not a reset."));
    if (Status s =
            PasswordPolicy::check({target->userName, target->fullName, {}}, temporaryPassword);
        !s)
        return s;

    Store &store = m_session.store();
    crypto::SigningKeyPair keys = crypto::generateSigningKeyPair();
    Result<QString> historyHash = crypto::hashForHistory(temporaryPassword);
    if (!historyHash)
        return historyHash.error();
    Result<KeySlot> slot = KeyRing::wrapForUser(store.storeId(), target->userName, 0,
                                                keys.secretKey, temporaryPassword);
    if (!slot)
        return slot.error();

    QSqlDatabase db = store.connection();
    const QString actor = m_session.user().userName;
    AccountRecords records(db, m_session.audit(), actor);
    SlotWrite slotWrite(store, target->userName);
    return inTransaction(db, tr("Cannot reset the password"), slotWrite, [&]() -> Status {
        if (Status s = stillAdministrator(db); !s)
            return s;
        if (Status s = records.rememberPassword(target->id, historyHash.value()); !s)
            return s;
        if (Status s = records.setMustChangePassword(target->id, true); !s)
            return s;
        // Certified with this administrator's key, which every signature made with the new key
        // shows: the administrator knew its temporary password. So it signs nothing until
        // another administrator confirms that its person received it (confirmHandover).
        Result<qint64> keyId =
            records.issueSigningKey(target->id, target->userName, target->fullName, target->role,
                                    keys.publicKey, {m_session.keyId(), &m_session.signingKey()});
        if (!keyId)
            return keyId.error();
        if (Status s = records.recordReset(keyId.value(), target->id, target->userName); !s)
            return s;
        AuditEntry e;
        e.action = QString::fromLatin1(audit::kPasswordReset);
        e.entityType = u"user"_s;
        e.entityId = target->userName;
        e.reason = tr("temporary password set by an administrator; change required at next "
                      "login; key %1 signs once another administrator confirms the hand-over")
                       .arg(keyId.value());
        if (Result<AuditEvent> r = m_session.audit().append(
                actor, e, {AccountRecords::personSubject(target->userName)});
            !r)
            return r.error();
        slot->keyId = keyId.value();
        return slotWrite.put(slot.value(), keys.publicKey,
                             true); // clearing the attempts lifts a lockout
    });
}

Result<QString> AccountService::handoverPending(QSqlDatabase db, qint64 keyId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT h.reset_by, u.user_name FROM key_handovers h JOIN users u ON "
              "u.id = h.user_id WHERE h.key_id = ? AND h.confirmed_by IS NULL"_s);
    q.addBindValue(keyId);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the hand-over of key %1").arg(keyId),
                                q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return Store::errorFrom(tr("Cannot read the hand-over of key %1").arg(keyId),
                                    q.lastError());
        return QString();
    }
    return tr("The signing key of %1 was issued when %2 reset the password; it signs once another "
              "administrator confirms that %1 received the account (users confirm-handover).")
        .arg(q.value(1).toString(), q.value(0).toString());
}

Status AccountService::confirmHandover(const QString &userName)
{
    if (Status s = m_session.requireRole(Role::Administrator, tr("confirm hand-overs")); !s)
        return s;
    Result<Account> target = find(userName);
    if (!target)
        return target.error();
    QSqlDatabase db = m_session.store().connection();
    AccountRecords records(db, m_session.audit(), m_session.user().userName);
    SlotWrite noSlotChange(m_session.store(), target->userName); // the slot stays as it is
    return inTransaction(db, tr("Cannot confirm the hand-over"), noSlotChange, [&]() -> Status {
        if (Status s = stillAdministrator(db); !s)
            return s;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT h.key_id, r.id FROM key_handovers h LEFT JOIN users r ON "
                  "r.user_name = h.reset_by WHERE h.user_id = ? AND h.confirmed_by IS NULL AND "
                  "h.key_id = (SELECT max(k.id) FROM user_keys k WHERE k.user_id = h.user_id "
                  "AND k.retired_at IS NULL)"_s);
        q.addBindValue(target->id);
        if (!q.exec())
            return Store::errorFrom(tr("Cannot read the hand-over"), q.lastError());
        if (!q.next())
            return q.lastError().isValid()
                       ? Status(Store::errorFrom(tr("Cannot read the hand-over"), q.lastError()))
                       : Status(Error(ErrorCode::InvalidInput,
                                      tr("No password reset of %1 awaits a confirmed hand-over.")
                                          .arg(target->userName)));
        const qint64 keyId = q.value(0).toLongLong();
        const qint64 resetterId = q.value(1).toLongLong();
        q.finish();
        Result<People> people = People::load(db);
        if (!people)
            return people.error();
        const Account &me = m_session.user();
        if (people->samePerson(me.id, target->id))
            return Error(ErrorCode::Forbidden,
                         tr("You cannot confirm the hand-over of your own account."));
        if (people->samePerson(me.id, resetterId))
            return Error(ErrorCode::Forbidden,
                         tr("You reset the password of %1, so another administrator confirms "
                            "the hand-over.")
                             .arg(target->userName));
        return records.confirmHandover(keyId, target->userName);
    });
}

Status AccountService::statePerson(const QString &userName, const QString &personId,
                                   bool samePerson)
{
    if (Status s = m_session.requireRole(Role::Administrator, tr("state the person of accounts"));
        !s)
        return s;
    Result<Account> target = find(userName);
    if (!target)
        return target.error();
    Result<QString> id = Identity::normalizePersonId(personId);
    if (!id)
        return id.error();
    // An administrator may state their own account's person too (the only administrator of an
    // upgraded store has no one else to): it can only make them the same person as others, and
    // so barred from more, never from less.
    QSqlDatabase db = m_session.store().connection();
    AccountRecords records(db, m_session.audit(), m_session.user().userName);
    SlotWrite noSlotChange(m_session.store(), target->userName); // the slot stays as it is
    return inTransaction(db, tr("Cannot record the person"), noSlotChange, [&]() -> Status {
        if (Status s = stillAdministrator(db); !s)
            return s;
        // Read under the write lock: another administrator may have stated it meanwhile.
        Result<People> people = People::load(db);
        if (!people)
            return people.error();
        const People::Entry *self = people->byUserId(target->id);
        if (!self)
            return Error(ErrorCode::NotFound,
                         tr("There is no account \"%1\".").arg(target->userName));
        if (!self->personId.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         tr("%1 already belongs to the person %2; a person identifier is stated "
                            "once.")
                             .arg(target->userName, self->personId));
        const Identity::Key key = Identity::key(id.value());
        const People::Entry *other = nullptr;
        for (const People::Entry &e : people->entries()) {
            if (e.userId != target->id && e.idKey.matches(key))
                other = &e;
        }
        if (other && !samePerson)
            return Error(ErrorCode::PersonMatches,
                         tr("The person identifier %1 is that of %2 (%3). If %4 is that person, "
                            "say so and it is linked to them; otherwise check the identifier.")
                             .arg(id.value(), other->fullName, other->userName, target->userName));
        if (!other && samePerson)
            return Error(ErrorCode::InvalidInput,
                         tr("%1 is said to be a person who already has an account, but no other "
                            "account has the person identifier %2.")
                             .arg(target->userName, id.value()));
        // Linked: the identifier as the other account has it.
        return records.statePerson(target->id, target->userName,
                                   other ? other->personId : id.value());
    });
}

Status AccountService::changeOwnPassword(const SecureBytes &currentPassword,
                                         const SecureBytes &newPassword)
{
    if (!m_session.isOpen())
        return m_session.requireUsable();
    const Account me = m_session.user();
    if (Status s = m_session.confirmPassword(currentPassword); !s) {
        if (s.error().code() == ErrorCode::WrongCredentials)
            return Error(ErrorCode::WrongCredentials, tr("The current password is wrong."));
        return s;
    }
    if (Status s = PasswordPolicy::check({me.userName, me.fullName, {}}, newPassword); !s)
        return s;
    Store &store = m_session.store();
    if (Status s = checkHistory(store, me.id, newPassword); !s)
        return s;

    Result<QString> historyHash = crypto::hashForHistory(newPassword);
    if (!historyHash)
        return historyHash.error();
    // Same master key, same signing key: only the wrapping changes.
    Result<KeySlot> slot = KeyRing::wrapForUser(store.storeId(), me.userName, m_session.keyId(),
                                                m_session.signingKey(), newPassword);
    if (!slot)
        return slot.error();

    QSqlDatabase db = store.connection();
    AccountRecords records(db, m_session.audit(), me.userName);
    SlotWrite slotWrite(store, me.userName);
    const Status written =
        inTransaction(db, tr("Cannot change the password"), slotWrite, [&]() -> Status {
            if (Status s = records.rememberPassword(me.id, historyHash.value()); !s)
                return s;
            if (Status s = records.setMustChangePassword(me.id, false); !s)
                return s;
            AuditEntry e;
            e.action = QString::fromLatin1(audit::kPasswordChanged);
            e.entityType = u"user"_s;
            e.entityId = me.userName;
            e.reason = me.mustChangePassword ? tr("required change after a reset or first login")
                                             : tr("changed by the user");
            if (Result<AuditEvent> r = m_session.audit().append(
                    me.userName, e, {AccountRecords::subject(me.userName)});
                !r)
                return r.error();
            return slotWrite.put(slot.value(), m_session.publicKey(), false);
        });
    if (!written)
        return written;
    return m_session.reloadUser();
}

} // namespace rd
