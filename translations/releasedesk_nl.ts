<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>rd::AccountRecords</name>
    <message>
        <source>Cannot create the account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retire the signing key of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the signing key of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the password history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account &quot;%1&quot; got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key of &quot;%1&quot; got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enable the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::AccountService</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is empty; it is printed with every signature, so it must be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is one of the last %1 passwords of this account; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken by %2 account of %3; user names are never reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for disabling the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot disable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; its password cannot be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change your own password, use Change password, not a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary password set by an administrator; change required at next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required change after a reset or first login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::AuditTrail</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation clock is earlier than the previous audit event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db ends before event %1, the last signed checkpoint recorded in keyslots.json: it was rolled back to an older copy or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of records.db is not the signed checkpoint recorded in keyslots.json: records.db was replaced or rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::AuditVerifier</name>
    <message>
        <source>Cannot read the database schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The triggers that keep the audit trail append-only are missing: they were removed outside ReleaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (%2 by %3 at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is missing: the audit trail jumps from event %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 appears out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its time &quot;%2&quot; is not in the stored form; it was edited outside ReleaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its link to the previous event does not match; an earlier event was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its content does not match its hash; it was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint %1: it names signing key %2, which is not a key of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint %1: %2&apos;s signature does not match the audit trail up to event %3; the trail before it was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but the last checkpoint recorded in keyslots.json is event %2: events were removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json records no checkpoint, though the audit trail holds %1: keyslots.json was replaced with an older or foreign copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is not the signed checkpoint recorded in keyslots.json; the audit trail was rewritten from there on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::BatchCatalogue</name>
    <message>
        <source>Name a batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::CommandLine</name>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name (asked for on the terminal if omitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2 arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is required with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must change the password first: run &quot;%2 passwd %3 --user %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; print it or write it down and keep it locked away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens the store if every administrator password is lost (%1 recover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty store with its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the first administrator, as printed with signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin and --full-name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the store %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts (password for all: %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every account, active and disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account (administrators only). The new user must change the initial password at the first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, as printed with signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your password, then the new user&apos;s initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--full-name and --role are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the initial password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2, %3); the password must be changed at the first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an account (administrators only). The account stays in the records; its key slot is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a temporary password (administrators only); the user must change it at the next login. Also lifts a lockout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your password, then the temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the temporary password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 users list|add|disable|reset-password STORE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: list, add, disable or reset-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, add, disable or reset-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your current password, then the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for this administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the raw key as a PRAGMA key line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disclosure is recorded in the audit trail. In the sqlcipher shell give this line first; with SQLCipher 4 follow it with: PRAGMA cipher_compatibility = 3;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown verb &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --admin, --show-raw-key or --accept-rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept-rollback needs --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the older records; the acceptance and what was lost are recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery code printed at init: set a new password for an administrator, show the raw database key for the sqlcipher shell, or accept a records.db older than the last signed checkpoint. Each is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a records.db older than the last signed checkpoint (put back from a backup); needs --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery code, then (with --admin) the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo store: one account per role, three products, four sites and N batches with their QC results over two years. The same seed gives the same records. Its password is public: never put real data in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many batches (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batches takes a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo store %1 with %2 batches in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import specifications and batch records (administrators) or QC results as CSV, JSON or Allotrope cell-counting JSON (QC analysts). Everything is checked first and written in one transaction: one bad row and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store content that differs from what is stored as new versions (the old ones stay readable); needs --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected STORE and at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--supersede needs --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write stored records in the import formats, values as imported: specifications, batches, results or unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json (default json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file (replaced atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT is specifications, batches, results or unassigned, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the open unassigned results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an unassigned result to a QC sample of a batch (QC analysts), with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject an unassigned result (QC analysts), with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is a number that inbox list shows (several: separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 to sample %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: list, assign or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the audit trail&apos;s hash chain and check every checkpoint and electronic signature. Prints &quot;ok: N events&quot; or names the first event that does not match (exit code 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 events; signed checkpoints verified: %2; electronic signatures verified: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2, %3), record version %4, specification %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT at the treating physician&apos;s request ***</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions: %1 (critical %2, major %3, minor %4, info %5); without disposition: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (blocks release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   disposition: %1%2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; deviation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   needs a new disposition: the data changed since &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   needs a disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [NO LONGER COVERS the current record]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   physician&apos;s request %1; risk evaluation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   pending at signing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 review STORE exceptions|disposition|sign|status --batch NUMBER ...
  exceptions --batch N                    list what needs judgement
  disposition --batch N --exception K --comment TEXT [--deviation REF]
  sign --batch N --meaning MEANING [--comment TEXT]
       [--physician-request REF --risk-evaluation TEXT]
  status --batch N                        state, exceptions and signatures
MEANING is one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do after the store: exceptions, disposition, sign or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the exceptions of a batch, numbered, with their dispositions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a disposition of one exception (QA reviewers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a batch decision; the password is asked again for the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where a batch stands: state, exceptions and signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception&apos;s number (as listed) or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deviation reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the signature means: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment; the reason for on-hold, hold-lifted and rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptional release: the reference of the treating physician&apos;s written request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptional release: the risk evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your password, then your password again to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meaning is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exception and --comment are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &quot;%1&quot; for batch %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password to sign as %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: %1; batch %2 is now &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one product&apos;s series of a test with its control limits, moving ranges, capability and the rules each point violates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this site (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on or after (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on or before (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imr (default) or lj (Levey-Jennings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits from the first K points (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits from the batches made from this date (YYYY-MM-DD)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...to this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits from a frozen baseline of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>westgard, nelson (default), all, or a list of rule ids separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the chart to this PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--product and --test are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart is imr or lj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline is a number of points, at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules: unknown rule in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline-from and --baseline-to are both dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts cannot be drawn by this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the out-of-trend rules per product and test, or set them for one test (administrators): their violations become out-of-trend exceptions in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>westgard, nelson, all, a list of rule ids, or none to switch the check off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules needs --product and --test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: batches made on or after; audit: events on or after this day, UTC (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: batches made on or before; audit: events on or before this day, UTC (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a release document as a PDF/A file: coa (Certificate of Analysis), release (batch release certificate), review (batch review report), audit (audit-trail report of a batch, or of the store by days, user and action) or trend (the trend options as for &quot;trend&quot;). The document is recorded in the store&apos;s register; verify-document checks it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write (replaced atomically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report: only the events of this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report: only this action (e.g. batch.signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND is one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 version %3: %n page(s)%4, hash %5, in %6 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a PDF issued by ReleaseDesk: that the file is the one issued, that the record and its signatures still give the same document, and that the audit trail verifies. Exit status 0 when all hold, 1 when not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store it was issued from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store STORE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the manufacturing sites with their authorisation and address, or register one (administrators): release certificates print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register or change this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its manufacturing authorisation reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [VERB] ...

Without a verb, opens the window (options: --store FOLDER, --user NAME).

Verbs:
  init STORE --admin NAME --full-name NAME   create a new store
  demo STORE [--batches N] [--seed S]        create a demo store
  import STORE FILE... [--supersede --reason TEXT]
                                             import records and results
  export STORE specifications|batches|results|unassigned [--format csv|json]
         [--batch NUMBER] [--out FILE]       write records as imported
  inbox list|assign|reject STORE ...         unassigned results
  review STORE exceptions|disposition|sign|status --batch NUMBER ...
                                             review and release a batch
  trend STORE --product P --test T [--site S] [--from D --to D] [--chart imr|lj]
        [--baseline K] [--rules nelson|westgard|LIST] [--format csv|json]
                                             a control chart&apos;s numbers
  oot-rules STORE [--product P --test T --rules LIST|none]
                                             out-of-trend rules for review
  report STORE coa|release|review|audit|trend [--batch NUMBER]
         [--paper a4|letter] -o FILE.pdf     a release document as PDF/A
  verify-document FILE.pdf --store STORE     check an issued document
  sites STORE [--set NAME --authorisation REF --address TEXT]
                                             manufacturing sites
  users list|add|disable|reset-password STORE ...
                                             manage accounts
  passwd STORE                               change your password
  verify STORE                               verify the audit trail
  recover STORE --admin NAME|--show-raw-key|--accept-rollback
                                             use the recovery code

Passwords are asked on the terminal, or read from standard input with
--password-stdin; never from arguments. &quot;%1 VERB --help&quot; says more.
Exit codes: 0 done, 1 refused or failed, 2 usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Csv</name>
    <message>
        <source>a quoted field is never closed (a missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters follow a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DemoStore</name>
    <message>
        <source>The number of batches must be from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch records: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results of %1 of %2 batches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ESignatures</name>
    <message>
        <source>Cannot read the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC (%2 %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature %1 (batch %2, &quot;%3&quot; by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a signing key that is not the signer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify: the signature or what it covers was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names audit event %2 as the chain head, but that event does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the one the audit trail recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 records signature %2 of batch %3, which is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made with a key that was not in force then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the batch states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is recorded as &quot;%2&quot;, which its signatures do not bear out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has signatures but no recorded state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ExceptionEngine</name>
    <message>
        <source>(no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalidated result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after conditional release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specification of %1 was in force on %2: no result can be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed after the batch was conditionally released: %2 (specification %3). Inform the treating physician and decide on the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of specification: %2 on sample %3 (specification %4, version %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still pending; the specification allows release before it is complete (conditional release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result yet; the specification allows release before it is complete (conditional release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still pending, and the specification requires its result before release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result, and the specification requires one before release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on sample %2 (%3) is out of trend: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on sample %2 was invalidated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on sample %2 is version %3: an earlier value was superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch record is version %1: earlier versions were superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical deviation %1 is still open: %2. No release is possible until it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation %1 (%2) is still open: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation %1 (%2) was closed: %3. Impact: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain-of-identity number &quot;%1&quot; is not a valid ISBT 128 donation identification number with its check character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain-of-identity number %1 does not match its check character (%2 expected): the identity of the starting material is in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custody record says the material was collected at %1, the chain of identity says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody event &quot;%1&quot; (%2) is recorded before the event before it (&quot;%3&quot;, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature excursion at &quot;%1&quot; (%2, %3): %4 °C, outside %5 to %6 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing started %1 hours after collection; the limit is %2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2): %3 was %4 %5, outside its range %6 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) was not verified by a second person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) was performed and verified by the same person (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) has manually entered data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) has manually entered data: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material %1 (%2), lot %3, expired on %4 and was used on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment %1 (%2) was past its calibration date (%3) when used on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>particles ≥0.5 µm/m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>particles ≥5 µm/m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EM action limit reached in %1 (grade %2, %3) at %4: %5 %6, action limit %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EM alert limit reached in %1 (grade %2, %3) at %4: %5 %6, alert limit %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record changed after &quot;%1&quot; was signed by %2 on %3; that signature no longer covers the current content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The out-of-trend check could not run for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Exporter</name>
    <message>
        <source>%1 are exported as JSON only: their nested parts do not fit CSV rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Fields</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time with its zone, like 2026-03-14T09:30:00Z or 2026-03-14T10:30:00+01:00 (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date like 2026-03-14 (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not true or false (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of this format (misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Formats</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test has either limits or an expected result, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test needs limits (lower, upper) or an expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is above the upper limit (%1 &gt; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is above high (%1 &gt; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be fresh or cryopreserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before startedAt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be minor, major or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be open or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing for a closed deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be A, B, C or D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pending result has no value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result has a number or a text, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (a %1 result needs a number or a text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: an invalidated result needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be final, pending or invalidated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 rows; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a column of QC results (they are: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no cell-counting results this version of ReleaseDesk reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viable cell density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cell density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead cell density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viable cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average total cell diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average live cell diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average total cell circularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average viable cell circularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; at most %2 MiB are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which this version of ReleaseDesk does not read (it reads &quot;%2&quot;, &quot;%3&quot; and &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format is not recognised: a JSON file needs &quot;format&quot;: &quot;%1&quot;, &quot;%2&quot; or &quot;%3&quot; (or an Allotrope cell-counting manifest); a CSV file needs a header row naming its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the result of %1 (same sample, test and time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Importer</name>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of sample %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 superseded by new versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to the unassigned inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the store already holds all of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; at most %2 MiB are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a QC analyst (results) or an administrator (specifications and batch records) can import; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseding needs a reason (--reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import QC results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import specifications and batch records (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of the specification of %2 is already stored with other content; a changed specification needs a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no specification of product %1; import one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no specification of %1 was in force on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: batch %3 differs from the stored record (version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 already belongs to batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the result of %1 (same sample, test and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test of any specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but %2 is measured in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but sample %2 belongs to batch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the result %2 is %3; the stored one (version %4) is %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1 records differ from the stored ones; nothing was written. To store the new content as new versions (the old ones stay readable), import again superseding them, with a reason (on the command line: --supersede --reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 from %2 (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: %2, from %3 (SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Inbox</name>
    <message>
        <source>unassigned result %1 (%2 of sample %3 at %4, from %5, SHA-256 %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve unassigned results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason; it goes into the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one unassigned result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unassigned result %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unassigned result %1 was already %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch has a QC sample &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2: it already has a %3 result measured at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of sample %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 of batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reject the results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::KeyRing</name>
    <message>
        <source>keyslots.json was changed outside ReleaseDesk: its integrity code does not match. Restore it from a backup, or have an administrator repair it with the recovery code (releasedesk recover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after %2 failed logins in a row; try again after %3, or ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code does not open this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot opened but holds data of an unknown layout; this store was made by another version of ReleaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: key-slot content changed without the master key; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a store folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::KeySlotFile</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 bytes instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not %1 hexadecimal bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a UTC time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names an unknown algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails its checksum (the slot was altered or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: the folder is not a ReleaseDesk store, or the file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is %2 bytes long, far more than a key-slot file can be; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup or use the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is format %2, but this ReleaseDesk reads format %3 at most. Use a newer ReleaseDesk; the store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a second slot for user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Migrations</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::PasswordPolicy</name>
    <message>
        <source>The password is too long (more than %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, not containing the user name, and not one of the last %2 passwords of the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Problems</name>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 problem; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::RecordStore</name>
    <message>
        <source>Cannot read the specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the batch records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the batch record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the QC samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the unassigned results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the unassigned result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unassigned result %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot supersede the batch record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot supersede the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the result %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the unassigned result %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the unassigned result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unassigned result %1 is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Recovery</name>
    <message>
        <source>Cannot set the administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator password set with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator password set with the recovery code; keyslots.json had been changed outside ReleaseDesk and was sealed anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw database key shown for use with the sqlcipher shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrator; the recovery code can only set an administrator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-enabled with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for accepting the older records (e.g. the backup it was restored from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db still holds the last signed checkpoint; there is nothing to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint event %1 signed by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::RecoveryCode</name>
    <message>
        <source>The recovery code contains &quot;%1&quot;, which is not one of its letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has %1 letters and digits (nine groups of four); this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is mistyped: its last group does not match the others. Check each character against the printed code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ResultRules</name>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in specification %2 of %3, which batch %4 is made to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but %2 is measured in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a qualitative test: give its result as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a numeric test: give its result as a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ReviewQueue</name>
    <message>
        <source>Cannot read the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ReviewService</name>
    <message>
        <source>Cannot read batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the state of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the dispositions of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators cannot sign batch decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is signed by a %2; %3 is a %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exceptional release needs the reference of the treating physician&apos;s written request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The physician&apos;s request reference is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exceptional release needs the recorded risk evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk evaluation is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A physician&apos;s request and risk evaluation belong only to an exceptional release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no QC results to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 produced QC results of this batch (%2) and so cannot approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved the QC results of this batch and so cannot also review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QC results changed after they were approved; put the batch on hold and lift the hold to send it back for QC approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) still need a disposition before the batch can be signed as reviewed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved the QC results of this batch and so cannot also decide on its release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviewed this batch and so cannot also decide on its release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release is possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed after the conditional release; the batch can only be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specification in force has no tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending: %1. The final release can be confirmed once their results are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record changed after the conditional release in more than the pending results; put the batch on hold for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record changed after it was reviewed; put the batch on hold and lift the hold to send it back for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required results are missing or pending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result conforms to the specification: an exceptional release does not apply; release the batch normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of specification: %1. Reject the batch, or record an exceptional release at the treating physician&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending: %1. Release conditionally, or wait for the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test is pending: release the batch normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the state of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disposition needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deviation reference is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositions are recorded during the review; batch %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 has no exception %2 (it has %n exception(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no QC approval signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 lacks its QC approval or review signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending: %1. An exceptional release is decided on complete results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Runtime</name>
    <message>
        <source>The cryptography library (libsodium) failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk %1 (Qt %2, SQLCipher %3, libsodium %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: RELEASEDESK_TESTING_MINIMUM_KDF is set: new passwords are protected with the test-only minimum Argon2id cost. Never use this for real stores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Session</name>
    <message>
        <source>Cannot read the account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has a key slot but no record in this store; ask an administrator to reset its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; is out of date (keyslots.json was restored from an older copy); ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed logins in a row; locked for %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed-login counters in keyslots.json could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended; unlock the store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must change the password before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a user with the role %1 can %2; %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; uses the test-only minimum Argon2id cost; reset that password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery slot uses the test-only minimum Argon2id cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. If the older copy is to be kept, an administrator can accept it with the recovery code (releasedesk recover --accept-rollback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last password change of &quot;%1&quot; was interrupted before it was saved in the records; ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json was changed outside ReleaseDesk: its integrity code does not match, so its record of the last checkpoint cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 events, %2 checkpoints, %3 signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the inactivity lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inactivity lock is 1 to %1 minutes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::SiteRegister</name>
    <message>
        <source>Cannot read the sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site needs a name of 1 to 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; needs its manufacturing authorisation (1 to 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of site &quot;%1&quot; is longer than 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot register the site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::SqlCipherDriver</name>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind a value of type %1 to parameter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value bound for parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many values bound: the statement has %1 parameters, %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connect option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to set the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on SQLite %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Store</name>
    <message>
        <source>%1: the store is busy because another ReleaseDesk process is writing to it; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: records.db is damaged (%2); restore the store from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a disk error occurred (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher (PRAGMA cipher_version gives no answer); ReleaseDesk cannot open encrypted stores with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot select the SQLCipher 3 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db in %1 cannot be decrypted with this store&apos;s key: it is damaged or belongs to another store. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db in %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read records.db in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db in %1 holds no ReleaseDesk data (it has no meta table); it was replaced or damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db in %1 has no valid schema version (&quot;%2&quot;); it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer ReleaseDesk (schema version %2; this version reads up to %3). Use a newer ReleaseDesk; the store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db in %1 belongs to another store (id %2, while keyslots.json says %3); the files were mixed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db in %1 is truncated: it holds %2 bytes of the %3 its header describes. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a records.db; a new store needs an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db is missing from the store %1; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read records.db in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db in %1 is an unencrypted SQLite database, not this store&apos;s encrypted one: it was replaced. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db in %1 is damaged: its size, %2 bytes, is not a whole number of 1024-byte pages (was it truncated?). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch records.db in %1 to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::StoreCreator</name>
    <message>
        <source>%1 is a file; a new store needs a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; a new store needs a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new store into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::StoreFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store folder %1 is read-only (%2); ReleaseDesk records every login in the store and needs write access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is busy: another ReleaseDesk process is changing its key slots. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the store folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Terminal</name>
    <message>
        <source>Standard input ended before line %1, which should hold the next password (see --help for the order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of standard input is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask on; give the input on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::Workflow</name>
    <message>
        <source>Awaiting QC approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditionally released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptional release (out of specification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC results approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptional release of out-of-specification product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I approve the QC results of this batch: they are complete as recorded, attributable and were obtained with the stated methods and instruments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have reviewed the batch record and its QC results, and I have recorded a disposition for every exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that this batch was manufactured and tested in accordance with GMP and its marketing or trial authorisation, and release it for the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I release this batch before every test is complete. The tests still pending are named below; their results will be assessed when they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I release this batch although it does not meet its specification, at the written request of the treating physician and on the risk evaluation recorded below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I reject this batch: it must not be administered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I put this batch on hold: no decision may be taken on it until the hold is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I lift the hold on this batch; its review continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be signed while the batch is &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision on it is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its QC results have already been approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its QC results must be approved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hold must be lifted first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has already been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is already on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the final release or a rejection can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch must be reviewed first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::audit</name>
    <message>
        <source>Store created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session locked (checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session closed (checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw database key disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock went backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enabled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older records accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned result assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned result rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception dispositioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::crypto</name>
    <message>
        <source>Key slot salt has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::qc::Baselines</name>
    <message>
        <source>Cannot read the frozen baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no frozen baseline &quot;%1&quot; for %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baselines are frozen by QC analysts and administrators; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline needs a name of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot freeze the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline &quot;%1&quot; of %2 for %3 exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::qc::ControlStats</name>
    <message numerus="yes">
        <source>%n point(s): control limits need at least two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 values are %2: with no variation there are no control limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n baseline point(s): a standard deviation needs at least two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 baseline values are %2: the standard deviation is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test has no numeric specification limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough data: %1 point(s), capability needs at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No variation in %1 points: capability indices are not defined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::qc::OotRules</name>
    <message>
        <source>Cannot read the out-of-trend rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose out-of-trend rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specification of %1 has a numeric test %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the out-of-trend rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::qc::Rules</name>
    <message>
        <source>One point beyond 2 SD (warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point beyond 3 SD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two points in a row beyond 2 SD on the same side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two points in a row, one beyond +2 SD and the other beyond −2 SD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four points in a row beyond 1 SD on the same side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten points in a row on the same side of the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point more than 3 SD from the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine points in a row on the same side of the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six points in a row steadily increasing or decreasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourteen points in a row alternating up and down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of three points in a row more than 2 SD from the mean, same side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four of five points in a row more than 1 SD from the mean, same side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fifteen points in a row within 1 SD of the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight points in a row more than 1 SD from the mean, on both sides, none within.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendAnalyzer</name>
    <message>
        <source>The baseline of %1 points is longer than the series (%2 points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen baseline has no usable standard deviation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendData</name>
    <message>
        <source>A trend needs a product and a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the results for the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no batches of %1%2 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> made in the chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (e.g. batch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is reported in more than one unit: %3; a trend needs one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specification of %1 has a numeric test %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendRequest</name>
    <message>
        <source>A trend needs a product and a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is imr or lj, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline is a number of points, at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline by date needs both its first and its last date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) made between %1 and %2: a baseline needs at least two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>frozen baseline &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches made from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::reports::Document</name>
    <message>
        <source>Printed by %1 on %2 UTC (%3 %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::reports::DocumentRegistry</name>
    <message>
        <source>%1 (%2%3, version %4, issued %5 UTC by %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the document register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINAL CERTIFICATE. This replaces the provisional certificate %1 (version %2, issued %3 UTC): every result is now final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version %1 supersedes document %2 (version %3, issued %4 UTC), which no longer matches the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no document id: prepare it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2, %3 (%4, %n page(s))%5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB: not a document ReleaseDesk issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no ReleaseDesk document id: it was not issued by ReleaseDesk, or its metadata was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 is not in the register of this store: it was issued from another store, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID: %1 is %2, and it matches the record and its signatures as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID: %1 claims to be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was altered: it is not byte for byte the PDF that was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be built again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record changed after the document was issued: printed today it would read differently, so it is no longer current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail or a signature does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::reports::Documents</name>
    <message>
        <source>Certificate of Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Release Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Review Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit-Trail Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::reports::Renderer</name>
    <message>
        <source>DRAFT — NOT FOR RELEASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 · version %2 · document hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or file refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish printing the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF: its creation time kept changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (batches in order of manufacture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::reports::ReportBuilder</name>
    <message>
        <source>Chain of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: sample %1, test %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental sample %1 (%2, grade %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material %1, lot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending at release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged since signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED after signing: this signature no longer covers the current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data since signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIN %1 · patient reference %2 · collection %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Batch %2 · COI %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVISIONAL CERTIFICATE. The batch was released before all results were in: %1 pending. A final certificate follows when the results are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch does not conform to its specification: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2, effective %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in force when the batch was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final product sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the final product sample %1, judged against the specification above. A pending result is shown as pending; it is not a conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QC results of this batch are not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of batch %2 of %3 (state: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXCEPTIONAL RELEASE OF A BATCH OUT OF SPECIFICATION. %1 does not conform: %2. Released at the treating physician&apos;s request (%3) after a risk evaluation (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONDITIONAL RELEASE. Released before every result was final; the release is confirmed when they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions: results of %1 to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered (an administrator registers sites with &quot;releasedesk sites&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in the specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of manufacture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master batch record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that the batch processing records and the quality control records of batch %1 have been reviewed, that the batch was manufactured and checked in compliance with Good Manufacturing Practice and its marketing or clinical-trial authorisation, and that it conforms to specification %2%3. Every exception found in review was assessed and dispositioned, as the batch review report records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, except as stated on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: the batch has not been released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: Certificate of Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all: %2 critical, %3 major, %4 minor, %5 for information; %6 without a current disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions and their dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: made for other data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks every release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review found no exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception as it read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signatures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit events match; a report lists at most %2. Narrow it by days, user or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of the store, events up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of batch %1 of %2, events up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events about batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in the order recorded, up to event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit-chain verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified when printed: the hash chain of all %1 events and %2 signed checkpoints is intact, and all %3 electronic signatures verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE AUDIT TRAIL FAILED VERIFICATION when printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Control chart of %1 %2, %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: lower %2, upper %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals and moving range (I-MR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper control limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower control limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average moving range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving range upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower specification limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper specification limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule is violated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigma within (MR̄/1.128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigma overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::reports::ReportRequest</name>
    <message>
        <source>A %1 is of one batch: name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day %1 is after the last day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui</name>
    <message>
        <source>ReleaseDesk: batch review and release. Run &quot;releasedesk --help&quot; for the command-line verbs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to finish the task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::AccountsPage</name>
    <message>
        <source>&lt;h2&gt;Accounts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are disabled, never deleted, and user names are never reused, so that every record keeps naming the person who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; the initial password must be changed at the first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 being disabled? (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? The account stays in the records but can no longer sign in. This cannot be undone; a new account would need a new user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. j.devries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed with signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must change it at the first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial password and its repetition differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::AssignDialog</name>
    <message>
        <source>Assign results to a QC sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) (%1) measured on &quot;%2&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>QC sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — batch %2 (%3), drawn %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample id, e.g. one drawn shortly before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these results belong to that sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::AuditPage</name>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user, action, record, value or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit-trail report of the store or of one batch, by days, user and action, with the chain verification: preview, print or PDF/A (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit-trail report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the whole store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;these days (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::BatchView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue (Esc or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a decision on this batch (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the batch record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your assessment of this exception and why it is acceptable or what follows from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DEV-2026-0142 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to where the exception points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where this exception points (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deviation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of identity and custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code / id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry / calibration due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC results against specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method / instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥0.5 µm/m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥5 µm/m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits (alert / action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;exception to disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to where the exception points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Site %2 · COI %3 · Patient %4 · State: %5 · Planned shipment %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ✖ NO LONGER COVERS the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT at the treating physician&apos;s request (%1). This batch does not meet its specification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ data changed since the disposition — needs a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ needs a disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [blocks release]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xceptions (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xceptions (%1, %2 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master batch record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIN %1 · patient %2 · collection %3 at %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ see exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ expired when used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ past calibration when used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in-process, not judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ conforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ DOES NOT CONFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⧗ pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ invalidated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (supersedes v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC results (specification v%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 · %3/%4 · %5/%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ excursion, see exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending at signing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physician&apos;s request %1; risk evaluation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ NO — the record changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you can sign on this batch now; the menu says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exception selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (deviation %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disposition yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptional release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may record dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition of the selected exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions and disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate of Analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail of this batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of Analysis (Ctrl+P), release certificate, review report or audit trail: preview, print or export PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, you must choose a new password before going on: this is your first login, or an administrator has reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportFlow</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records or results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records and results (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written in %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Store the new content as new versions? The stored versions stay readable, and the audit trail records the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: content differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the stored content being superseded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: superseding needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::InboxModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::InboxPage</name>
    <message>
        <source>&lt;h2&gt;Unassigned results&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results whose sample matched no QC sample of a batch wait here with every value as imported. A QC analyst assigns them to the sample they were measured on, or rejects them; both need a reason and go into the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by sample, test, instrument, analyst or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n result(s) to sample %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reject results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n result(s) rejected? (for the audit trail)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n result(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::LockCover</name>
    <message>
        <source>ReleaseDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends this session (anything unsaved in open dialogs is discarded) and signs another user in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock in the ReleaseDesk window in front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended, but its audit checkpoint could not be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk is finishing a task; close the window again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReleaseDesk&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Batch-record and QC review for cell-therapy manufacturing.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. It uses QCustomPlot (GPL-3.0), Qt (LGPL-3.0), SQLCipher (BSD) and libsodium (ISC).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import specifications, batch records or QC results (JSON, CSV, Allotrope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time until the window locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without input (Ctrl+L locks it now).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock&apos;s audit checkpoint could not be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation and page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a PDF issued by ReleaseDesk is unaltered and matches the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::QueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shipment planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped conditionally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — blocks release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned shipment to %1 has passed: a patient is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions are being computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor / info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To disposition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::QueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search batch, product, site, COI or state (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions computed: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 batches shown.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n batch(es) past their planned shipment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batches shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::ReportFlow</name>
    <message>
        <source>Export %1 as PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2 written to %3 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview — %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed, but not recorded in the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF/A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this document as a PDF/A file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a temporary password for %1 and give it to them in person. They must change it at the next login. A lockout is lifted, and the account gets a new signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary password and its repetition differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::SignDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2), record version %3, now &quot;%4&quot;.
Content hash: %5
Signed by %6 (%7) as %8.%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Still pending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This batch does NOT meet its specification. An exceptional release is made only at the treating physician&apos;s written request, on a recorded risk evaluation, and is stated on every screen and document of this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician&apos;s request reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. letter of Dr. N. Visser, 2026-11-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Physician&apos;s request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::StorePage</name>
    <message>
        <source>&lt;h2&gt;Store&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the hash chain of every audit event and check every signed checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1, format %2 (page size %3, %4); created with %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1, signed by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Verified: %1 events and %2 signed checkpoints match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Verification failed at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivity lock in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; it applies from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts about the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivity lock setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::TrendChart</name>
    <message>
        <source>Control chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product and a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1
Cp %2   Cpk %3
Pp %4   Ppk %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule violated (▲)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning only (◆)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch, in order of manufacture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+3 SD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−3 SD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LCL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MR̄ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2)
%3: %4 %5
Made %6
%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violates: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made &amp;between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I and MR chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram and capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze baseline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current baseline&apos;s mean and SD under a name, as they are now, for Levey-Jennings charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits from the first K points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Westgard rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Nelson tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home in the chart; + and − zoom, arrows pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PDF (vector)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, limits and flags as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as &amp;out-of-trend rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make these rules raise out-of-trend exceptions in review for this product and test (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits and capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits and violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart and violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen: %1 (%2 points, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frozen baseline is shown: choose the points of a new one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product and a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline holds fewer than two points; the limits use all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), %1 %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Centre %1, σ %2, limits %3 to %4 (from %5 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cp %1 · Cpk %2 · Pp %3 · Ppk %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) of the chosen rules</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules now raise out-of-trend exceptions in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend &amp;report: preview, print, PDF/A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product and a test with data first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ui::UnlockDialog</name>
    <message>
        <source>ReleaseDesk — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk — unlock a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was locked. Enter your password to go on, or sign in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a store and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be changed before the store can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
