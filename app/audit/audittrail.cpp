// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"

#include "core/canonical.h"
#include "core/clock.h"
#include "security/crypto.h"
#include "store/rows.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <charconv>

using namespace Qt::StringLiterals;

namespace rd {

bool audit::isCheckpoint(const QString &action)
{
    return action == QLatin1StringView(kSessionLocked) ||
           action == QLatin1StringView(kSessionClosed) ||
           action == QLatin1StringView(kSecurityCheckpoint);
}

namespace {
using namespace audit;

struct Name
{
    const char *id;
    const char *text;
};
constexpr Name kNames[] = {
    {kStoreCreated, QT_TRANSLATE_NOOP("rd::audit", "Store created")},
    {kSchemaMigrated, QT_TRANSLATE_NOOP("rd::audit", "Schema migrated")},
    {kSessionOpened, QT_TRANSLATE_NOOP("rd::audit", "Session opened")},
    {kSessionLocked, QT_TRANSLATE_NOOP("rd::audit", "Session locked (checkpoint)")},
    {kSessionClosed, QT_TRANSLATE_NOOP("rd::audit", "Session closed (checkpoint)")},
    {kLoginFailed, QT_TRANSLATE_NOOP("rd::audit", "Login failed")},
    {kLoginRefused, QT_TRANSLATE_NOOP("rd::audit", "Login refused")},
    {kAccountLocked, QT_TRANSLATE_NOOP("rd::audit", "Account locked")},
    {kAccountCreated, QT_TRANSLATE_NOOP("rd::audit", "Account created")},
    {kAccountDisabled, QT_TRANSLATE_NOOP("rd::audit", "Account disabled")},
    {kAccountEnabled, QT_TRANSLATE_NOOP("rd::audit", "Account enabled again")},
    {kPersonStated, QT_TRANSLATE_NOOP("rd::audit", "Account's person stated")},
    {kPasswordChanged, QT_TRANSLATE_NOOP("rd::audit", "Password changed")},
    {kPasswordReset, QT_TRANSLATE_NOOP("rd::audit", "Password reset")},
    {kSigningKeyIssued, QT_TRANSLATE_NOOP("rd::audit", "Signing key issued")},
    {kKeyHandedOver, QT_TRANSLATE_NOOP("rd::audit", "Hand-over of a reset key confirmed")},
    {kRecoveryUsed, QT_TRANSLATE_NOOP("rd::audit", "Recovery code used")},
    {kRawKeyDisclosed, QT_TRANSLATE_NOOP("rd::audit", "Raw database key disclosed")},
    {kClockWentBackwards, QT_TRANSLATE_NOOP("rd::audit", "Clock went backwards")},
    {kVerified, QT_TRANSLATE_NOOP("rd::audit", "Audit trail verified")},
    {kRollbackAccepted, QT_TRANSLATE_NOOP("rd::audit", "Older records accepted")},
    {kFileImported, QT_TRANSLATE_NOOP("rd::audit", "File imported")},
    {kRecordSuperseded, QT_TRANSLATE_NOOP("rd::audit", "Record superseded")},
    {kResultAssigned, QT_TRANSLATE_NOOP("rd::audit", "Unassigned result assigned")},
    {kResultRejected, QT_TRANSLATE_NOOP("rd::audit", "Unassigned result rejected")},
    {kRecordsExported, QT_TRANSLATE_NOOP("rd::audit", "Records exported")},
    {kBatchSigned, QT_TRANSLATE_NOOP("rd::audit", "Batch signed")},
    {kSessionResumed, QT_TRANSLATE_NOOP("rd::audit", "Session unlocked")},
    {kSettingChanged, QT_TRANSLATE_NOOP("rd::audit", "Setting changed")},
    {kReviewStarted, QT_TRANSLATE_NOOP("rd::audit", "Review started")},
    {kExceptionDispositioned, QT_TRANSLATE_NOOP("rd::audit", "Exception dispositioned")},
    {kDocumentIssued, QT_TRANSLATE_NOOP("rd::audit", "Document issued")},
    {kSecurityCheckpoint, QT_TRANSLATE_NOOP("rd::audit", "Security event signed (checkpoint)")},
    {kStoreRekeyed, QT_TRANSLATE_NOOP("rd::audit", "Store re-keyed")},
    {kStoreUpgraded, QT_TRANSLATE_NOOP("rd::audit", "Store upgraded to key certificates")},
    {kRekeyDue, QT_TRANSLATE_NOOP("rd::audit", "Re-key due")},
    {kHeldAfterRollback, QT_TRANSLATE_NOOP("rd::audit", "Batch held after a rollback")},
    {kHeldForChange,
     QT_TRANSLATE_NOOP("rd::audit", "Batch held for a change under change control")},
    {kReturnedByChange,
     QT_TRANSLATE_NOOP("rd::audit", "Batch returned to QC approval by a change")},
    {kKeySlotsClaimRejected,
     QT_TRANSLATE_NOOP("rd::audit", "Failed-login record in keyslots.json not believed")},
    {kSpecificationApproved, QT_TRANSLATE_NOOP("rd::audit", "Specification approved")},
    {kBatchRejudged,
     QT_TRANSLATE_NOOP("rd::audit", "Batch judged against another specification version")},
};
} // namespace

QStringList audit::actions()
{
    QStringList ids;
    for (const Name &n : kNames)
        ids << QString::fromLatin1(n.id);
    return ids;
}

QString audit::displayName(const QString &action)
{
    for (const Name &n : kNames) {
        if (action == QLatin1StringView(n.id))
            return QCoreApplication::translate("rd::audit", n.text);
    }
    return action;
}

namespace {

using canonical::appendField;
using canonical::appendU64;

// In the store's words, so that a full disk or an I/O error says so.
Error databaseError(const QString &what, const QSqlError &e)
{
    return Store::errorFrom(what, e);
}

} // namespace

AuditTrail::AuditTrail(QSqlDatabase db, QString storeId)
    : m_db(std::move(db))
    , m_storeId(std::move(storeId))
{}

QByteArray AuditTrail::genesisHash(const QString &storeId)
{
    const QByteArray input =
        QByteArrayLiteral("releasedesk.audit.genesis/1") + '\0' + storeId.toUtf8();
    return crypto::blake2b256(input);
}

QByteArray AuditTrail::canonicalBytes(const AuditEvent &e)
{
    const QByteArray time = toStoredTime(e.utc).toUtf8();
    const QString *fields[8] = {&e.user,           &e.entry.action, &e.entry.entityType,
                                &e.entry.entityId, &e.entry.field,  &e.entry.oldValue,
                                &e.entry.newValue, &e.entry.reason};
    QByteArray utf8[8];
    StoredEvent stored;
    stored.seq = e.seq;
    stored.bound = e.bound;
    stored.time = {time.constData(), time.size()};
    stored.utcOffsetSeconds = e.utcOffsetSeconds;
    for (int i = 0; i < 8; ++i) {
        if (fields[i]->isNull())
            continue; // NULL
        utf8[i] = fields[i]->toUtf8();
        stored.texts[i] = {utf8[i].isNull() ? "" : utf8[i].constData(), utf8[i].size()};
    }
    return canonicalBytes(stored);
}

namespace {

void appendCanonical(canonical::Buffer &out, const AuditTrail::StoredEvent &e)
{
    // Events that bind records are RDAE2: the same fields and the binding digest after them.
    out.append(e.bound.isEmpty() ? "RDAE1" : "RDAE2", 5);
    out.append('\0');
    out.appendU64(static_cast<quint64>(e.seq));
    out.appendField(e.time.data, e.time.size);
    char offset[24];
    const auto written =
        std::to_chars(offset, offset + sizeof offset, static_cast<long long>(e.utcOffsetSeconds));
    out.appendField(offset, written.ptr - offset);
    for (const AuditTrail::StoredText &t : e.texts)
        out.appendField(t.data, t.size);
    if (!e.bound.isEmpty())
        out.appendSized(e.bound.data(), static_cast<std::size_t>(e.bound.size()));
}

} // namespace

QByteArray AuditTrail::canonicalBytes(const StoredEvent &e)
{
    canonical::Buffer out;
    appendCanonical(out, e);
    return out.view().toByteArray();
}

QByteArray AuditTrail::computeHash(const QByteArray &prevHash, const AuditEvent &event)
{
    crypto::Blake2b h;
    h.add(prevHash);
    h.add(canonicalBytes(event));
    return h.finish();
}

QByteArray AuditTrail::computeHash(QByteArrayView prevHash, const StoredEvent &event)
{
    canonical::Buffer scratch;
    return computeHash(prevHash, event, scratch);
}

QByteArray AuditTrail::computeHash(QByteArrayView prevHash, const StoredEvent &event,
                                   canonical::Buffer &scratch)
{
    scratch.clear();
    appendCanonical(scratch, event);
    crypto::Blake2b h;
    h.add(prevHash);
    h.add(scratch.view());
    return h.finish();
}

QByteArray AuditTrail::checkpointMessage(const QString &storeId, qint64 signedSeq,
                                         const QByteArray &signedHead)
{
    QByteArray m = QByteArrayLiteral("releasedesk.checkpoint/1") + '\0' + storeId.toUtf8() + '\0';
    appendU64(m, static_cast<quint64>(signedSeq));
    m.append(signedHead);
    return m;
}

CheckpointAnchor AuditTrail::anchorOf(const AuditEvent &checkpoint)
{
    const QJsonObject payload =
        QJsonDocument::fromJson(checkpoint.entry.newValue.toUtf8()).object();
    CheckpointAnchor anchor;
    anchor.seq = checkpoint.seq;
    anchor.hash = checkpoint.hash;
    anchor.userName = checkpoint.user;
    anchor.keyId = payload.value(u"keyId"_s).toInteger();
    anchor.signedSeq = payload.value(u"signedSeq"_s).toInteger();
    anchor.signedHead = QByteArray::fromHex(payload.value(u"signedHead"_s).toString().toLatin1());
    anchor.signature = QByteArray::fromBase64(payload.value(u"signature"_s).toString().toLatin1());
    anchor.at = checkpoint.utc;
    return anchor;
}

const QString &AuditTrail::eventColumns()
{
    static const QString columns = u"seq, at_utc, utc_offset, user_name, action, entity_type, "
                                   "entity_id, field, old_value, new_value, reason, prev_hash, "
                                   "hash, bound"_s;
    return columns;
}

AuditEvent AuditTrail::eventFromRow(const QSqlQuery &q)
{
    const auto text = [&q](int column) {
        const QVariant v = q.value(column);
        return v.isNull() ? QString() : v.toString();
    };
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.utc = fromStoredTime(q.value(1).toString());
    e.utcOffsetSeconds = q.value(2).toInt();
    e.user = text(3);
    e.entry.action = text(4);
    e.entry.entityType = text(5);
    e.entry.entityId = text(6);
    e.entry.field = text(7);
    e.entry.oldValue = text(8);
    e.entry.newValue = text(9);
    e.entry.reason = text(10);
    e.prevHash = q.value(11).toByteArray();
    e.hash = q.value(12).toByteArray();
    e.bound = q.value(13).toByteArray();
    return e;
}

AuditEvent AuditTrail::nextEvent(const AuditHead &head, const QString &user, AuditEntry entry)
{
    const Clock &clock = Clock::instance();
    AuditEvent e;
    e.seq = head.seq + 1;
    e.utc = clock.nowUtc();
    e.utcOffsetSeconds = clock.utcOffsetAt(e.utc);
    e.user = user;
    e.entry = std::move(entry);
    e.prevHash = head.hash;
    return e;
}

Result<AuditHead> AuditTrail::head() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, hash, at_utc FROM audit_events ORDER BY seq DESC LIMIT 1"_s))
        return databaseError(tr("Cannot read the audit trail"), q.lastError());
    AuditHead head;
    // Taken for an empty trail, a failed read would start a second chain from the genesis.
    const Result<bool> found = nextRow(q, tr("Cannot read the audit trail"));
    if (!found)
        return found.error();
    if (found.value()) {
        head.seq = q.value(0).toLongLong();
        head.hash = q.value(1).toByteArray();
        head.utc = fromStoredTime(q.value(2).toString());
    } else {
        head.hash = genesisHash(m_storeId);
    }
    return head;
}

