// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/role.h"
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "core/result.h"
#include "security/keydirectory.h"
#include "security/keyring.h"
#include "session/rekey.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QMutex>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace rd {

struct StoreVerification
{
    AuditVerification audit;
    qint64 signatures = 0;   // electronic signatures checked
    qint64 records = 0;      // bound subjects (records) checked against the audit chain
    qint64 certificates = 0; // key certificates checked up to the root
    QString rootFingerprint;
    QStringList warnings; // not failures, but worth an administrator's attention
};

// What the Store page shows about the open store.
struct StoreFacts
{
    QString path;
    QString storeId;
    int schemaVersion = 0;
    QString cipherLibrary;
    CipherSettings cipher;
    QDateTime created;
    qint64 accounts = 0;
    qint64 activeAccounts = 0;
    qint64 auditEvents = 0;
    std::optional<CheckpointAnchor> lastCheckpoint;
    QString rootFingerprint;
    int keyGeneration = 1;
    QString rekeyDue; // why a re-key waits, when one does
};

// One user's time with an open store: from unlock to lock or close. Opening records the login
// (and any failed logins that happened meanwhile) in the audit trail; ending it signs the
// audit-chain head as a checkpoint with the user's key.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(rd::Session)

public:
    struct Options
    {
        Store::Options store;
    };

    // How long an unattended window stays unlocked (21 CFR 11.300(d), Annex 11 §12): a site
    // setting, bounded here so that no setting can switch the lock off.
    static constexpr int kDefaultInactivityMinutes = 10;
    static constexpr int kMaxInactivityMinutes = 60;
    static int inactivityLockMinutes(const QVariant &configured);
    enum class EndReason {
        Closed,
        Locked,
    };

    // Unlock and open in one call (command line, tests).
    static Result<std::unique_ptr<Session>> open(const QString &storePath, const QString &userName,
                                                 const SecureBytes &password,
                                                 const Options &options = Options());
    // Opens with keys unwrapped earlier; the window unwraps off the GUI thread and opens here.
    static Result<std::unique_ptr<Session>> open(UnlockedKeys keys,
                                                 const Options &options = Options());
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Signs the checkpoint and closes the store. Safe to call twice; the destructor calls it.
    Status end(EndReason reason = EndReason::Closed);
    // The window is covered: sign a checkpoint (session.locked) and keep the store open, so
    // that the same user comes back to everything as it was.
    Status lock();
    // The same user's password again (a wrong one counts towards the lockout); audited.
    Status resume(const SecureBytes &password);
    bool isLocked() const { return m_locked; }

    // The store's inactivity lock, set by an administrator (default 10, 1 to 60 minutes).
    Result<int> inactivityMinutes() const;
    Status setInactivityMinutes(int minutes);
    bool isOpen() const { return m_store != nullptr; }

    // A copy, taken under a lock: background work may reload it meanwhile.
    Account user() const;
    Store &store() const { return *m_store; }
    AuditTrail audit() const;
    const QString &storePath() const;
    qint64 keyId() const { return m_keyId; }
    const SecureBytes &signingKey() const { return m_signingKey; }
    const QByteArray &publicKey() const { return m_publicKey; }
    // The store root's public key and fingerprint (app/audit/THREAT-MODEL.md).
    const QByteArray &rootPublicKey() const { return m_rootPublicKey; }
    QString rootFingerprint() const;
    // Every signing key with its certificate checked, as of now.
    Result<KeyDirectory> keyDirectory() const;

    // Re-encrypts records.db under a new master key sealed to every remaining account
    // (Rekey), recorded in the audit trail with a signed checkpoint. The store is closed and
    // opened again in between; when another window or process has it open, or this one works
    // on it in the background, the re-key is recorded as due (keyslots.json) and done when this
    // session ends, and a warning says so.
    Status rekey(const QString &reason);
    // The window: re-keys asked for while it is open always wait for the end of the session.
    void setRekeyWhenClosing(bool on) { m_rekeyWhenClosing = on; }
    // Signs a checkpoint now, after a security event (app/audit/THREAT-MODEL.md: none may sit
    // unsigned at the end of the trail).
    Status signSecurityCheckpoint();
    // Problems met that did not stop anything (e.g. keyslots.json not updated, a re-key
    // postponed); the command line prints them, the window shows them.
    const QStringList &warnings() const { return m_warnings; }
    void warn(const QString &warning) { m_warnings << warning; }

    bool mustChangePassword() const { return user().mustChangePassword; }
    // Refused with PasswordChangeRequired until a forced password change is done.
    Status requireUsable() const;
    Status requireRole(Role role, const QString &what) const;

    // Re-reads the user's row (after a password change, for instance).
    Status reloadUser();
    // Confirms the signed-in user's password again, as every signature and password change
    // must; a wrong one counts towards the lockout like a failed login.
    Status confirmPassword(const SecureBytes &password) const;

    Result<StoreFacts> facts() const;

    // Recomputes the audit chain and checkpoints, and records that it did (unless `record` is
    // false: a printed report states the result without adding to the trail).
    Result<StoreVerification> verify(const AuditVerifier::Progress &progress = {},
                                     bool record = true);
    // The same, also refusing a store whose root fingerprint is not `expectedFingerprint`.
    Result<StoreVerification> verify(const AuditVerifier::Progress &progress, bool record,
                                     const QString &expectedFingerprint);

    // Loads the user row by name.
    static Result<Account> loadAccount(QSqlDatabase db, const QString &userName);

    // Who gets the master key at a re-key: each active account's certified current key.
    Result<Rekey::Recipients> rekeyRecipients() const;

private:
    Session() = default;
    Status checkRecordsAgainstHeader(const KeySlotFile &header, const UnlockedKeys &keys);
    Status recordLogin(const UnlockedKeys &keys, const KeySlotFile &header);
    Status recordUnauditedRekey();
    Status signCheckpoint(const char *action);
    Status runRekey(const QString &reason, bool closing);
    Status reopen(SecureBytes masterKey, int epoch, const Store::Options &options);

    std::unique_ptr<Store> m_store;
    QString m_storePath;
    QString m_storeId;
    mutable QMutex m_userMutex;
    Account m_user;
    qint64 m_keyId = 0;
    SecureBytes m_signingKey;
    QByteArray m_publicKey;
    QByteArray m_rootPublicKey;
    QStringList m_warnings;
    bool m_locked = false;
    bool m_rekeyWhenClosing = false;
};

} // namespace rd
