// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/session.h"

#include "core/clock.h"
#include "core/version.h"
#include "security/esignature.h"
#include "store/rows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr char kAccountColumns[] =
    "u.id, u.user_name, u.full_name, u.role, u.active, u.must_change_password, u.created_at, "
    "u.created_by, u.password_changed_at, u.last_login_at, u.disabled_at, u.disabled_by, "
    "u.disabled_reason, (SELECT max(k.id) FROM user_keys k WHERE k.user_id = u.id AND "
    "k.retired_at IS NULL)";

QDateTime timeOrNull(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromStoredTime(v.toString());
}

Account accountFromQuery(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.userName = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.role = Roles::fromId(q.value(3).toString()).value_or(Role::Viewer);
    a.active = q.value(4).toBool();
    a.mustChangePassword = q.value(5).toBool();
    a.created = timeOrNull(q.value(6));
    a.createdBy = q.value(7).toString();
    a.passwordChanged = timeOrNull(q.value(8));
    a.lastLogin = timeOrNull(q.value(9));
    a.disabledAt = timeOrNull(q.value(10));
    a.disabledBy = q.value(11).toString();
    a.disabledReason = q.value(12).toString();
    a.currentKeyId = q.value(13).toLongLong();
    return a;
}

AuditEntry userEntry(const char *action, const QString &userName)
{
    AuditEntry e;
    e.action = QString::fromLatin1(action);
    e.entityType = u"user"_s;
    e.entityId = userName;
    return e;
}

} // namespace

Result<Account> Session::loadAccount(QSqlDatabase db, const QString &userName)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + QLatin1StringView(kAccountColumns) +
              u" FROM users u WHERE u.user_name = ?"_s);
    q.addBindValue(userName);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the account \"%1\"").arg(userName), q.lastError());
    const Result<bool> found = nextRow(q, tr("Cannot read the account \"%1\"").arg(userName));
    if (!found)
        return found.error();
    if (!found.value())
        return Error(ErrorCode::NotFound, tr("There is no account \"%1\".").arg(userName));
    return accountFromQuery(q);
}

Result<std::unique_ptr<Session>> Session::open(const QString &storePath, const QString &userName,
                                               const SecureBytes &password, const Options &options)
{
    Result<UnlockedKeys> keys = KeyRing::unlock(storePath, userName, password);
    if (!keys)
        return keys.error();
    return open(std::move(keys).value(), options);
}

Result<std::unique_ptr<Session>> Session::open(UnlockedKeys keys, const Options &options)
{
    Result<std::unique_ptr<Store>> store = Store::open(
        keys.storePath, keys.storeId, keys.masterKey.copy(), keys.userName, options.store);
    if (!store)
        return store.error();

    std::unique_ptr<Session> session(new Session());
    session->m_store = std::move(store).value();
    session->m_keyId = keys.keyId;
    // A records.db older than the last signed checkpoint (a copy put back, a cut-off end) is
    // refused before anything is written, so that the evidence stays as it was found.
    if (keys.header.anchor) {
        const Status s = AuditTrail(session->m_store->connection(), session->m_store->storeId())
                             .checkAnchor(*keys.header.anchor);
        if (!s) {
            session->m_store.reset();
            return Error(s.error().code(),
                         s.error().message() + u' ' +
                             tr("Nothing was changed. If the older copy is to be kept, an "
                                "administrator can accept it with the recovery code "
                                "(releasedesk recover --accept-rollback)."));
        }
    }
    if (Status s = session->recordLogin(keys); !s) {
        session->m_store.reset(); // not a session: no checkpoint
        return s.error();
    }
    session->m_signingKey = std::move(keys.signingKey);
    return session;
}

