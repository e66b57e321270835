// SPDX-License-Identifier: GPL-3.0-or-later
// The attacks of someone who holds one account's password (the demo's viewer, "auditor") and
// may write in the store folder, as app/audit/THREAT-MODEL.md lists them, each performed
// for real: the viewer's key slot gives the master key, and with it the attacker uses
// ReleaseDesk's own code (Store, AuditTrail, ESignatures, RecordBindings) and SQL with the
// triggers put back as they were. Each test then asks the real binary (verify, review status,
// report, verify-document, a login) and checks that it refuses and names what was changed.
#include "accounts/accountrecords.h"
#include "accounts/accountservice.h"
#include "audit/audittrail.h"
#include "core/clock.h"
#include "core/storefiles.h"
#include "review/reviewqueue.h"
#include "review/reviewservice.h"
#include "review/workflow.h"
#include "security/crypto.h"
#include "security/esignature.h"
#include "security/keycertificate.h"
#include "security/keyring.h"
#include "security/recoverycode.h"
#include "session/demo.h"
#include "session/recovery.h"
#include "session/session.h"
#include "store/store.h"
#include "support/cli.h"
#include "support/folder.h"
#include "support/rawdb.h"
#include "support/teststore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

constexpr char kViewer[] = "auditor";
constexpr char kAnalyst[] = "qc.analyst";
constexpr char kReviewer[] = "qa.reviewer";
constexpr char kQp[] = "qp.release";
constexpr char kAdmin[] = "admin";

using Run = rd::test::CliRun;

QString password()
{
    return QString::fromLatin1(DemoStore::kPassword);
}

SecureBytes secretOf(const QString &text)
{
    return SecureBytes::fromUtf8(text);
}

// A signing key the attacker made and put into user_keys.
struct ForgedKey
{
    qint64 id = 0;
    crypto::SigningKeyPair pair;
};

// How the attacker makes a certificate for a key of their own.
enum class ForgedCertificate {
    None,         // no certificate row at all
    OwnRoot,      // "issued by the root" but signed with a root the attacker made
    ViewersOwnKey // signed with the viewer's own, genuinely certified key
};

} // namespace

Q_DECLARE_METATYPE(ForgedCertificate)

class tst_Attacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void forgedReleaseRefused_data();
    void forgedReleaseRefused();
    void rewrittenHistoryFound();
    void editedRecordsNamed_data();
    void editedRecordsNamed();
    void doctoredIndexNamed_data();
    void doctoredIndexNamed();
    void forgedDocumentRefused();
    void otherStoresDocumentRefused();
    void fingerprintChecked();
    void failedLoginRecordsJudged_data();
    void failedLoginRecordsJudged();
    void securityEventsCannotBeCutOff_data();
    void securityEventsCannotBeCutOff();
    void rollbackNamesLostDecisionsAndHolds();
    void disabledAccountsOldSlotOpensNothing();

private:
    // A fresh copy of the prepared store, for one test to attack.
    QString freshStore(const QString &name);
    Run run(const QStringList &arguments, const QByteArray &input = {});
    Run as(const char *user, const QStringList &arguments);
    // The master key, as the viewer's slot gives it.
    static SecureBytes masterKey(const QString &store);
    // records.db through ReleaseDesk's own Store class, with the stolen master key.
    static std::unique_ptr<Store> openWithKey(const QString &store, const SecureBytes &key);
    static ForgedKey forgeKey(Store &store, const QString &user, ForgedCertificate how,
                              const SecureBytes &viewerKey, qint64 viewerKeyId);
    static qint64 userId(Store &store, const QString &user);

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_pristine;
    QString m_released;   // QC-approved, reviewed and released through the real workflow
    QString m_unreviewed; // has exceptions nobody dispositioned
    QString m_coa;        // a certificate of analysis of m_released issued from the pristine store
    QString m_recoveryCode; // of the pristine store and so of every copy
};

void tst_Attacks::initTestCase()
{
    rd::test::initTestProcess();
    m_binary = qEnvironmentVariable("RELEASEDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "RELEASEDESK_BINARY must name the built binary");
    QVERIFY(m_dir.isValid());
    m_pristine = m_dir.filePath(u"pristine.rdstore"_s);
    DemoStore::Options options;
    options.batches = 8;
    Result<StoreCreator::Created> created = DemoStore::create(m_pristine, options);
    QVERIFY(created);
    m_recoveryCode = RecoveryCode::format(created->recoverySecret);

    // One batch walked to release through the real workflow; another with exceptions.
    {
        std::unique_ptr<Session> rosa =
            Session::open(m_pristine, QString::fromLatin1(kReviewer), secretOf(password())).value();
        Result<QList<QueueEntry>> queue = ReviewQueue(*rosa).entries();
        QVERIFY(queue);
        ReviewService review(*rosa);
        for (const QueueEntry &e : queue.value()) {
            Result<BatchReview> r = review.review(e.batchNumber);
            QVERIFY(r);
            const bool blocks =
                std::any_of(r->exceptions.cbegin(), r->exceptions.cend(),
                            [](const ExceptionView &x) { return x.exception.blocksRelease; });
            if (m_released.isEmpty() && !blocks)
                m_released = e.batchNumber;
            else if (m_unreviewed.isEmpty() && !r->exceptions.isEmpty())
                m_unreviewed = e.batchNumber;
        }
    }
    QVERIFY2(!m_released.isEmpty() && !m_unreviewed.isEmpty(), "the demo has both kinds");
    const auto sign = [this](const char *user, const QString &batch, Meaning meaning) {
        std::unique_ptr<Session> s =
            Session::open(m_pristine, QString::fromLatin1(user), secretOf(password())).value();
        ReviewService review(*s);
        if (meaning == Meaning::Reviewed) {
            const BatchReview r = review.review(batch).value();
            for (const ExceptionView &e : r.exceptions) {
                if (!review.dispose(batch, e.exception.key, u"Assessed; no impact."_s, {}))
                    return false;
            }
        }
        Result<ESignature> signed_ =
            review.sign(SignRequest{batch, meaning, {}, {}, {}, {}}, secretOf(password()));
        if (!signed_)
            qWarning("sign: %s", qPrintable(signed_.error().message()));
        return signed_.ok();
    };
    QVERIFY(sign(kAnalyst, m_released, Meaning::QcApproved));
    QVERIFY(sign(kReviewer, m_released, Meaning::Reviewed));
    QVERIFY(sign(kQp, m_released, Meaning::Released));
    m_coa = m_dir.filePath(u"coa.pdf"_s);
    const Run coa = as(
        kReviewer, {u"report"_s, m_pristine, u"coa"_s, u"--batch"_s, m_released, u"-o"_s, m_coa});
    QVERIFY2(coa.exitCode == 0, qPrintable(coa.err));
    const Run verified = as(kAdmin, {u"verify"_s, m_pristine});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

QString tst_Attacks::freshStore(const QString &name)
{
    // Every file but SQLite's shared-memory index, which the next opener makes again.
    const QString path = m_dir.filePath(name + u".rdstore"_s);
    if (!QDir().mkpath(path))
        return QString();
    const QDir from(m_pristine);
    for (const QString &file : from.entryList(QDir::Files | QDir::Hidden)) {
        if (!file.endsWith(u"-shm"_s) && !QFile::copy(from.filePath(file), path + u'/' + file))
            return QString();
    }
    return path;
}

Run tst_Attacks::run(const QStringList &arguments, const QByteArray &input)
{
    rd::test::CliOptions options;
    options.input = input;
    Run r = rd::test::runCli(arguments, options);
    QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString &l) {
        return l.startsWith(u"QStandardPaths"_s) || l.contains(u"test-only minimum"_s);
    });
    r.err = lines.join(u'\n');
    return r;
}

