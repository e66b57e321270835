// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/esignature.h"

#include "audit/audittrail.h"
#include "core/canonical.h"
#include "core/clock.h"
#include "core/parallel.h"
#include "security/crypto.h"
#include "security/keydirectory.h"
#include "store/rows.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr char kColumns[] =
    "id, batch_number, meaning, state_from, state_to, user_id, user_name, full_name, role, "
    "signed_at, utc_offset, time_zone, comment, physician_request, risk_evaluation, conditions, "
    "record_version, content_hash, stable_hash, audit_seq, audit_hash, key_id, signature";

QString conditionsText(const ESignature &s)
{
    return s.conditions.isEmpty() ? u""_s : s.conditions.join(u'\n');
}

ESignature fromRow(const QSqlQuery &q)
{
    ESignature s;
    s.id = q.value(0).toLongLong();
    s.batchNumber = q.value(1).toString();
    s.meaning = q.value(2).toString();
    s.stateFrom = q.value(3).toString();
    s.stateTo = q.value(4).toString();
    s.userId = q.value(5).toLongLong();
    s.userName = q.value(6).toString();
    s.fullName = q.value(7).toString();
    s.role = q.value(8).toString();
    s.signedAt = fromStoredTime(q.value(9).toString());
    s.utcOffsetSeconds = q.value(10).toInt();
    s.timeZone = q.value(11).toString();
    s.comment = q.value(12).toString();
    s.physicianRequest = q.value(13).toString();
    s.riskEvaluation = q.value(14).toString();
    const QString conditions = q.value(15).toString();
    if (!conditions.isEmpty())
        s.conditions = conditions.split(u'\n');
    s.recordVersion = q.value(16).toInt();
    s.contentHash = q.value(17).toByteArray();
    s.stableHash = q.value(18).toByteArray();
    s.auditSeq = q.value(19).toLongLong();
    s.auditHash = q.value(20).toByteArray();
    s.keyId = q.value(21).toLongLong();
    s.signature = q.value(22).toByteArray();
    return s;
}

Result<QList<ESignature>> select(QSqlDatabase db, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + QLatin1StringView(kColumns) + u" FROM signatures "_s + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Store::errorFrom(ESignatures::tr("Cannot read the signatures"), q.lastError());
    QList<ESignature> out;
    const Status read =
        eachRow(q, ESignatures::tr("Cannot read the signatures"), [&] { out << fromRow(q); });
    if (!read)
        return read.error();
    return out;
}

} // namespace

QByteArray ESignatures::message(const QString &storeId, const ESignature &s)
{
    using namespace canonical;
    QByteArray m;
    m.reserve(512);
    m.append("RDSG1", 5);
    m.append('\0');
    appendField(m, storeId);
    appendField(m, s.batchNumber);
    appendField(m, s.meaning);
    appendField(m, s.stateFrom);
    appendField(m, s.stateTo);
    appendU64(m, static_cast<quint64>(s.userId));
    appendField(m, s.userName);
    appendField(m, s.fullName);
    appendField(m, s.role);
    appendField(m, toStoredTime(s.signedAt));
    appendField(m, QString::number(s.utcOffsetSeconds));
    appendField(m, s.timeZone);
    appendField(m, s.comment);
    appendField(m, s.physicianRequest);
    appendField(m, s.riskEvaluation);
    appendField(m, conditionsText(s));
    appendU64(m, static_cast<quint64>(s.recordVersion));
    appendBytes(m, s.contentHash);
    appendBytes(m, s.stableHash);
    appendU64(m, static_cast<quint64>(s.auditSeq));
    appendBytes(m, s.auditHash);
    appendU64(m, static_cast<quint64>(s.keyId));
    return m;
}

void ESignatures::sign(ESignature &s, const QString &storeId, const SecureBytes &secretKey)
{
    // Stored text is never NULL, so what is signed must not be either: the message must read
    // back byte for byte.
    for (QString *text :
         {&s.batchNumber, &s.meaning, &s.stateFrom, &s.stateTo, &s.userName, &s.fullName, &s.role,
          &s.timeZone, &s.comment, &s.physicianRequest, &s.riskEvaluation}) {
        if (text->isNull())
            *text = u""_s;
    }
    s.signature = crypto::sign(secretKey, message(storeId, s));
}