// Writes the login and the failed logins that were waiting in keyslots.json, or, when the
// account may not log in, the refusal; then clears what was reported from keyslots.json.
Status Session::recordLogin(const UnlockedKeys &keys)
{
    QSqlDatabase db = m_store->connection();
    AuditTrail trail(db, m_store->storeId());
    const QString user = keys.userName;

    Result<Account> account = loadAccount(db, user);
    QString refusal;
    ErrorCode refusalCode = ErrorCode::AccountDisabled;
    if (!account) {
        if (account.error().code() != ErrorCode::NotFound)
            return account.error();
        refusal = tr("The account \"%1\" has a key slot but no record in this store; ask an "
                     "administrator to reset its password.")
                      .arg(user);
    } else if (!account->active) {
        refusal = tr("The account \"%1\" is disabled.").arg(user);
    } else if (account->currentKeyId > keys.keyId) {
        refusal = tr("The key slot of \"%1\" is out of date (keyslots.json was restored from an "
                     "older copy); ask an administrator to reset the password.")
                      .arg(user);
        refusalCode = ErrorCode::Tampered;
    } else if (account->currentKeyId != keys.keyId) {
        refusal = tr("The last password change of \"%1\" was interrupted before it was saved in "
                     "the records; ask an administrator to reset the password.")
                      .arg(user);
    }

    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the login"), db.lastError());
    const auto rollback = [&db](Error e) -> Status {
        db.rollback();
        return e;
    };

    // Failed logins and lockouts since the last successful unlock, for every account.
    QList<std::pair<QString, LoginAttempts>> reported;
    for (auto it = keys.header.attempts.constBegin(); it != keys.header.attempts.constEnd(); ++it) {
        for (const QDateTime &t : it->unreportedFailures) {
            AuditEntry e = userEntry(audit::kLoginFailed, it.key());
            e.newValue = toStoredTime(t);
            e.reason = tr("wrong password");
            if (Result<AuditEvent> r = trail.append(user, e); !r)
                return rollback(r.error());
        }
        for (const QDateTime &t : it->unreportedLockouts) {
            AuditEntry e = userEntry(audit::kAccountLocked, it.key());
            e.newValue = toStoredTime(t);
            e.reason = tr("%1 failed logins in a row; locked for %2 minutes")
                           .arg(KeyRing::kMaxConsecutiveFailures)
                           .arg(KeyRing::kLockoutMinutes);
            if (Result<AuditEvent> r = trail.append(user, e); !r)
                return rollback(r.error());
        }
        reported.append({it.key(), *it});
    }
    for (const QDateTime &t : keys.header.unknownUserFailures) {
        AuditEntry e = userEntry(audit::kLoginFailed, QString());
        e.newValue = toStoredTime(t);
        e.reason = tr("unknown user name");
        if (Result<AuditEvent> r = trail.append(user, e); !r)
            return rollback(r.error());
    }

    if (!refusal.isEmpty()) {
        AuditEntry e = userEntry(audit::kLoginRefused, user);
        e.reason = refusal;
        if (Result<AuditEvent> r = trail.append(user, e); !r)
            return rollback(r.error());
    } else {
        AuditEntry e = userEntry(audit::kSessionOpened, user);
        e.newValue = tr("ReleaseDesk %1 on %2")
                         .arg(QLatin1StringView(kVersion), QSysInfo::machineHostName());
        if (Result<AuditEvent> r = trail.append(user, e); !r)
            return rollback(r.error());
        QSqlQuery q(db);
        q.prepare(u"UPDATE users SET last_login_at = ? WHERE id = ?"_s);
        q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
        q.addBindValue(account->id);
        if (!q.exec())
            return rollback(Store::errorFrom(tr("Cannot record the login"), q.lastError()));
    }
    if (!db.commit())
        return rollback(Store::errorFrom(tr("Cannot record the login"), db.lastError()));

    // The events are in the trail; now take them off the waiting list (keeping any that
    // arrived meanwhile) and reset this user's failure count.
    const QList<QDateTime> unknownReported = keys.header.unknownUserFailures;
    const bool success = refusal.isEmpty();
    const Status cleared =
        KeyRing::modify(m_store->paths().root(), &m_store->masterKey(),
                        [&reported, &unknownReported, &user, success](KeySlotFile &f) -> Status {
                            for (const auto &[name, was] : reported) {
                                if (!f.attempts.contains(name))
                                    continue;
                                LoginAttempts &now = f.attempts[name];
                                for (const QDateTime &t : was.unreportedFailures)
                                    now.unreportedFailures.removeOne(t);
                                for (const QDateTime &t : was.unreportedLockouts)
                                    now.unreportedLockouts.removeOne(t);
                            }
                            for (const QDateTime &t : unknownReported)
                                f.unknownUserFailures.removeOne(t);
                            if (success && f.attempts.contains(user)) {
                                f.attempts[user].consecutiveFailures = 0;
                                f.attempts[user].lockedUntil = QDateTime();
                            }
                            return {};
                        });
    if (!cleared) {
        m_warnings << tr("The failed-login counters in keyslots.json could not be updated: %1")
                          .arg(cleared.error().message());
    }

    if (!refusal.isEmpty())
        return Error(refusalCode, refusal);
    m_user = account.value();
    return {};
}