Run tst_Attacks::as(const char *user, const QStringList &arguments)
{
    return run(arguments +
                   QStringList{u"--user"_s, QString::fromLatin1(user), u"--password-stdin"_s},
               (password() + u'\n').toUtf8());
}

SecureBytes tst_Attacks::masterKey(const QString &store)
{
    Result<UnlockedKeys> keys =
        KeyRing::unlock(store, QString::fromLatin1(kViewer), secretOf(password()));
    return keys ? std::move(keys->masterKey) : SecureBytes();
}

std::unique_ptr<Store> tst_Attacks::openWithKey(const QString &store, const SecureBytes &key)
{
    const QString storeId = KeySlotFile::load(StorePaths(store).keyslots())->storeId;
    Result<std::unique_ptr<Store>> s =
        Store::open(store, storeId, key.copy(), QString::fromLatin1(kViewer));
    if (!s)
        qWarning("openWithKey: %s", qPrintable(s.error().message()));
    return s ? std::move(s).value() : nullptr;
}

qint64 tst_Attacks::userId(Store &store, const QString &user)
{
    QSqlQuery q(store.connection());
    q.prepare(u"SELECT id FROM users WHERE user_name = ?"_s);
    q.addBindValue(user);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

ForgedKey tst_Attacks::forgeKey(Store &store, const QString &user, ForgedCertificate how,
                                const SecureBytes &viewerKey, qint64 viewerKeyId)
{
    // Created "2024-01-01" and already retired, so that the real account keeps working.
    ForgedKey k;
    k.pair = crypto::generateSigningKeyPair();
    QSqlDatabase db = store.connection();
    QSqlQuery q(db);
    q.exec(u"SELECT coalesce(max(id), 0) + 1 FROM user_keys"_s);
    q.next();
    k.id = q.value(0).toLongLong();
    q.finish();
    const qint64 uid = userId(store, user);
    q.prepare(u"INSERT INTO user_keys (id, user_id, public_key, created_at, retired_at) "
              "VALUES (?, ?, ?, '2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z')"_s);
    q.addBindValue(k.id);
    q.addBindValue(uid);
    q.addBindValue(k.pair.publicKey);
    if (!q.exec())
        qWarning("forgeKey: %s", qPrintable(q.lastError().text()));
    if (how == ForgedCertificate::None)
        return k;
    q.prepare(u"SELECT full_name, role FROM users WHERE id = ?"_s);
    q.addBindValue(uid);
    q.exec();
    q.next();
    KeyCertificate c;
    c.keyId = k.id;
    c.userId = uid;
    c.userName = user;
    c.fullName = q.value(0).toString();
    c.role = q.value(1).toString();
    c.publicKey = k.pair.publicKey;
    c.issuedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const AuditHead head = AuditTrail(db, store.storeId()).head().value();
    c.headSeq = head.seq;
    c.headHash = head.hash;
    if (how == ForgedCertificate::OwnRoot) {
        c.issuerKeyId = KeyCertificate::kRootKeyId;
        c.sign(store.storeId(), crypto::generateSigningKeyPair().secretKey);
    } else {
        c.issuerKeyId = viewerKeyId;
        c.sign(store.storeId(), viewerKey);
    }
    q.prepare(u"INSERT INTO key_certificates (key_id, user_id, user_name, full_name, role, "
              "public_key, issued_at, issuer_key_id, head_seq, head_hash, signature) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(c.keyId), QVariant(c.userId), QVariant(c.userName),
                              QVariant(c.fullName), QVariant(c.role), QVariant(c.publicKey),
                              QVariant(toStoredTime(c.issuedAt)), QVariant(c.issuerKeyId),
                              QVariant(c.headSeq), QVariant(c.headHash), QVariant(c.signature)})
        q.addBindValue(v);
    if (!q.exec())
        qWarning("forgeKey: %s", qPrintable(q.lastError().text()));
    return k;
}