bool ESignatures::verify(const ESignature &s, const QString &storeId, const QByteArray &publicKey)
{
    return crypto::verifySignature(publicKey, message(storeId, s), s.signature);
}

QString ESignatures::timeText(const ESignature &s, TimeStyle style)
{
    // The offset recorded at signing is what the signer's clock showed; the zone is its name.
    return timeText(s.signedAt, s.utcOffsetSeconds, s.timeZone, style);
}

QString ESignatures::timeText(const QDateTime &at, int utcOffsetSeconds, const QString &timeZone,
                              TimeStyle style)
{
    const QDateTime utc = at.toUTC();
    const QDateTime local = utc.toOffsetFromUtc(utcOffsetSeconds);
    const int offset = utcOffsetSeconds;
    const QString sign = offset < 0 ? u"-"_s : u"+"_s;
    const QString offsetText = u"UTC%1%2:%3"_s.arg(sign)
                                   .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                   .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 UTC (%2 %3, %4)")
        .arg(dateTimeText(utc, style), dateTimeText(local, style), offsetText,
             timeZone.isEmpty() ? offsetText : timeZone);
}

QString ESignatures::manifestation(const ESignature &s, const QString &meaningName)
{
    return manifestation(s, meaningName, TimeStyle::Screen);
}

QString ESignatures::manifestation(const ESignature &s, const QString &meaningName, TimeStyle style)
{
    return tr("%1 — %2 — %3").arg(s.fullName, meaningName, timeText(s, style));
}

QJsonObject ESignatures::toJson(const ESignature &s)
{
    return QJsonObject{
        {u"id"_s, s.id},
        {u"batch"_s, s.batchNumber},
        {u"meaning"_s, s.meaning},
        {u"from"_s, s.stateFrom},
        {u"to"_s, s.stateTo},
        {u"userId"_s, s.userId},
        {u"user"_s, s.userName},
        {u"fullName"_s, s.fullName},
        {u"role"_s, s.role},
        {u"signedAt"_s, toStoredTime(s.signedAt)},
        {u"utcOffset"_s, s.utcOffsetSeconds},
        {u"timeZone"_s, s.timeZone},
        {u"comment"_s, s.comment},
        {u"physicianRequest"_s, s.physicianRequest},
        {u"riskEvaluation"_s, s.riskEvaluation},
        {u"conditions"_s, conditionsText(s)},
        {u"recordVersion"_s, s.recordVersion},
        {u"contentHash"_s, QString::fromLatin1(s.contentHash.toHex())},
        {u"stableHash"_s, QString::fromLatin1(s.stableHash.toHex())},
        {u"auditSeq"_s, s.auditSeq},
        {u"auditHash"_s, QString::fromLatin1(s.auditHash.toHex())},
        {u"keyId"_s, s.keyId},
        {u"signature"_s, QString::fromLatin1(s.signature.toBase64())},
    };
}

