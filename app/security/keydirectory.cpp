// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keydirectory.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "store/store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
constexpr char kAdministratorRole[] = "administrator";
}

Result<KeyDirectory> KeyDirectory::load(QSqlDatabase db, const QString &storeId,
                                        const QByteArray &rootPublicKey)
{
    return load(db, storeId, rootPublicKey, false);
}

Result<KeyDirectory> KeyDirectory::loadUncertified(QSqlDatabase db)
{
    return load(db, QString(), QByteArray(), true);
}

Result<KeyDirectory> KeyDirectory::load(QSqlDatabase db, const QString &storeId,
                                        const QByteArray &rootPublicKey, bool uncertified)
{
    KeyDirectory dir;
    dir.m_root = rootPublicKey;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QHash<qint64, QString> userNames;
    QHash<qint64, std::pair<QString, QString>> people; // id -> (full name, role)
    if (!q.exec(u"SELECT id, user_name, full_name, role FROM users"_s))
        return Store::errorFrom(tr("Cannot read the accounts"), q.lastError());
    while (q.next()) {
        userNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        people.insert(q.value(0).toLongLong(), {q.value(2).toString(), q.value(3).toString()});
    }
    if (q.lastError().isValid())
        return Store::errorFrom(tr("Cannot read the accounts"), q.lastError());

    // The keys, and their certificates where there are any.
    if (!q.exec(u"SELECT k.id, k.user_id, k.public_key, c.key_id, c.user_id, c.user_name, "
                "c.full_name, c.role, c.public_key, c.issued_at, c.issuer_key_id, c.head_seq, "
                "c.head_hash, c.signature FROM user_keys k LEFT JOIN key_certificates c ON "
                "c.key_id = k.id ORDER BY k.id"_s))
        return Store::errorFrom(tr("Cannot read the signing keys"), q.lastError());
    QList<qint64> order;
    QHash<qint64, std::pair<qint64, QByteArray>> rows; // key -> (user id, public key)
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        CertifiedKey k;
        rows.insert(id, {q.value(1).toLongLong(), q.value(2).toByteArray()});
        if (!q.value(3).isNull()) {
            KeyCertificate &c = k.cert;
            c.keyId = q.value(3).toLongLong();
            c.userId = q.value(4).toLongLong();
            c.userName = q.value(5).toString();
            c.fullName = q.value(6).toString();
            c.role = q.value(7).toString();
            c.publicKey = q.value(8).toByteArray();
            c.issuedAt = fromStoredTime(q.value(9).toString());
            c.issuerKeyId = q.value(10).toLongLong();
            c.headSeq = q.value(11).toLongLong();
            c.headHash = q.value(12).toByteArray();
            c.signature = q.value(13).toByteArray();
        } else {
            k.cert.keyId = id;
            k.cert.userId = q.value(1).toLongLong();
            k.cert.userName = userNames.value(k.cert.userId);
            k.cert.fullName = people.value(k.cert.userId).first;
            k.cert.role = people.value(k.cert.userId).second;
            k.cert.publicKey = q.value(2).toByteArray();
            if (!uncertified) {
                k.problem = tr("key %1 of %2 has no certificate: it was not issued through "
                               "ReleaseDesk.")
                                .arg(id)
                                .arg(k.cert.userName);
            }
        }
        dir.m_keys.insert(id, k);
        order << id;
    }
    if (q.lastError().isValid())
        return Store::errorFrom(tr("Cannot read the signing keys"), q.lastError());
    // A certificate whose key row is missing is a key removed outside ReleaseDesk.
    if (!q.exec(u"SELECT key_id, user_name FROM key_certificates WHERE key_id NOT IN "
                "(SELECT id FROM user_keys)"_s))
        return Store::errorFrom(tr("Cannot read the signing keys"), q.lastError());
    while (q.next()) {
        CertifiedKey k;
        k.cert.keyId = q.value(0).toLongLong();
        k.cert.userName = q.value(1).toString();
        k.problem =
            tr("key %1 of %2 was removed from the store.").arg(k.cert.keyId).arg(k.cert.userName);
        dir.m_keys.insert(k.cert.keyId, k);
    }

    // When each key came into force and left it, as positions in the trail: the workstation
    // clock may have gone backwards since a key was issued (the trail records that), so the
    // times stored beside a key cannot order it against a signature; the sequence can. A key
    // is retired by the next key issued to its holder or by the holder's account being
    // disabled, whichever the trail records first after its issue.
    // A disabling, or an issue, of each holder: (seq, the key issued or 0), ascending.
    QHash<QString, QList<std::pair<qint64, qint64>>> retiring;
    q.prepare(u"SELECT seq, action, entity_id, new_value FROM audit_events "
              "WHERE action IN (?, ?) ORDER BY seq"_s);
    q.addBindValue(QString::fromLatin1(audit::kSigningKeyIssued));
    q.addBindValue(QString::fromLatin1(audit::kAccountDisabled));
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the audit trail"), q.lastError());
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString user = q.value(2).toString();
        qint64 issuedKey = 0;
        if (q.value(1).toString() == QLatin1StringView(audit::kSigningKeyIssued)) {
            bool numeric = false;
            const qint64 keyId = q.value(3).toString().section(u':', 0, 0).toLongLong(&numeric);
            const auto it = dir.m_keys.find(keyId);
            if (numeric && it != dir.m_keys.end() && it->issuedSeq == 0 &&
                it->cert.userName == user) {
                it->issuedSeq = seq;
                issuedKey = keyId;
            }
        }
        retiring[user].append({seq, issuedKey});
    }
    if (q.lastError().isValid())
        return Store::errorFrom(tr("Cannot read the audit trail"), q.lastError());
    // A key is retired by the disabling of its holder or by the next key issued to them that is
    // certified itself: a key someone put in the store without a certificate retires nothing.
    const auto retire = [&dir, &retiring] {
        for (CertifiedKey &k : dir.m_keys) {
            k.retiredSeq = 0;
            if (k.issuedSeq == 0)
                continue;
            for (const auto &[seq, issued] : retiring.value(k.cert.userName)) {
                if (seq <= k.issuedSeq)
                    continue;
                const CertifiedKey *next = issued ? dir.find(issued) : nullptr;
                if (issued == 0 || (next && next->certified())) {
                    k.retiredSeq = seq;
                    break;
                }
            }
        }
    };
    retire();
    if (uncertified)
        return dir;

    // Keys issued at a password reset, and the audit events that confirmed their hand-over.
    if (!q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'key_handovers'"_s))
        return Store::errorFrom(tr("Cannot read the signing keys"), q.lastError());
    if (q.next()) {
        q.finish();
        if (!q.exec(u"SELECT h.key_id, h.reset_by, h.confirmed_by, (SELECT min(e.seq) FROM "
                    "audit_events e WHERE e.action = 'signing-key.handed-over' AND "
                    "e.new_value = CAST(h.key_id AS TEXT)) FROM key_handovers h"_s))
            return Store::errorFrom(tr("Cannot read the signing keys"), q.lastError());
        while (q.next()) {
            const auto it = dir.m_keys.find(q.value(0).toLongLong());
            if (it == dir.m_keys.end())
                continue;
            it->resetBy = q.value(1).toString();
            it->handedOverBy = q.value(2).toString();
            it->handedOverSeq = it->handedOverBy.isEmpty() ? 0 : q.value(3).toLongLong();
        }
        if (q.lastError().isValid())
            return Store::errorFrom(tr("Cannot read the signing keys"), q.lastError());
    }

    // The chains, oldest key first: an issuer always has a lower id than what it certifies.
    // Which keys are certified decides which keys are retired and so which issuers were in
    // force: worked out again until it settles.
    QHash<qint64, QString> settled; // problems that do not depend on the chain
    for (auto it = dir.m_keys.cbegin(); it != dir.m_keys.cend(); ++it) {
        if (!it->problem.isEmpty())
            settled.insert(it.key(), it->problem);
    }
    QSqlQuery head(db);
    head.setForwardOnly(true);
    head.prepare(u"SELECT hash FROM audit_events WHERE seq = ?"_s);
    const auto certify = [&]() -> Status {
        for (const qint64 id : std::as_const(order))
            dir.m_keys[id].problem = settled.value(id);
        for (const qint64 id : std::as_const(order)) {
            CertifiedKey &k = dir.m_keys[id];
            if (!k.problem.isEmpty())
                continue;
            const KeyCertificate &c = k.cert;
            const auto [rowUser, rowKey] = rows.value(id);
            const QString who = tr("key %1 of %2").arg(id).arg(c.userName);
            if (c.keyId != id || c.userId != rowUser || c.publicKey != rowKey ||
                userNames.value(rowUser) != c.userName) {
                k.problem = tr("%1: its certificate is not for this key or this account.").arg(who);
                continue;
            }
            if (k.issuedSeq == 0) {
                k.problem = tr("%1: the audit trail does not record its issue.").arg(who);
                continue;
            }
            QByteArray issuerKey;
            if (c.issuerKeyId == KeyCertificate::kRootKeyId) {
                issuerKey = dir.m_root;
            } else {
                const CertifiedKey *issuer = dir.find(c.issuerKeyId);
                if (!issuer || c.issuerKeyId >= id) {
                    k.problem = tr("%1 names key %2 as its issuer, which does not exist.")
                                    .arg(who)
                                    .arg(c.issuerKeyId);
                    continue;
                }
                if (!issuer->certified()) {
                    k.problem = tr("%1 was certified by a key that is not certified itself (%2)")
                                    .arg(who, issuer->problem);
                    continue;
                }
                if (issuer->cert.role != QLatin1StringView(kAdministratorRole) ||
                    issuer->cert.userId == c.userId) {
                    k.problem = tr("%1 was certified by %2, who may not certify it: only an "
                                   "administrator certifies another person's key.")
                                    .arg(who, issuer->cert.userName);
                    continue;
                }
                if (k.issuedSeq <= issuer->issuedSeq ||
                    (issuer->retiredSeq > 0 && k.issuedSeq >= issuer->retiredSeq)) {
                    k.problem =
                        tr("%1 was certified with key %2 of %3, which was not in force when "
                           "the key was issued.")
                            .arg(who)
                            .arg(c.issuerKeyId)
                            .arg(issuer->cert.userName);
                    continue;
                }
                issuerKey = issuer->cert.publicKey;
            }
            if (!c.verify(storeId, issuerKey)) {
                k.problem = tr("%1: its certificate does not verify with the key of its issuer; it "
                               "was made or changed outside ReleaseDesk.")
                                .arg(who);
                continue;
            }
            head.bindValue(0, c.headSeq);
            if (!head.exec())
                return Store::errorFrom(tr("Cannot read the audit trail"), head.lastError());
            const bool found = head.next();
            const QByteArray hash = found ? head.value(0).toByteArray() : QByteArray();
            head.finish();
            if (c.headSeq > 0 && (!found || hash != c.headHash)) {
                k.problem =
                    tr("%1: its certificate names audit event %2, which does not match: the "
                       "audit trail up to there was rewritten.")
                        .arg(who)
                        .arg(c.headSeq);
            }
        }
        return {};
    };
    for (int round = 0; round < 8; ++round) {
        QHash<qint64, QString> before;
        for (auto it = dir.m_keys.cbegin(); it != dir.m_keys.cend(); ++it)
            before.insert(it.key(), it->problem);
        if (Status s = certify(); !s)
            return s.error();
        retire();
        bool same = true;
        for (auto it = dir.m_keys.cbegin(); it != dir.m_keys.cend() && same; ++it)
            same = before.value(it.key()) == it->problem;
        if (same && round > 0)
            break;
    }
    return dir;
}