void tst_Attacks::forgedReleaseRefused_data()
{
    QTest::addColumn<ForgedCertificate>("how");
    QTest::addColumn<QString>("named");
    QTest::newRow("keys without a certificate")
        << ForgedCertificate::None << u"has no certificate"_s;
    QTest::newRow("certificates from a root of the attacker's own")
        << ForgedCertificate::OwnRoot << u"does not verify with the key of its issuer"_s;
    QTest::newRow("certificates signed with the viewer's own key")
        << ForgedCertificate::ViewersOwnKey << u"only an administrator certifies"_s;
}

void tst_Attacks::forgedReleaseRefused()
{
    QFETCH(ForgedCertificate, how);
    QFETCH(QString, named);
    const QString store = freshStore(u"forged-release"_s + QString::number(int(how)));
    QVERIFY(!store.isEmpty());
    const QString batch = m_unreviewed;

    // The viewer's own session and key, then the master key its slot holds.
    std::unique_ptr<Session> viewer =
        Session::open(store, QString::fromLatin1(kViewer), secretOf(password())).value();
    const QByteArray content = ReviewService(*viewer).review(batch).value().contentHash;
    const qint64 viewerKeyId = viewer->keyId();
    const SecureBytes viewerKey = viewer->signingKey().copy();
    viewer.reset();
    const SecureBytes key = masterKey(store);
    QVERIFY(!key.isEmpty());
    {
        std::unique_ptr<Store> db = openWithKey(store, key);
        QVERIFY(db);
        QSqlDatabase conn = db->connection();
        AuditTrail trail(conn, db->storeId());
        QVERIFY(conn.transaction());
        std::map<QString, ForgedKey> keys;
        for (const char *user : {kAnalyst, kReviewer, kQp})
            keys.emplace(QString::fromLatin1(user),
                         forgeKey(*db, QString::fromLatin1(user), how, viewerKey, viewerKeyId));
        // Three signatures, as the real workflow writes them, with the added keys.
        QString from = Workflow::id(BatchState::AwaitingQcApproval);
        const QList<std::tuple<const char *, Meaning, BatchState>> steps = {
            {kAnalyst, Meaning::QcApproved, BatchState::AwaitingReview},
            {kReviewer, Meaning::Reviewed, BatchState::Reviewed},
            {kQp, Meaning::Released, BatchState::Released}};
        for (const auto &[user, meaning, to] : steps) {
            const QString name = QString::fromLatin1(user);
            QSqlQuery u(conn);
            u.prepare(u"SELECT id, full_name, role FROM users WHERE user_name = ?"_s);
            u.addBindValue(name);
            QVERIFY(u.exec() && u.next());
            ESignature s;
            s.batchNumber = batch;
            s.meaning = Workflow::id(meaning);
            s.stateFrom = from;
            s.stateTo = Workflow::id(to);
            s.userId = u.value(0).toLongLong();
            s.userName = name;
            s.fullName = u.value(1).toString();
            s.role = u.value(2).toString();
            s.signedAt = Clock::instance().nowUtc();
            s.timeZone = u"Europe/Amsterdam"_s;
            s.recordVersion = 1;
            s.contentHash = content;
            s.stableHash = content;
            const AuditHead head = trail.head().value();
            s.auditSeq = head.seq;
            s.auditHash = head.hash;
            s.keyId = keys.at(name).id;
            ESignatures::sign(s, db->storeId(), keys.at(name).pair.secretKey);
            s.id = ESignatures::insert(conn, s).value();
            QSqlQuery state(conn);
            state.prepare(u"INSERT OR REPLACE INTO batch_states (batch_number, state, held_from, "
                          "changed_at, signature_id) VALUES (?, ?, '', ?, ?)"_s);
            state.addBindValue(batch);
            state.addBindValue(s.stateTo);
            state.addBindValue(toStoredTime(s.signedAt));
            state.addBindValue(s.id);
            QVERIFY(state.exec());
            AuditEntry e;
            e.action = QString::fromLatin1(audit::kBatchSigned);
            e.entityType = u"batch"_s;
            e.entityId = batch;
            e.field = s.meaning;
            e.oldValue = s.stateFrom;
            e.newValue = QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{u"signatureId"_s, s.id},
                                {u"state"_s, s.stateTo},
                                {u"signature"_s, QString::fromLatin1(s.signature.toBase64())}})
                    .toJson(QJsonDocument::Compact));
            QVERIFY(trail.append(name, e,
                                 {{RecordBindings::Kind::Signature, QString::number(s.id)},
                                  {RecordBindings::Kind::BatchState, batch}}));
            from = s.stateTo;
        }
        // The user keys and certificates bound as issuing binds them, and a checkpoint signed
        // with the added key of the release authority, anchored in keyslots.json.
        AuditEntry issued;
        issued.action = QString::fromLatin1(audit::kSigningKeyIssued);
        issued.entityType = u"user"_s;
        for (const char *user : {kAnalyst, kReviewer, kQp}) {
            issued.entityId = QString::fromLatin1(user);
            issued.newValue =
                u"%1:%2"_s.arg(keys.at(issued.entityId).id)
                    .arg(QString::fromLatin1(keys.at(issued.entityId).pair.publicKey.toHex()));
            QVERIFY(trail.append(QString::fromLatin1(kAdmin), issued,
                                 {AccountRecords::subject(issued.entityId)}));
        }
        Result<AuditEvent> checkpoint =
            trail.appendCheckpoint(QString::fromLatin1(kQp), keys.at(u"qp.release"_s).id,
                                   keys.at(u"qp.release"_s).pair.secretKey, audit::kSessionClosed);
        QVERIFY(checkpoint);
        QVERIFY(conn.commit());
        const CheckpointAnchor anchor = AuditTrail::anchorOf(checkpoint.value());
        QVERIFY(KeyRing::modify(store, [&anchor](KeySlotFile &f) -> Status {
            f.anchors.insert(anchor.userName, anchor);
            return {};
        }));
    }

    const Run verify = as(kAdmin, {u"verify"_s, store});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(u"cannot be trusted"_s) && verify.err.contains(named) &&
                 verify.err.contains(u"qc.analyst"_s),
             qPrintable(verify.err));
    const Run status = as(kReviewer, {u"review"_s, store, u"status"_s, u"--batch"_s, batch});
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.out.contains(u"NOT BORNE OUT"_s) && status.err.contains(u"cannot be trusted"_s),
             qPrintable(status.out + status.err));
    const QString pdf = m_dir.filePath(u"forged-release.pdf"_s);
    const Run report =
        as(kQp, {u"report"_s, store, u"release"_s, u"--batch"_s, batch, u"-o"_s, pdf});
    QCOMPARE(report.exitCode, 1);
    QVERIFY2(report.err.contains(u"No document of batch %1 can be printed"_s.arg(batch)),
             qPrintable(report.err));
    QVERIFY(!QFile::exists(pdf));
    // A document issued before the forgery no longer verifies against this store.
    const Run document = as(kReviewer, {u"verify-document"_s, m_coa, u"--store"_s, store});
    QCOMPARE(document.exitCode, 1);
    QVERIFY2(document.out.contains(u"NOT VALID"_s) && document.out.contains(u"does not verify"_s),
             qPrintable(document.out + document.err));
}