Result<ESignature> ESignatures::fromJson(const QJsonObject &o)
{
    const QStringList required = {u"id"_s,
                                  u"batch"_s,
                                  u"meaning"_s,
                                  u"from"_s,
                                  u"to"_s,
                                  u"userId"_s,
                                  u"user"_s,
                                  u"fullName"_s,
                                  u"role"_s,
                                  u"signedAt"_s,
                                  u"utcOffset"_s,
                                  u"timeZone"_s,
                                  u"comment"_s,
                                  u"physicianRequest"_s,
                                  u"riskEvaluation"_s,
                                  u"conditions"_s,
                                  u"recordVersion"_s,
                                  u"contentHash"_s,
                                  u"stableHash"_s,
                                  u"auditSeq"_s,
                                  u"auditHash"_s,
                                  u"keyId"_s,
                                  u"signature"_s};
    for (const QString &key : required) {
        if (!o.contains(key))
            return Error(ErrorCode::InvalidInput, tr("A signature lacks its field %1.").arg(key));
    }
    ESignature s;
    s.id = o.value(u"id"_s).toInteger();
    s.batchNumber = o.value(u"batch"_s).toString();
    s.meaning = o.value(u"meaning"_s).toString();
    s.stateFrom = o.value(u"from"_s).toString();
    s.stateTo = o.value(u"to"_s).toString();
    s.userId = o.value(u"userId"_s).toInteger();
    s.userName = o.value(u"user"_s).toString();
    s.fullName = o.value(u"fullName"_s).toString();
    s.role = o.value(u"role"_s).toString();
    s.signedAt = fromStoredTime(o.value(u"signedAt"_s).toString());
    s.utcOffsetSeconds = static_cast<int>(o.value(u"utcOffset"_s).toInteger());
    s.timeZone = o.value(u"timeZone"_s).toString();
    s.comment = o.value(u"comment"_s).toString();
    s.physicianRequest = o.value(u"physicianRequest"_s).toString();
    s.riskEvaluation = o.value(u"riskEvaluation"_s).toString();
    const QString conditions = o.value(u"conditions"_s).toString();
    if (!conditions.isEmpty())
        s.conditions = conditions.split(u'\n');
    s.recordVersion = static_cast<int>(o.value(u"recordVersion"_s).toInteger());
    s.contentHash = QByteArray::fromHex(o.value(u"contentHash"_s).toString().toLatin1());
    s.stableHash = QByteArray::fromHex(o.value(u"stableHash"_s).toString().toLatin1());
    s.auditSeq = o.value(u"auditSeq"_s).toInteger();
    s.auditHash = QByteArray::fromHex(o.value(u"auditHash"_s).toString().toLatin1());
    s.keyId = o.value(u"keyId"_s).toInteger();
    s.signature = QByteArray::fromBase64(o.value(u"signature"_s).toString().toLatin1());
    if (s.id <= 0 || !s.signedAt.isValid())
        return Error(ErrorCode::InvalidInput, tr("A signature's id or time is not valid."));
    return s;
}

Result<qint64> ESignatures::insert(QSqlDatabase db, const ESignature &s)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO signatures (batch_number, meaning, state_from, state_to, user_id, "
              "user_name, full_name, role, signed_at, utc_offset, time_zone, comment, "
              "physician_request, risk_evaluation, conditions, record_version, content_hash, "
              "stable_hash, audit_seq, audit_hash, key_id, signature) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariantList values = {s.batchNumber,      s.meaning,        s.stateFrom,
                                 s.stateTo,          s.userId,         s.userName,
                                 s.fullName,         s.role,           toStoredTime(s.signedAt),
                                 s.utcOffsetSeconds, s.timeZone,       s.comment,
                                 s.physicianRequest, s.riskEvaluation, conditionsText(s),
                                 s.recordVersion,    s.contentHash,    s.stableHash,
                                 s.auditSeq,         s.auditHash,      s.keyId,
                                 s.signature};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot record the signature"), q.lastError());
    return q.lastInsertId().toLongLong();
}

Result<QList<ESignature>> ESignatures::ofBatch(QSqlDatabase db, const QString &batchNumber)
{
    return select(db, u"WHERE batch_number = ? ORDER BY id"_s, {batchNumber});
}

Result<QList<ESignature>> ESignatures::page(QSqlDatabase db, qint64 afterId, int limit)
{
    return select(db, u"WHERE id > ? ORDER BY id LIMIT ?"_s, {afterId, limit});
}

std::array<char, 32> ESignatures::Verdicts::checkedBytes(const QByteArray &publicKey,
                                                         const QByteArray &message,
                                                         const QByteArray &signature)
{
    canonical::Buffer checked; // each part with its length, so no two sets read alike
    for (const QByteArray *part : {&publicKey, &message, &signature})
        checked.appendSized(part->constData(), static_cast<std::size_t>(part->size()));
    const QByteArray digest = crypto::blake2b256(checked.view());
    std::array<char, 32> out{};
    std::copy_n(digest.constData(), std::min<qsizetype>(digest.size(), 32), out.begin());
    return out;
}

Result<ESignatures::Verdicts> ESignatures::Verdicts::check(QSqlDatabase db, const QString &storeId,
                                                           const KeyDirectory &keys, qint64 fromId,
                                                           qint64 toId,
                                                           const std::function<bool()> &cancelled)
{
    Verdicts out;
    qint64 after = fromId - 1;
    for (;;) {
        if (cancelled && cancelled())
            return Error(ErrorCode::Cancelled, tr("Verification cancelled."));
        Result<QList<ESignature>> batch =
            select(db, u"WHERE id > ? AND id <= ? ORDER BY id LIMIT ?"_s, {after, toId, 2000});
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        for (const ESignature &s : std::as_const(batch.value())) {
            after = s.id;
            const CertifiedKey *key = keys.find(s.keyId);
            if (!key)
                continue; // verifyAll() names it
            const QByteArray m = message(storeId, s);
            out.m_entries.push_back({s.id,
                                     crypto::verifySignature(key->cert.publicKey, m, s.signature),
                                     checkedBytes(key->cert.publicKey, m, s.signature)});
        }
    }
    return out;
}

