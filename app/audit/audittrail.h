// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/recordbindings.h"
#include "core/canonical.h"
#include "core/result.h"
#include "security/keyslotfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

class QSqlQuery;

namespace rd {

class SecureBytes;

// The action names written to the audit trail. Stable identifiers: never rename one.
namespace audit {
inline constexpr char kStoreCreated[] = "store.created";
inline constexpr char kSchemaMigrated[] = "schema.migrated";
inline constexpr char kSessionOpened[] = "session.opened";
inline constexpr char kSessionLocked[] = "session.locked"; // a checkpoint
inline constexpr char kSessionClosed[] = "session.closed"; // a checkpoint
inline constexpr char kLoginFailed[] = "login.failed";
inline constexpr char kLoginRefused[] = "login.refused";
inline constexpr char kAccountLocked[] = "account.locked";
inline constexpr char kAccountCreated[] = "account.created";
inline constexpr char kAccountDisabled[] = "account.disabled";
inline constexpr char kAccountEnabled[] = "account.enabled";
inline constexpr char kPersonStated[] = "account.person-stated";
inline constexpr char kPasswordChanged[] = "password.changed";
inline constexpr char kPasswordReset[] = "password.reset";
inline constexpr char kSigningKeyIssued[] = "signing-key.issued";
inline constexpr char kKeyHandedOver[] = "signing-key.handed-over";
inline constexpr char kRecoveryUsed[] = "recovery.used";
inline constexpr char kRawKeyDisclosed[] = "raw-key.disclosed";
inline constexpr char kClockWentBackwards[] = "clock.backwards";
inline constexpr char kVerified[] = "audit.verified";
inline constexpr char kRollbackAccepted[] = "audit.rollback-accepted";
inline constexpr char kFileImported[] = "import.file";
inline constexpr char kRecordSuperseded[] = "record.superseded";
inline constexpr char kResultAssigned[] = "result.assigned";
inline constexpr char kResultRejected[] = "result.rejected";
inline constexpr char kRecordsExported[] = "records.exported";
inline constexpr char kBatchSigned[] = "batch.signed";
inline constexpr char kSessionResumed[] = "session.resumed";
inline constexpr char kSettingChanged[] = "setting.changed";
inline constexpr char kReviewStarted[] = "batch.review-started";
inline constexpr char kExceptionDispositioned[] = "exception.dispositioned";
inline constexpr char kDocumentIssued[] = "document.issued";
inline constexpr char kSecurityCheckpoint[] = "security.checkpoint"; // a checkpoint
inline constexpr char kStoreRekeyed[] = "store.rekeyed";
inline constexpr char kStoreUpgraded[] = "store.upgraded";
inline constexpr char kRekeyDue[] = "store.rekey-due";
inline constexpr char kHeldAfterRollback[] = "batch.held-after-rollback";
inline constexpr char kHeldForChange[] = "batch.held-for-change";
inline constexpr char kReturnedByChange[] = "batch.returned-by-change";
inline constexpr char kKeySlotsClaimRejected[] = "keyslots.claim-rejected";
inline constexpr char kSpecificationApproved[] = "specification.approved";
inline constexpr char kBatchRejudged[] = "batch.rejudged";

bool isCheckpoint(const QString &action);
// The action as people read it ("Session locked"), translated; unknown ones as they are.
QString displayName(const QString &action);
// Every action the trail records, as stored ("batch.signed").
QStringList actions();
} // namespace audit

// What a caller records; the trail adds sequence, time, user and hashes. A null QString is
// stored as NULL and is distinct from an empty one in the hash.
struct AuditEntry
{
    QString action;
    QString entityType;
    QString entityId;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

struct AuditEvent
{
    qint64 seq = 0;
    QDateTime utc;
    int utcOffsetSeconds = 0;
    QString user;
    AuditEntry entry;
    QByteArray prevHash;
    QByteArray hash;
    QByteArray bound; // the digest of the records the event wrote (RecordBindings); or null
};

// A page of the trail, newest first: events before `beforeSeq` (0: from the newest) whose
// user, action, entity, values or reason contain `contains` (case-insensitive for ASCII).
struct AuditQuery
{
    QString contains;
    qint64 beforeSeq = 0;
    int limit = 500;
    QString entityId; // exact, when set (e.g. a batch number)
};

struct AuditHead
{
    qint64 seq = 0; // 0: empty trail
    QByteArray hash;
    QDateTime utc;
};

// The append-only audit trail (docs/DESIGN.md section 6). Each event's hash is
// BLAKE2b-256(previous hash || canonical bytes of the event); see CANONICAL.md beside this file.
// append() belongs inside the caller's transaction so that an event commits or rolls back with
// the change it records.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(rd::AuditTrail)

public:
    AuditTrail(QSqlDatabase db, QString storeId);
    const QString &storeId() const { return m_storeId; }