void tst_Attacks::rewrittenHistoryFound()
{
    // A password reset and its key issuance deleted from the middle of the trail, every later
    // event written again with ReleaseDesk's own code, every later checkpoint re-signed with
    // keys the attacker added, and the anchors moved to them.
    const QString store = freshStore(u"rewritten"_s);
    QVERIFY(!store.isEmpty());
    {
        std::unique_ptr<Session> admin =
            Session::open(store, QString::fromLatin1(kAdmin), secretOf(password())).value();
        QVERIFY(AccountService(*admin).resetPassword(QString::fromLatin1(kQp),
                                                     secretOf(u"temporary-for-qp-1"_s)));
    }
    // Later activity: sessions of several people.
    for (const char *user : {kReviewer, kAnalyst, kAdmin})
        QVERIFY(Session::open(store, QString::fromLatin1(user), secretOf(password())));

    const SecureBytes key = masterKey(store);
    std::unique_ptr<Store> db = openWithKey(store, key);
    QVERIFY(db);
    QSqlDatabase conn = db->connection();
    QSqlQuery q(conn);
    // The reset's key is issued just before the reset event itself: history from there.
    QVERIFY(q.exec(u"SELECT max(seq) FROM audit_events WHERE action = 'signing-key.issued' AND "
                   "entity_id = '%1' AND seq < (SELECT min(seq) FROM audit_events WHERE action = "
                   "'password.reset')"_s.arg(QString::fromLatin1(kQp))) &&
            q.next());
    const qint64 reset = q.value(0).toLongLong();
    QVERIFY(reset > 0);
    QList<AuditEvent> later;
    QHash<qint64, QList<RecordBindings::Subject>> bound;
    QVERIFY(q.exec(u"SELECT "_s + AuditTrail::eventColumns() +
                   u" FROM audit_events WHERE seq > %1 ORDER BY seq"_s.arg(reset - 1)));
    while (q.next())
        later << AuditTrail::eventFromRow(q);
    QVERIFY(q.exec(u"SELECT seq, kind, subject FROM record_bindings WHERE seq >= %1"_s.arg(reset)));
    while (q.next()) {
        const QString kind = q.value(1).toString();
        for (const RecordBindings::Kind k : RecordBindings::kinds()) {
            if (RecordBindings::id(k) == kind)
                bound[q.value(0).toLongLong()].append({k, q.value(2).toString()});
        }
    }
    q.finish();
    const qint64 resetKey = [&] {
        for (const AuditEvent &e : std::as_const(later)) {
            if (e.entry.action == QLatin1StringView(audit::kSigningKeyIssued))
                return e.entry.newValue.section(u':', 0, 0).toLongLong();
        }
        return qint64(0);
    }();
    QVERIFY(resetKey > 0);
    db.reset();
    {
        rd::test::RawDb raw(StorePaths(store).records(), key);
        QCOMPARE(raw.execAroundTriggers(
                     u"DELETE FROM record_bindings WHERE seq >= %1; DELETE FROM audit_events WHERE "
                     "seq >= %1; DELETE FROM key_handovers WHERE key_id = %2; "
                     "DELETE FROM key_certificates WHERE key_id = %2; DELETE FROM "
                     "user_keys WHERE id = %2; UPDATE user_keys SET retired_at = NULL WHERE id = "
                     "(SELECT max(id) FROM user_keys WHERE user_id = (SELECT id FROM users WHERE "
                     "user_name = '%3'))"_s.arg(reset)
                         .arg(resetKey)
                         .arg(QString::fromLatin1(kQp))),
                 SQLITE_OK);
    }
    db = openWithKey(store, key);
    QVERIFY(db);
    conn = db->connection();
    AuditTrail trail(conn, db->storeId());
    std::map<QString, ForgedKey> forged;
    QHash<QString, CheckpointAnchor> anchors;
    ManualClock clock(later.first().utc);
    Clock::setInstance(&clock);
    QVERIFY(conn.transaction());
    for (const AuditEvent &e : std::as_const(later)) {
        if (e.entry.action == QLatin1StringView(audit::kPasswordReset) ||
            (e.entry.action == QLatin1StringView(audit::kSigningKeyIssued) &&
             e.entry.entityId == QLatin1StringView(kQp)))
            continue;
        clock.set(e.utc);
        if (audit::isCheckpoint(e.entry.action)) {
            if (!forged.count(e.user))
                forged.emplace(e.user, forgeKey(*db, e.user, ForgedCertificate::OwnRoot, key, 0));
            Result<AuditEvent> c = trail.appendCheckpoint(e.user, forged.at(e.user).id,
                                                          forged.at(e.user).pair.secretKey,
                                                          e.entry.action.toLatin1().constData());
            QVERIFY(c);
            anchors.insert(e.user, AuditTrail::anchorOf(c.value()));
        } else {
            QVERIFY(trail.append(e.user, e.entry, bound.value(e.seq)));
        }
    }
    QVERIFY(conn.commit());
    Clock::setInstance(nullptr);
    db.reset();
    QVERIFY(KeyRing::modify(store, [&anchors](KeySlotFile &f) -> Status {
        for (const CheckpointAnchor &a : std::as_const(anchors))
            f.anchors.insert(a.userName, a);
        return {};
    }));

    const Run verify = as(kAdmin, {u"verify"_s, store});
    QCOMPARE(verify.exitCode, 1);
    // The first key the rewrite needed is named: nobody certified it.
    QVERIFY2(verify.err.contains(u"cannot be trusted"_s), qPrintable(verify.err));
}

