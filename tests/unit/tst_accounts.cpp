// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts (21 CFR 11.100, 11.300): who may do what, password rules and history, lockout,
// disabling, resets and the forced change, each audited.
#include "accounts/accountservice.h"
#include "accounts/identity.h"
#include "core/clock.h"
#include "security/crypto.h"
#include "security/keyring.h"
#include "security/keyslotfile.h"
#include "support/folder.h"
#include "support/teststore.h"

#include <QSqlQuery>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::secret;

namespace {
qint64 countEvents(Session &s, const QString &action, const QString &entity = QString())
{
    QSqlQuery q(s.store().connection());
    q.prepare(
        u"SELECT count(*) FROM audit_events WHERE action = ? AND (? IS NULL OR entity_id = ?)"_s);
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entity);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

AccountService::NewAccount account(const QString &name, Role role)
{
    AccountService::NewAccount a;
    a.userName = name;
    a.fullName = u"Full Name of "_s + name;
    a.personId = u"P-"_s + name.trimmed();
    a.role = role;
    return a;
}
} // namespace

class tst_Accounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }

    void addAccount();
    void namesAreComparedAsPeople_data();
    void namesAreComparedAsPeople();
    void personIdentifierRules();
    void userNameRules_data();
    void userNameRules();
    void userNamesNeverReused();
    void onlyAdministratorsManageAccounts_data();
    void onlyAdministratorsManageAccounts();
    void newAccountMustChangePassword();
    void changeOwnPassword();
    void passwordHistory();
    void lockoutAfterFiveFailures();
    void failedLoginsAreAuditedAtNextUnlock();
    void parallelGuessesCannotPassTheLimit();
    void resetAndDisableKeepUnreportedFailures();
    void unknownUserLooksLikeWrongPassword();
    void disableKeepsRecordRemovesSlot();
    void disableRules();
    void resetForcesChangeAndIssuesNewKey();
    void staleSlotRefused();
    void inactivityLockIsBounded_data();
    void inactivityLockIsBounded();
};

void tst_Accounts::namesAreComparedAsPeople_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("alike");
    QTest::newRow("same") << u"Rosa Martens"_s << u"Rosa Martens"_s << true;
    QTest::newRow("case and spaces") << u"ROSA  martens "_s << u"Rosa Martens"_s << true;
    QTest::newRow("Cyrillic о") << u"R\u043esa Martens"_s << u"Rosa Martens"_s << true;
    QTest::newRow("Cyrillic С, capitals") << u"QUINN \u0421\u041dEN"_s << u"Quinn Chen"_s << true;
    QTest::newRow("Cyrillic С, mixed case") << u"Quinn \u0421hen"_s << u"Quinn Chen"_s << true;
    QTest::newRow("Greek Ο in an identifier") << u"E-1\u039f42"_s << u"E-1O42"_s << true;
    QTest::newRow("decomposed é") << u"Ine\u0301s"_s << u"In\u00e9s"_s << true;
    QTest::newRow("rn for m") << u"Pieter de Vries-Mann"_s << u"Pieter de Vries-Rnann"_s << true;
    QTest::newRow("another person") << u"Rosa Marten"_s << u"Rosa Martens"_s << false;
    QTest::newRow("initial only") << u"Q. Chen"_s << u"Quinn Chen"_s << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

// Tried as a QA head would: names that read as the same person are the same person.
void tst_Accounts::namesAreComparedAsPeople()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, alike);
    QCOMPARE(Identity::alike(a, b), alike);
    QCOMPARE(Identity::alike(b, a), alike);
}

void tst_Accounts::personIdentifierRules()
{
    QCOMPARE(Identity::normalizePersonId(u"  E-1042 "_s).value(), u"E-1042"_s);
    for (const QString &bad :
         {u""_s, u"   "_s, u"E 1042"_s, u"E-10\u200b42"_s, u"E-1042\u202e"_s, QString(41, u'7')}) {
        const Result<QString> r = Identity::normalizePersonId(bad);
        QVERIFY2(!r, qPrintable(bad));
        QCOMPARE(r.error().code(), ErrorCode::InvalidInput);
    }
    QVERIFY(Identity::normalizePersonId(u"E-1042"_s).ok());
    QCOMPARE(Identity::unusualCharacters(u"R\u043esa"_s), u"U+043E"_s);
}