Session::~Session()
{
    (void)end(EndReason::Closed);
}

Status Session::end(EndReason reason)
{
    if (!m_store)
        return {};
    const Status result =
        signCheckpoint(reason == EndReason::Locked ? audit::kSessionLocked : audit::kSessionClosed);
    m_store.reset();
    m_signingKey = SecureBytes();
    m_locked = false;
    return result;
}

Status Session::lock()
{
    if (!m_store)
        return Error(ErrorCode::Failed, tr("The session has ended; unlock the store again."));
    if (m_locked)
        return {};
    m_locked = true;
    return signCheckpoint(audit::kSessionLocked);
}

Status Session::resume(const SecureBytes &password)
{
    if (!m_store)
        return Error(ErrorCode::Failed, tr("The session has ended; unlock the store again."));
    if (Status s = confirmPassword(password); !s)
        return s;
    QSqlDatabase db = m_store->connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the unlock"), db.lastError());
    AuditEntry e = userEntry(audit::kSessionResumed, user().userName);
    if (Result<AuditEvent> r = AuditTrail(db, m_store->storeId()).append(user().userName, e); !r) {
        db.rollback();
        return r.error();
    }
    if (!db.commit()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot record the unlock"), db.lastError());
    }
    m_locked = false;
    return {};
}

Result<int> Session::inactivityMinutes() const
{
    if (!m_store)
        return Error(ErrorCode::Failed, tr("The session has ended; unlock the store again."));
    QSqlQuery q(m_store->connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'inactivity_lock_minutes'"_s))
        return Store::errorFrom(tr("Cannot read the store's settings"), q.lastError());
    const Result<bool> set = nextRow(q, tr("Cannot read the store's settings"));
    if (!set)
        return set.error();
    return inactivityLockMinutes(set.value() ? q.value(0) : QVariant());
}

Status Session::setInactivityMinutes(int minutes)
{
    if (Status s = requireRole(Role::Administrator, tr("set the inactivity lock")); !s)
        return s;
    if (minutes < 1 || minutes > kMaxInactivityMinutes)
        return Error(ErrorCode::InvalidInput, tr("The inactivity lock is 1 to %1 minutes, not %2.")
                                                  .arg(kMaxInactivityMinutes)
                                                  .arg(minutes));
    Result<int> before = inactivityMinutes();
    if (!before)
        return before.error();
    if (before.value() == minutes)
        return {};
    QSqlDatabase db = m_store->connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot change the setting"), db.lastError());
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('inactivity_lock_minutes', ?)"_s);
    q.addBindValue(QString::number(minutes));
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kSettingChanged);
    e.entityType = u"store"_s;
    e.entityId = m_store->storeId();
    e.field = u"inactivity_lock_minutes"_s;
    e.oldValue = QString::number(before.value());
    e.newValue = QString::number(minutes);
    if (!q.exec()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot change the setting"), q.lastError());
    }
    if (Result<AuditEvent> r = AuditTrail(db, m_store->storeId()).append(user().userName, e); !r) {
        db.rollback();
        return r.error();
    }
    if (!db.commit()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot change the setting"), db.lastError());
    }
    return {};
}