void tst_Attacks::editedRecordsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("released batch's viability 92 -> 60")
        << u"UPDATE qc_results SET value_num = 60.0, value_text = '60.0' WHERE batch_number = "
           "'%1' AND test_code = 'VIAB'"_s
        << u"recorded it: the QC results of batch %1 ("_s;
    QTest::newRow("released batch's sterility text")
        << u"UPDATE qc_results SET text_result = 'No growth (corrected)' WHERE batch_number = '%1' "
           u"AND "
           "test_code = 'STERIL'"_s
        << u"recorded it: the QC results of batch %1 "_s;
    QTest::newRow("released batch's patient reference")
        << u"UPDATE batch_records SET coi_patient_ref = 'PT-000999' WHERE batch_number = '%1'"_s
        << u"recorded it: the batch record %1 "_s;
    QTest::newRow("an open critical deviation added")
        << u"INSERT INTO deviations (record_id, seq, deviation_id, title, class, open, opened_at, "
           "closed_at, impact) SELECT id, 99, 'DEV-9999', 'Added', 'critical', 1, NULL, NULL, '' "
           "FROM batch_records WHERE batch_number = '%1'"_s
        << u"recorded it: the batch record %1 "_s;
    QTest::newRow("an unsigned batch edited in place")
        << u"UPDATE qc_results SET value_num = value_num + 1 WHERE batch_number = '%2' AND "
           "value_num IS NOT NULL"_s
        << u"recorded it: the QC results of batch %2 "_s;
    QTest::newRow("append-only triggers replaced by no-op triggers of the same names")
        << u"DROP TRIGGER audit_events_no_update; CREATE TRIGGER audit_events_no_update BEFORE "
           "UPDATE ON audit_events BEGIN SELECT 1; END"_s
        << u"The trigger audit_events_no_update is not the one ReleaseDesk made"_s;
}

void tst_Attacks::editedRecordsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    const QString store =
        freshStore(u"edited-"_s + QString::fromLatin1(QTest::currentDataTag())
                                      .left(20)
                                      .replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s));
    QVERIFY(!store.isEmpty());
    {
        rd::test::RawDb raw(StorePaths(store).records(), masterKey(store));
        const QString script =
            QString(sql).replace(u"%1"_s, m_released).replace(u"%2"_s, m_unreviewed);
        QCOMPARE(script.contains(u"CREATE TRIGGER"_s) ? raw.exec(script)
                                                      : raw.execAroundTriggers(script),
                 SQLITE_OK);
    }
    const Run verify = as(kAdmin, {u"verify"_s, store});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(
                 QString(named).replace(u"%1"_s, m_released).replace(u"%2"_s, m_unreviewed)),
             qPrintable(verify.err));
}

void tst_Attacks::doctoredIndexNamed_data()
{
    // The tables stay as they were; only an index is rebuilt to another definition, and the
    // definition put back, so that the schema reads as ReleaseDesk made it. A query through the
    // index then sees other rows than the table holds.
    QTest::addColumn<QString>("index");
    QTest::addColumn<QString>("definition"); // the index is rebuilt to this, then restored
    QTest::addColumn<QString>("named");
    QTest::newRow("an entry left out: a signing gone from the batch's audit trail")
        << u"audit_events_by_entity"_s
        << u"CREATE INDEX audit_events_by_entity ON audit_events(entity_type, entity_id) "
           "WHERE seq <> %3"_s
        << u"The index audit_events_by_entity of table audit_events does not hold the rows of "
           "its table"_s;
    QTest::newRow("another batch's result found under the released batch")
        << u"qc_results_by_batch"_s
        << u"CREATE INDEX qc_results_by_batch ON qc_results(CASE WHEN batch_number = '%2' AND "
           "test_code = 'VIAB' THEN '%1' ELSE batch_number END, test_code)"_s
        << u"The index qc_results_by_batch of table qc_results does not hold the rows of its "
           "table"_s;
    QTest::newRow("an entry left out: an exception's assessment gone")
        << u"dispositions_by_batch"_s
        << u"CREATE INDEX dispositions_by_batch ON dispositions(batch_number, exception_key, id) "
           "WHERE batch_number <> '%2'"_s
        << u"The index dispositions_by_batch of table dispositions does not hold the rows of its "
           "table"_s;
    QTest::newRow("a current result left out: the release result no longer found")
        << u"qc_results_current"_s
        << u"CREATE UNIQUE INDEX qc_results_current ON qc_results(sample_id, test_code, "
           "tested_at) WHERE superseded_by_id IS NULL AND batch_number <> '%1'"_s
        << u"The index qc_results_current of table qc_results does not hold the rows of its "
           "table"_s;
    QTest::newRow("entries out of order: a search misses signatures")
        << u"signatures_by_batch"_s
        << u"CREATE INDEX signatures_by_batch ON signatures(batch_number, id DESC)"_s
        << u"The index signatures_by_batch of table signatures is out of order"_s;
}

