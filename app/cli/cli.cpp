// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "accounts/accountservice.h"
#include "cli/terminal.h"
#include "core/clock.h"
#include "core/languages.h"
#include "core/runtime.h"
#include "core/userfiles.h"
#include "core/version.h"
#include "ingest/csv.h"
#include "ingest/importer.h"
#include "qc/baselines.h"
#include "qc/chartrenderer.h"
#include "qc/ootrules.h"
#include "qc/trendanalysis.h"
#include "qc/trenddata.h"
#include "qc/trendexport.h"
#include "qc/trendrequest.h"
#include "records/exporter.h"
#include "records/inbox.h"
#include "records/sites.h"
#include "reports/documentregistry.h"
#include "reports/reportbuilder.h"
#include "review/reviewservice.h"
#include "review/specificationservice.h"
#include "security/keyslotfile.h"
#include "security/passwordpolicy.h"
#include "security/recoverycode.h"
#include "session/demo.h"
#include "session/recovery.h"
#include "session/session.h"
#include "session/storecreator.h"
#include "session/upgrade.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

QString program()
{
    return u"releasedesk"_s;
}

int failed(const QString &verb, const Error &e)
{
    Terminal::err(u"%1 %2: %3"_s.arg(program(), verb, e.message()));
    return e.code() == ErrorCode::Usage ? kExitUsage : kExitFailed;
}

int usage(const QString &verb, const QString &message)
{
    Terminal::err(u"%1 %2: %3"_s.arg(program(), verb, message));
    Terminal::err(CommandLine::tr("Run \"%1 %2 --help\" for how to use it.").arg(program(), verb));
    return kExitUsage;
}

// One verb's options, parsed without QCommandLineParser::process() (which would exit).
class VerbParser
{
public:
    VerbParser(QString verb, const QString &description)
        : m_verb(std::move(verb))
    {
        m_parser.setApplicationDescription(description);
        m_parser.addHelpOption();
    }
    QCommandLineParser &parser() { return m_parser; }
    const QString &verb() const { return m_verb; }

    void addUserOption()
    {
        m_parser.addOption({u"user"_s,
                            CommandLine::tr("Your user name (asked for on the terminal if "
                                            "omitted)."),
                            CommandLine::tr("name")});
    }
    void addStdinOption(const QString &order)
    {
        m_parser.addOption({u"password-stdin"_s,
                            CommandLine::tr("Read passwords from standard input, one per line: "
                                            "%1.")
                                .arg(order)});
    }

    // Returns -1 to go on, or the exit code to return now.
    int parse(const QStringList &arguments, int positionals, const QString &positionalSyntax)
    {
        m_parser.addPositionalArgument(positionalSyntax, QString());
        QStringList args = arguments;
        args[0] = program() + u' ' + m_verb;
        if (!m_parser.parse(args))
            return usage(m_verb, m_parser.errorText());
        if (m_parser.isSet(u"help"_s)) {
            Terminal::out(m_parser.helpText());
            return kExitOk;
        }
        if (positionals >= 0 && m_parser.positionalArguments().size() != positionals) {
            return usage(m_verb, CommandLine::tr("expected %1, got %2 arguments.")
                                     .arg(positionalSyntax)
                                     .arg(m_parser.positionalArguments().size()));
        }
        return -1;
    }
    QString positional(int i) const { return m_parser.positionalArguments().value(i); }

private:
    QString m_verb;
    QCommandLineParser m_parser;
};

Result<QString> actingUser(VerbParser &p, Terminal &terminal)
{
    if (p.parser().isSet(u"user"_s))
        return p.parser().value(u"user"_s);
    if (p.parser().isSet(u"password-stdin"_s))
        return Error(ErrorCode::Usage,
                     CommandLine::tr("--user is required with --password-stdin."));
    return terminal.text(CommandLine::tr("User name: "));
}

Result<std::unique_ptr<Session>> openSession(VerbParser &p, Terminal &terminal,
                                             const QString &storePath)
{
    Result<QString> user = actingUser(p, terminal);
    if (!user)
        return user.error();
    Result<SecureBytes> password =
        terminal.secret(CommandLine::tr("Password for %1: ").arg(user.value()));
    if (!password)
        return password.error();
    Result<std::unique_ptr<Session>> session =
        Session::open(storePath, user.value(), password.value());
    if (!session)
        return session.error();
    for (const QString &w : session.value()->warnings())
        Terminal::err(CommandLine::tr("warning: %1").arg(w));
    return session;
}

// The files named by `options` checked as outputs (UserFiles::checkOutput) before the store
// is opened: a session writes to the store as it opens and closes, so a refusal after it would
// leave the store changed.
Status checkOutputs(VerbParser &p, const QStringList &options)
{
    for (const QString &option : options) {
        if (!p.parser().isSet(option))
            continue;
        if (Status s = UserFiles::checkOutput(p.parser().value(option)); !s)
            return s;
    }
    return {};
}

// Maps a forced password change to a message that says what to run.
Error withPasswordHint(const Error &e, const QString &storePath, const QString &user)
{
    if (e.code() != ErrorCode::PasswordChangeRequired)
        return e;
    return Error(e.code(), CommandLine::tr("%1 must change the password first: run \"%2 passwd %3 "
                                           "--user %1\".")
                               .arg(user, program(), storePath));
}

void printFingerprint(const QString &fingerprint)
{
    Terminal::out(CommandLine::tr("Store root fingerprint (printed on every document; keep it "
                                  "with the recovery code and compare it with releasedesk verify "
                                  "--fingerprint):"));
    Terminal::out(QString());
    Terminal::out(u"    "_s + fingerprint);
    Terminal::out(QString());
}

void printRecoveryCode(const SecureBytes &secret, const QString &fingerprint)
{
    printFingerprint(fingerprint);
    QString code = RecoveryCode::format(secret);
    Terminal::out(CommandLine::tr("Recovery code (shown only this once; print it or write it down "
                                  "and keep it locked away):"));
    Terminal::out(QString());
    Terminal::out(u"    "_s + code);
    Terminal::out(QString());
    Terminal::out(CommandLine::tr("It opens the store if every administrator password is lost "
                                  "(%1 recover).")
                      .arg(program()));
    wipe(code);
}