void tst_Accounts::addAccount()
{
    rd::test::TestStore store;
    std::unique_ptr<Session> admin = store.open();
    QVERIFY(admin);
    Result<Account> added = AccountService(*admin).add(account(u"  Bob.Smith "_s, Role::QaReviewer),
                                                       secret("initial-password-1"));
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
    QCOMPARE(added->userName, u"bob.smith"_s); // trimmed, lower-cased
    QCOMPARE(added->role, Role::QaReviewer);
    QVERIFY(added->active);
    QVERIFY(added->currentKeyId > 0);
    QCOMPARE(countEvents(*admin, u"account.created"_s, u"bob.smith"_s), 1);
    QCOMPARE(countEvents(*admin, u"signing-key.issued"_s, u"bob.smith"_s), 1);
    Result<KeySlotFile> header = KeySlotFile::load(StorePaths(store.path()).keyslots());
    QVERIFY(header->userSlots.contains(u"bob.smith"_s));
    QCOMPARE(header->userSlots.value(u"bob.smith"_s).keyId, added->currentKeyId);
}

void tst_Accounts::userNameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"rosa"_s << true;
    QTest::newRow("dots dashes underscores") << u"r.de_vries-2"_s << true;
    QTest::newRow("one letter") << u"r"_s << false;
    QTest::newRow("starts with digit") << u"2rosa"_s << false;
    QTest::newRow("space inside") << u"rosa m"_s << false;
    QTest::newRow("non-ascii") << u"jürgen"_s << false;
    QTest::newRow("33 characters") << QString(33, u'a') << false;
    QTest::newRow("32 characters") << QString(32, u'a') << true;
}

void tst_Accounts::userNameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Result<QString> n = AccountService::normalizeUserName(name);
    QCOMPARE(n.ok(), valid);
    if (!valid) {
        QCOMPARE(n.error().code(), ErrorCode::InvalidInput);
        QVERIFY(n.error().message().contains(u"2 to 32"_s));
    }
}

void tst_Accounts::userNamesNeverReused()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"carol"_s, Role::Viewer));
    std::unique_ptr<Session> admin = store.open();
    AccountService accounts(*admin);
    QVERIFY(accounts.disable(u"carol"_s, u"left the company"_s));
    const Result<Account> again =
        accounts.add(account(u"CAROL"_s, Role::Viewer), secret("another-password-1"));
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(again.error().message().contains(u"disabled"_s));
    QVERIFY(again.error().message().contains(u"never reused"_s));
}

void tst_Accounts::onlyAdministratorsManageAccounts_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("qc analyst") << Role::QcAnalyst;
    QTest::newRow("qa reviewer") << Role::QaReviewer;
    QTest::newRow("release authority") << Role::ReleaseAuthority;
    QTest::newRow("viewer") << Role::Viewer;
}

void tst_Accounts::onlyAdministratorsManageAccounts()
{
    QFETCH(Role, role);
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"dave"_s, role));
    QVERIFY(store.addUser(u"erin"_s, Role::Viewer));
    std::unique_ptr<Session> dave = store.open(u"dave"_s);
    QVERIFY(dave);
    AccountService accounts(*dave);
    const Result<Account> added =
        accounts.add(account(u"frank"_s, Role::Viewer), secret("frank-password-1"));
    QVERIFY(!added);
    QCOMPARE(added.error().code(), ErrorCode::Forbidden);
    QVERIFY(added.error().message().contains(Roles::displayName(Role::Administrator)));
    QCOMPARE(accounts.disable(u"erin"_s, u"x"_s).error().code(), ErrorCode::Forbidden);
    QCOMPARE(accounts.resetPassword(u"erin"_s, secret("temporary-pass-1")).error().code(),
             ErrorCode::Forbidden);
    // Reading the list is allowed to everyone.
    QVERIFY(accounts.list());
    QVERIFY(!accounts.find(u"frank"_s));
}