void ESignatures::Verdicts::add(const Verdicts &other)
{
    m_entries.insert(m_entries.end(), other.m_entries.begin(), other.m_entries.end());
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.id < b.id; });
}

int ESignatures::Verdicts::of(qint64 id, const QByteArray &publicKey, const QByteArray &message,
                              const QByteArray &signature) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                     [](const Entry &e, qint64 i) { return e.id < i; });
    if (it == m_entries.end() || it->id != id ||
        it->checked != checkedBytes(publicKey, message, signature))
        return -1;
    return it->verified ? 1 : 0;
}

Result<SignatureVerification> ESignatures::verifyAll(QSqlDatabase db, const QString &storeId,
                                                     const KeyDirectory &keys,
                                                     const RecordedSignings &recorded, int threads,
                                                     const Verdicts *ahead)
{
    QSqlQuery head(db);
    head.setForwardOnly(true);
    head.prepare(u"SELECT hash FROM audit_events WHERE seq = ?"_s);

    SignatureVerification out;
    const auto fail = [&out](qint64 id, const QString &problem) {
        out.ok = false;
        out.failedId = id;
        out.problem = problem;
        return out;
    };
    qint64 after = 0;
    QSet<qint64> seen;
    QHash<QString, ESignature> lastOfBatch; // each batch's signature with the highest id
    for (;;) {
        Result<QList<ESignature>> batch = page(db, after, 2000);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        // The Ed25519 checks, the costly part, on `threads` cores; their verdicts are taken below
        // in order, so that the first problem is the one named.
        const QList<ESignature> &signatures = batch.value();
        std::vector<char> verified(std::size_t(signatures.size()), 0);
        inParts(signatures.size(), threads, 250, [&](qsizetype from, qsizetype to) {
            for (qsizetype i = from; i < to; ++i) {
                const ESignature &s = signatures.at(i);
                const CertifiedKey *key = keys.find(s.keyId);
                if (!key)
                    continue;
                const QByteArray m = message(storeId, s);
                const int known = ahead ? ahead->of(s.id, key->cert.publicKey, m, s.signature) : -1;
                verified[std::size_t(i)] =
                    known >= 0 ? char(known)
                               : char(crypto::verifySignature(key->cert.publicKey, m, s.signature));
            }
        });
        for (qsizetype i = 0; i < signatures.size(); ++i) {
            const ESignature &s = signatures.at(i);
            after = s.id;
            ++out.signatures;
            seen.insert(s.id);
            const auto which = [&s] {
                return tr("signature %1 (batch %2, \"%3\" by %4)")
                    .arg(s.id)
                    .arg(s.batchNumber, s.meaning, s.userName);
            };
            const auto event = recorded.constFind(s.id);
            if (event == recorded.cend())
                return fail(s.id, tr("%1 is not the one the audit trail recorded.").arg(which()));
            if (QString problem = keys.signerProblem(s.keyId, s.userName, event->seq);
                !problem.isEmpty() ||
                !(problem = keys.handoverProblem(s.keyId, event->seq)).isEmpty())
                return fail(s.id, tr("%1 cannot be trusted: %2").arg(which(), problem));
            const CertifiedKey *key = keys.find(s.keyId);
            if (key->cert.userId != s.userId || key->cert.role != s.role ||
                key->cert.fullName != s.fullName)
                return fail(s.id, tr("%1 names %2 as %3, but its key is certified for %4 as %5.")
                                      .arg(which(), s.fullName, s.role, key->cert.fullName,
                                           key->cert.role));
            if (!verified[std::size_t(i)])
                return fail(s.id, tr("%1 does not verify: the signature or what it covers was "
                                     "altered.")
                                      .arg(which()));
            // The head is nearly always the event just before the one that recorded the
            // signing, whose hash that event links to (the chain walk checks the link): no
            // second read of the trail for it.
            bool headFound = true;
            QByteArray headHash;
            if (s.auditSeq == event->seq - 1) {
                headHash = event->prevHash;
            } else {
                head.bindValue(0, s.auditSeq);
                if (!head.exec())
                    return Store::errorFrom(tr("Cannot read the audit trail"), head.lastError());
                const Result<bool> found = nextRow(head, tr("Cannot read the audit trail"));
                if (!found)
                    return found.error();
                headFound = found.value();
                headHash = headFound ? head.value(0).toByteArray() : QByteArray();
                head.finish();
            }
            if (s.auditSeq > 0 && (!headFound || headHash != s.auditHash))
                return fail(s.id, tr("%1 names audit event %2 as the chain head, but that event "
                                     "does not match.")
                                      .arg(which())
                                      .arg(s.auditSeq));
            if (event->batch != s.batchNumber || event->signature != s.signature ||
                event->seq <= s.auditSeq)
                return fail(s.id, tr("%1 is not the one the audit trail recorded.").arg(which()));
            if (s.meaning != QLatin1StringView(kSpecificationApprovedMeaning))
                lastOfBatch.insert(s.batchNumber, s); // in the order of ids: the last one stays
        }
    }
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (!seen.contains(it.key()))
            return fail(it.key(), tr("Audit event %1 records signature %2 of batch %3, which is "
                                     "missing.")
                                      .arg(it->seq)
                                      .arg(it.key())
                                      .arg(it->batch));
    }
    // Where each batch stands must be where its last signature took it (a review begun by a
    // disposition is the one step without a signature of its own), or where an unsigned state
    // change put it after that signature: a hold after a rollback or under change control, or a
    // return to QC approval by a change (BatchLocks). The event that did it comes after the
    // batch's last signature and names the state.
    struct Moved
    {
        QString batch;
        QString state;
    };
    QHash<qint64, Moved> moves; // event seq -> batch and the state it was put in
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One action at a time: each a range of the action index.
    for (const char *action :
         {audit::kHeldAfterRollback, audit::kHeldForChange, audit::kReturnedByChange}) {
        q.prepare(u"SELECT seq, entity_id, new_value FROM audit_events WHERE action = ?"_s);
        q.addBindValue(QString::fromLatin1(action));
        if (!q.exec())
            return Store::errorFrom(tr("Cannot read the audit trail"), q.lastError());
        while (q.next())
            moves.insert(q.value(0).toLongLong(),
                         Moved{q.value(1).toString(), q.value(2).toString()});
        if (q.lastError().isValid())
            return Store::errorFrom(tr("Cannot read the audit trail"), q.lastError());
    }
    if (!q.exec(u"SELECT batch_number, state, signature_id, hold_seq FROM batch_states"_s))
        return Store::errorFrom(tr("Cannot read the batch states"), q.lastError());
    QSet<QString> stated;
    while (q.next()) {
        const QString batchNumber = q.value(0).toString();
        const QString state = q.value(1).toString();
        stated.insert(batchNumber);
        const auto last = lastOfBatch.constFind(batchNumber);
        const qint64 holdSeq = q.value(3).toLongLong();
        const qint64 lastEvent =
            last != lastOfBatch.cend() ? recorded.value(last->id).seq : qint64(0);
        const auto move = moves.constFind(holdSeq);
        const bool movedUnsigned = holdSeq > lastEvent && move != moves.cend() &&
                                   move->batch == batchNumber && move->state == state;
        const bool matches =
            movedUnsigned || (last != lastOfBatch.cend() && q.value(2).toLongLong() == last->id &&
                              (last->stateTo == state ||
                               (state == u"in_review"_s && last->stateTo == u"awaiting_review"_s)));
        if (!matches)
            return fail(0, tr("Batch %1 is recorded as \"%2\", which its signatures do not "
                              "bear out.")
                               .arg(batchNumber, state));
    }
    if (Status s = endOfRows(q, tr("Cannot read the batch states")); !s)
        return s.error();
    for (auto it = lastOfBatch.cbegin(); it != lastOfBatch.cend(); ++it) {
        if (!stated.contains(it.key()))
            return fail(it->id, tr("Batch %1 has signatures but no recorded state.").arg(it.key()));
    }
    return out;
}

} // namespace rd