    Result<AuditEvent> append(const QString &user, const AuditEntry &entry);
    // The same, binding the records the caller wrote in this transaction into the event: the
    // digest of every row of each subject as it is now (RecordBindings).
    // A subject `collected` has is taken from there instead of read.
    Result<AuditEvent> append(const QString &user, const AuditEntry &entry,
                              const QList<RecordBindings::Subject> &bindings,
                              RecordBindings::Collector *collected = nullptr);
    Result<AuditHead> head() const;
    // The sequence number the next append() will give its event, having first recorded a
    // clock that went backwards (for a row that must name its own event).
    Result<qint64> nextSeq(const QString &user);
    Result<QList<AuditEvent>> read(const AuditQuery &query) const;
    // Whether the trail still holds the checkpoint recorded outside the database. Fails with
    // Tampered when records.db was rolled back to an older copy, cut short or rewritten.
    Status checkAnchor(const CheckpointAnchor &anchor) const;
    Result<qint64> count() const;

    // Signs the current head with the user's key (for the recovery actor, the root's, key 0)
    // and appends the checkpoint event (session.locked, session.closed or
    // security.checkpoint) that carries the signature.
    Result<AuditEvent> appendCheckpoint(const QString &user, qint64 keyId,
                                        const SecureBytes &signingKey, const char *action);

    // The columns, in order, that eventFromRow() reads.
    static const QString &eventColumns();
    // One row selected with eventColumns().
    static AuditEvent eventFromRow(const QSqlQuery &query);

    // What keyslots.json keeps of a checkpoint event written by appendCheckpoint().
    static CheckpointAnchor anchorOf(const AuditEvent &checkpoint);

    // An event's fields as stored, in UTF-8, for checking rows without decoding them into an
    // AuditEvent. A text whose data is null is NULL.
    struct StoredText
    {
        const char *data = nullptr;
        qsizetype size = 0;
    };
    struct StoredEvent
    {
        qint64 seq = 0;
        StoredText time;
        qint64 utcOffsetSeconds = 0;
        // user, action, entity type, entity id, field, old value, new value, reason
        StoredText texts[8];
        QByteArrayView bound; // empty: none
    };

    static QByteArray genesisHash(const QString &storeId);
    static QByteArray canonicalBytes(const AuditEvent &event);
    // The same form from stored fields: canonicalBytes(e) for the event the row holds.
    static QByteArray canonicalBytes(const StoredEvent &event);
    static QByteArray computeHash(const QByteArray &prevHash, const AuditEvent &event);
    static QByteArray computeHash(QByteArrayView prevHash, const StoredEvent &event);
    // The same, its canonical form built in `scratch` (a walk over many events keeps one).
    static QByteArray computeHash(QByteArrayView prevHash, const StoredEvent &event,
                                  canonical::Buffer &scratch);
    // The message a checkpoint signature covers.
    static QByteArray checkpointMessage(const QString &storeId, qint64 signedSeq,
                                        const QByteArray &signedHead);

private:
    // The head to append after, having first recorded a clock that went backwards.
    Result<AuditHead> headForAppend(const QString &user);
    // An event that follows `head`, stamped with the clock now.
    static AuditEvent nextEvent(const AuditHead &head, const QString &user, AuditEntry entry);
    Result<AuditEvent> insert(AuditEvent event);

    QSqlDatabase m_db;
    QString m_storeId;
};

} // namespace rd