int runInit(const QStringList &args)
{
    VerbParser p(u"init"_s,
                 CommandLine::tr("Create a new, empty store with its first administrator."));
    p.parser().addOption({u"admin"_s, CommandLine::tr("User name of the first administrator."),
                          CommandLine::tr("name")});
    p.parser().addOption({u"full-name"_s,
                          CommandLine::tr("Full name of the first administrator, as printed with "
                                          "signatures."),
                          CommandLine::tr("name")});
    p.parser().addOption({u"person-id"_s,
                          CommandLine::tr("The first administrator's employee number or other "
                                          "identifier unique to them."),
                          CommandLine::tr("id")});
    p.addStdinOption(CommandLine::tr("the administrator's password"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    if (!p.parser().isSet(u"admin"_s) || !p.parser().isSet(u"full-name"_s) ||
        !p.parser().isSet(u"person-id"_s))
        return usage(p.verb(),
                     CommandLine::tr("--admin, --full-name and --person-id are required."));

    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    const QString admin = p.parser().value(u"admin"_s);
    if (!p.parser().isSet(u"password-stdin"_s))
        Terminal::err(PasswordPolicy::rulesText());
    Result<SecureBytes> password = terminal.newSecret(
        CommandLine::tr("Password for %1: ").arg(admin), CommandLine::tr("Repeat the password: "));
    if (!password)
        return failed(p.verb(), password.error());
    Result<StoreCreator::Created> created =
        StoreCreator::create(p.positional(0), admin, p.parser().value(u"full-name"_s),
                             password.value(), p.parser().value(u"person-id"_s));
    if (!created)
        return failed(p.verb(), created.error());
    Terminal::out(
        CommandLine::tr("Created the store %1 (id %2).").arg(created->storePath, created->storeId));
    printRecoveryCode(created->recoverySecret, created->rootFingerprint);
    return kExitOk;
}

int runDemo(const QStringList &args)
{
    VerbParser p(u"demo"_s,
                 CommandLine::tr("Create a demo store: one account per role, three products, four "
                                 "sites and N batches with their QC results over two years. The "
                                 "same seed gives the same records. Its password is public: "
                                 "never put real data in it."));
    p.parser().addOption({u"batches"_s, CommandLine::tr("How many batches (default 300)."),
                          CommandLine::tr("N"), u"300"_s});
    p.parser().addOption({u"seed"_s, CommandLine::tr("Seed of the generator (default 1)."),
                          CommandLine::tr("S"), u"1"_s});
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    bool okBatches = false, okSeed = false;
    DemoStore::Options options;
    options.batches = p.parser().value(u"batches"_s).toInt(&okBatches);
    options.seed = p.parser().value(u"seed"_s).toULongLong(&okSeed);
    if (!okBatches || options.batches < 0 || options.batches > DemoStore::kMaxBatches)
        return usage(p.verb(), CommandLine::tr("--batches takes a whole number from 0 to %1.")
                                   .arg(DemoStore::kMaxBatches));
    if (!okSeed)
        return usage(p.verb(), CommandLine::tr("--seed takes a whole number."));
    QElapsedTimer timer;
    timer.start();
    options.progress = [&timer](const QString &line) {
        Terminal::err(
            CommandLine::tr("%1 (%2 s)").arg(line).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    };
    Result<StoreCreator::Created> created = DemoStore::create(p.positional(0), options);
    if (!created)
        return failed(p.verb(), created.error());
    Terminal::out(CommandLine::tr("Created the demo store %1 with %2 batches in %3 s.")
                      .arg(created->storePath)
                      .arg(options.batches)
                      .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    Terminal::out(CommandLine::tr("Accounts (password for all: %1):")
                      .arg(QLatin1StringView(DemoStore::kPassword)));
    for (const DemoStore::DemoUser &u : DemoStore::users()) {
        Terminal::out(u"  %1  %2 (%3)"_s.arg(QString::fromLatin1(u.userName), -12)
                          .arg(QString::fromUtf8(u.fullName), Roles::displayName(u.role)));
    }
    printRecoveryCode(created->recoverySecret, created->rootFingerprint);
    return kExitOk;
}

int runUsersList(const QStringList &args)
{
    VerbParser p(u"users list"_s, CommandLine::tr("List every account, active and disabled."));
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    Result<QList<Account>> accounts = AccountService(*session.value()).list();
    if (!accounts)
        return failed(p.verb(), withPasswordHint(accounts.error(), p.positional(0),
                                                 session.value()->user().userName));
    Terminal::out(u"%1  %2  %3  %4  %5  %6"_s.arg(CommandLine::tr("USER"), -16)
                      .arg(CommandLine::tr("FULL NAME"), -24)
                      .arg(CommandLine::tr("PERSON"), -10)
                      .arg(CommandLine::tr("ROLE"), -18)
                      .arg(CommandLine::tr("STATUS"), -9)
                      .arg(CommandLine::tr("LAST LOGIN")));
    for (const Account &a : accounts.value()) {
        QString status = a.active ? CommandLine::tr("active") : CommandLine::tr("disabled");
        if (a.active && a.mustChangePassword)
            status = CommandLine::tr("must change password");
        if (a.active && a.handoverPending)
            status += CommandLine::tr(", hand-over to confirm");
        Terminal::out(u"%1  %2  %3  %4  %5  %6"_s.arg(a.userName, -16)
                          .arg(a.fullName, -24)
                          .arg(a.personId.isEmpty() ? u"-"_s : a.personId, -10)
                          .arg(Roles::displayName(a.role), -18)
                          .arg(status, -9)
                          .arg(a.lastLogin.isValid() ? toLocalDisplay(a.lastLogin)
                                                     : CommandLine::tr("never")));
    }
    return kExitOk;
}

int runUsersAdd(const QStringList &args)
{
    VerbParser p(u"users add"_s, CommandLine::tr("Add an account (administrators only). The new "
                                                 "user must change the initial password at the "
                                                 "first login."));
    p.parser().addOption({u"full-name"_s, CommandLine::tr("Full name, as printed with signatures."),
                          CommandLine::tr("name")});
    p.parser().addOption({u"role"_s, CommandLine::tr("One of: %1.").arg(Roles::identifiersText()),
                          CommandLine::tr("role")});
    p.parser().addOption({u"person-id"_s,
                          CommandLine::tr("The person's employee number or other identifier "
                                          "unique to them."),
                          CommandLine::tr("id")});
    p.parser().addOption(
        {u"same-person"_s, CommandLine::tr("The account is for a person who already has one (the "
                                           "same identifier or name): link it to them.")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password, then the new user's initial password"));
    if (int rc = p.parse(args, 2, u"STORE NEW-USER"_s); rc >= 0)
        return rc;
    if (!p.parser().isSet(u"full-name"_s) || !p.parser().isSet(u"role"_s) ||
        !p.parser().isSet(u"person-id"_s))
        return usage(p.verb(),
                     CommandLine::tr("--full-name, --role and --person-id are required."));
    const std::optional<Role> role = Roles::fromId(p.parser().value(u"role"_s));
    if (!role) {
        return usage(p.verb(), CommandLine::tr("unknown role \"%1\"; use one of: %2.")
                                   .arg(p.parser().value(u"role"_s), Roles::identifiersText()));
    }
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    const QString me = session.value()->user().userName;
    Result<SecureBytes> initial =
        terminal.newSecret(CommandLine::tr("Initial password for %1: ").arg(p.positional(1)),
                           CommandLine::tr("Repeat the initial password: "));
    if (!initial)
        return failed(p.verb(), initial.error());
    AccountService::NewAccount account;
    account.userName = p.positional(1);
    account.fullName = p.parser().value(u"full-name"_s);
    account.personId = p.parser().value(u"person-id"_s);
    account.samePerson = p.parser().isSet(u"same-person"_s);
    account.role = *role;
    Result<Account> added = AccountService(*session.value()).add(account, initial.value());
    if (!added)
        return failed(p.verb(), withPasswordHint(added.error(), p.positional(0), me));
    Terminal::out(CommandLine::tr("Added %1 (%2, person %3, %4); the password must be changed at "
                                  "the first login.")
                      .arg(added->userName, added->fullName, added->personId,
                           Roles::displayName(added->role)));
    return kExitOk;
}

int runUsersDisable(const QStringList &args)
{
    VerbParser p(u"users disable"_s,
                 CommandLine::tr("Disable an account (administrators only). The account stays in "
                                 "the records; its key slot is removed."));
    p.parser().addOption(
        {u"reason"_s, CommandLine::tr("Why, for the audit trail."), CommandLine::tr("text")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 2, u"STORE USER"_s); rc >= 0)
        return rc;
    if (!p.parser().isSet(u"reason"_s))
        return usage(p.verb(), CommandLine::tr("--reason is required."));
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    if (Status s = AccountService(*session.value())
                       .disable(p.positional(1), p.parser().value(u"reason"_s));
        !s)
        return failed(p.verb(), withPasswordHint(s.error(), p.positional(0),
                                                 session.value()->user().userName));
    Terminal::out(CommandLine::tr("Disabled %1.").arg(p.positional(1).trimmed().toLower()));
    for (const QString &w : session.value()->warnings())
        Terminal::err(CommandLine::tr("warning: %1").arg(w));
    return kExitOk;
}

int runUsersReset(const QStringList &args)
{
    VerbParser p(u"users reset-password"_s,
                 CommandLine::tr("Set a temporary password (administrators only); the user must "
                                 "change it at the next login. Also lifts a lockout."));
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password, then the temporary password"));
    if (int rc = p.parse(args, 2, u"STORE USER"_s); rc >= 0)
        return rc;
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    Result<SecureBytes> temporary =
        terminal.newSecret(CommandLine::tr("Temporary password for %1: ").arg(p.positional(1)),
                           CommandLine::tr("Repeat the temporary password: "));
    if (!temporary)
        return failed(p.verb(), temporary.error());
    if (Status s =
            AccountService(*session.value()).resetPassword(p.positional(1), temporary.value());
        !s)
        return failed(p.verb(), withPasswordHint(s.error(), p.positional(0),
                                                 session.value()->user().userName));
    Terminal::out(CommandLine::tr("Reset the password of %1; it must be changed at the next login, "
                                  "and its key signs once another administrator confirms the "
                                  "hand-over (users confirm-handover).")
                      .arg(p.positional(1).trimmed().toLower()));
    return kExitOk;
}

int runUsersConfirmHandover(const QStringList &args)
{
    VerbParser p(u"users confirm-handover"_s,
                 CommandLine::tr("Confirm that the person of an account whose password another "
                                 "administrator reset received it, so that its key may sign "
                                 "(administrators only)."));
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 2, u"STORE USER"_s); rc >= 0)
        return rc;
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    if (Status s = AccountService(*session.value()).confirmHandover(p.positional(1)); !s)
        return failed(p.verb(), withPasswordHint(s.error(), p.positional(0),
                                                 session.value()->user().userName));
    Terminal::out(CommandLine::tr("Confirmed the hand-over to %1; its key may sign.")
                      .arg(p.positional(1).trimmed().toLower()));
    return kExitOk;
}

int runUsersStatePerson(const QStringList &args)
{
    VerbParser p(u"users state-person"_s,
                 CommandLine::tr("State the person of an account made before person identifiers, "
                                 "once (administrators only)."));
    p.parser().addOption({u"person-id"_s,
                          CommandLine::tr("The person's employee number or other identifier "
                                          "unique to them."),
                          CommandLine::tr("id")});
    p.parser().addOption(
        {u"same-person"_s, CommandLine::tr("The account is of a person who already has another "
                                           "(the same identifier): link it to them.")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 2, u"STORE USER"_s); rc >= 0)
        return rc;
    if (!p.parser().isSet(u"person-id"_s))
        return usage(p.verb(), CommandLine::tr("--person-id is required."));
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    AccountService accounts(*session.value());
    if (Status s = accounts.statePerson(p.positional(1), p.parser().value(u"person-id"_s),
                                        p.parser().isSet(u"same-person"_s));
        !s)
        return failed(p.verb(), withPasswordHint(s.error(), p.positional(0),
                                                 session.value()->user().userName));
    Result<Account> stated = accounts.find(p.positional(1));
    if (!stated)
        return failed(p.verb(), stated.error());
    Terminal::out(CommandLine::tr("%1 (%2) belongs to the person %3.")
                      .arg(stated->userName, stated->fullName, stated->personId));
    return kExitOk;
}

int runUsers(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (sub == u"list"_s)
        return runUsersList(rest);
    if (sub == u"add"_s)
        return runUsersAdd(rest);
    if (sub == u"disable"_s)
        return runUsersDisable(rest);
    if (sub == u"reset-password"_s)
        return runUsersReset(rest);
    if (sub == u"confirm-handover"_s)
        return runUsersConfirmHandover(rest);
    if (sub == u"state-person"_s)
        return runUsersStatePerson(rest);
    if (sub == u"--help"_s || sub == u"-h"_s) {
        Terminal::out(
            CommandLine::tr(
                "Usage: %1 users list|add|disable|reset-password|confirm-handover|state-person "
                "STORE ...")
                .arg(program()));
        return kExitOk;
    }
    return usage(u"users"_s, sub.isEmpty()
                                 ? CommandLine::tr("say what to do: list, add, disable, "
                                                   "reset-password, confirm-handover or "
                                                   "state-person.")
                                 : CommandLine::tr("unknown action \"%1\"; use list, add, disable, "
                                                   "reset-password, confirm-handover or "
                                                   "state-person.")
                                       .arg(sub));
}

// specs list|show|approve STORE ...: specification versions and their approval.
int runSpecs(const QStringList &args)
{
    const QString sub = args.value(1);
    static const QStringList subs = {u"list"_s, u"show"_s, u"approve"_s};
    if (!subs.contains(sub)) {
        if (sub == u"--help"_s || sub == u"-h"_s) {
            Terminal::out(
                CommandLine::tr(
                    "Usage: %1 specs list|show|approve STORE [--product P] [--version V]\n"
                    "  list [--product P]             every version and its standing\n"
                    "  show --product P --version V   its tests and what changed from "
                    "the version before\n"
                    "  approve --product P --version V\n"
                    "                                 approve it with your signature "
                    "(QA reviewers)")
                    .arg(program()));
            return kExitOk;
        }
        return usage(u"specs"_s, CommandLine::tr("say what to do: list, show or approve."));
    }
    const bool approving = sub == u"approve"_s;
    VerbParser p(u"specs "_s + sub,
                 sub == u"list"_s ? CommandLine::tr("List every specification version with who "
                                                    "imported it and its approval.")
                 : approving
                     ? CommandLine::tr("Approve a specification version with your electronic "
                                       "signature (QA reviewers other than its importer); it "
                                       "takes effect on its stated date or today, whichever is "
                                       "later.")
                     : CommandLine::tr("Show a specification version's tests and what changed "
                                       "from the version before."));
    p.parser().addOption(
        {u"product"_s, CommandLine::tr("The product code."), CommandLine::tr("code")});
    if (sub != u"list"_s)
        p.parser().addOption(
            {u"version"_s, CommandLine::tr("The specification version."), CommandLine::tr("v")});
    p.addUserOption();
    p.addStdinOption(approving ? CommandLine::tr("your password, then your password again to sign")
                               : CommandLine::tr("your password"));
    if (int rc = p.parse(args.mid(1), 1, u"STORE"_s); rc >= 0)
        return rc;
    const QString product = p.parser().value(u"product"_s).trimmed();
    const QString version = sub == u"list"_s ? QString() : p.parser().value(u"version"_s).trimmed();
    if (sub != u"list"_s && (product.isEmpty() || version.isEmpty()))
        return usage(p.verb(), CommandLine::tr("--product and --version are required."));
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    const QString storePath = p.positional(0);
    const QString userName = session.value()->user().userName;
    SpecificationService specs(*session.value());
    if (approving) {
        if (Status s = specs.mayApprove(product, version); !s)
            return failed(p.verb(), withPasswordHint(s.error(), storePath, userName));
        Terminal::err(CommandLine::tr("Approving specification %1 version %2: by signing you "
                                      "approve it as the specification batches of %1 are "
                                      "judged against.")
                          .arg(product, version));
        Result<SecureBytes> password =
            terminal.secret(CommandLine::tr("Password to sign as %1: ").arg(userName));
        if (!password)
            return failed(p.verb(), password.error());
        Result<Specification> approved = specs.approve(product, version, password.value());
        if (!approved)
            return failed(p.verb(), approved.error());
        Terminal::out(CommandLine::tr("Specification %1 version %2: %3.")
                          .arg(product, version, SpecificationService::standing(approved.value())));
        return kExitOk;
    }
    Result<QList<Specification>> all = specs.versions(product);
    if (!all)
        return failed(p.verb(), withPasswordHint(all.error(), storePath, userName));
    if (sub == u"list"_s) {
        if (all->isEmpty())
            return failed(p.verb(), Error(ErrorCode::NotFound,
                                          product.isEmpty()
                                              ? CommandLine::tr("The store has no specifications.")
                                              : CommandLine::tr("There is no specification of "
                                                                "product %1.")
                                                    .arg(product)));
        Terminal::out(u"%1  %2  %3  %4  %5"_s.arg(CommandLine::tr("PRODUCT"), -10)
                          .arg(CommandLine::tr("VERSION"), -8)
                          .arg(CommandLine::tr("STATED"), -11)
                          .arg(CommandLine::tr("IMPORTED BY"), -14)
                          .arg(CommandLine::tr("STANDING")));
        for (const Specification &s : all.value())
            Terminal::out(u"%1  %2  %3  %4  %5"_s.arg(s.product.code, -10)
                              .arg(s.version, -8)
                              .arg(s.effectiveFrom.toString(Qt::ISODate), -11)
                              .arg(s.importedBy, -14)
                              .arg(SpecificationService::standing(s)));
        return kExitOk;
    }
    const Specification *spec = nullptr;
    for (const Specification &s : all.value())
        if (s.version == version)
            spec = &s;
    if (!spec)
        return failed(p.verb(), Error(ErrorCode::NotFound,
                                      CommandLine::tr("Product %1 has no specification version %2.")
                                          .arg(product, version)));
    Terminal::out(CommandLine::tr("Specification %1 version %2 (%3), stated effective %4, "
                                  "imported by %5")
                      .arg(product, version, spec->product.name,
                           spec->effectiveFrom.toString(Qt::ISODate), spec->importedBy));
    Terminal::out(CommandLine::tr("Standing: %1").arg(SpecificationService::standing(*spec)));
    for (const SpecTest &t : spec->tests) {
        const QString limits = t.isQualitative()
                                   ? t.expected
                                   : u"%1 – %2 %3"_s.arg(t.lower ? t.lower->text : u"…"_s,
                                                         t.upper ? t.upper->text : u"…"_s, t.unit);
        Terminal::out(
            u"  %1  %2  %3%4%5"_s.arg(t.code, -10)
                .arg(t.name, -28)
                .arg(limits)
                .arg(t.releaseCritical ? QString() : CommandLine::tr(", not critical"))
                .arg(t.mayBePendingAtRelease ? CommandLine::tr(", may be pending") : QString()));
    }
    const Specification *before = SpecificationService::previous(all.value(), *spec);
    Terminal::out(before ? CommandLine::tr("Changed from version %1:").arg(before->version)
                         : CommandLine::tr("The first version of %1.").arg(product));
    if (before) {
        const QStringList changes = SpecificationService::differences(before, *spec);
        if (changes.isEmpty())
            Terminal::out(CommandLine::tr("  nothing but the version and dates"));
        for (const QString &c : changes)
            Terminal::out(u"  "_s + c);
    }
    return kExitOk;
}

int runPasswd(const QStringList &args)
{
    VerbParser p(u"passwd"_s,
                 CommandLine::tr("Change your own password. %1").arg(PasswordPolicy::rulesText()));
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your current password, then the new one"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<QString> user = actingUser(p, terminal);
    if (!user)
        return failed(p.verb(), user.error());
    Result<SecureBytes> current =
        terminal.secret(CommandLine::tr("Current password for %1: ").arg(user.value()));
    if (!current)
        return failed(p.verb(), current.error());
    Result<std::unique_ptr<Session>> session =
        Session::open(p.positional(0), user.value(), current.value());
    if (!session)
        return failed(p.verb(), session.error());
    Result<SecureBytes> fresh = terminal.newSecret(CommandLine::tr("New password: "),
                                                   CommandLine::tr("Repeat the new password: "));
    if (!fresh)
        return failed(p.verb(), fresh.error());
    if (Status s =
            AccountService(*session.value()).changeOwnPassword(current.value(), fresh.value());
        !s)
        return failed(p.verb(), s.error());
    Terminal::out(
        CommandLine::tr("Changed the password of %1.").arg(session.value()->user().userName));
    return kExitOk;
}

int runVerify(const QStringList &args)
{
    VerbParser p(u"verify"_s,
                 CommandLine::tr("Recompute the audit trail's hash chain and check "
                                 "every checkpoint and electronic signature. "
                                 "Prints \"ok: N events\" or names the first event that does not "
                                 "match (exit code 1)."));
    p.parser().addOption({u"fingerprint"_s,
                          CommandLine::tr("Refuse the store unless its root has this fingerprint "
                                          "(as printed at init and on every document)."),
                          CommandLine::tr("FP")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    Result<StoreVerification> result =
        session.value()->verify({}, true, p.parser().value(u"fingerprint"_s));
    if (!result)
        return failed(p.verb(), withPasswordHint(result.error(), p.positional(0),
                                                 session.value()->user().userName));
    for (const QString &w : result->warnings)
        Terminal::err(CommandLine::tr("warning: %1").arg(w));
    const AuditVerification &a = result->audit;
    if (!a.ok) {
        return failed(
            p.verb(),
            Error(ErrorCode::Tampered,
                  a.failedSeq > 0
                      ? CommandLine::tr("failed at event %1: %2").arg(a.failedSeq).arg(a.problem)
                      : CommandLine::tr("failed: %1").arg(a.problem)));
    }
    Terminal::out(CommandLine::tr("ok: %1 events; signed checkpoints verified: %2; electronic "
                                  "signatures verified: %3; records checked against the audit "
                                  "trail: %4; key certificates verified: %5")
                      .arg(a.events)
                      .arg(a.checkpoints)
                      .arg(result->signatures)
                      .arg(result->records)
                      .arg(result->certificates));
    Terminal::out(CommandLine::tr("store root fingerprint: %1").arg(result->rootFingerprint));
    return kExitOk;
}

int runRecover(const QStringList &args)
{
    VerbParser p(u"recover"_s,
                 CommandLine::tr("Use the recovery code printed at init: set a new password for "
                                 "an administrator, show the raw database key for the sqlcipher "
                                 "shell, or accept a records.db older than the last signed "
                                 "checkpoint. Each is recorded in the audit trail."));
    p.parser().addOption({u"admin"_s, CommandLine::tr("Set a new password for this administrator."),
                          CommandLine::tr("name")});
    p.parser().addOption(
        {u"show-raw-key"_s, CommandLine::tr("Print the raw key as a PRAGMA key line.")});
    p.parser().addOption({u"accept-rollback"_s,
                          CommandLine::tr("Accept a records.db older than the last signed "
                                          "checkpoint (put back from a backup); needs --reason.")});
    p.parser().addOption(
        {u"reason"_s, CommandLine::tr("Why, for the audit trail."), CommandLine::tr("text")});
    p.addStdinOption(CommandLine::tr("the recovery code, then (with --admin) the new password"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    const bool reset = p.parser().isSet(u"admin"_s);
    const bool show = p.parser().isSet(u"show-raw-key"_s);
    const bool accept = p.parser().isSet(u"accept-rollback"_s);
    if (int(reset) + int(show) + int(accept) != 1) {
        return usage(p.verb(), CommandLine::tr("give exactly one of --admin, --show-raw-key or "
                                               "--accept-rollback."));
    }
    if (accept && !p.parser().isSet(u"reason"_s))
        return usage(p.verb(), CommandLine::tr("--accept-rollback needs --reason."));

    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<SecureBytes> code = terminal.secret(CommandLine::tr("Recovery code: "));
    if (!code)
        return failed(p.verb(), code.error());
    QString codeText = QString::fromUtf8(code->constChar(), static_cast<qsizetype>(code->size()));
    const auto done = [&codeText](int rc) {
        wipe(codeText);
        return rc;
    };
    if (accept) {
        Result<Recovery::RollbackOutcome> accepted =
            Recovery::acceptRollback(p.positional(0), codeText, p.parser().value(u"reason"_s));
        if (!accepted)
            return done(failed(p.verb(), accepted.error()));
        Terminal::out(CommandLine::tr("Accepted the older records; the acceptance and what was "
                                      "lost are recorded in the audit trail."));
        for (const QString &c : std::as_const(accepted->lostCheckpoints))
            Terminal::out(CommandLine::tr("lost: %1").arg(c));
        for (const QString &sig : std::as_const(accepted->lostSignatures))
            Terminal::out(CommandLine::tr("lost: %1").arg(sig));
        for (const QString &b : std::as_const(accepted->heldBatches))
            Terminal::out(CommandLine::tr("on hold for a new decision: batch %1").arg(b));
        return done(kExitOk);
    }
    if (show) {
        Result<SecureBytes> hex = Recovery::discloseRawKey(p.positional(0), codeText);
        if (!hex)
            return done(failed(p.verb(), hex.error()));
        // The header the disclosure unlocked: keyslots.json, or its recovery copy.
        const StorePaths paths(p.positional(0));
        Result<KeySlotFile> header = KeySlotFile::load(paths.keyslots());
        if (!header)
            header = KeySlotFile::load(paths.recoveryCopy());
        if (!header)
            return done(failed(p.verb(), header.error()));
        const int pageSize = header->cipher.pageSize;
        std::fputs("PRAGMA key = \"x'", stdout);
        std::fwrite(hex->data(), 1, hex->size(), stdout);
        std::fputs("'\";\n", stdout);
        // SQLCipher 3 ignores the compatibility line; the page size must follow it.
        std::printf("PRAGMA cipher_compatibility = 3;\nPRAGMA cipher_page_size = %d;\n", pageSize);
        std::fflush(stdout);
        Terminal::err(CommandLine::tr("The disclosure is recorded in the audit trail. In the "
                                      "sqlcipher shell of SQLCipher 3 or 4 give these three "
                                      "lines first, in this order."));
        return done(kExitOk);
    }
    const QString admin = p.parser().value(u"admin"_s);
    Result<SecureBytes> fresh =
        terminal.newSecret(CommandLine::tr("New password for %1: ").arg(admin),
                           CommandLine::tr("Repeat the new password: "));
    if (!fresh)
        return done(failed(p.verb(), fresh.error()));
    if (Status s =
            Recovery::resetAdministratorPassword(p.positional(0), codeText, admin, fresh.value());
        !s)
        return done(failed(p.verb(), s.error()));
    Terminal::out(CommandLine::tr("Set a new password for %1.").arg(admin.trimmed().toLower()));
    return done(kExitOk);
}

int runRekey(const QStringList &args)
{
    VerbParser p(u"rekey"_s,
                 CommandLine::tr("Re-encrypt records.db under a new master key and give it to "
                                 "every active account (administrators only). Needs the store "
                                 "closed everywhere else; a copy of an old key slot then opens "
                                 "nothing. Recorded in the audit trail."));
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    Session &s = *session.value();
    if (Status ok = s.requireRole(Role::Administrator, CommandLine::tr("re-key the store")); !ok)
        return failed(p.verb(), withPasswordHint(ok.error(), p.positional(0), s.user().userName));
    const qsizetype warningsBefore = s.warnings().size();
    if (Status ok = s.rekey(CommandLine::tr("on request of %1").arg(s.user().userName)); !ok)
        return failed(p.verb(), ok.error());
    if (s.warnings().size() > warningsBefore)
        return failed(p.verb(), Error(ErrorCode::StoreBusy, s.warnings().constLast()));
    Result<StoreFacts> facts = s.facts();
    Terminal::out(CommandLine::tr("Re-keyed %1: records.db is under key generation %2.")
                      .arg(p.positional(0))
                      .arg(facts ? facts->keyGeneration : 0));
    return kExitOk;
}

int runUpgrade(const QStringList &args)
{
    VerbParser p(u"upgrade"_s,
                 CommandLine::tr("Upgrade a store made by an earlier ReleaseDesk, before key "
                                 "certificates, with the recovery code: it is verified as it is, "
                                 "then a store root is made, every signing key certified by it, "
                                 "every record bound into the audit trail and the store "
                                 "re-keyed. Prints the new root's fingerprint."));
    p.addStdinOption(CommandLine::tr("the recovery code"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<SecureBytes> code = terminal.secret(CommandLine::tr("Recovery code: "));
    if (!code)
        return failed(p.verb(), code.error());
    QString codeText = QString::fromUtf8(code->constChar(), static_cast<qsizetype>(code->size()));
    Result<Upgrade::Outcome> upgraded = Upgrade::run(p.positional(0), codeText);
    wipe(codeText);
    if (!upgraded)
        return failed(p.verb(), upgraded.error());
    Terminal::out(CommandLine::tr("Upgraded %1.").arg(p.positional(0)));
    for (const QString &c : std::as_const(upgraded->certified))
        Terminal::out(CommandLine::tr("certified by the new root: %1").arg(c));
    if (!upgraded->slotsDropped.isEmpty())
        Terminal::out(CommandLine::tr("these accounts need a password reset (their key is not in "
                                      "force): %1")
                          .arg(upgraded->slotsDropped.join(u", "_s)));
    printFingerprint(upgraded->rootFingerprint);
    return kExitOk;
}

int runImport(const QStringList &args)
{
    VerbParser p(u"import"_s,
                 CommandLine::tr("Import specifications and batch records (administrators) or "
                                 "QC results as CSV, JSON or Allotrope cell-counting JSON (QC "
                                 "analysts). Everything is checked first and written in one "
                                 "transaction: one bad row and nothing is written."));
    p.parser().addOption(
        {u"supersede"_s,
         CommandLine::tr("Store content that differs from what is stored as new "
                         "versions (the old ones stay readable); needs --reason.")});
    p.parser().addOption(
        {u"reason"_s, CommandLine::tr("Why, for the audit trail."), CommandLine::tr("text")});
    p.parser().addOption(
        {u"change-control"_s,
         CommandLine::tr("Change a decided batch under this change control, \"REFERENCE: "
                         "reason\"; the batch goes on hold for a new review and decision."),
         CommandLine::tr("text")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, -1, u"STORE FILE..."_s); rc >= 0)
        return rc;
    const QStringList positional = p.parser().positionalArguments();
    if (positional.size() < 2)
        return usage(p.verb(), CommandLine::tr("expected STORE and at least one FILE."));
    ImportOptions options;
    options.supersede = p.parser().isSet(u"supersede"_s);
    options.reason = p.parser().value(u"reason"_s);
    options.changeControl = p.parser().value(u"change-control"_s);
    if (options.supersede && options.reason.trimmed().isEmpty())
        return usage(p.verb(), CommandLine::tr("--supersede needs --reason."));
    // A file that cannot be read is said before the password is asked for; the files are read
    // once the store is unlocked (Importer::checkFiles).
    if (Status s = Importer::checkFiles(positional.mid(1)); !s)
        return failed(p.verb(), s.error());
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, positional.first());
    if (!session)
        return failed(p.verb(), session.error());
    Result<QList<ImportInput>> inputs = Importer::readFiles(positional.mid(1));
    if (!inputs)
        return failed(p.verb(), inputs.error());
    Result<ImportSummary> summary = Importer(*session.value()).run(inputs.value(), options);
    if (!summary)
        return failed(p.verb(), withPasswordHint(summary.error(), positional.first(),
                                                 session.value()->user().userName));
    for (const QString &line : summary->lines())
        Terminal::out(line);
    Terminal::out(CommandLine::tr("%1 rows written in %2 s.")
                      .arg(summary->rowsWritten)
                      .arg(summary->elapsedMs / 1000.0, 0, 'f', 2));
    return kExitOk;
}

int runExport(const QStringList &args)
{
    VerbParser p(u"export"_s,
                 CommandLine::tr("Write stored records in the import formats, values as "
                                 "imported: specifications, batches, results or unassigned."));
    p.parser().addOption({u"format"_s, CommandLine::tr("csv or json (default json)."),
                          CommandLine::tr("format"), u"json"_s});
    p.parser().addOption(
        {u"batch"_s, CommandLine::tr("Only this batch."), CommandLine::tr("number")});
    p.parser().addOption({u"out"_s,
                          CommandLine::tr("Write to this file instead of standard output; it is "
                                          "replaced atomically, readable by you only (mode "
                                          "0600)."),
                          CommandLine::tr("file")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 2, u"STORE WHAT"_s); rc >= 0)
        return rc;
    const std::optional<Exporter::What> what = Exporter::whatFromId(p.positional(1));
    if (!what)
        return usage(p.verb(), CommandLine::tr("WHAT is specifications, batches, results or "
                                               "unassigned, not \"%1\".")
                                   .arg(p.positional(1)));
    const QString formatText = p.parser().value(u"format"_s);
    if (formatText != u"csv"_s && formatText != u"json"_s)
        return usage(p.verb(), CommandLine::tr("--format is csv or json."));
    if (Status s = checkOutputs(p, {u"out"_s}); !s)
        return failed(p.verb(), s.error());
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    Result<QByteArray> document =
        Exporter::produce(*session.value(), *what,
                          formatText == u"csv"_s ? Exporter::Format::Csv : Exporter::Format::Json,
                          p.parser().value(u"batch"_s));
    if (!document)
        return failed(p.verb(), withPasswordHint(document.error(), p.positional(0),
                                                 session.value()->user().userName));
    if (p.parser().isSet(u"out"_s)) {
        if (Status s = UserFiles::writeOutput(p.parser().value(u"out"_s), document.value()); !s)
            return failed(p.verb(), s.error());
        return kExitOk;
    }
    std::fwrite(document->constData(), 1, static_cast<std::size_t>(document->size()), stdout);
    std::fflush(stdout);
    return kExitOk;
}

int runInbox(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == u"list"_s) {
        VerbParser p(u"inbox list"_s, CommandLine::tr("List the open unassigned results."));
        p.addUserOption();
        p.addStdinOption(CommandLine::tr("your password"));
        if (int rc = p.parse(rest, 1, u"STORE"_s); rc >= 0)
            return rc;
        Terminal terminal(p.parser().isSet(u"password-stdin"_s));
        Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
        if (!session)
            return failed(p.verb(), session.error());
        Result<QList<InboxItem>> items = Inbox(*session.value()).items();
        if (!items)
            return failed(p.verb(), items.error());
        for (const InboxItem &i : items.value()) {
            Terminal::out(u"%1  %2  %3  %4 %5  %6  %7"_s.arg(i.id, 5)
                              .arg(i.result.sampleId, -16)
                              .arg(i.result.testCode, -10)
                              .arg(i.result.value ? i.result.value->text : i.result.text, 10)
                              .arg(i.result.unit, -14)
                              .arg(toLocalDisplay(i.result.testedAt), i.fileName));
        }
        return kExitOk;
    }
    if (sub == u"assign"_s || sub == u"reject"_s) {
        const bool assign = sub == u"assign"_s;
        VerbParser p(u"inbox "_s + sub,
                     assign ? CommandLine::tr("Attach an unassigned result to a QC sample of a "
                                              "batch (QC analysts), with a reason.")
                            : CommandLine::tr("Reject an unassigned result (QC analysts), with a "
                                              "reason."));
        p.parser().addOption(
            {u"reason"_s, CommandLine::tr("Why, for the audit trail."), CommandLine::tr("text")});
        if (assign)
            p.parser().addOption(
                {u"change-control"_s,
                 CommandLine::tr("Assign to a decided batch under this change control, "
                                 "\"REFERENCE: reason\"; the batch goes on hold for a new "
                                 "review and decision."),
                 CommandLine::tr("text")});
        p.addUserOption();
        p.addStdinOption(CommandLine::tr("your password"));
        if (int rc = p.parse(rest, assign ? 3 : 2,
                             assign ? u"STORE ID[,ID...] SAMPLE"_s : u"STORE ID[,ID...]"_s);
            rc >= 0)
            return rc;
        if (!p.parser().isSet(u"reason"_s))
            return usage(p.verb(), CommandLine::tr("--reason is required."));
        QList<qint64> ids;
        for (const QString &part : p.positional(1).split(u',')) {
            bool ok = false;
            ids << part.trimmed().toLongLong(&ok);
            if (!ok)
                return usage(p.verb(),
                             CommandLine::tr("ID is a number that inbox list shows (several: "
                                             "separated by commas)."));
        }
        Terminal terminal(p.parser().isSet(u"password-stdin"_s));
        Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
        if (!session)
            return failed(p.verb(), session.error());
        Inbox inbox(*session.value());
        const Status done = assign
                                ? inbox.assign(ids, p.positional(2), p.parser().value(u"reason"_s),
                                               p.parser().value(u"change-control"_s))
                                : inbox.reject(ids, p.parser().value(u"reason"_s));
        if (!done)
            return failed(p.verb(), withPasswordHint(done.error(), p.positional(0),
                                                     session.value()->user().userName));
        Terminal::out(
            assign
                ? CommandLine::tr("Assigned %1 to sample %2.").arg(p.positional(1), p.positional(2))
                : CommandLine::tr("Rejected %1.").arg(p.positional(1)));
        return kExitOk;
    }
    return usage(u"inbox"_s, CommandLine::tr("say what to do: list, assign or reject."));
}

void printReview(const BatchReview &r, bool withExceptions)
{
    Terminal::out(
        CommandLine::tr("Batch %1 (%2, %3), record version %4, specification %5")
            .arg(r.batchNumber, r.productCode, r.site)
            .arg(r.recordVersion)
            .arg(r.specVersion.isEmpty() ? CommandLine::tr("none in force") : r.specVersion));
    Terminal::out(r.integrityProblem.isEmpty()
                      ? CommandLine::tr("State: %1").arg(Workflow::displayName(r.state))
                      : CommandLine::tr("State: %1 — NOT BORNE OUT: %2")
                            .arg(Workflow::displayName(r.state), r.integrityProblem));
    if (!r.uncovered.isEmpty())
        Terminal::out(CommandLine::tr("*** %1 ***").arg(r.uncovered));
    if (const QString expiry =
            ExceptionEngine::expiryText(r.record.expiresAt, r.state, Clock::instance().nowUtc());
        !expiry.isEmpty())
        Terminal::out(CommandLine::tr("Expiry: %1").arg(expiry));
    if (r.exceptionalRelease())
        Terminal::out(CommandLine::tr("*** EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT "
                                      "at the treating physician's request ***"));
    Terminal::out(CommandLine::tr("Exceptions: %1 (critical %2, major %3, minor %4, info %5); "
                                  "without disposition: %6")
                      .arg(r.exceptions.size())
                      .arg(r.count(Severity::Critical))
                      .arg(r.count(Severity::Major))
                      .arg(r.count(Severity::Minor))
                      .arg(r.count(Severity::Info))
                      .arg(r.open()));
    if (withExceptions) {
        for (const ExceptionView &e : r.exceptions) {
            Terminal::out(u"%1. [%2] %3: %4%5"_s.arg(e.number).arg(
                ExceptionEngine::severityName(e.exception.severity).toUpper(),
                ExceptionEngine::categoryName(e.exception.category), e.exception.text,
                e.exception.blocksRelease ? CommandLine::tr(" (blocks release)") : QString()));
            if (e.dispositioned()) {
                const Disposition &d = *e.disposition;
                Terminal::out(CommandLine::tr("   disposition: %1 — %2%3 (%4, %5)")
                                  .arg(dispositionOutcomeName(d.outcome), enclosedText(d.comment),
                                       d.deviationRef.isEmpty()
                                           ? QString()
                                           : CommandLine::tr("; deviation %1")
                                                 .arg(enclosedText(d.deviationRef)),
                                       d.fullName, toLocalDisplay(d.at)));
            } else if (e.disposition) {
                Terminal::out(CommandLine::tr("   needs a new disposition: the data changed "
                                              "since \"%1\"")
                                  .arg(enclosedText(e.disposition->comment)));
            } else {
                Terminal::out(CommandLine::tr("   needs a disposition"));
            }
        }
    }
    for (const SignatureView &s : r.signatures) {
        const QString meaning = s.meaning ? Workflow::displayName(*s.meaning) : s.signature.meaning;
        Terminal::out(
            CommandLine::tr("Signed: %1%2%3")
                .arg(ESignatures::manifestation(s.signature, meaning),
                     s.signature.comment.isEmpty()
                         ? QString()
                         : CommandLine::tr("; reason: %1").arg(enclosedText(s.signature.comment)),
                     s.coversCurrent ? QString()
                                     : CommandLine::tr(" [NO LONGER COVERS the current record]")));
        if (!s.signature.physicianRequest.isEmpty())
            Terminal::out(CommandLine::tr("   physician's request %1; risk evaluation: %2")
                              .arg(enclosedText(s.signature.physicianRequest),
                                   enclosedText(s.signature.riskEvaluation)));
        if (!s.signature.conditions.isEmpty())
            Terminal::out(CommandLine::tr("   pending at signing: %1")
                              .arg(s.signature.conditions.join(u", "_s)));
        if (!s.problem.isEmpty())
            Terminal::out(CommandLine::tr("   NOT VALID: %1").arg(s.problem));
        else if (s.checked)
            Terminal::out(CommandLine::tr("   signed with %1").arg(s.certifiedBy));
    }
}

int runReview(const QStringList &args)
{
    // review STORE SUBVERB [options]
    const QString sub = args.value(2);
    static const QStringList subs = {u"exceptions"_s, u"disposition"_s, u"sign"_s, u"status"_s,
                                     u"rejudge"_s};
    if (!subs.contains(sub)) {
        if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
            Terminal::out(
                CommandLine::tr(
                    "Usage: %1 review STORE exceptions|disposition|sign|status --batch NUMBER ...\n"
                    "  exceptions --batch N                    list what needs judgement\n"
                    "  disposition --batch N --exception K --comment TEXT [--deviation REF]\n"
                    "       [--outcome no-impact|with-reference|not-acceptable]\n"
                    "  sign --batch N --meaning MEANING [--comment TEXT]\n"
                    "       [--physician-request REF --risk-evaluation TEXT] [--investigation "
                    "REF]\n"
                    "  status --batch N                        state, exceptions and signatures\n"
                    "  rejudge --batch N --version V --reason TEXT [--change-control TEXT]\n"
                    "                                          judge against another approved\n"
                    "                                          specification version\n"
                    "MEANING is one of: %2.")
                    .arg(program(), Workflow::meaningIdsText()));
            return kExitOk;
        }
        return usage(u"review"_s, CommandLine::tr("say what to do after the store: exceptions, "
                                                  "disposition, sign, status or rejudge."));
    }
    QStringList rest = args;
    rest.removeAt(2);
    const bool signing = sub == u"sign"_s;
    VerbParser p(u"review "_s + sub,
                 sub == u"exceptions"_s
                     ? CommandLine::tr("List the exceptions of a batch, numbered, with their "
                                       "dispositions.")
                 : sub == u"disposition"_s
                     ? CommandLine::tr("Record a disposition of one exception (QA reviewers).")
                 : signing ? CommandLine::tr("Sign a batch decision; the password is asked again "
                                             "for the signature.")
                 : sub == u"rejudge"_s
                     ? CommandLine::tr("Judge a batch against another approved version of its "
                                       "specification (QA reviewers); it goes back through QC "
                                       "approval and review.")
                     : CommandLine::tr("Show where a batch stands: state, exceptions and "
                                       "signatures."));
    p.parser().addOption(
        {u"batch"_s, CommandLine::tr("The batch number."), CommandLine::tr("number")});
    if (sub == u"disposition"_s) {
        p.parser().addOption({u"exception"_s,
                              CommandLine::tr("The exception's number (as listed) or key."),
                              CommandLine::tr("K")});
        p.parser().addOption(
            {u"comment"_s, CommandLine::tr("The disposition."), CommandLine::tr("text")});
        p.parser().addOption(
            {u"deviation"_s, CommandLine::tr("A deviation reference."), CommandLine::tr("ref")});
        p.parser().addOption(
            {u"outcome"_s,
             CommandLine::tr("The outcome: %1 (default: with-reference when --deviation is "
                             "given, else no-impact).")
                 .arg(dispositionOutcomeIdsText()),
             CommandLine::tr("outcome")});
    }
    if (sub == u"rejudge"_s) {
        p.parser().addOption({u"version"_s, CommandLine::tr("The approved specification version."),
                              CommandLine::tr("v")});
        p.parser().addOption({u"reason"_s, CommandLine::tr("Why."), CommandLine::tr("text")});
        p.parser().addOption({u"change-control"_s,
                              CommandLine::tr("A decided batch: \"REFERENCE: reason\"."),
                              CommandLine::tr("text")});
    }
    if (signing) {
        p.parser().addOption(
            {u"meaning"_s,
             CommandLine::tr("What the signature means: %1.").arg(Workflow::meaningIdsText()),
             CommandLine::tr("meaning")});
        p.parser().addOption({u"comment"_s,
                              CommandLine::tr("A comment; the reason for on-hold, hold-lifted "
                                              "and rejected."),
                              CommandLine::tr("text")});
        p.parser().addOption({u"physician-request"_s,
                              CommandLine::tr("Exceptional release: the reference of the treating "
                                              "physician's written request."),
                              CommandLine::tr("ref")});
        p.parser().addOption({u"risk-evaluation"_s,
                              CommandLine::tr("Exceptional release: the risk evaluation."),
                              CommandLine::tr("text")});
        p.parser().addOption({u"investigation"_s,
                              CommandLine::tr("QC approval of an out-of-specification result: "
                                              "the reference of its OOS investigation."),
                              CommandLine::tr("ref")});
    }
    p.addUserOption();
    p.addStdinOption(signing ? CommandLine::tr("your password, then your password again to sign")
                             : CommandLine::tr("your password"));
    if (int rc = p.parse(rest, 1, u"STORE"_s); rc >= 0)
        return rc;
    const QString batch = p.parser().value(u"batch"_s);
    if (batch.isEmpty())
        return usage(p.verb(), CommandLine::tr("--batch is required."));
    std::optional<Meaning> meaning;
    if (signing) {
        meaning = Workflow::meaningFromId(p.parser().value(u"meaning"_s));
        if (!meaning)
            return usage(
                p.verb(),
                CommandLine::tr("--meaning is one of: %1.").arg(Workflow::meaningIdsText()));
    }
    if (sub == u"disposition"_s &&
        (!p.parser().isSet(u"exception"_s) || !p.parser().isSet(u"comment"_s)))
        return usage(p.verb(), CommandLine::tr("--exception and --comment are required."));
    std::optional<DispositionOutcome> outcome;
    if (sub == u"disposition"_s && p.parser().isSet(u"outcome"_s)) {
        outcome = dispositionOutcomeFromId(p.parser().value(u"outcome"_s).trimmed());
        if (!outcome)
            return usage(
                p.verb(),
                CommandLine::tr("--outcome is one of: %1.").arg(dispositionOutcomeIdsText()));
    }
    if (sub == u"rejudge"_s && (!p.parser().isSet(u"version"_s) || !p.parser().isSet(u"reason"_s)))
        return usage(p.verb(), CommandLine::tr("--version and --reason are required."));

    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    const QString storePath = p.positional(0);
    const QString userName = session.value()->user().userName;
    ReviewService review(*session.value());

    if (sub == u"exceptions"_s || sub == u"status"_s) {
        Result<BatchReview> r = review.review(batch);
        if (!r)
            return failed(p.verb(), withPasswordHint(r.error(), storePath, userName));
        printReview(r.value(), sub == u"exceptions"_s);
        if (!r->integrityProblem.isEmpty())
            return failed(p.verb(), Error(ErrorCode::Tampered, r->integrityProblem));
        return kExitOk;
    }
    if (sub == u"rejudge"_s) {
        Result<SpecificationService::Rejudged> r =
            SpecificationService(*session.value())
                .rejudge(batch, p.parser().value(u"version"_s).trimmed(),
                         p.parser().value(u"reason"_s), p.parser().value(u"change-control"_s));
        if (!r)
            return failed(p.verb(), withPasswordHint(r.error(), storePath, userName));
        Terminal::out(
            CommandLine::tr("Batch %1 is judged against specification version %2%3; it is now "
                            "\"%4\".")
                .arg(batch, r->to,
                     r->from.isEmpty() ? QString() : CommandLine::tr(" (was %1)").arg(r->from),
                     Workflow::displayName(Workflow::stateFromId(r->state).value_or(
                         BatchState::AwaitingQcApproval))));
        return kExitOk;
    }
    if (sub == u"disposition"_s) {
        Result<Disposition> d =
            review.dispose(batch, p.parser().value(u"exception"_s), p.parser().value(u"comment"_s),
                           p.parser().value(u"deviation"_s), outcome);
        if (!d)
            return failed(p.verb(), withPasswordHint(d.error(), storePath, userName));
        Terminal::out(CommandLine::tr("Disposition recorded for %1: %2.")
                          .arg(d->exceptionKey, dispositionOutcomeName(d->outcome)));
        return kExitOk;
    }
    SignRequest request;
    request.batchNumber = batch;
    request.meaning = *meaning;
    request.comment = p.parser().value(u"comment"_s);
    request.physicianRequest = p.parser().value(u"physician-request"_s);
    request.riskEvaluation = p.parser().value(u"risk-evaluation"_s);
    request.investigation = p.parser().value(u"investigation"_s);
    // Refuse before asking for the password when the rules already say no.
    if (Status s = review.maySign(request); !s)
        return failed(p.verb(), withPasswordHint(s.error(), storePath, userName));
    Terminal::err(
        CommandLine::tr("Signing \"%1\" for batch %2: %3")
            .arg(Workflow::displayName(*meaning), batch, Workflow::declaration(*meaning)));
    Result<SecureBytes> password =
        terminal.secret(CommandLine::tr("Password to sign as %1: ").arg(userName));
    if (!password)
        return failed(p.verb(), password.error());
    Result<ESignature> signature = review.sign(request, password.value());
    if (!signature)
        return failed(p.verb(), signature.error());
    Terminal::out(
        CommandLine::tr("Signed: %1; batch %2 is now \"%3\".")
            .arg(ESignatures::manifestation(signature.value(), Workflow::displayName(*meaning)),
                 batch,
                 Workflow::displayName(
                     Workflow::stateFromId(signature->stateTo).value_or(BatchState::OnHold))));
    return kExitOk;
}

// The options that pick a trend and its limits; `trend` and `report trend` share them.
void addTrendOptions(VerbParser &p, bool forReport = false)
{
    p.parser().addOption(
        {u"product"_s, CommandLine::tr("The product code."), CommandLine::tr("code")});
    p.parser().addOption({u"test"_s, CommandLine::tr("The test code."), CommandLine::tr("code")});
    p.parser().addOption(
        {u"site"_s, CommandLine::tr("Only this site (may be repeated)."), CommandLine::tr("site")});
    p.parser().addOption(
        {u"from"_s,
         forReport ? CommandLine::tr("Trend: batches made on or after; audit: events on or after "
                                     "this day, UTC (YYYY-MM-DD).")
                   : CommandLine::tr("Made on or after (YYYY-MM-DD)."),
         CommandLine::tr("date")});
    p.parser().addOption(
        {u"to"_s,
         forReport ? CommandLine::tr("Trend: batches made on or before; audit: events on or "
                                     "before this day, UTC (YYYY-MM-DD).")
                   : CommandLine::tr("Made on or before (YYYY-MM-DD)."),
         CommandLine::tr("date")});
    p.parser().addOption({u"chart"_s, CommandLine::tr("imr (default) or lj (Levey-Jennings)."),
                          CommandLine::tr("kind"), u"imr"_s});
    p.parser().addOption({u"baseline"_s,
                          CommandLine::tr("Limits from the first K points (default: all)."),
                          CommandLine::tr("K")});
    p.parser().addOption({u"baseline-from"_s,
                          CommandLine::tr("Limits from the batches made from this date "
                                          "(YYYY-MM-DD)..."),
                          CommandLine::tr("date")});
    p.parser().addOption(
        {u"baseline-to"_s, CommandLine::tr("...to this date."), CommandLine::tr("date")});
    p.parser().addOption({u"baseline-name"_s,
                          CommandLine::tr("Limits from a frozen baseline of this name."),
                          CommandLine::tr("name")});
    p.parser().addOption({u"rules"_s,
                          CommandLine::tr("westgard, nelson (default), all, or a list of rule ids "
                                          "separated by commas."),
                          CommandLine::tr("rules"), u"nelson"_s});
}

Result<QDate> dateOption(VerbParser &p, const QString &name)
{
    if (!p.parser().isSet(name))
        return QDate();
    const QDate d = QDate::fromString(p.parser().value(name), Qt::ISODate);
    if (!d.isValid())
        return Error(ErrorCode::Usage, CommandLine::tr("--%1 is a date as YYYY-MM-DD, not \"%2\".")
                                           .arg(name, p.parser().value(name)));
    return d;
}

Result<qc::TrendRequest> trendRequest(VerbParser &p)
{
    qc::TrendRequest r;
    r.query.product = p.parser().value(u"product"_s);
    r.query.test = p.parser().value(u"test"_s);
    if (r.query.product.isEmpty() || r.query.test.isEmpty())
        return Error(ErrorCode::Usage, CommandLine::tr("--product and --test are required."));
    r.query.sites = p.parser().values(u"site"_s);
    for (const QString &which : {u"from"_s, u"to"_s, u"baseline-from"_s, u"baseline-to"_s}) {
        Result<QDate> d = dateOption(p, which);
        if (!d)
            return d.error();
        if (which == u"from"_s)
            r.query.from = d.value();
        else if (which == u"to"_s)
            r.query.to = d.value();
        else if (which == u"baseline-from"_s)
            r.baselineFrom = d.value();
        else
            r.baselineTo = d.value();
    }
    if (r.baselineFrom.isValid() != r.baselineTo.isValid())
        return Error(ErrorCode::Usage, CommandLine::tr("--baseline-from and --baseline-to are both "
                                                       "dates as YYYY-MM-DD."));
    r.chart = p.parser().value(u"chart"_s);
    if (!qc::TrendAnalysis::chartFromId(r.chart))
        return Error(ErrorCode::Usage, CommandLine::tr("--chart is imr or lj."));
    if (p.parser().isSet(u"baseline"_s)) {
        bool ok = false;
        r.baselinePoints = p.parser().value(u"baseline"_s).toLongLong(&ok);
        if (!ok || r.baselinePoints < 2)
            return Error(ErrorCode::Usage,
                         CommandLine::tr("--baseline is a number of points, at least 2."));
    }
    r.baselineName = p.parser().value(u"baseline-name"_s);
    r.rules = p.parser().value(u"rules"_s);
    if (!qc::Rules::parse(r.rules))
        return Error(ErrorCode::Usage,
                     CommandLine::tr("--rules: unknown rule in \"%1\".").arg(r.rules));
    return r;
}

int runTrend(const QStringList &args)
{
    VerbParser p(u"trend"_s,
                 CommandLine::tr("Print one product's series of a test with its control limits, "
                                 "moving ranges, capability and the rules each point violates."));
    addTrendOptions(p);
    p.parser().addOption({u"format"_s, CommandLine::tr("csv (default) or json."),
                          CommandLine::tr("format"), u"csv"_s});
    p.parser().addOption({u"out"_s,
                          CommandLine::tr("Write to this file instead of standard output, "
                                          "readable by you only (mode 0600)."),
                          CommandLine::tr("file")});
    p.parser().addOption({u"png"_s,
                          CommandLine::tr("Also draw the chart to this PNG file, readable by you "
                                          "only (mode 0600)."),
                          CommandLine::tr("file")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    Result<qc::TrendRequest> request = trendRequest(p);
    if (!request)
        return usage(p.verb(), request.error().message());
    const QString format = p.parser().value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return usage(p.verb(), CommandLine::tr("--format is csv or json."));
    if (Status s = checkOutputs(p, {u"out"_s, u"png"_s}); !s)
        return failed(p.verb(), s.error());

    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    Result<qc::TrendRequest::Outcome> outcome = request->run(*session.value());
    if (!outcome)
        return failed(p.verb(), withPasswordHint(outcome.error(), p.positional(0),
                                                 session.value()->user().userName));
    const qc::TrendSeries &series = outcome->series;
    const qc::TrendAnalysis &a = outcome->analysis;
    if (!a.valid())
        Terminal::err(CommandLine::tr("warning: %1").arg(a.problem));
    if (p.parser().isSet(u"png"_s)) {
        const qc::ChartRenderer &render = qc::chartRenderer();
        if (!render)
            return failed(p.verb(),
                          Error(ErrorCode::Unsupported,
                                CommandLine::tr("charts cannot be drawn by this build.")));
        if (Status s = render(series, a, p.parser().value(u"png"_s)); !s)
            return failed(p.verb(), s.error());
    }
    const QByteArray document = format == u"csv"_s
                                    ? qc::TrendExport::csv(series, a)
                                    : qc::TrendExport::json(series, a, outcome->options);
    if (p.parser().isSet(u"out"_s)) {
        if (Status s = UserFiles::writeOutput(p.parser().value(u"out"_s), document); !s)
            return failed(p.verb(), s.error());
        return kExitOk;
    }
    std::fwrite(document.constData(), 1, static_cast<std::size_t>(document.size()), stdout);
    std::fflush(stdout);
    return kExitOk;
}

int runReport(const QStringList &args)
{
    VerbParser p(u"report"_s,
                 CommandLine::tr("Write a release document as a PDF/A file: coa (Certificate of "
                                 "Analysis), release (batch release certificate), review (batch "
                                 "review report), audit (audit-trail report of a batch, or of "
                                 "the store by days, user and action) or trend (the trend "
                                 "options as for \"trend\"). The document is recorded in the "
                                 "store's register; verify-document checks it later."));
    p.parser().addOption({u"batch"_s, CommandLine::tr("The batch."), CommandLine::tr("number")});
    p.parser().addOption({u"paper"_s, CommandLine::tr("a4 (default) or letter."),
                          CommandLine::tr("paper"), u"a4"_s});
    p.parser().addOption({u"language"_s,
                          CommandLine::tr("The language the document is printed in: en, nl, de "
                                          "or ja (default: the language of the command line)."),
                          CommandLine::tr("code")});
    p.parser().addOption({{u"o"_s, u"out"_s},
                          CommandLine::tr("The PDF file to write (replaced atomically, "
                                          "readable by you only: mode 0600)."),
                          CommandLine::tr("file")});
    p.parser().addOption({u"audit-user"_s,
                          CommandLine::tr("Audit report: only the events of this user."),
                          CommandLine::tr("name")});
    p.parser().addOption({u"action"_s,
                          CommandLine::tr("Audit report: only this action (e.g. batch.signed)."),
                          CommandLine::tr("action")});
    addTrendOptions(p, true);
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 2, u"STORE KIND"_s); rc >= 0)
        return rc;
    const std::optional<reports::DocumentKind> kind =
        reports::Documents::kindFromId(p.positional(1));
    if (!kind)
        return usage(p.verb(), CommandLine::tr("KIND is one of %1, not \"%2\".")
                                   .arg(reports::Documents::kindIdsText(), p.positional(1)));
    const std::optional<reports::Paper> paper =
        reports::Documents::paperFromId(p.parser().value(u"paper"_s));
    if (!paper)
        return usage(p.verb(), CommandLine::tr("--paper is a4 or letter."));
    if (!p.parser().isSet(u"out"_s))
        return usage(p.verb(), CommandLine::tr("-o FILE.pdf is required."));
    reports::ReportRequest request;
    request.kind = *kind;
    request.batchNumber = p.parser().value(u"batch"_s);
    request.language =
        p.parser().isSet(u"language"_s) ? p.parser().value(u"language"_s) : Languages::current();
    if (*kind == reports::DocumentKind::AuditTrail) {
        Result<QDate> from = dateOption(p, u"from"_s);
        Result<QDate> to = dateOption(p, u"to"_s);
        if (!from || !to)
            return usage(p.verb(), (!from ? from : to).error().message());
        request.from = from.value();
        request.to = to.value();
        request.user = p.parser().value(u"audit-user"_s);
        request.action = p.parser().value(u"action"_s);
    }
    if (*kind == reports::DocumentKind::Trend) {
        Result<qc::TrendRequest> trend = trendRequest(p);
        if (!trend)
            return usage(p.verb(), trend.error().message());
        request.trend = trend.value();
    }
    if (Status s = request.validate(); !s)
        return usage(p.verb(), s.error().message());
    if (Status s = checkOutputs(p, {u"out"_s}); !s)
        return failed(p.verb(), s.error());

    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    QElapsedTimer timer;
    timer.start();
    Result<reports::Document> doc = reports::ReportBuilder(*session.value()).build(request);
    if (!doc)
        return failed(p.verb(), withPasswordHint(doc.error(), p.positional(0),
                                                 session.value()->user().userName));
    reports::DocumentRegistry registry(*session.value());
    if (Status s = registry.prepare(doc.value()); !s)
        return failed(p.verb(), s.error());
    Result<reports::IssuedDocument> issued =
        registry.exportPdf(doc.value(), *paper, p.parser().value(u"out"_s));
    if (!issued)
        return failed(p.verb(), issued.error());
    Terminal::out(
        CommandLine::tr("%1 %2 version %3: %n page(s)%4, hash %5, in %6 ms.", nullptr,
                        issued->pages)
            .arg(issued->documentId, reports::Documents::title(issued->kind))
            .arg(issued->version)
            .arg(issued->draft ? CommandLine::tr(" (draft)") : QString(), doc->shortHash())
            .arg(timer.elapsed()));
    return kExitOk;
}

int runVerifyDocument(const QStringList &args)
{
    VerbParser p(u"verify-document"_s,
                 CommandLine::tr("Check a PDF issued by ReleaseDesk: that the file is the one "
                                 "issued, that the record and its signatures still give the "
                                 "same document, and that the audit trail verifies. Exit status "
                                 "0 when all hold, 1 when not."));
    p.parser().addOption(
        {u"store"_s, CommandLine::tr("The store it was issued from."), CommandLine::tr("store")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 1, u"FILE.pdf"_s); rc >= 0)
        return rc;
    if (!p.parser().isSet(u"store"_s))
        return usage(p.verb(), CommandLine::tr("--store STORE is required."));
    // Read before the store is opened: a file that cannot be read leaves the store untouched.
    Result<QByteArray> pdf = reports::DocumentRegistry::readPdf(p.positional(0));
    if (!pdf)
        return failed(p.verb(), pdf.error());
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session =
        openSession(p, terminal, p.parser().value(u"store"_s));
    if (!session)
        return failed(p.verb(), session.error());
    Result<reports::DocumentCheck> check =
        reports::DocumentRegistry(*session.value())
            .verifyPdf(pdf.value(), QFileInfo(p.positional(0)).fileName());
    if (!check)
        return failed(p.verb(), withPasswordHint(check.error(), p.parser().value(u"store"_s),
                                                 session.value()->user().userName));
    for (const QString &line : std::as_const(check->findings))
        Terminal::out(line);
    return check->ok() ? kExitOk : kExitFailed;
}

int runSites(const QStringList &args)
{
    VerbParser p(u"sites"_s,
                 CommandLine::tr("List the manufacturing sites with their authorisation and "
                                 "address, or register one (administrators): release "
                                 "certificates print them."));
    p.parser().addOption(
        {u"set"_s, CommandLine::tr("Register or change this site."), CommandLine::tr("name")});
    p.parser().addOption({u"authorisation"_s,
                          CommandLine::tr("Its manufacturing authorisation reference."),
                          CommandLine::tr("reference")});
    p.parser().addOption(
        {u"address"_s, CommandLine::tr("Its address."), CommandLine::tr("address")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    SiteRegister sites(*session.value());
    if (p.parser().isSet(u"set"_s)) {
        if (Status s = sites.set({p.parser().value(u"set"_s), p.parser().value(u"authorisation"_s),
                                  p.parser().value(u"address"_s)});
            !s)
            return failed(p.verb(), s.error());
        Terminal::out(CommandLine::tr("Site %1 registered.").arg(p.parser().value(u"set"_s)));
        return kExitOk;
    }
    Result<QList<Site>> all = sites.list();
    if (!all)
        return failed(p.verb(), all.error());
    for (const Site &s : std::as_const(all.value()))
        Terminal::out(s.name + u'\t' + s.authorisation + u'\t' + s.address);
    return kExitOk;
}

int runOotRules(const QStringList &args)
{
    VerbParser p(u"oot-rules"_s,
                 CommandLine::tr("List the out-of-trend rules per product and test, or set them "
                                 "for one test (administrators): their violations become "
                                 "out-of-trend exceptions in review."));
    p.parser().addOption(
        {u"product"_s, CommandLine::tr("The product code."), CommandLine::tr("code")});
    p.parser().addOption({u"test"_s, CommandLine::tr("The test code."), CommandLine::tr("code")});
    p.parser().addOption({u"rules"_s,
                          CommandLine::tr("westgard, nelson, all, a list of rule ids, or none to "
                                          "switch the check off."),
                          CommandLine::tr("rules")});
    p.addUserOption();
    p.addStdinOption(CommandLine::tr("your password"));
    if (int rc = p.parse(args, 1, u"STORE"_s); rc >= 0)
        return rc;
    const bool setting = p.parser().isSet(u"rules"_s);
    QList<qc::Rule> rules;
    if (setting) {
        if (!p.parser().isSet(u"product"_s) || !p.parser().isSet(u"test"_s))
            return usage(p.verb(), CommandLine::tr("--rules needs --product and --test."));
        if (p.parser().value(u"rules"_s) != u"none"_s) {
            const std::optional<QList<qc::Rule>> parsed =
                qc::Rules::parse(p.parser().value(u"rules"_s));
            if (!parsed)
                return usage(p.verb(), CommandLine::tr("--rules: unknown rule in \"%1\".")
                                           .arg(p.parser().value(u"rules"_s)));
            rules = *parsed;
        }
    }
    Terminal terminal(p.parser().isSet(u"password-stdin"_s));
    Result<std::unique_ptr<Session>> session = openSession(p, terminal, p.positional(0));
    if (!session)
        return failed(p.verb(), session.error());
    qc::OotRules oot(*session.value());
    if (setting) {
        if (Status s = oot.set(p.parser().value(u"product"_s), p.parser().value(u"test"_s), rules);
            !s)
            return failed(p.verb(), withPasswordHint(s.error(), p.positional(0),
                                                     session.value()->user().userName));
    }
    Result<QList<qc::OotSetting>> all = oot.forProduct(p.parser().value(u"product"_s));
    if (!all)
        return failed(p.verb(), all.error());
    for (const qc::OotSetting &s : std::as_const(all.value()))
        Terminal::out(u"%1  %2  %3  (%4, %5)"_s.arg(s.product, -10)
                          .arg(s.test, -10)
                          .arg(qc::OotRules::rulesText(s.rules), s.setBy, toLocalDisplay(s.setAt)));
    return kExitOk;
}

QString overview()
{
    return CommandLine::tr(
               "Usage: %1 [VERB] ...\n"
               "\n"
               "Without a verb, opens the window (options: --store FOLDER, --user NAME).\n"
               "\n"
               "Verbs:\n"
               "  init STORE --admin NAME --full-name NAME --person-id ID\n"
               "                                             create a new store\n"
               "  demo STORE [--batches N] [--seed S]        create a demo store\n"
               "  import STORE FILE... [--supersede --reason TEXT] [--change-control TEXT]\n"
               "                                             import records and results\n"
               "  export STORE specifications|batches|results|unassigned [--format csv|json]\n"
               "         [--batch NUMBER] [--out FILE]       write records as imported\n"
               "  inbox list|assign|reject STORE ...         unassigned results\n"
               "  review STORE exceptions|disposition|sign|status --batch NUMBER ...\n"
               "                                             review and release a batch\n"
               "  trend STORE --product P --test T [--site S] [--from D --to D] [--chart imr|lj]\n"
               "        [--baseline K] [--rules nelson|westgard|LIST] [--format csv|json]\n"
               "                                             a control chart's numbers\n"
               "  oot-rules STORE [--product P --test T --rules LIST|none]\n"
               "                                             out-of-trend rules for review\n"
               "  report STORE coa|release|review|audit|trend [--batch NUMBER]\n"
               "         [--paper a4|letter] [--language en|nl|de|ja] -o FILE.pdf\n"
               "                                             a release document as PDF/A\n"
               "  verify-document FILE.pdf --store STORE     check an issued document\n"
               "  sites STORE [--set NAME --authorisation REF --address TEXT]\n"
               "                                             manufacturing sites\n"
               "  specs list|show|approve STORE [--product P --version V]\n"
               "                                             specification versions, approval\n"
               "  users list|add|disable|reset-password|confirm-handover|state-person STORE ...\n"
               "                                             manage accounts\n"
               "  passwd STORE                               change your password\n"
               "  verify STORE [--fingerprint FP]            verify the trail, records, keys\n"
               "  rekey STORE                                new master key for the store\n"
               "  recover STORE --admin NAME|--show-raw-key|--accept-rollback\n"
               "                                             use the recovery code\n"
               "  upgrade STORE                              upgrade a store of an earlier\n"
               "                                             version (recovery code)\n"
               "\n"
               "Passwords are asked on the terminal, or read from standard input with\n"
               "--password-stdin; never from arguments. \"%1 VERB --help\" says more.\n"
               "Exit codes: 0 done, 1 refused or failed, 2 usage.")
        .arg(program());
}

} // namespace

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // Anything that is not an option is meant as a verb, so a mistyped verb gets a usage
    // message instead of opening the window.
    const QString first = arguments.at(1);
    return !first.startsWith(u'-') || first == u"--help"_s || first == u"-h"_s ||
           first == u"--version"_s || first == u"-v"_s;
}

int CommandLine::run(const QStringList &arguments)
{
    if (Status s = Runtime::initialize(); !s) {
        Terminal::err(s.error().message());
        return kExitFailed;
    }
    if (const QString w = Runtime::testingWarning(); !w.isEmpty())
        Terminal::err(w);
    const QString first = arguments.value(1);
    if (first == u"--version"_s || first == u"-v"_s) {
        Terminal::out(Runtime::versionText());
        return kExitOk;
    }
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        Terminal::out(overview());
        return kExitOk;
    }
    const QStringList rest = arguments.mid(1);
    static const QHash<QString, std::function<int(const QStringList &)>> handlers = {
        {u"init"_s, runInit},          {u"demo"_s, runDemo},
        {u"users"_s, runUsers},        {u"specs"_s, runSpecs},
        {u"passwd"_s, runPasswd},      {u"verify"_s, runVerify},
        {u"recover"_s, runRecover},    {u"rekey"_s, runRekey},
        {u"upgrade"_s, runUpgrade},    {u"import"_s, runImport},
        {u"export"_s, runExport},      {u"inbox"_s, runInbox},
        {u"review"_s, runReview},      {u"trend"_s, runTrend},
        {u"oot-rules"_s, runOotRules}, {u"report"_s, runReport},
        {u"sites"_s, runSites},        {u"verify-document"_s, runVerifyDocument},
    };
    const auto handler = handlers.constFind(first);
    if (handler == handlers.constEnd()) {
        Terminal::err(tr("%1: unknown verb \"%2\".").arg(program(), first));
        Terminal::err(overview());
        return kExitUsage;
    }
    return (*handler)(rest);
}

} // namespace rd