const CertifiedKey *KeyDirectory::find(qint64 keyId) const
{
    const auto it = m_keys.constFind(keyId);
    return it == m_keys.constEnd() ? nullptr : &*it;
}

QString KeyDirectory::signerProblem(qint64 keyId, const QString &userName, qint64 seq) const
{
    if (keyId == KeyCertificate::kRootKeyId) {
        if (userName != StoreRoot::recoveryActor())
            return tr("the store root signs only for the recovery code, not for %1.").arg(userName);
        return {};
    }
    const CertifiedKey *k = find(keyId);
    if (!k)
        return tr("signing key %1 does not exist in this store.").arg(keyId);
    if (!k->certified())
        return k->problem;
    if (k->cert.userName != userName)
        return tr("signing key %1 is a key of %2, not of %3.")
            .arg(keyId)
            .arg(k->cert.userName, userName);
    if (seq <= k->issuedSeq || (k->retiredSeq > 0 && seq >= k->retiredSeq))
        return tr("signing key %1 of %2 was not in force then.").arg(keyId).arg(userName);
    return {};
}

QString KeyDirectory::handoverProblem(qint64 keyId, qint64 seq) const
{
    const CertifiedKey *k = find(keyId);
    if (!k || k->resetBy.isEmpty() || (k->handedOverSeq > 0 && k->handedOverSeq < seq))
        return {};
    return tr("signing key %1 of %2 was issued when %3 reset the password, and signed before "
              "another administrator confirmed its hand-over.")
        .arg(keyId)
        .arg(k->cert.userName, k->resetBy);
}

