// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/parallel.h"
#include "core/result.h"
#include "security/securebytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <array>
#include <functional>
#include <vector>

class QSqlQuery;

namespace rd {

class KeyDirectory;

// What the audit trail recorded of one signing: the batch.signed event (its seq, the batch it
// names, the signature bytes it holds, and its link to the event before it). By signature id;
// the audit chain walk (AuditVerifier) collects them as it reads every event.
struct RecordedSigning
{
    qint64 seq = 0;
    QString batch;
    QByteArray signature;
    QByteArray prevHash;
};
using RecordedSignings = QHash<qint64, RecordedSigning>;

// One electronic signature (docs/DESIGN.md section 7; 21 CFR 11.50, 11.70): who signed (user id and
// printed name), when (UTC, with the workstation's offset and time zone), what it means, the
// hash of the record's canonical content and the audit-chain head at signing, all signed with
// the signer's Ed25519 key. The canonical message is in CANONICAL.md beside the audit trail.
struct ESignature
{
    qint64 id = 0;
    QString batchNumber;
    QString meaning;   // e.g. "reviewed" (Workflow::id)
    QString stateFrom; // e.g. "in_review"
    QString stateTo;
    qint64 userId = 0;
    QString userName;
    QString fullName;
    QString role;
    QDateTime signedAt; // UTC
    int utcOffsetSeconds = 0;
    QString timeZone; // IANA id of the workstation, e.g. "Europe/Amsterdam"
    QString comment;
    QString physicianRequest; // exceptional release only
    QString riskEvaluation;   // exceptional release only
    QStringList conditions;   // conditional release: the tests still pending
    int recordVersion = 0;
    QByteArray contentHash; // BLAKE2b-256 of the batch's canonical content
    QByteArray stableHash;  // the same without the tests in `conditions`
    qint64 auditSeq = 0;    // the audit-chain head at signing
    QByteArray auditHash;
    qint64 keyId = 0;
    QByteArray signature; // Ed25519 over message()
};

// The meaning of a signature that approves a specification version (docs/DESIGN.md section 8,
// "Specifications"): its `batchNumber` names the version ("specification RD-CD19 2.0", never a
// batch number, which has no spaces), and no batch state follows from it.
inline constexpr char kSpecificationApprovedMeaning[] = "specification-approved";

struct SignatureVerification
{
    bool ok = true;
    qint64 signatures = 0;
    qint64 failedId = 0;
    QString problem; // one line, when !ok
};

class ESignatures
{
    Q_DECLARE_TR_FUNCTIONS(rd::ESignatures)

public:
    static QByteArray message(const QString &storeId, const ESignature &s);
    static void sign(ESignature &s, const QString &storeId, const SecureBytes &secretKey);
    static bool verify(const ESignature &s, const QString &storeId, const QByteArray &publicKey);

    // The manifestation shown and printed with the record: printed name, meaning, date and
    // time in UTC and in the signer's zone.
    static QString manifestation(const ESignature &s, const QString &meaningName);
    static QString manifestation(const ESignature &s, const QString &meaningName, TimeStyle style);
    static QString timeText(const ESignature &s, TimeStyle style = TimeStyle::Screen);
    // "21-Nov-2026 14:03:05 UTC (21-Nov-2026 15:03:05 UTC+01:00, Europe/Amsterdam)": every
    // time shown or printed with a record (signatures, who printed a document) reads this way.
    static QString timeText(const QDateTime &at, int utcOffsetSeconds, const QString &timeZone,
                            TimeStyle style = TimeStyle::Screen);

    // Every field, as decisions.log keeps it.
    static QJsonObject toJson(const ESignature &s);
    static Result<ESignature> fromJson(const QJsonObject &o);

    static Result<qint64> insert(QSqlDatabase db, const ESignature &s);
    static Result<QList<ESignature>> ofBatch(QSqlDatabase db, const QString &batchNumber);
    // Every signature in the store, oldest first, `limit` at a time after `afterId`.
    static Result<QList<ESignature>> page(QSqlDatabase db, qint64 afterId, int limit);

    // Checks every signature: its Ed25519 signature with the signer's certified key in force
    // when it was made (name and role as certified), the audit-chain head it names, and the
    // audit event that recorded it (and that every such event has its signature). Read-only;
    // names the first that does not match. `recorded` is what the audit chain walk collected
    // (AuditVerification::signings), from a walk that found the chain whole: the head is
    // compared with the link the recording event holds when it is the event just before.
    // The Ed25519 checks run on `threads` cores, but for those `ahead` holds.
    class Verdicts;
    static Result<SignatureVerification> verifyAll(QSqlDatabase db, const QString &storeId,
                                                   const KeyDirectory &keys,
                                                   const RecordedSignings &recorded,
                                                   int threads = computeThreads(),
                                                   const Verdicts *ahead = nullptr);

    // verifyAll()'s Ed25519 checks made ahead of it, while the chain it needs is still being
    // walked: of the signatures with ids fromId to toId, whether each verified with its
    // signer's certified key, bound to the bytes checked (key, message and signature), so that
    // a verdict stands only for the same bytes when verifyAll() reads the signature again.
    class Verdicts
    {
    public:
        static Result<Verdicts> check(QSqlDatabase db, const QString &storeId,
                                      const KeyDirectory &keys, qint64 fromId, qint64 toId,
                                      const std::function<bool()> &cancelled = {});
        void add(const Verdicts &other);
        // 1: verified; 0: did not; -1: not checked, or other bytes.
        int of(qint64 id, const QByteArray &publicKey, const QByteArray &message,
               const QByteArray &signature) const;

    private:
        struct Entry
        {
            qint64 id;
            bool verified;
            std::array<char, 32> checked;
        };
        static std::array<char, 32> checkedBytes(const QByteArray &publicKey,
                                                 const QByteArray &message,
                                                 const QByteArray &signature);
        std::vector<Entry> m_entries; // by id
    };
};

} // namespace rd
