// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/session.h"

#include "accounts/accountrecords.h"
#include "core/clock.h"
#include "core/version.h"
#include "security/esignature.h"
#include "session/storeverifier.h"
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
    "k.retired_at IS NULL), (SELECT p.person_id FROM account_persons p WHERE p.user_id = u.id), "
    "EXISTS (SELECT 1 FROM key_handovers h WHERE h.user_id = u.id AND h.confirmed_by IS NULL "
    "AND h.key_id = (SELECT max(k.id) FROM user_keys k WHERE k.user_id = u.id AND "
    "k.retired_at IS NULL))";

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
    a.personId = q.value(14).toString();
    a.handoverPending = q.value(15).toBool();
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
    const StorePaths paths(keys.storePath);
    // keyslots.json as it is now: a re-key may have finished since the unlock, and the anchors
    // and counters are judged as they stand.
    Result<KeySlotFile> fresh = KeySlotFile::load(paths.keyslots());
    if (!fresh)
        return fresh.error();
    KeySlotFile &header = fresh.value();
    if (header.formatVersion < KeySlotFile::kFormatVersion || header.rootPublicKey.isEmpty()) {
        return Error(ErrorCode::StoreOlder,
                     tr("%1 was made by an earlier ReleaseDesk; upgrade it once with the recovery "
                        "code (releasedesk upgrade).")
                         .arg(paths.displayName()));
    }
    if (!keys.userName.isEmpty() &&
        (header.epoch != keys.header.epoch || header.pendingEpoch != keys.header.pendingEpoch)) {
        const auto slot = header.userSlots.constFind(keys.userName);
        if (slot == header.userSlots.constEnd())
            return Error(ErrorCode::WrongCredentials, KeyRing::wrongCredentialsMessage());
        if (Status s = KeyRing::openMasterKeys(header, *slot, keys); !s)
            return s.error();
    }
    keys.header = header;
    // A re-key a crash interrupted is finished (or abandoned) first.
    SecureBytes masterKey;
    int epoch = header.epoch;
    if (header.pendingEpoch) {
        Result<Rekey::Settled> settled = Rekey::settle(keys.storePath, keys);
        if (!settled)
            return settled.error();
        masterKey = std::move(settled->masterKey);
        epoch = settled->epoch;
    } else {
        masterKey = std::move(keys.masterKey);
    }
    if (masterKey.isEmpty()) {
        return Error(ErrorCode::StoreDamaged,
                     tr("The key slot of \"%1\" holds no master key for records.db; ask an "
                        "administrator to reset the password.")
                         .arg(keys.userName));
    }

    Store::Options storeOptions = options.store;
    storeOptions.pageSize = header.cipher.pageSize;
    Result<std::unique_ptr<Store>> store = Store::open(
        keys.storePath, keys.storeId, std::move(masterKey), keys.userName, storeOptions);
    if (!store)
        return store.error();

    std::unique_ptr<Session> session(new Session());
    session->m_store = std::move(store).value();
    session->m_store->setEpoch(epoch);
    session->m_storePath = session->m_store->paths().root();
    session->m_storeId = keys.storeId;
    session->m_keyId = keys.keyId;
    session->m_publicKey = keys.publicKey;
    session->m_rootPublicKey = header.rootPublicKey;
    // Nothing is written until records.db and keyslots.json are known to belong together:
    // a records.db older than a signed checkpoint (a copy put back, a cut-off end) is refused
    // so that the evidence stays as it was found.
    if (Status s = session->checkRecordsAgainstHeader(header, keys); !s) {
        session->m_store.reset();
        return s.error();
    }
    if (Status s = session->recordLogin(keys, header); !s) {
        session->m_store.reset(); // not a session: no checkpoint
        return s.error();
    }
    session->m_signingKey = std::move(keys.signingKey);
    if (header.rekeyUnaudited) {
        if (Status s = session->recordUnauditedRekey(); !s)
            session->m_warnings << s.error().message();
    }
    return session;
}