Status Session::signCheckpoint(const char *action)
{
    Status result;
    {
        QSqlDatabase db = m_store->connection();
        AuditTrail trail(db, m_store->storeId());
        if (!db.transaction()) {
            result = Store::errorFrom(tr("Cannot record the checkpoint"), db.lastError());
        } else if (Result<AuditEvent> e =
                       trail.appendCheckpoint(user().userName, m_keyId, m_signingKey, action);
                   !e) {
            db.rollback();
            result = e.error();
        } else if (!db.commit()) {
            result = Store::errorFrom(tr("Cannot record the checkpoint"), db.lastError());
            db.rollback();
        } else {
            const CheckpointAnchor anchor = AuditTrail::anchorOf(e.value());
            result = KeyRing::modify(m_store->paths().root(), &m_store->masterKey(),
                                     [&anchor, &trail](KeySlotFile &f) -> Status {
                                         // Never move the anchor back (a later checkpoint of
                                         // another process may be there already), and never forward
                                         // over one the trail no longer holds: that is the evidence
                                         // of a roll-back during this session.
                                         if (f.anchor && f.anchor->seq >= anchor.seq)
                                             return {};
                                         if (f.anchor) {
                                             if (Status s = trail.checkAnchor(*f.anchor); !s)
                                                 return s;
                                         }
                                         f.anchor = anchor;
                                         return {};
                                     });
        }
    }
    return result;
}

int Session::inactivityLockMinutes(const QVariant &configured)
{
    bool ok = false;
    const int minutes = configured.toInt(&ok);
    if (!configured.isValid() || !ok || minutes < 1)
        return kDefaultInactivityMinutes;
    return std::min(minutes, kMaxInactivityMinutes);
}

Account Session::user() const
{
    QMutexLocker lock(&m_userMutex);
    return m_user;
}

AuditTrail Session::audit() const
{
    return AuditTrail(m_store->connection(), m_store->storeId());
}

const QString &Session::storePath() const
{
    return m_store->paths().root();
}

Status Session::requireUsable() const
{
    if (!m_store)
        return Error(ErrorCode::Failed, tr("The session has ended; unlock the store again."));
    const Account me = user();
    if (me.mustChangePassword) {
        return Error(
            ErrorCode::PasswordChangeRequired,
            tr("%1 must change the password before doing anything else.").arg(me.userName));
    }
    return {};
}

Status Session::requireRole(Role role, const QString &what) const
{
    if (Status s = requireUsable(); !s)
        return s;
    const Account me = user();
    if (me.role != role) {
        return Error(ErrorCode::Forbidden, tr("Only a user with the role %1 can %2; %3 is %4.")
                                               .arg(Roles::displayName(role), what, me.userName,
                                                    Roles::displayName(me.role)));
    }
    return {};
}

Status Session::reloadUser()
{
    Result<Account> a = loadAccount(m_store->connection(), user().userName);
    if (!a)
        return a.error();
    QMutexLocker lock(&m_userMutex);
    m_user = a.value();
    return {};
}

Status Session::confirmPassword(const SecureBytes &password) const
{
    Result<UnlockedKeys> keys = KeyRing::unlock(m_store->paths().root(), user().userName, password);
    if (!keys) {
        if (keys.error().code() == ErrorCode::WrongCredentials)
            return Error(ErrorCode::WrongCredentials, tr("The password is wrong."));
        return keys.error();
    }
    if (keys->keyId != m_keyId || !keys->masterKey.equals(m_store->masterKey()))
        return Error(ErrorCode::WrongCredentials, tr("The password is wrong."));
    return {};
}