void tst_Accounts::newAccountMustChangePassword()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"gina"_s, Role::QcAnalyst, u"first-password-1"_s, true));
    std::unique_ptr<Session> gina = store.open(u"gina"_s, u"first-password-1"_s);
    QVERIFY(gina);
    QVERIFY(gina->mustChangePassword());
    const Status usable = gina->requireUsable();
    QVERIFY(!usable);
    QCOMPARE(usable.error().code(), ErrorCode::PasswordChangeRequired);
    QCOMPARE(AccountService(*gina).list().error().code(), ErrorCode::PasswordChangeRequired);
    QCOMPARE(gina->verify().error().code(), ErrorCode::PasswordChangeRequired);

    QVERIFY(AccountService(*gina).changeOwnPassword(secret("first-password-1"),
                                                    secret("second-password-2")));
    QVERIFY(!gina->mustChangePassword());
    QVERIFY(gina->requireUsable());
    QCOMPARE(countEvents(*gina, u"password.changed"_s, u"gina"_s), 1);
    gina.reset();
    QVERIFY(!store.open(u"gina"_s, u"first-password-1"_s));
    std::unique_ptr<Session> again = store.open(u"gina"_s, u"second-password-2"_s);
    QVERIFY(again);
    QVERIFY(!again->mustChangePassword());
}

void tst_Accounts::changeOwnPassword()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"hana"_s, Role::Viewer, u"h-secret-word-01"_s));
    std::unique_ptr<Session> hana = store.open(u"hana"_s, u"h-secret-word-01"_s);
    const qint64 keyBefore = hana->keyId();
    AccountService accounts(*hana);
    // Wrong current password: refused, and counted like a failed login.
    Status s = accounts.changeOwnPassword(secret("not-my-password"), secret("h-secret-word-02"));
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::WrongCredentials);
    QCOMPARE(KeySlotFile::load(StorePaths(store.path()).keyslots())
                 ->attempts.value(u"hana"_s)
                 .consecutiveFailures,
             1);
    // Rules apply.
    s = accounts.changeOwnPassword(secret("h-secret-word-01"), secret("short"));
    QCOMPARE(s.error().code(), ErrorCode::PasswordRejected);
    s = accounts.changeOwnPassword(secret("h-secret-word-01"), secret("my-name-is-HANA"));
    QCOMPARE(s.error().code(), ErrorCode::PasswordRejected);
    QVERIFY(accounts.changeOwnPassword(secret("h-secret-word-01"), secret("h-secret-word-02")));
    // Same signing key: only the wrapping changed.
    QCOMPARE(hana->keyId(), keyBefore);
    hana.reset();
    std::unique_ptr<Session> again = store.open(u"hana"_s, u"h-secret-word-02"_s);
    QVERIFY(again);
    QCOMPARE(again->keyId(), keyBefore);
}

void tst_Accounts::passwordHistory()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"ivan"_s, Role::Viewer, u"history-pass-0"_s));
    QString current = u"history-pass-0"_s;
    for (int i = 1; i <= 5; ++i) {
        std::unique_ptr<Session> ivan = store.open(u"ivan"_s, current);
        QVERIFY(ivan);
        const QString next = u"history-pass-%1"_s.arg(i);
        QVERIFY(AccountService(*ivan).changeOwnPassword(secret(current), secret(next)));
        current = next;
    }
    // Passwords 1..5 are the last five; 0 has dropped out of the history.
    std::unique_ptr<Session> ivan = store.open(u"ivan"_s, current);
    AccountService accounts(*ivan);
    for (int i = 1; i <= 5; ++i) {
        const Status s =
            accounts.changeOwnPassword(secret(current), secret(u"history-pass-%1"_s.arg(i)));
        QVERIFY2(!s, qPrintable(u"password %1 was accepted again"_s.arg(i)));
        QCOMPARE(s.error().code(), ErrorCode::PasswordRejected);
        QVERIFY(s.error().message().contains(u"last 5"_s));
    }
    QVERIFY(accounts.changeOwnPassword(secret(current), secret("history-pass-0")));
}