void tst_Attacks::doctoredIndexNamed()
{
    QFETCH(QString, index);
    QFETCH(QString, definition);
    QFETCH(QString, named);
    const QString store = freshStore(u"index-"_s + index);
    QVERIFY(!store.isEmpty());
    if (index == u"dispositions_by_batch"_s) {
        // An assessment to leave out, made as a reviewer makes one once QC approved.
        {
            std::unique_ptr<Session> qc =
                Session::open(store, QString::fromLatin1(kAnalyst), secretOf(password())).value();
            const Result<ESignature> approved = ReviewService(*qc).sign(
                SignRequest{m_unreviewed, Meaning::QcApproved, {}, {}, {}, {}},
                secretOf(password()));
            QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message()));
        }
        std::unique_ptr<Session> rosa =
            Session::open(store, QString::fromLatin1(kReviewer), secretOf(password())).value();
        ReviewService review(*rosa);
        const BatchReview r = review.review(m_unreviewed).value();
        QVERIFY(!r.exceptions.isEmpty());
        // Release-blocking exceptions are accounted for with their investigation's reference.
        // (An open critical deviation is named by its own reference: another one is taken.)
        const auto plain = std::find_if(r.exceptions.cbegin(), r.exceptions.cend(), [](auto &e) {
            return e.exception.category != ExceptionCategory::OpenDeviation;
        });
        QVERIFY(plain != r.exceptions.cend());
        const ReviewException &first = plain->exception;
        const auto disposed =
            review.dispose(m_unreviewed, first.key, u"Assessed; no impact."_s,
                           first.blocksRelease ? u"external: QMS-2026-0042"_s : QString());
        QVERIFY2(disposed, disposed ? "" : qPrintable(disposed.error().message()));
    }
    const QString records = StorePaths(store).records();
    const SecureBytes key = masterKey(store);
    QString original;
    QString signing; // the event of the released batch's first signature
    const auto setDefinition = [&records, &key, &index](const QString &sql) {
        rd::test::RawDb raw(records, key);
        return raw.exec(u"PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = '%1' WHERE "
                        "name = '%2'; PRAGMA writable_schema = OFF;"_s.arg(
                            QString(sql).replace(u"'"_s, u"''"_s), index));
    };
    {
        rd::test::RawDb raw(records, key);
        original =
            raw.value(u"SELECT sql FROM sqlite_master WHERE name = '%1'"_s.arg(index)).toString();
        signing = raw.value(u"SELECT min(seq) FROM audit_events WHERE action = 'batch.signed' "
                            "AND entity_id = '%1'"_s.arg(m_released))
                      .toString();
        QVERIFY(!signing.isEmpty());
        // Signatures enough to be out of order.
        QVERIFY(raw.value(u"SELECT count(*) FROM signatures WHERE batch_number = '%1'"_s.arg(
                              m_released))
                    .toInt() > 1);
    }
    QVERIFY(!original.isEmpty());
    QCOMPARE(setDefinition(QString(definition)
                               .replace(u"%1"_s, m_released)
                               .replace(u"%2"_s, m_unreviewed)
                               .replace(u"%3"_s, signing)),
             SQLITE_OK);
    {
        rd::test::RawDb raw(records, key); // reads the altered definition
        QCOMPARE(raw.exec(u"REINDEX "_s + index), SQLITE_OK);
    }
    QCOMPARE(setDefinition(original), SQLITE_OK);

    const Run verify = as(kAdmin, {u"verify"_s, store});
    QCOMPARE(verify.exitCode, 1);
    // SQLite 3.15's quick_check does not count an index's entries; newer ones (SQLCipher 4's)
    // do, and name a missing entry first.
    const bool countedByQuickCheck =
        verify.err.contains(u"damaged (wrong # of entries in index %1)"_s.arg(index));
    QVERIFY2(countedByQuickCheck || verify.err.contains(named), qPrintable(verify.err));
    QVERIFY2(countedByQuickCheck || verify.err.contains(u"altered outside ReleaseDesk"_s),
             qPrintable(verify.err));
}

void tst_Attacks::forgedDocumentRefused()
{
    // A certificate rendered from a tampered copy of the store (viability 92 -> 60) and entered
    // in the real store's register under the real document's content hash.
    const QString store = freshStore(u"forged-document"_s);
    const QString copy = freshStore(u"forged-document-copy"_s);
    QVERIFY(!store.isEmpty() && !copy.isEmpty());
    {
        rd::test::RawDb raw(StorePaths(copy).records(), masterKey(copy));
        QCOMPARE(raw.execAroundTriggers(
                     u"UPDATE qc_results SET value_num = 60.0, value_text = '60.0' WHERE "
                     "batch_number = '%1' AND test_code = 'VIAB'"_s.arg(m_released)),
                 SQLITE_OK);
    }
    const QString forged = m_dir.filePath(u"forged-coa.pdf"_s);
    const Run rendered =
        as(kReviewer, {u"report"_s, copy, u"coa"_s, u"--batch"_s, m_released, u"-o"_s, forged});
    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    QFile f(forged);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(crypto::sha256(f.readAll()).toHex());
    {
        rd::test::RawDb raw(StorePaths(store).records(), masterKey(store));
        QCOMPARE(
            raw.execAroundTriggers(
                u"INSERT INTO documents (document_id, kind, subject, version, request, "
                "content_hash, provisional, draft, supersedes, medium, paper, pages, "
                "file_sha256, issued_by, issued_at) SELECT d.document_id, d.kind, d.subject, "
                "d.version + 1, d.request, (SELECT content_hash FROM documents ORDER BY id "
                "LIMIT 1), d.provisional, d.draft, d.supersedes, d.medium, d.paper, d.pages, "
                "'%1', d.issued_by, d.issued_at FROM (SELECT * FROM documents) d WHERE 0"_s.arg(
                    sha)),
            SQLITE_OK);
    }
    // The copy's register entry itself, as the attacker would take it over.
    {
        rd::test::RawDb from(StorePaths(copy).records(), masterKey(copy));
        const QString id = from.value(u"SELECT document_id FROM documents ORDER BY id DESC "
                                      "LIMIT 1"_s)
                               .toString();
        rd::test::RawDb raw(StorePaths(store).records(), masterKey(store));
        const QByteArray realHash =
            raw.value(u"SELECT content_hash FROM documents ORDER BY id LIMIT 1"_s).toByteArray();
        QCOMPARE(raw.execAroundTriggers(
                     u"INSERT INTO documents (document_id, kind, subject, version, request, "
                     "content_hash, provisional, draft, supersedes, medium, paper, pages, "
                     "file_sha256, issued_by, issued_at) SELECT '%1', kind, subject, version, "
                     "request, x'%2', provisional, draft, supersedes, medium, paper, pages, '%3', "
                     "issued_by, issued_at FROM documents ORDER BY id LIMIT 1"_s.arg(
                         id, QString::fromLatin1(realHash.toHex()), sha)),
                 SQLITE_OK);
    }
    const Run check = as(kReviewer, {u"verify-document"_s, forged, u"--store"_s, store});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(u"NOT VALID"_s) &&
                 check.out.contains(u"is not the one registered for it"_s) &&
                 check.out.contains(u"Written outside ReleaseDesk"_s),
             qPrintable(check.out + check.err));
}