// The root that keyslots.json names must be the one records.db recorded; every signed anchor
// must still be in the trail; the slot's key must be certified for this user.
Status Session::checkRecordsAgainstHeader(const KeySlotFile &header, const UnlockedKeys &keys)
{
    QSqlDatabase db = m_store->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'root_public_key'"_s))
        return Store::errorFrom(tr("Cannot read the store root"), q.lastError());
    const QByteArray recorded =
        q.next() ? QByteArray::fromHex(q.value(0).toString().toLatin1()) : QByteArray();
    q.finish();
    if (recorded != header.rootPublicKey) {
        return Error(ErrorCode::Tampered,
                     tr("keyslots.json names store root %1, but records.db recorded root %2: one "
                        "of the two files was replaced. Nothing was changed.")
                         .arg(StoreRoot::fingerprint(m_storeId, header.rootPublicKey),
                              recorded.isEmpty() ? tr("(none)")
                                                 : StoreRoot::fingerprint(m_storeId, recorded)));
    }
    AuditTrail trail(db, m_storeId);
    for (const CheckpointAnchor &anchor : header.anchors) {
        const Status s = trail.checkAnchor(anchor);
        if (!s) {
            return Error(s.error().code(),
                         s.error().message() + u' ' +
                             tr("Nothing was changed. If the older copy is to be kept, an "
                                "administrator can accept it with the recovery code "
                                "(releasedesk recover --accept-rollback)."));
        }
    }
    if (keys.userName.isEmpty())
        return {};
    Result<KeyDirectory> directory = KeyDirectory::load(db, m_storeId, header.rootPublicKey);
    if (!directory)
        return directory.error();
    Result<AuditHead> head = trail.head();
    if (!head)
        return head.error();
    const CertifiedKey *mine = directory->find(keys.keyId);
    if (mine && mine->certified() && mine->cert.userName == keys.userName && mine->retiredSeq > 0) {
        return Error(ErrorCode::Tampered,
                     tr("The key slot of \"%1\" is out of date: its key was replaced at audit "
                        "event %2 (keyslots.json was restored from an older copy). Ask an "
                        "administrator to reset the password.")
                         .arg(keys.userName)
                         .arg(mine->retiredSeq));
    }
    QString problem = directory->signerProblem(keys.keyId, keys.userName, head->seq + 1);
    if (problem.isEmpty() && (!mine || mine->cert.publicKey != keys.publicKey))
        problem = tr("the key in the slot is not the certified key %1.").arg(keys.keyId);
    if (!problem.isEmpty()) {
        return Error(ErrorCode::Tampered,
                     tr("The key slot of \"%1\" does not hold a certified signing key (%2); it was "
                        "not made by ReleaseDesk. Ask an administrator to reset the password.")
                         .arg(keys.userName, problem));
    }
    return {};
}

namespace {

// A failed-login record of keyslots.json as the trail may believe it: nobody could sign it
// when it was written, so it must at least be possible.
bool plausible(const QDateTime &t, const QDateTime &notBefore, const QDateTime &now)
{
    return t.isValid() && t >= notBefore.addSecs(-KeyRing::kClockToleranceSeconds) &&
           t <= now.addSecs(KeyRing::kClockToleranceSeconds);
}

} // namespace