void tst_Accounts::lockoutAfterFiveFailures()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC), 3600);
    Clock::setInstance(&clock);
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"jo"_s, Role::Viewer, u"j-secret-word-123"_s));
    const rd::test::FolderSnapshot before = rd::test::snapshot(store.path());
    for (int i = 0; i < 5; ++i) {
        Result<UnlockedKeys> k = KeyRing::unlock(store.path(), u"jo"_s, secret("wrong-password!"));
        QCOMPARE(k.error().code(), ErrorCode::WrongCredentials);
        clock.advanceSeconds(10);
    }
    // Only the counters in keyslots.json changed.
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store.path())),
             u"changed keyslots.json"_s);
    // The right password no longer opens it...
    Result<UnlockedKeys> locked =
        KeyRing::unlock(store.path(), u"jo"_s, secret("j-secret-word-123"));
    QVERIFY(!locked);
    QCOMPARE(locked.error().code(), ErrorCode::AccountLocked);
    QVERIFY(locked.error().message().contains(u"locked"_s));
    QVERIFY2(locked.error().message().contains(u"10:15:40"_s),
             qPrintable(locked.error().message()));
    // ...for 15 minutes.
    clock.advanceSeconds(14 * 60);
    QCOMPARE(KeyRing::unlock(store.path(), u"jo"_s, secret("j-secret-word-123")).error().code(),
             ErrorCode::AccountLocked);
    clock.advanceSeconds(61);
    std::unique_ptr<Session> jo = store.open(u"jo"_s, u"j-secret-word-123"_s);
    QVERIFY(jo);
    QCOMPARE(KeySlotFile::load(StorePaths(store.path()).keyslots())
                 ->attempts.value(u"jo"_s)
                 .consecutiveFailures,
             0);
    Clock::setInstance(nullptr);
}

void tst_Accounts::failedLoginsAreAuditedAtNextUnlock()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"kim"_s, Role::Viewer));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!KeyRing::unlock(store.path(), u"kim"_s, secret("not-kims-password")));
    QVERIFY(!KeyRing::unlock(store.path(), u"alice"_s, secret("not-alices-password")));
    // Reported by whoever unlocks next.
    std::unique_ptr<Session> admin = store.open();
    QCOMPARE(countEvents(*admin, u"login.failed"_s, u"kim"_s), 5);
    QCOMPARE(countEvents(*admin, u"account.locked"_s, u"kim"_s), 1);
    QCOMPARE(countEvents(*admin, u"login.failed"_s, u"alice"_s), 1);
    Result<KeySlotFile> header = KeySlotFile::load(StorePaths(store.path()).keyslots());
    QVERIFY(header->attempts.value(u"kim"_s).unreportedFailures.isEmpty());
    QVERIFY(header->attempts.value(u"kim"_s).lockedAt.isValid());        // still locked
    QCOMPARE(header->attempts.value(u"alice"_s).consecutiveFailures, 0); // alice got in
    // Reported once only.
    admin.reset();
    admin = store.open();
    QCOMPARE(countEvents(*admin, u"login.failed"_s, u"kim"_s), 5);
}

void tst_Accounts::parallelGuessesCannotPassTheLimit()
{
    // With the shipped cost each guess takes about 0.6 s; twelve started at once must still be
    // evaluated one by one, so that exactly five are tried and the rest meet the lockout.
    crypto::setTestingMinimumCost(false);
    rd::test::TestStore store;
    crypto::setTestingMinimumCost(true);
    ErrorCode codes[12];
    std::vector<std::thread> guesses;
    for (int i = 0; i < 12; ++i) {
        guesses.emplace_back([&store, &codes, i]() {
            codes[i] =
                KeyRing::unlock(store.path(), u"alice"_s, secret(u"guess-number-%1"_s.arg(i)))
                    .error()
                    .code();
        });
    }
    for (std::thread &t : guesses)
        t.join();
    int wrong = 0, locked = 0;
    for (ErrorCode code : codes) {
        wrong += code == ErrorCode::WrongCredentials;
        locked += code == ErrorCode::AccountLocked;
    }
    QCOMPARE(wrong, KeyRing::kMaxConsecutiveFailures);
    QCOMPARE(locked, 12 - KeyRing::kMaxConsecutiveFailures);
    QCOMPARE(KeyRing::unlock(store.path(), u"alice"_s, secret(rd::test::kPassword)).error().code(),
             ErrorCode::AccountLocked);
}