void tst_Attacks::otherStoresDocumentRefused()
{
    // The same document checked against another store with the same batch: its root differs.
    QTemporaryDir other;
    const QString store = other.filePath(u"other.rdstore"_s);
    DemoStore::Options options;
    options.batches = 8;
    QVERIFY(DemoStore::create(store, options));
    const Run check = as(kReviewer, {u"verify-document"_s, m_coa, u"--store"_s, store});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(u"NOT VALID"_s), qPrintable(check.out + check.err));
}

void tst_Attacks::fingerprintChecked()
{
    const QString store = freshStore(u"fingerprint"_s);
    const Run ok = as(kAdmin, {u"verify"_s, store});
    QCOMPARE(ok.exitCode, 0);
    const QString fp = ok.out.section(u"store root fingerprint: "_s, 1).trimmed();
    QCOMPARE(fp.size(), 39);
    QCOMPARE(as(kAdmin, {u"verify"_s, store, u"--fingerprint"_s, fp.toLower()}).exitCode, 0);
    // A root swapped everywhere by someone holding the master key shows as another print.
    const Run wrong = as(kAdmin, {u"verify"_s, store, u"--fingerprint"_s,
                                  u"0000-0000-0000-0000-0000-0000-0000-0000"_s});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(u"The store's root is %1, not"_s.arg(fp)), qPrintable(wrong.err));
    // And every document carries it.
    QFile pdf(m_coa);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().contains(u"releasedesk:store-root:"_s.toLatin1()));
}

void tst_Attacks::failedLoginRecordsJudged_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("named");
    QTest::newRow("four failed logins deleted")
        << u"delete"_s << u"4 failed logins were counted since the last login"_s;
    QTest::newRow("a failed login dated 1970 injected")
        << u"1970"_s << u"a failed login of qa.reviewer at 1970-01-01"_s;
    QTest::newRow("a user name with a line break injected")
        << u"newline"_s << u"which is no account of this store"_s;
    QTest::newRow("the only administrator locked until 9999")
        << u"lockout"_s << u"a lockout of admin at 9999-12-31"_s;
}

void tst_Attacks::failedLoginRecordsJudged()
{
    QFETCH(QString, edit);
    QFETCH(QString, named);
    const QString store = freshStore(u"logins-"_s + edit);
    QVERIFY(!store.isEmpty());
    if (edit == u"delete"_s) {
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                !KeyRing::unlock(store, QString::fromLatin1(kQp), secretOf(u"guess-%1"_s.arg(i))));
    }
    const QString path = StorePaths(store).keyslots();
    KeySlotFile file = KeySlotFile::load(path).value();
    if (edit == u"delete"_s) {
        QCOMPARE(file.attempts.value(QString::fromLatin1(kQp)).unreportedFailures.size(),
                 qsizetype(4));
        file.attempts.remove(QString::fromLatin1(kQp));
    } else if (edit == u"1970"_s) {
        file.attempts[QString::fromLatin1(kReviewer)].unreportedFailures
            << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        file.failuresCounted += 1;
    } else if (edit == u"newline"_s) {
        file.attempts[u"admin\nroot"_s].unreportedFailures << Clock::instance().nowUtc();
        file.failuresCounted += 1;
    } else {
        file.attempts[QString::fromLatin1(kAdmin)].lockedAt =
            QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    }
    QVERIFY(StoreFiles::writeAtomically(path, file.serialize()));

    // The next login (the only administrator's, which no lockout stops) names it, and the trail
    // keeps it; nothing of it is taken as a failed login.
    const Run login = as(kAdmin, {u"users"_s, u"list"_s, store});
    QCOMPARE(login.exitCode, 0);
    QVERIFY2(login.err.contains(u"warning: keyslots.json held failed-login records that cannot "
                                "be true"_s) &&
                 login.err.contains(named),
             qPrintable(login.err));
    std::unique_ptr<Session> s =
        Session::open(store, QString::fromLatin1(kAdmin), secretOf(password())).value();
    AuditQuery q;
    q.contains = u"keyslots.claim-rejected"_s;
    QCOMPARE(s->audit().read(q)->size(), qsizetype(1));
    q.contains = u"1970-01-01"_s;
    QCOMPARE(s->audit().read(q)->size(), edit == u"1970"_s ? qsizetype(1) : qsizetype(0));
    AuditQuery failed;
    failed.contains = u"login.failed"_s;
    for (const AuditEvent &e : s->audit().read(failed).value())
        QVERIFY2(!e.entry.entityId.contains(u'\n') && !e.entry.newValue.startsWith(u"1970"_s),
                 "an injected record was taken as a failed login");
}

void tst_Attacks::securityEventsCannotBeCutOff_data()
{
    QTest::addColumn<QString>("event");
    QTest::newRow("raw-key disclosure") << u"raw-key"_s;
    QTest::newRow("administrator password set with the recovery code") << u"admin"_s;
}

