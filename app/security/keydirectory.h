// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/keycertificate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace rd {

// One signing key as the store records it, with what verification made of it.
struct CertifiedKey
{
    KeyCertificate cert;   // as stored; cert.keyId is the key's id
    qint64 issuedSeq = 0;  // the signing-key.issued event (0: the trail holds none)
    qint64 retiredSeq = 0; // the next key or the disabling of its holder (0: still in force)
    QString problem;       // why the key verifies nothing; empty when it is certified
    // A key issued at a password reset: who reset it, and who confirmed its hand-over, at
    // which audit event (0: not confirmed; the key signs nothing before that).
    QString resetBy;
    QString handedOverBy;
    qint64 handedOverSeq = 0;

    bool certified() const { return problem.isEmpty(); }
};

// Every signing key of a store checked against its certificate chain (app/audit/THREAT-MODEL.md,
// "Who certifies whom"): the root certifies anyone; an administrator's certified key, while in
// force, certifies other people's keys; nobody else certifies anything. Answers whether a key
// may sign for a person at a point of the audit trail, and who vouched for it. Read-only.
class KeyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(rd::KeyDirectory)

public:
    static Result<KeyDirectory> load(QSqlDatabase db, const QString &storeId,
                                     const QByteArray &rootPublicKey);
    // A store made before certificates, as its upgrade checks it first: every key of
    // user_keys is taken as its holder's (with the holder's name and role as they are now),
    // as that version did; issue and retirement are still read from the trail.
    static Result<KeyDirectory> loadUncertified(QSqlDatabase db);

    const QByteArray &rootPublicKey() const { return m_root; }
    const CertifiedKey *find(qint64 keyId) const;
    const QHash<qint64, CertifiedKey> &keys() const { return m_keys; }

    // Empty when key `keyId` is certified, belongs to `userName` (key 0, the root, belongs to
    // the recovery actor) and was in force at audit event `seq`; otherwise why not.
    QString signerProblem(qint64 keyId, const QString &userName, qint64 seq) const;
    // Empty unless key `keyId` was issued at a password reset and its hand-over was not
    // confirmed before audit event `seq`: an electronic signature then cannot be trusted (the
    // resetting administrator knew the key's password).
    QString handoverProblem(qint64 keyId, qint64 seq) const;
    // "certified by the store root" or "certified by Alex Morgan (admin, key 3) on ...", and
    // for a key issued at a reset, who reset it and who confirmed its hand-over.
    QString issuerText(qint64 keyId) const;

private:
    QString certifiedText(qint64 keyId) const;
    static Result<KeyDirectory> load(QSqlDatabase db, const QString &storeId,
                                     const QByteArray &rootPublicKey, bool uncertified);

    QByteArray m_root;
    QHash<qint64, CertifiedKey> m_keys;
};

} // namespace rd