Result<QList<AuditEvent>> AuditTrail::read(const AuditQuery &query) const
{
    QString sql = u"SELECT "_s + eventColumns() + u" FROM audit_events WHERE 1"_s;
    if (query.beforeSeq > 0)
        sql += u" AND seq < :before"_s;
    QString pattern;
    if (!query.contains.isEmpty()) {
        pattern = query.contains;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        sql += u" AND (user_name LIKE :p ESCAPE '\\' OR action LIKE :p ESCAPE '\\' "
               "OR entity_id LIKE :p ESCAPE '\\' OR old_value LIKE :p ESCAPE '\\' "
               "OR new_value LIKE :p ESCAPE '\\' OR reason LIKE :p ESCAPE '\\')"_s;
    }
    if (!query.entityId.isEmpty())
        sql += u" AND entity_id = :entity"_s;
    sql += u" ORDER BY seq DESC LIMIT :limit"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (query.beforeSeq > 0)
        q.bindValue(u":before"_s, query.beforeSeq);
    if (!pattern.isEmpty())
        q.bindValue(u":p"_s, pattern);
    if (!query.entityId.isEmpty())
        q.bindValue(u":entity"_s, query.entityId);
    q.bindValue(u":limit"_s, query.limit);
    if (!q.exec())
        return databaseError(tr("Cannot read the audit trail"), q.lastError());
    QList<AuditEvent> events;
    const Status read =
        eachRow(q, tr("Cannot read the audit trail"), [&] { events << eventFromRow(q); });
    if (!read)
        return read.error();
    return events;
}

