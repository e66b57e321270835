// SPDX-License-Identifier: GPL-3.0-or-later
// A store made by the previous version (tests/data/previous-version, key-slot format 1, before
// store roots and key certificates): refused as it is with a message that says what to run,
// upgraded with its recovery code, and afterwards the same store: every account that was
// active opens it, its signatures and the document issued from it still verify, and the new
// root's fingerprint is the one verify reports.
#include "accounts/accountservice.h"
#include "reports/documentregistry.h"
#include "review/reviewservice.h"
#include "security/keyslotfile.h"
#include "session/session.h"
#include "session/upgrade.h"
#include "support/folder.h"
#include "support/teststore.h"
#include "support/verify.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
constexpr char kPassword[] = "ReleaseDesk-demo-2026";
constexpr char kRecoveryCode[] = "5N7Y-N4MC-SEZZ-D8H1-1C5Z-RYAT-06RG-BWHP-RBTM";

QString fixture(const QString &name)
{
    return qEnvironmentVariable("RELEASEDESK_SOURCE_DIR") + u"/tests/data/previous-version/"_s +
           name;
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString &file : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        if (!QFile::copy(from + u'/' + file, to + u'/' + file))
            return false;
        QFile::setPermissions(to + u'/' + file, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}
} // namespace

class tst_Upgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }
    void refusedUntilUpgraded();
    void upgradedStoreIsTheSameStore();
    void olderAccountsGetTheirPerson();
    void alteredKeySlotsNotUpgraded();
};

void tst_Upgrade::refusedUntilUpgraded()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"v1.rdstore"_s);
    QVERIFY(copyFolder(fixture(u"v1.rdstore"_s), store));
    const rd::test::FolderSnapshot before = rd::test::snapshot(store);
    Result<std::unique_ptr<Session>> s =
        Session::open(store, u"admin"_s, rd::test::secret(kPassword));
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::StoreOlder);
    QVERIFY2(s.error().message().contains(u"releasedesk upgrade"_s),
             qPrintable(s.error().message()));
    QVERIFY(s.error().message().contains(u"Nothing was changed"_s));
    // A wrong recovery code upgrades nothing either.
    rd::test::TestStore other;
    Result<Upgrade::Outcome> wrong = Upgrade::run(store, other.recoveryCode());
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), ErrorCode::WrongCredentials);
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store)), QString());
}

void tst_Upgrade::upgradedStoreIsTheSameStore()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"v1.rdstore"_s);
    QVERIFY(copyFolder(fixture(u"v1.rdstore"_s), store));
    Result<Upgrade::Outcome> upgraded = Upgrade::run(store, QString::fromLatin1(kRecoveryCode));
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().message()));
    QCOMPARE(upgraded->certified.size(), qsizetype(5)); // every key the store held
    QVERIFY(upgraded->certified.first().startsWith(u"key 1 of admin (Alex Morgan"_s));
    QCOMPARE(upgraded->slotsKept,
             (QStringList{u"admin"_s, u"qa.reviewer"_s, u"qc.analyst"_s, u"qp.release"_s}));
    QVERIFY(upgraded->slotsDropped.isEmpty());
    QCOMPARE(upgraded->rootFingerprint.size(), 39);

    const KeySlotFile header = KeySlotFile::load(StorePaths(store).keyslots()).value();
    QCOMPARE(header.formatVersion, KeySlotFile::kFormatVersion);
    QCOMPARE(header.epoch, 2); // re-keyed: no copy of an old slot opens it
    QVERIFY(QFile::exists(StorePaths(store).recoveryCopy()));

    for (const char *user : {"admin", "qc.analyst", "qa.reviewer", "qp.release"}) {
        Result<std::unique_ptr<Session>> s =
            Session::open(store, QString::fromLatin1(user), rd::test::secret(kPassword));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
    }
    std::unique_ptr<Session> admin =
        Session::open(store, u"admin"_s, rd::test::secret(kPassword)).value();
    Result<StoreVerification> v = admin->verify();
    QVERIFY(v);
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
    QCOMPARE(v->rootFingerprint, upgraded->rootFingerprint);
    QCOMPARE(v->signatures, 4);
    QCOMPARE(v->certificates, 5);
    AuditQuery q;
    q.contains = u"store.upgraded"_s;
    const QList<AuditEvent> events = admin->audit().read(q).value();
    QCOMPARE(events.size(), qsizetype(1));
    QCOMPARE(events.first().entry.newValue, upgraded->rootFingerprint);
    QCOMPARE(events.first().user, u"(recovery code)"_s);

    // The released batch's signatures are still its signatures, with keys the root certified.
    const BatchReview r = ReviewService(*admin).review(u"TIL-OSA-2410-00001"_s).value();
    QCOMPARE(r.state, BatchState::Released);
    QVERIFY(r.integrityProblem.isEmpty());
    QCOMPARE(r.signatures.size(), qsizetype(3));
    for (const SignatureView &s : r.signatures)
        QVERIFY2(s.checked && s.problem.isEmpty(), qPrintable(s.problem));

    // The certificate of analysis issued by the previous version still verifies.
    Result<reports::DocumentCheck> document =
        reports::DocumentRegistry(*admin).verifyPdf(fixture(u"coa-v1.pdf"_s));
    QVERIFY(document);
    QVERIFY2(document->ok(), qPrintable(document->findings.join(u'\n')));

    // The disabled account's slot was already gone; the upgrade leaves nothing to upgrade.
    QVERIFY(!Session::open(store, u"auditor"_s, rd::test::secret(kPassword)));
    admin.reset();
    Result<Upgrade::Outcome> again = Upgrade::run(store, QString::fromLatin1(kRecoveryCode));
    QVERIFY(!again);
    QVERIFY(again.error().message().contains(u"already current"_s));
}