// Writes the login and the failed logins that were waiting in keyslots.json, or, when the
// account may not log in, the refusal; then clears what was reported from keyslots.json.
Status Session::recordLogin(const UnlockedKeys &keys, const KeySlotFile &header)
{
    QSqlDatabase db = m_store->connection();
    AuditTrail trail(db, m_store->storeId());
    const QString user = keys.userName;
    const QDateTime now = Clock::instance().nowUtc();
    // No failed login can be older than the newest event: the store could not have been
    // written to without the login that followed it.
    Result<AuditHead> head = trail.head();
    if (!head)
        return head.error();
    const QDateTime notBefore = head->utc.isValid() ? head->utc : header.created;

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

    // Failed logins and lockouts since the last successful unlock, for every account; what
    // cannot be true is recorded as such, not as a failed login.
    QStringList rejected;
    const auto rejectedTime = [&rejected](const QString &what, const QDateTime &t) {
        rejected << tr("%1 at %2").arg(what, t.isValid() ? toStoredTime(t) : tr("no valid time"));
    };
    QSet<QString> accounts;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT user_name FROM users"_s))
            return rollback(Store::errorFrom(tr("Cannot read the accounts"), q.lastError()));
        while (q.next())
            accounts.insert(q.value(0).toString());
        if (q.lastError().isValid())
            return rollback(Store::errorFrom(tr("Cannot read the accounts"), q.lastError()));
    }
    QList<std::pair<QString, LoginAttempts>> reported;
    for (auto it = header.attempts.constBegin(); it != header.attempts.constEnd(); ++it) {
        reported.append({it.key(), *it});
        if (!accounts.contains(it.key())) {
            rejected << tr("failed logins of \"%1\", which is no account of this store")
                            .arg(it.key().left(40).toHtmlEscaped().simplified());
            continue;
        }
        for (const QDateTime &t : it->unreportedFailures) {
            if (!plausible(t, notBefore, now)) {
                rejectedTime(tr("a failed login of %1").arg(it.key()), t);
                continue;
            }
            AuditEntry e = userEntry(audit::kLoginFailed, it.key());
            e.newValue = toStoredTime(t);
            e.reason = tr("wrong password");
            if (Result<AuditEvent> r = trail.append(user, e); !r)
                return rollback(r.error());
        }
        for (const QDateTime &t : it->unreportedLockouts) {
            if (!plausible(t, notBefore, now)) {
                rejectedTime(tr("a lockout of %1").arg(it.key()), t);
                continue;
            }
            AuditEntry e = userEntry(audit::kAccountLocked, it.key());
            e.newValue = toStoredTime(t);
            e.reason = tr("%1 failed logins in a row; locked for %2 minutes")
                           .arg(KeyRing::kMaxConsecutiveFailures)
                           .arg(KeyRing::kLockoutMinutes);
            if (Result<AuditEvent> r = trail.append(user, e); !r)
                return rollback(r.error());
        }
        if (it->lockedAt.isValid() && !plausible(it->lockedAt, notBefore, now))
            rejectedTime(tr("a lockout of %1").arg(it.key()), it->lockedAt);
    }
    for (const QDateTime &t : header.unknownUserFailures) {
        if (!plausible(t, notBefore, now)) {
            rejectedTime(tr("a failed login of an unknown user"), t);
            continue;
        }
        AuditEntry e = userEntry(audit::kLoginFailed, QString());
        e.newValue = toStoredTime(t);
        e.reason = tr("unknown user name");
        if (Result<AuditEvent> r = trail.append(user, e); !r)
            return rollback(r.error());
    }
    // The count of failed logins only ever grows; each login records it. A count that went back,
    // or that ran ahead of the records kept, means records were removed.
    qint64 recordedCount = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT value FROM meta WHERE key = 'failed_logins_counted'"_s))
            return rollback(Store::errorFrom(tr("Cannot record the login"), q.lastError()));
        if (q.next())
            recordedCount = q.value(0).toLongLong();
    }
    qint64 records = header.unknownUserFailures.size();
    for (const LoginAttempts &a : header.attempts)
        records += a.unreportedFailures.size();
    const qint64 counted = header.failuresCounted - recordedCount;
    if (counted < 0) {
        rejected << tr("keyslots.json counts %1 failed logins, fewer than the %2 recorded at an "
                       "earlier login: its failed-login records were reset")
                        .arg(header.failuresCounted)
                        .arg(recordedCount);
    } else if (counted > records) {
        rejected << tr("%1 failed logins were counted since the last login, but keyslots.json "
                       "holds the records of only %2: the others were removed")
                        .arg(counted)
                        .arg(records);
    } else if (counted < records) {
        rejected << tr("keyslots.json holds %1 failed-login records, but only %2 failed logins "
                       "were counted since the last login: records were added")
                        .arg(records)
                        .arg(counted);
    }
    if (!rejected.isEmpty()) {
        AuditEntry e;
        e.action = QString::fromLatin1(audit::kKeySlotsClaimRejected);
        e.entityType = u"store"_s;
        e.entityId = m_store->storeId();
        e.newValue = rejected.join(u"; "_s);
        e.reason =
            tr("keyslots.json held failed-login records that cannot be true (a time in the "
               "future or before the last recorded event, or a name that is no account); they "
               "were written outside ReleaseDesk and are not taken as failed logins");
        if (Result<AuditEvent> r = trail.append(user, e); !r)
            return rollback(r.error());
    }

    if (!refusal.isEmpty()) {
        AuditEntry e = userEntry(audit::kLoginRefused, user);
        e.reason = refusal;
        if (Result<AuditEvent> r = trail.append(user, e); !r)
            return rollback(r.error());
    } else {
        QSqlQuery q(db);
        q.prepare(u"UPDATE users SET last_login_at = ? WHERE id = ?"_s);
        q.addBindValue(toStoredTime(now));
        q.addBindValue(account->id);
        if (!q.exec())
            return rollback(Store::errorFrom(tr("Cannot record the login"), q.lastError()));
        QList<RecordBindings::Subject> bound = {AccountRecords::subject(user)};
        if (header.failuresCounted > recordedCount) {
            q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES "
                      "('failed_logins_counted', ?)"_s);
            q.addBindValue(QString::number(header.failuresCounted));
            if (!q.exec())
                return rollback(Store::errorFrom(tr("Cannot record the login"), q.lastError()));
            bound.append({RecordBindings::Kind::Meta, u"failed_logins_counted"_s});
        }
        AuditEntry e = userEntry(audit::kSessionOpened, user);
        e.newValue = tr("ReleaseDesk %1 on %2")
                         .arg(QLatin1StringView(kVersion), QSysInfo::machineHostName());
        if (Result<AuditEvent> r = trail.append(user, e, bound); !r)
            return rollback(r.error());
    }
    if (!db.commit())
        return rollback(Store::errorFrom(tr("Cannot record the login"), db.lastError()));

    // The events are in the trail; now take them off the waiting list (keeping any that
    // arrived meanwhile) and reset this user's failure count.
    const QList<QDateTime> unknownReported = header.unknownUserFailures;
    const bool success = refusal.isEmpty();
    const Status cleared =
        KeyRing::modify(m_store->paths().root(),
                        [&reported, &unknownReported, &user, success](KeySlotFile &f) -> Status {
                            for (const auto &[name, was] : reported) {
                                if (!f.attempts.contains(name))
                                    continue;
                                LoginAttempts &left = f.attempts[name];
                                for (const QDateTime &t : was.unreportedFailures)
                                    left.unreportedFailures.removeOne(t);
                                for (const QDateTime &t : was.unreportedLockouts)
                                    left.unreportedLockouts.removeOne(t);
                                if (left.isEmpty())
                                    f.attempts.remove(name);
                            }
                            for (const QDateTime &t : unknownReported)
                                f.unknownUserFailures.removeOne(t);
                            if (success && f.attempts.contains(user)) {
                                f.attempts[user].consecutiveFailures = 0;
                                f.attempts[user].lockedAt = QDateTime();
                            }
                            return {};
                        });
    if (!cleared) {
        m_warnings << tr("The failed-login counters in keyslots.json could not be updated: %1")
                          .arg(cleared.error().message());
    }

    if (!rejected.isEmpty()) {
        m_warnings << tr("keyslots.json held failed-login records that cannot be true; the audit "
                         "trail records them as such: %1")
                          .arg(rejected.join(u"; "_s));
    }
    if (!refusal.isEmpty())
        return Error(refusalCode, refusal);
    m_user = account.value();
    return {};
}