Status AuditTrail::checkAnchor(const CheckpointAnchor &anchor) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT action, hash FROM audit_events WHERE seq = ?"_s);
    q.addBindValue(anchor.seq);
    if (!q.exec())
        return databaseError(tr("Cannot read the audit trail"), q.lastError());
    // A failed read is not a missing checkpoint: that would send someone to accept a rollback.
    const Result<bool> found = nextRow(q, tr("Cannot read the audit trail"));
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error(ErrorCode::Tampered,
                     tr("records.db ends before event %1, the last signed checkpoint recorded in "
                        "keyslots.json: it was rolled back to an older copy or cut short.")
                         .arg(anchor.seq));
    }
    if (!audit::isCheckpoint(q.value(0).toString()) ||
        !crypto::constantTimeEquals(q.value(1).toByteArray(), anchor.hash)) {
        return Error(ErrorCode::Tampered,
                     tr("Event %1 of records.db is not the signed checkpoint recorded in "
                        "keyslots.json: records.db was replaced or rewritten.")
                         .arg(anchor.seq));
    }
    return {};
}

Result<qint64> AuditTrail::count() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT count(*) FROM audit_events"_s) || !q.next())
        return databaseError(tr("Cannot read the audit trail"), q.lastError());
    return q.value(0).toLongLong();
}