Result<StoreFacts> Session::facts() const
{
    if (Status s = requireUsable(); !s)
        return s.error();
    StoreFacts f;
    f.path = m_store->paths().root();
    f.storeId = m_store->storeId();
    f.schemaVersion = m_store->schemaVersion();
    f.cipherLibrary = m_store->cipherVersion();
    Result<KeySlotFile> header = KeySlotFile::load(m_store->paths().keyslots());
    if (!header)
        return header.error();
    f.cipher = header->cipher;
    f.created = header->created;
    f.lastCheckpoint = header->anchor;
    QSqlQuery q(m_store->connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT count(*), coalesce(sum(active), 0) FROM users"_s) || !q.next())
        return Store::errorFrom(tr("Cannot count the accounts"), q.lastError());
    f.accounts = q.value(0).toLongLong();
    f.activeAccounts = q.value(1).toLongLong();
    Result<qint64> events = audit().count();
    if (!events)
        return events.error();
    f.auditEvents = events.value();
    return f;
}

Result<StoreVerification> Session::verify(const AuditVerifier::Progress &progress, bool record)
{
    if (Status s = requireUsable(); !s)
        return s.error();
    QSqlDatabase db = m_store->connection();
    QHash<qint64, SignerKey> keys;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT k.id, u.user_name, k.public_key FROM user_keys k "
                "JOIN users u ON u.id = k.user_id"_s))
        return Store::errorFrom(tr("Cannot read the signing keys"), q.lastError());
    const Status read = eachRow(q, tr("Cannot read the signing keys"), [&] {
        keys.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toByteArray()});
    });
    if (!read)
        return read.error();

    Result<KeySlotFile> header = KeySlotFile::load(m_store->paths().keyslots());
    if (!header)
        return header.error();
    if (!header->macMatches(m_store->masterKey())) {
        StoreVerification altered;
        altered.audit.ok = false;
        altered.audit.problem = tr("keyslots.json was changed outside ReleaseDesk: its integrity "
                                   "code does not match, so its record of the last checkpoint "
                                   "cannot be trusted.");
        return altered;
    }

    // The signatures are checked on a second thread, with a connection of its own, while this
    // one walks the chain: each takes seconds on a store of some years, and a signature's
    // check does not depend on the chain's (only its result is not reported when the chain
    // fails).
    std::optional<Result<SignatureVerification>> signatureCheck;
    std::thread signatureThread([this, &signatureCheck] {
        const ThreadConnection connection(*m_store);
        signatureCheck = ESignatures::verifyAll(connection.database(), m_store->storeId());
    });
    const AuditVerifier verifier(db, m_store->storeId(), keys, header->anchor);
    // The chain itself in runs on every core, at most four.
    Result<AuditVerification> audit =
        verifier.run(*m_store, std::clamp(QThread::idealThreadCount(), 1, 4), progress);
    signatureThread.join();
    if (!audit)
        return audit.error();

    StoreVerification result;
    result.audit = audit.value();
    if (result.audit.ok) {
        Result<SignatureVerification> signatures = std::move(*signatureCheck);
        if (!signatures)
            return signatures.error();
        result.signatures = signatures->signatures;
        if (!signatures->ok) {
            result.audit.ok = false;
            result.audit.failedSeq = 0;
            result.audit.problem = signatures->problem;
        }
    }
    for (const KeySlot &slot : std::as_const(header->userSlots)) {
        if (slot.kdf.cost.isBelowStandard()) {
            result.warnings
                << tr("The key slot of \"%1\" uses the test-only minimum Argon2id cost; "
                      "reset that password.")
                       .arg(slot.userName);
        }
    }
    if (header->recovery && header->recovery->kdf.cost.isBelowStandard()) {
        result.warnings << tr("The recovery slot uses the test-only minimum Argon2id cost.");
    }

    if (!record)
        return result;
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kVerified);
    e.entityType = u"store"_s;
    e.entityId = m_store->storeId();
    e.newValue =
        result.audit.ok
            ? tr("ok: %1 events, %2 checkpoints, %3 signatures")
                  .arg(result.audit.events)
                  .arg(result.audit.checkpoints)
                  .arg(result.signatures)
            : tr("failed at event %1: %2").arg(result.audit.failedSeq).arg(result.audit.problem);
    // Recording the verification is a courtesy to the next reader; failing to is not fatal.
    if (db.transaction()) {
        const Result<AuditEvent> recorded =
            AuditTrail(db, m_store->storeId()).append(user().userName, e);
        if (!recorded || !db.commit())
            db.rollback();
    }
    return result;
}

} // namespace rd