void tst_Accounts::resetAndDisableKeepUnreportedFailures()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"kim"_s, Role::Viewer));
    QVERIFY(store.addUser(u"lee"_s, Role::Viewer));
    std::unique_ptr<Session> admin = store.open(); // opened before the failures happen
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!KeyRing::unlock(store.path(), u"kim"_s, secret("not-kims-password")));
        QVERIFY(!KeyRing::unlock(store.path(), u"lee"_s, secret("not-lees-password")));
    }
    QVERIFY(AccountService(*admin).resetPassword(u"kim"_s, secret("temp-pass-4711")));
    QVERIFY(AccountService(*admin).disable(u"lee"_s, u"left"_s));
    // The lockout is lifted, but what happened is still reported at the next unlock.
    admin.reset();
    admin = store.open();
    QCOMPARE(countEvents(*admin, u"login.failed"_s, u"kim"_s), 5);
    QCOMPARE(countEvents(*admin, u"account.locked"_s, u"kim"_s), 1);
    QCOMPARE(countEvents(*admin, u"login.failed"_s, u"lee"_s), 5);
    QCOMPARE(countEvents(*admin, u"account.locked"_s, u"lee"_s), 1);
    QVERIFY(store.open(u"kim"_s, u"temp-pass-4711"_s));
}

void tst_Accounts::unknownUserLooksLikeWrongPassword()
{
    rd::test::TestStore store;
    const Result<UnlockedKeys> wrongPassword =
        KeyRing::unlock(store.path(), u"alice"_s, secret("guess-guess-guess"));
    const Result<UnlockedKeys> unknownUser =
        KeyRing::unlock(store.path(), u"mallory"_s, secret("guess-guess-guess"));
    QCOMPARE(unknownUser.error().code(), wrongPassword.error().code());
    QCOMPARE(unknownUser.error().message(), wrongPassword.error().message());
    // The attempt is counted without keeping the typed name (it might have been a password).
    const QByteArray file = [&store] {
        QFile f(StorePaths(store.path()).keyslots());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!file.contains("mallory"));
    QCOMPARE(KeySlotFile::load(StorePaths(store.path()).keyslots())->unknownUserFailures.size(),
             qsizetype(1));
    std::unique_ptr<Session> admin = store.open();
    QSqlQuery q(admin->store().connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_events WHERE action = 'login.failed' AND entity_id "
                   u"IS NULL "
                   "AND reason = 'unknown user name'"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_Accounts::disableKeepsRecordRemovesSlot()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"liam"_s, Role::QcAnalyst));
    {
        std::unique_ptr<Session> admin = store.open();
        QVERIFY(AccountService(*admin).disable(u"liam"_s, u"moved to another site"_s));
        const Result<Account> liam = AccountService(*admin).find(u"liam"_s);
        QVERIFY(liam);
        QVERIFY(!liam->active);
        QCOMPARE(liam->disabledReason, u"moved to another site"_s);
        QCOMPARE(liam->disabledBy, u"alice"_s);
        QCOMPARE(liam->currentKeyId, 0); // the key is retired, not deleted
        QCOMPARE(countEvents(*admin, u"account.disabled"_s, u"liam"_s), 1);
        // The database refuses to delete an account, even to someone with the key.
        QSqlQuery q(admin->store().connection());
        QVERIFY(!q.exec(u"DELETE FROM users WHERE user_name = 'liam'"_s));
    }
    QVERIFY(!KeySlotFile::load(StorePaths(store.path()).keyslots())->userSlots.contains(u"liam"_s));
    const Result<UnlockedKeys> k =
        KeyRing::unlock(store.path(), u"liam"_s, secret(rd::test::kPassword));
    QCOMPARE(k.error().code(), ErrorCode::WrongCredentials);
}

void tst_Accounts::disableRules()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"mia"_s, Role::Viewer));
    std::unique_ptr<Session> admin = store.open();
    AccountService accounts(*admin);
    QCOMPARE(accounts.disable(u"mia"_s, u"   "_s).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(accounts.disable(u"alice"_s, u"x"_s).error().code(), ErrorCode::Forbidden);
    QCOMPARE(accounts.disable(u"nobody"_s, u"x"_s).error().code(), ErrorCode::NotFound);
    // A second administrator may not disable the last other one either.
    QVERIFY(store.addUser(u"nora"_s, Role::Administrator));
    std::unique_ptr<Session> nora = store.open(u"nora"_s);
    QVERIFY(AccountService(*nora).disable(u"alice"_s, u"test"_s));
    QVERIFY(store.addUser(u"otto"_s, Role::Viewer) == false); // alice can no longer sign in
    const Status last = AccountService(*nora).disable(u"nora"_s, u"x"_s);
    QCOMPARE(last.error().code(), ErrorCode::Forbidden);
}