Result<AuditEvent> AuditTrail::insert(AuditEvent e)
{
    e.hash = computeHash(e.prevHash, e);
    QSqlQuery q(m_db);
    // Without a binding the column is left out: the migrations before it write events too.
    q.prepare(e.bound.isEmpty()
                  ? u"INSERT INTO audit_events (seq, at_utc, utc_offset, user_name, action, "
                    "entity_type, entity_id, field, old_value, new_value, reason, prev_hash, hash) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                  : u"INSERT INTO audit_events (seq, at_utc, utc_offset, user_name, action, "
                    "entity_type, entity_id, field, old_value, new_value, reason, prev_hash, hash, "
                    "bound) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(e.seq);
    q.addBindValue(toStoredTime(e.utc));
    q.addBindValue(e.utcOffsetSeconds);
    q.addBindValue(e.user);
    q.addBindValue(e.entry.action);
    q.addBindValue(e.entry.entityType);
    q.addBindValue(e.entry.entityId);
    q.addBindValue(e.entry.field);
    q.addBindValue(e.entry.oldValue);
    q.addBindValue(e.entry.newValue);
    q.addBindValue(e.entry.reason);
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    if (!e.bound.isEmpty())
        q.addBindValue(e.bound);
    if (!q.exec())
        return databaseError(tr("Cannot write to the audit trail"), q.lastError());
    return e;
}

Result<AuditHead> AuditTrail::headForAppend(const QString &user)
{
    Result<AuditHead> head = this->head();
    if (!head)
        return head.error();
    const QDateTime now = Clock::instance().nowUtc();
    const AuditHead &h = head.value();
    if (h.seq == 0 || !h.utc.isValid() || now >= h.utc)
        return head;

    // The workstation clock is behind the last event: record that before anything else.
    AuditEntry back;
    back.action = QString::fromLatin1(audit::kClockWentBackwards);
    back.oldValue = toStoredTime(h.utc);
    back.newValue = toStoredTime(now);
    back.reason = tr("The workstation clock is earlier than the previous audit event.");
    Result<AuditEvent> written = insert(nextEvent(h, user, back));
    if (!written)
        return written.error();
    return AuditHead{written->seq, written->hash, written->utc};
}

Result<qint64> AuditTrail::nextSeq(const QString &user)
{
    Result<AuditHead> head = headForAppend(user);
    if (!head)
        return head.error();
    return head->seq + 1;
}

Result<AuditEvent> AuditTrail::append(const QString &user, const AuditEntry &entry)
{
    return append(user, entry, {});
}

Result<AuditEvent> AuditTrail::append(const QString &user, const AuditEntry &entry,
                                      const QList<RecordBindings::Subject> &bindings,
                                      RecordBindings::Collector *collected)
{
    Result<AuditHead> head = headForAppend(user);
    if (!head)
        return head.error();
    AuditEvent e = nextEvent(head.value(), user, entry);
    if (!bindings.isEmpty()) {
        Result<QByteArray> bound = RecordBindings::bind(m_db, e.seq, bindings, collected);
        if (!bound)
            return bound.error();
        e.bound = bound.value();
    }
    return insert(std::move(e));
}

Result<AuditEvent> AuditTrail::appendCheckpoint(const QString &user, qint64 keyId,
                                                const SecureBytes &signingKey, const char *action)
{
    Result<AuditHead> head = headForAppend(user);
    if (!head)
        return head.error();
    const QByteArray signature =
        crypto::sign(signingKey, checkpointMessage(m_storeId, head->seq, head->hash));
    const QJsonObject payload{
        {u"keyId"_s, keyId},
        {u"signedSeq"_s, head->seq},
        {u"signedHead"_s, QString::fromLatin1(head->hash.toHex())},
        {u"signature"_s, QString::fromLatin1(signature.toBase64())},
    };
    AuditEntry entry;
    entry.action = QString::fromLatin1(action);
    entry.entityType = u"user"_s;
    entry.entityId = user;
    entry.newValue = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return insert(nextEvent(head.value(), user, entry));
}

} // namespace rd