void tst_Attacks::securityEventsCannotBeCutOff()
{
    // What the recovery code does ends with a checkpoint the root signs, anchored outside the
    // database: cutting the events off the end of the trail no longer goes unseen.
    QFETCH(QString, event);
    const QString store = freshStore(u"tail-"_s + event);
    QVERIFY(!store.isEmpty());
    qint64 before = 0;
    {
        std::unique_ptr<Session> s =
            Session::open(store, QString::fromLatin1(kAdmin), secretOf(password())).value();
        before = s->audit().head()->seq;
    }
    const QByteArray code = (m_recoveryCode + u'\n').toUtf8();
    const Run done =
        event == u"raw-key"_s
            ? run({u"recover"_s, store, u"--show-raw-key"_s, u"--password-stdin"_s}, code)
            : run({u"recover"_s, store, u"--admin"_s, QString::fromLatin1(kAdmin),
                   u"--password-stdin"_s},
                  code + "after-recovery-77\\nafter-recovery-77\\n");
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    // Everything from the security event on cut off the end, with the key.
    {
        rd::test::RawDb raw(StorePaths(store).records(), masterKey(store));
        QCOMPARE(raw.execAroundTriggers(u"DELETE FROM record_bindings WHERE seq > %1; DELETE FROM "
                                        "audit_events WHERE seq > %1"_s.arg(before)),
                 SQLITE_OK);
    }
    const Run login = as(kReviewer, {u"verify"_s, store});
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains(u"ends before event"_s) && login.err.contains(u"rolled back"_s),
             qPrintable(login.err));
}

void tst_Attacks::rollbackNamesLostDecisionsAndHolds()
{
    // records.db put back from a copy taken before a decision; the decision is then lost, and
    // must neither vanish unnamed nor leave its batch free to be decided otherwise unseen.
    const QString store = freshStore(u"rollback"_s);
    QVERIFY(!store.isEmpty());
    const QString records = StorePaths(store).records();
    const QString older = m_dir.filePath(u"rollback-older.db"_s);
    QVERIFY(QFile::copy(records, older));
    {
        std::unique_ptr<Session> quinn =
            Session::open(store, QString::fromLatin1(kAnalyst), secretOf(password())).value();
        QVERIFY(ReviewService(*quinn).sign(
            SignRequest{m_unreviewed, Meaning::QcApproved, {}, {}, {}, {}}, secretOf(password())));
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(records + suffix);
    QVERIFY(QFile::copy(older, records));

    const Run refused = as(kAdmin, {u"users"_s, u"list"_s, store});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"rolled back"_s), qPrintable(refused.err));
    const Run accepted = run({u"recover"_s, store, u"--accept-rollback"_s, u"--reason"_s,
                              u"disk replaced; last night's backup"_s, u"--password-stdin"_s},
                             (m_recoveryCode + u'\n').toUtf8());
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QVERIFY2(accepted.out.contains(u"lost: signature"_s) &&
                 accepted.out.contains(
                     u"of batch %1: \"qc-approved\" by Quinn Chen"_s.arg(m_unreviewed)),
             qPrintable(accepted.out));
    QVERIFY2(accepted.out.contains(u"on hold for a new decision: batch %1"_s.arg(m_unreviewed)),
             qPrintable(accepted.out));
    const Run status = as(kReviewer, {u"review"_s, store, u"status"_s, u"--batch"_s, m_unreviewed});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(u"State: On hold"_s), qPrintable(status.out));
    // QC approval cannot simply be signed again: a person lifts the hold first.
    const Run again =
        run({u"review"_s, store, u"sign"_s, u"--batch"_s, m_unreviewed, u"--meaning"_s,
             u"qc-approved"_s, u"--user"_s, QString::fromLatin1(kAnalyst), u"--password-stdin"_s},
            (password() + u'\n' + password() + u'\n').toUtf8());
    QCOMPARE(again.exitCode, 1);
    const Run verified = as(kAdmin, {u"verify"_s, store});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

void tst_Attacks::disabledAccountsOldSlotOpensNothing()
{
    const QString store = freshStore(u"old-slot"_s);
    const QString saved = m_dir.filePath(u"saved-keyslots.json"_s);
    QVERIFY(QFile::copy(StorePaths(store).keyslots(), saved));
    const Run disabled = run({u"users"_s, u"disable"_s, store, QString::fromLatin1(kViewer),
                              u"--reason"_s, u"left the company"_s, u"--user"_s,
                              QString::fromLatin1(kAdmin), u"--password-stdin"_s},
                             (password() + u'\n').toUtf8());
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
    QVERIFY2(!disabled.err.contains(u"warning"_s), qPrintable(disabled.err)); // re-keyed at once
    QCOMPARE(KeySlotFile::load(StorePaths(store).keyslots())->epoch, 2);
    // The disabled user's saved copy of keyslots.json, with the old password.
    const QString current = m_dir.filePath(u"current-keyslots.json"_s);
    QVERIFY(QFile::copy(StorePaths(store).keyslots(), current));
    QVERIFY(QFile::remove(StorePaths(store).keyslots()));
    QVERIFY(QFile::copy(saved, StorePaths(store).keyslots()));
    const Run old = as(kViewer, {u"users"_s, u"list"_s, store});
    QCOMPARE(old.exitCode, 1);
    QVERIFY2(old.err.contains(u"cannot be decrypted with this store's key"_s), qPrintable(old.err));
    // With the key the old slot gives, records.db reads as noise.
    Result<UnlockedKeys> keys =
        KeyRing::unlock(store, QString::fromLatin1(kViewer), secretOf(password()));
    QVERIFY(keys);
    rd::test::RawDb raw(StorePaths(store).records(), keys->masterKey);
    QVERIFY(!raw.value(u"SELECT count(*) FROM sqlite_master"_s).isValid());
    QVERIFY(QFile::remove(StorePaths(store).keyslots()));
    QVERIFY(QFile::copy(current, StorePaths(store).keyslots()));
    QCOMPARE(as(kAdmin, {u"verify"_s, store}).exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_Attacks)
#include "tst_attacks.moc"