void tst_Upgrade::alteredKeySlotsNotUpgraded()
{
    // The previous version's integrity code is checked before anything is certified.
    QTemporaryDir dir;
    const QString store = dir.filePath(u"v1.rdstore"_s);
    QVERIFY(copyFolder(fixture(u"v1.rdstore"_s), store));
    QFile f(StorePaths(store).keyslots());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    QVERIFY(json.contains("\"createdWith\": \"SQLCipher"));
    json.replace("\"createdWith\": \"SQLCipher", "\"createdWith\": \"Edited SQLCipher");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    const rd::test::FolderSnapshot before = rd::test::snapshot(store);
    Result<Upgrade::Outcome> upgraded = Upgrade::run(store, QString::fromLatin1(kRecoveryCode));
    QVERIFY(!upgraded);
    QCOMPARE(upgraded.error().code(), ErrorCode::Tampered);
    QVERIFY(upgraded.error().message().contains(u"was not upgraded"_s));
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store)), QString());
}

QTEST_GUILESS_MAIN(tst_Upgrade)
// Accounts made before person identifiers have none after the upgrade; an administrator states
// each one's person once, and an identifier another account has links them only when said.
void tst_Upgrade::olderAccountsGetTheirPerson()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"v1.rdstore"_s);
    QVERIFY(copyFolder(fixture(u"v1.rdstore"_s), store));
    QVERIFY(Upgrade::run(store, QString::fromLatin1(kRecoveryCode)));
    std::unique_ptr<Session> admin =
        Session::open(store, u"admin"_s, rd::test::secret(kPassword)).value();
    AccountService accounts(*admin);
    QVERIFY(accounts.find(u"qp.release"_s)->personId.isEmpty());
    VERIFY_OK(accounts.statePerson(u"qp.release"_s, u" E-1015 "_s, false));
    QCOMPARE(accounts.find(u"qp.release"_s)->personId, u"E-1015"_s);
    const Status again = accounts.statePerson(u"qp.release"_s, u"E-2000"_s, false);
    QVERIFY(!again);
    QVERIFY2(again.error().message().contains(u"already belongs to the person E-1015"_s),
             qPrintable(again.error().message()));
    // Rosa's account with the QP's identifier: refused unless said to be the same person.
    const Status same = accounts.statePerson(u"qa.reviewer"_s, u"E-1015"_s, false);
    QVERIFY(!same);
    QCOMPARE(same.error().code(), ErrorCode::PersonMatches);
    QVERIFY2(same.error().message().contains(u"is that of Pieter de Vries (qp.release)"_s),
             qPrintable(same.error().message()));
    const Status nobody = accounts.statePerson(u"qa.reviewer"_s, u"E-9999"_s, true);
    QVERIFY(!nobody);
    QVERIFY(nobody.error().message().contains(u"no other account has the person identifier"_s));
    QCOMPARE(accounts.find(u"qa.reviewer"_s)->personId, QString());
    VERIFY_OK(accounts.statePerson(u"qa.reviewer"_s, u"e-1015"_s, true));
    QCOMPARE(accounts.find(u"qa.reviewer"_s)->personId, u"E-1015"_s); // as the QP has it
    // Only administrators state persons; the statement is in the audit trail and verifies.
    std::unique_ptr<Session> reviewer =
        Session::open(store, u"qa.reviewer"_s, rd::test::secret(kPassword)).value();
    QCOMPARE(
        AccountService(*reviewer).statePerson(u"qc.analyst"_s, u"E-1042"_s, false).error().code(),
        ErrorCode::Forbidden);
    Result<StoreVerification> v = admin->verify();
    QVERIFY(v);
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
}

#include "tst_upgrade.moc"