QString KeyDirectory::issuerText(qint64 keyId) const
{
    const QString certified = certifiedText(keyId);
    const CertifiedKey *k = find(keyId);
    if (!k || k->resetBy.isEmpty())
        return certified;
    if (k->handedOverBy.isEmpty())
        return tr("%1; issued at a password reset by %2, hand-over not confirmed")
            .arg(certified, k->resetBy);
    return tr("%1; issued at a password reset by %2, hand-over confirmed by %3")
        .arg(certified, k->resetBy, k->handedOverBy);
}

QString KeyDirectory::certifiedText(qint64 keyId) const
{
    const CertifiedKey *k = find(keyId);
    if (keyId == KeyCertificate::kRootKeyId || !k)
        return tr("the store root");
    if (k->cert.issuerKeyId == KeyCertificate::kRootKeyId)
        return tr("key %1, certified by the store root on %2")
            .arg(keyId)
            .arg(dateText(k->cert.issuedAt.date(), TimeStyle::Screen));
    const CertifiedKey *issuer = find(k->cert.issuerKeyId);
    return tr("key %1, certified by %2 (%3, key %4) on %5")
        .arg(keyId)
        .arg(issuer ? issuer->cert.fullName : QString(), issuer ? issuer->cert.userName : QString())
        .arg(k->cert.issuerKeyId)
        .arg(dateText(k->cert.issuedAt.date(), TimeStyle::Screen));
}

} // namespace rd