void tst_Accounts::resetForcesChangeAndIssuesNewKey()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"pia"_s, Role::QaReviewer, u"p-forgot-this-1"_s));
    // Pia locks herself out.
    for (int i = 0; i < 5; ++i)
        QVERIFY(!KeyRing::unlock(store.path(), u"pia"_s, secret("what-was-it-again")));
    QCOMPARE(KeyRing::unlock(store.path(), u"pia"_s, secret("p-forgot-this-1")).error().code(),
             ErrorCode::AccountLocked);
    qint64 oldKey = 0;
    {
        std::unique_ptr<Session> admin = store.open();
        AccountService accounts(*admin);
        oldKey = accounts.find(u"pia"_s)->currentKeyId;
        QCOMPARE(accounts.resetPassword(u"pia"_s, secret("short")).error().code(),
                 ErrorCode::PasswordRejected);
        QVERIFY(accounts.resetPassword(u"pia"_s, secret("temporary-pass-77")));
        QCOMPARE(countEvents(*admin, u"password.reset"_s, u"pia"_s), 1);
        QCOMPARE(accounts.resetPassword(u"alice"_s, secret("temporary-pass-77")).error().code(),
                 ErrorCode::Forbidden);
    }
    // The lockout is lifted and the old password is gone.
    QCOMPARE(KeyRing::unlock(store.path(), u"pia"_s, secret("p-forgot-this-1")).error().code(),
             ErrorCode::WrongCredentials);
    std::unique_ptr<Session> pia = store.open(u"pia"_s, u"temporary-pass-77"_s);
    QVERIFY(pia);
    QVERIFY(pia->mustChangePassword());
    QVERIFY(pia->keyId() != oldKey);
    // The temporary password cannot simply be kept.
    QCOMPARE(AccountService(*pia)
                 .changeOwnPassword(secret("temporary-pass-77"), secret("temporary-pass-77"))
                 .error()
                 .code(),
             ErrorCode::PasswordRejected);
    QVERIFY(AccountService(*pia).changeOwnPassword(secret("temporary-pass-77"),
                                                   secret("p-new-password-1")));
}

void tst_Accounts::staleSlotRefused()
{
    // keyslots.json restored from an older copy must not bring back an old key slot.
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"quinn"_s, Role::Viewer, u"q-secret-word-1"_s));
    const QString path = StorePaths(store.path()).keyslots();
    QFile::copy(path, store.folder() + u"/keyslots.old"_s);
    {
        std::unique_ptr<Session> admin = store.open();
        QVERIFY(AccountService(*admin).resetPassword(u"quinn"_s, secret("q-temporary-22")));
    }
    QFile::remove(path);
    QFile::copy(store.folder() + u"/keyslots.old"_s, path);
    Result<std::unique_ptr<Session>> old =
        Session::open(store.path(), u"quinn"_s, secret("q-secret-word-1"));
    QVERIFY(!old);
    QCOMPARE(old.error().code(), ErrorCode::Tampered);
    QVERIFY(old.error().message().contains(u"out of date"_s));
}

void tst_Accounts::inactivityLockIsBounded_data()
{
    QTest::addColumn<QVariant>("setting");
    QTest::addColumn<int>("minutes");
    QTest::newRow("not set") << QVariant() << 10;
    QTest::newRow("not a number") << QVariant(u"soon"_s) << 10;
    QTest::newRow("zero would never lock") << QVariant(0) << 10;
    QTest::newRow("negative") << QVariant(-5) << 10;
    QTest::newRow("five") << QVariant(5) << 5;
    QTest::newRow("an hour") << QVariant(60) << 60;
    QTest::newRow("a day is too long") << QVariant(24 * 60) << 60;
    QTest::newRow("would overflow the timer") << QVariant(100000) << 60;
}

void tst_Accounts::inactivityLockIsBounded()
{
    QFETCH(QVariant, setting);
    QFETCH(int, minutes);
    QCOMPARE(Session::inactivityLockMinutes(setting), minutes);
}

QTEST_GUILESS_MAIN(tst_Accounts)
#include "tst_accounts.moc"