// A re-key that finished after the session that asked for it ended (or that a crash
// interrupted) is recorded by the next session, with a checkpoint.
Status Session::recordUnauditedRekey()
{
    Result<KeySlotFile> header = KeySlotFile::load(m_store->paths().keyslots());
    if (!header)
        return header.error();
    if (!header->rekeyUnaudited)
        return {};
    if (Status s = Rekey::record(m_store->connection(), m_store->paths().root(), m_storeId,
                                 user().userName, *header->rekeyUnaudited);
        !s)
        return s;
    return signSecurityCheckpoint();
}

Session::~Session()
{
    (void)end(EndReason::Closed);
}

Status Session::end(EndReason reason)
{
    if (!m_store)
        return {};
    Status result =
        signCheckpoint(reason == EndReason::Locked ? audit::kSessionLocked : audit::kSessionClosed);
    // A re-key that had to wait (an account disabled while the store was busy) is done now,
    // when this session lets go of the store.
    if (result) {
        Result<KeySlotFile> header = KeySlotFile::load(m_store->paths().keyslots());
        if (header && !header->rekeyDue.isEmpty() && m_store->connectionCount() <= 1)
            (void)runRekey(header->rekeyDue, true);
    }
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
    if (Result<AuditEvent> r =
            AuditTrail(db, m_store->storeId())
                .append(user().userName, e,
                        {{RecordBindings::Kind::Meta, u"inactivity_lock_minutes"_s}});
        !r) {
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
    QSqlDatabase db = m_store->connection();
    AuditTrail trail(db, m_store->storeId());
    const QString me = user().userName;
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the checkpoint"), db.lastError());
    Result<AuditEvent> e = trail.appendCheckpoint(me, m_keyId, m_signingKey, action);
    if (!e) {
        db.rollback();
        return e.error();
    }
    if (!db.commit()) {
        const Error err = Store::errorFrom(tr("Cannot record the checkpoint"), db.lastError());
        db.rollback();
        return err;
    }
    const CheckpointAnchor anchor = AuditTrail::anchorOf(e.value());
    return KeyRing::modify(m_store->paths().root(), [&anchor, &trail, &me](KeySlotFile &f) {
        // Never over an anchor the trail no longer holds: that is the evidence of a roll-back
        // during this session. Each signer's anchor only moves forward.
        for (const CheckpointAnchor &a : std::as_const(f.anchors)) {
            if (Status s = trail.checkAnchor(a); !s)
                return s;
        }
        const auto mine = f.anchors.constFind(me);
        if (mine == f.anchors.constEnd() || mine->seq < anchor.seq)
            f.anchors.insert(me, anchor);
        return Status();
    });
}

Status Session::signSecurityCheckpoint()
{
    if (!m_store)
        return Error(ErrorCode::Failed, tr("The session has ended; unlock the store again."));
    return signCheckpoint(audit::kSecurityCheckpoint);
}

Result<Rekey::Recipients> Session::rekeyRecipients() const
{
    Result<KeyDirectory> directory = keyDirectory();
    if (!directory)
        return directory.error();
    Result<KeySlotFile> header = KeySlotFile::load(m_store->paths().keyslots());
    if (!header)
        return header.error();
    QSqlQuery q(m_store->connection());
    q.setForwardOnly(true);
    QSet<QString> active;
    if (!q.exec(u"SELECT user_name FROM users WHERE active = 1"_s))
        return Store::errorFrom(tr("Cannot read the accounts"), q.lastError());
    while (q.next())
        active.insert(q.value(0).toString());
    if (q.lastError().isValid())
        return Store::errorFrom(tr("Cannot read the accounts"), q.lastError());
    Rekey::Recipients out;
    out.root = m_rootPublicKey;
    for (const KeySlot &slot : std::as_const(header->userSlots)) {
        const CertifiedKey *key = directory->find(slot.keyId);
        // Only an active account's certified key in force gets the new key: a slot planted
        // with another key, or left behind, loses its way in.
        if (key && key->certified() && key->retiredSeq == 0 &&
            key->cert.userName == slot.userName && active.contains(slot.userName))
            out.users.insert(slot.userName, key->cert.publicKey);
    }
    return out;
}

Status Session::rekey(const QString &reason)
{
    if (Status s = requireUsable(); !s)
        return s;
    if (Status s = KeyRing::modify(m_store->paths().root(),
                                   [&reason](KeySlotFile &f) -> Status {
                                       f.rekeyDue = reason;
                                       return {};
                                   });
        !s)
        return s;
    if (m_rekeyWhenClosing || m_store->connectionCount() > 1) {
        m_warnings << tr("The store will be re-keyed when this session ends (%1).").arg(reason);
        return {};
    }
    return runRekey(reason, false);
}

Status Session::reopen(SecureBytes masterKey, int epoch, const Store::Options &options)
{
    Result<std::unique_ptr<Store>> store =
        Store::open(m_storePath, m_storeId, std::move(masterKey), user().userName, options);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    m_store->setEpoch(epoch);
    return {};
}

Status Session::runRekey(const QString &reason, bool closing)
{
    Result<Rekey::Recipients> recipients = rekeyRecipients();
    if (!recipients)
        return recipients.error();
    SecureBytes oldKey = m_store->masterKey().copy();
    const int oldEpoch = m_store->epoch();
    const Store::Options options = m_store->options();
    m_store.reset(); // let go of records.db: the re-key replaces it
    Result<Rekey::Outcome> done = Rekey::perform(m_storePath, oldKey, recipients.value(), reason);
    if (!done) {
        if (!closing) {
            if (Status s = reopen(std::move(oldKey), oldEpoch, options); !s)
                return s;
        }
        if (done.error().code() == ErrorCode::StoreBusy) {
            m_warnings << tr("The re-key waits (%1); it is done when the store is next closed "
                             "with nothing else open, or with releasedesk rekey.")
                              .arg(done.error().message());
            return {};
        }
        return done.error();
    }
    if (closing)
        return {}; // the next session records it (keyslots.json keeps it for that)
    if (Status s = reopen(std::move(done->masterKey), done->epoch, options); !s)
        return s;
    return recordUnauditedRekey();
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
    if (keys->keyId != m_keyId || keys->publicKey != m_publicKey)
        return Error(ErrorCode::WrongCredentials, tr("The password is wrong."));
    return {};
}

QString Session::rootFingerprint() const
{
    return StoreRoot::fingerprint(m_storeId, m_rootPublicKey);
}

Result<KeyDirectory> Session::keyDirectory() const
{
    if (!m_store)
        return Error(ErrorCode::Failed, tr("The session has ended; unlock the store again."));
    return KeyDirectory::load(m_store->connection(), m_storeId, m_rootPublicKey);
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
    f.lastCheckpoint = header->latestAnchor();
    f.rootFingerprint = rootFingerprint();
    f.keyGeneration = header->epoch;
    f.rekeyDue = header->rekeyDue;
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
    return verify(progress, record, QString());
}

Result<StoreVerification> Session::verify(const AuditVerifier::Progress &progress, bool record,
                                          const QString &expectedFingerprint)
{
    if (Status s = requireUsable(); !s)
        return s.error();
    QSqlDatabase db = m_store->connection();
    Result<AuditHead> before = audit().head();
    if (!before)
        return before.error();
    StoreVerifier::Options options;
    options.progress = progress;
    options.expectedFingerprint = expectedFingerprint;
    Result<StoreVerification> verified = StoreVerifier::run(*this, options);
    if (!verified)
        return verified.error();
    StoreVerification result = std::move(verified).value();
    if (!result.audit.ok) {
        // Another process writing meanwhile makes the records and the trail disagree for a
        // moment: say so rather than call it tampering.
        Result<AuditHead> after = audit().head();
        if (after && after->seq != before->seq) {
            return Error(ErrorCode::StoreBusy,
                         tr("The store was written to while it was being verified (events %1 to "
                            "%2); verify again.")
                             .arg(before->seq + 1)
                             .arg(after->seq));
        }
    }
    if (!record)
        return result;
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kVerified);
    e.entityType = u"store"_s;
    e.entityId = m_store->storeId();
    e.newValue =
        result.audit.ok
            ? tr("ok: %1 events, %2 checkpoints, %3 signatures, %4 records, %5 key certificates; "
                 "root %6")
                  .arg(result.audit.events)
                  .arg(result.audit.checkpoints)
                  .arg(result.signatures)
                  .arg(result.records)
                  .arg(result.certificates)
                  .arg(result.rootFingerprint)
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
