// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "core/version.h"
#include "store/sqlcipherdriver.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// SQLite 3.15 dialect: no window functions, UPSERT, RETURNING or JSON1.
constexpr Migrations::Step kMigrations[] = {
    {1, "accounts, signing keys, password history and the audit trail", R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    app_version TEXT NOT NULL
);
CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    user_name            TEXT NOT NULL UNIQUE,
    full_name            TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('administrator', 'qc_analyst',
                             'qa_reviewer', 'release_authority', 'viewer')),
    active               BOOLEAN NOT NULL DEFAULT 1,
    must_change_password BOOLEAN NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    password_changed_at  TEXT,
    last_login_at        TEXT,
    disabled_at          TEXT,
    disabled_by          TEXT,
    disabled_reason      TEXT
);
CREATE TRIGGER users_never_deleted BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'accounts are disabled, never deleted'); END;
CREATE TRIGGER users_never_renamed BEFORE UPDATE OF user_name ON users
BEGIN SELECT RAISE(ABORT, 'user names are never changed or reused'); END;
CREATE TABLE user_keys (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at TEXT NOT NULL,
    retired_at TEXT
);
CREATE INDEX user_keys_by_user ON user_keys(user_id);
CREATE TRIGGER user_keys_never_deleted BEFORE DELETE ON user_keys
BEGIN SELECT RAISE(ABORT, 'signing keys are retired, never deleted'); END;
CREATE TRIGGER user_keys_immutable BEFORE UPDATE OF id, user_id, public_key, created_at ON user_keys
BEGIN SELECT RAISE(ABORT, 'a signing key never changes'); END;
CREATE TABLE password_history (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    hash       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX password_history_by_user ON password_history(user_id, id);
CREATE TABLE audit_events (
    seq         INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    utc_offset  INTEGER NOT NULL,
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT,
    entity_id   TEXT,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT,
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
);
CREATE INDEX audit_events_by_entity ON audit_events(entity_type, entity_id);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql"},
    {2, "products, specifications, batch records, QC results and the unassigned inbox", R"sql(
CREATE TABLE import_files (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
CREATE INDEX import_files_by_hash ON import_files(sha256);
CREATE TABLE products (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE specifications (
    id             INTEGER PRIMARY KEY,
    product_id     INTEGER NOT NULL REFERENCES products(id),
    version        TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    source_file_id INTEGER NOT NULL REFERENCES import_files(id),
    UNIQUE (product_id, version)
);
CREATE TABLE spec_tests (
    id                INTEGER PRIMARY KEY,
    spec_id           INTEGER NOT NULL REFERENCES specifications(id),
    code              TEXT NOT NULL,
    name              TEXT NOT NULL,
    unit              TEXT NOT NULL,
    lower_text        TEXT,
    lower_num         REAL,
    upper_text        TEXT,
    upper_num         REAL,
    expected          TEXT NOT NULL,
    method            TEXT NOT NULL,
    release_critical  BOOLEAN NOT NULL,
    may_be_pending    BOOLEAN NOT NULL,
    UNIQUE (spec_id, code)
);
-- One row per version of a batch record; the current one has superseded_by IS NULL. Child rows
-- belong to a version, so an old version stays readable in full.
CREATE TABLE batch_records (
    id                  INTEGER PRIMARY KEY,
    batch_number        TEXT NOT NULL,
    version             INTEGER NOT NULL,
    product_code        TEXT NOT NULL,
    site                TEXT NOT NULL,
    mbr_version         TEXT NOT NULL,
    started_at          TEXT NOT NULL,
    ended_at            TEXT,
    record_status       TEXT NOT NULL,
    presentation        TEXT NOT NULL,
    expires_at          TEXT,
    planned_shipment_at TEXT,
    coi_din             TEXT NOT NULL,
    coi_patient_ref     TEXT NOT NULL,
    coi_collection_id   TEXT NOT NULL,
    coi_collection_site TEXT NOT NULL,
    coi_collected_at    TEXT,
    coi_treatment_centre TEXT NOT NULL,
    content_hash        TEXT NOT NULL,
    source_file_id      INTEGER NOT NULL REFERENCES import_files(id),
    supersedes_id       INTEGER REFERENCES batch_records(id),
    superseded_by_id    INTEGER REFERENCES batch_records(id),
    supersede_reason    TEXT,
    UNIQUE (batch_number, version)
);
CREATE UNIQUE INDEX batch_records_current ON batch_records(batch_number) WHERE superseded_by_id IS NULL;
CREATE INDEX batch_records_by_start ON batch_records(started_at);
CREATE TABLE custody_events (
    record_id     INTEGER NOT NULL REFERENCES batch_records(id),
    seq           INTEGER NOT NULL,
    event         TEXT NOT NULL,
    at            TEXT NOT NULL,
    by_whom       TEXT NOT NULL,
    location      TEXT NOT NULL,
    temperature_text TEXT,
    temperature_num  REAL,
    PRIMARY KEY (record_id, seq)
) WITHOUT ROWID;
CREATE TABLE process_steps (
    id           INTEGER PRIMARY KEY,
    record_id    INTEGER NOT NULL REFERENCES batch_records(id),
    seq          INTEGER NOT NULL,
    name         TEXT NOT NULL,
    equipment_id TEXT NOT NULL,
    started_at   TEXT,
    ended_at     TEXT,
    operator     TEXT NOT NULL,
    verifier     TEXT NOT NULL,
    manual_entry BOOLEAN NOT NULL,
    notes        TEXT NOT NULL,
    UNIQUE (record_id, seq)
);
CREATE TABLE step_parameters (
    step_id   INTEGER NOT NULL REFERENCES process_steps(id),
    seq       INTEGER NOT NULL,
    name      TEXT NOT NULL,
    unit      TEXT NOT NULL,
    set_text  TEXT, set_num  REAL,
    low_text  TEXT, low_num  REAL,
    high_text TEXT, high_num REAL,
    actual_text TEXT, actual_num REAL,
    PRIMARY KEY (step_id, seq)
) WITHOUT ROWID;
CREATE TABLE materials (
    record_id INTEGER NOT NULL REFERENCES batch_records(id),
    seq       INTEGER NOT NULL,
    code      TEXT NOT NULL,
    name      TEXT NOT NULL,
    lot       TEXT NOT NULL,
    expiry    TEXT,
    step      INTEGER NOT NULL,
    PRIMARY KEY (record_id, seq)
) WITHOUT ROWID;
CREATE TABLE equipment (
    record_id       INTEGER NOT NULL REFERENCES batch_records(id),
    seq             INTEGER NOT NULL,
    equipment_id    TEXT NOT NULL,
    name            TEXT NOT NULL,
    calibration_due TEXT,
    PRIMARY KEY (record_id, seq)
) WITHOUT ROWID;
CREATE TABLE deviations (
    record_id    INTEGER NOT NULL REFERENCES batch_records(id),
    seq          INTEGER NOT NULL,
    deviation_id TEXT NOT NULL,
    title        TEXT NOT NULL,
    class        TEXT NOT NULL CHECK (class IN ('minor', 'major', 'critical')),
    open         BOOLEAN NOT NULL,
    opened_at    TEXT,
    closed_at    TEXT,
    impact       TEXT NOT NULL,
    PRIMARY KEY (record_id, seq)
) WITHOUT ROWID;
CREATE TABLE em_samples (
    record_id  INTEGER NOT NULL REFERENCES batch_records(id),
    seq        INTEGER NOT NULL,
    room       TEXT NOT NULL,
    grade      TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    location   TEXT NOT NULL,
    sampled_at TEXT NOT NULL,
    p05_text TEXT, p05_num REAL,
    p5_text  TEXT, p5_num  REAL,
    cfu_text TEXT, cfu_num REAL,
    alert05_text TEXT, action05_text TEXT,
    alert5_text  TEXT, action5_text  TEXT,
    alert_cfu_text TEXT, action_cfu_text TEXT,
    PRIMARY KEY (record_id, seq)
) WITHOUT ROWID;
CREATE TABLE qc_samples (
    record_id INTEGER NOT NULL REFERENCES batch_records(id),
    seq       INTEGER NOT NULL,
    sample_id TEXT NOT NULL,
    drawn_at  TEXT,
    step      INTEGER NOT NULL,
    PRIMARY KEY (record_id, seq),
    UNIQUE (record_id, sample_id)
) WITHOUT ROWID;
CREATE INDEX qc_samples_by_id ON qc_samples(sample_id);
-- Results are versioned like records: a correction is a new row that supersedes the old one.
CREATE TABLE qc_results (
    id               INTEGER PRIMARY KEY,
    batch_number     TEXT NOT NULL,
    sample_id        TEXT NOT NULL,
    test_code        TEXT NOT NULL,
    value_text       TEXT,
    value_num        REAL,
    text_result      TEXT NOT NULL,
    unit             TEXT NOT NULL,
    method           TEXT NOT NULL,
    instrument       TEXT NOT NULL,
    analyst          TEXT NOT NULL,
    tested_at        TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('final', 'pending', 'invalidated')),
    reason           TEXT NOT NULL,
    source_file_id   INTEGER NOT NULL REFERENCES import_files(id),
    version          INTEGER NOT NULL,
    supersedes_id    INTEGER REFERENCES qc_results(id),
    superseded_by_id INTEGER REFERENCES qc_results(id),
    supersede_reason TEXT
);
CREATE UNIQUE INDEX qc_results_current ON qc_results(sample_id, test_code, tested_at)
    WHERE superseded_by_id IS NULL;
CREATE INDEX qc_results_by_batch ON qc_results(batch_number, test_code);
CREATE TABLE unassigned_results (
    id               INTEGER PRIMARY KEY,
    sample_id        TEXT NOT NULL,
    batch_hint       TEXT NOT NULL,
    test_code        TEXT NOT NULL,
    value_text       TEXT,
    value_num        REAL,
    text_result      TEXT NOT NULL,
    unit             TEXT NOT NULL,
    method           TEXT NOT NULL,
    instrument       TEXT NOT NULL,
    analyst          TEXT NOT NULL,
    tested_at        TEXT NOT NULL,
    status           TEXT NOT NULL,
    source_file_id   INTEGER NOT NULL REFERENCES import_files(id),
    state            TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'assigned', 'rejected')),
    resolved_by      TEXT,
    resolved_at      TEXT,
    resolution_reason TEXT,
    assigned_result_id INTEGER REFERENCES qc_results(id)
);
CREATE UNIQUE INDEX unassigned_by_key ON unassigned_results(sample_id, test_code, tested_at);
CREATE INDEX unassigned_open ON unassigned_results(state);
)sql"},
    {3, "review: batch states, exception dispositions and electronic signatures", R"sql(
-- Electronic signatures (docs/DESIGN.md section 7). Append-only: a signature is never changed.
CREATE TABLE signatures (
    id                INTEGER PRIMARY KEY,
    batch_number      TEXT NOT NULL,
    meaning           TEXT NOT NULL,
    state_from        TEXT NOT NULL,
    state_to          TEXT NOT NULL,
    user_id           INTEGER NOT NULL REFERENCES users(id),
    user_name         TEXT NOT NULL,
    full_name         TEXT NOT NULL,
    role              TEXT NOT NULL,
    signed_at         TEXT NOT NULL,
    utc_offset        INTEGER NOT NULL,
    time_zone         TEXT NOT NULL,
    comment           TEXT NOT NULL,
    physician_request TEXT NOT NULL,
    risk_evaluation   TEXT NOT NULL,
    conditions        TEXT NOT NULL,
    record_version    INTEGER NOT NULL,
    content_hash      BLOB NOT NULL CHECK (length(content_hash) = 32),
    stable_hash       BLOB NOT NULL CHECK (length(stable_hash) = 32),
    audit_seq         INTEGER NOT NULL,
    audit_hash        BLOB NOT NULL,
    key_id            INTEGER NOT NULL REFERENCES user_keys(id),
    signature         BLOB NOT NULL CHECK (length(signature) = 64)
);
CREATE INDEX signatures_by_batch ON signatures(batch_number, id);
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures
BEGIN SELECT RAISE(ABORT, 'a signature is never changed'); END;
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures
BEGIN SELECT RAISE(ABORT, 'a signature is never deleted'); END;
-- Where each batch stands; a batch without a row is awaiting QC approval. The history is in
-- the signatures and the audit trail.
CREATE TABLE batch_states (
    batch_number TEXT PRIMARY KEY NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('awaiting_qc_approval', 'awaiting_review',
                     'in_review', 'reviewed', 'released', 'conditionally_released',
                     'exceptionally_released', 'rejected', 'on_hold')),
    held_from    TEXT,
    changed_at   TEXT NOT NULL,
    signature_id INTEGER REFERENCES signatures(id)
) WITHOUT ROWID;
CREATE INDEX batch_states_by_state ON batch_states(state);
-- A reviewer's disposition of one exception. Append-only: a changed disposition is a new row,
-- and the newest for an exception is the one in force.
CREATE TABLE dispositions (
    id             INTEGER PRIMARY KEY,
    batch_number   TEXT NOT NULL,
    exception_key  TEXT NOT NULL,
    evidence       TEXT NOT NULL,
    severity       TEXT NOT NULL,
    exception_text TEXT NOT NULL,
    comment        TEXT NOT NULL,
    deviation_ref  TEXT NOT NULL,
    user_name      TEXT NOT NULL,
    full_name      TEXT NOT NULL,
    at             TEXT NOT NULL
);
CREATE INDEX dispositions_by_batch ON dispositions(batch_number, exception_key, id);
CREATE TRIGGER dispositions_no_update BEFORE UPDATE ON dispositions
BEGIN SELECT RAISE(ABORT, 'a disposition is never changed; record a new one'); END;
CREATE TRIGGER dispositions_no_delete BEFORE DELETE ON dispositions
BEGIN SELECT RAISE(ABORT, 'a disposition is never deleted'); END;
)sql"},
    {4, "out-of-trend rules and frozen baselines per product and test", R"sql(
-- The control-chart rules an administrator chose for a product's test; their violations are
-- out-of-trend exceptions in review. No row: no out-of-trend check for that test.
CREATE TABLE trend_rules (
    product_code TEXT NOT NULL,
    test_code    TEXT NOT NULL,
    rules        TEXT NOT NULL,
    set_by       TEXT NOT NULL,
    set_at       TEXT NOT NULL,
    PRIMARY KEY (product_code, test_code)
) WITHOUT ROWID;
-- A baseline frozen for Levey-Jennings charts: the batches it was made of, and the mean and
-- sample standard deviation they gave, kept as they were whatever is imported later.
CREATE TABLE trend_baselines (
    product_code TEXT NOT NULL,
    test_code    TEXT NOT NULL,
    name         TEXT NOT NULL,
    batches      TEXT NOT NULL,
    points       INTEGER NOT NULL,
    mean         REAL NOT NULL,
    sd           REAL NOT NULL,
    set_by       TEXT NOT NULL,
    set_at       TEXT NOT NULL,
    PRIMARY KEY (product_code, test_code, name)
) WITHOUT ROWID;
CREATE TRIGGER trend_baselines_frozen BEFORE UPDATE ON trend_baselines
BEGIN SELECT RAISE(ABORT, 'a frozen baseline is never changed'); END;
)sql"},
    {5, "release documents: the register of issued documents, sites and product strength", R"sql(
-- Every release document printed or exported (docs/DESIGN.md section 11): what it was built from
-- (request), the hash of the facts it shows (content_hash) and, for a PDF, the SHA-256 of the
-- file, so that verify-document can tell an altered file and a changed record apart.
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    document_id   TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    subject       TEXT NOT NULL, -- the batch; "" for the whole store; "PRODUCT/TEST" for trends
    version       INTEGER NOT NULL,
    request       TEXT NOT NULL,
    content_hash  BLOB NOT NULL CHECK (length(content_hash) = 32),
    provisional   INTEGER NOT NULL,
    draft         INTEGER NOT NULL,
    supersedes    TEXT NOT NULL,
    medium        TEXT NOT NULL CHECK (medium IN ('pdf', 'print')),
    paper         TEXT NOT NULL,
    pages         INTEGER NOT NULL,
    file_sha256   TEXT NOT NULL,
    issued_by     TEXT NOT NULL,
    issued_at     TEXT NOT NULL
);
CREATE INDEX documents_by_subject ON documents(kind, subject, id);
CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
BEGIN SELECT RAISE(ABORT, 'an issued document is never changed'); END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'an issued document is never deleted'); END;
-- Manufacturing sites as the release certificate names them: the manufacturing authorisation
-- and the address. Set by administrators; audited.
CREATE TABLE sites (
    name          TEXT PRIMARY KEY NOT NULL,
    authorisation TEXT NOT NULL,
    address       TEXT NOT NULL
) WITHOUT ROWID;
ALTER TABLE specifications ADD COLUMN strength TEXT NOT NULL DEFAULT '';
)sql"},
    {6, "the review queue's order: current batch records by planned shipment", R"sql(
-- The queue shows the batches still to decide, the nearest planned shipment first. With this
-- index the window reads the first screenful of a store of any size at once, and the rest of
-- the queue afterwards (ReviewQueue::head).
CREATE INDEX batch_records_by_shipment ON batch_records(planned_shipment_at, batch_number)
    WHERE superseded_by_id IS NULL;
)sql"},
    {7, "audit events by action, for checking signatures and key issues", R"sql(
-- verify finds the signature, key-issue and account-disabling events through this index
-- instead of reading the whole trail once more beside the chain walk.
CREATE INDEX audit_events_by_action ON audit_events(action);
)sql"},
    {8, "key certificates, records bound into the audit chain, holds after a rollback", R"sql(
-- Every signing key's certificate (app/audit/THREAT-MODEL.md): who holds it in which role,
-- signed by the store root (key 0) or an administrator's key. A key without one verifies
-- nothing. Written with the key, never changed.
CREATE TABLE key_certificates (
    key_id        INTEGER PRIMARY KEY REFERENCES user_keys(id),
    user_id       INTEGER NOT NULL REFERENCES users(id),
    user_name     TEXT NOT NULL,
    full_name     TEXT NOT NULL,
    role          TEXT NOT NULL,
    public_key    BLOB NOT NULL CHECK (length(public_key) = 32),
    issued_at     TEXT NOT NULL,
    issuer_key_id INTEGER NOT NULL,
    head_seq      INTEGER NOT NULL,
    head_hash     BLOB NOT NULL CHECK (length(head_hash) = 32),
    signature     BLOB NOT NULL CHECK (length(signature) = 64)
);
CREATE TRIGGER key_certificates_no_update BEFORE UPDATE ON key_certificates
BEGIN SELECT RAISE(ABORT, 'a key certificate is never changed'); END;
CREATE TRIGGER key_certificates_no_delete BEFORE DELETE ON key_certificates
BEGIN SELECT RAISE(ABORT, 'a key certificate is never deleted'); END;
-- What each audit event wrote, as digests of the rows it left (audit/recordbindings.h); the
-- event's own `bound` column, which its hash covers, is the digest of its bindings.
ALTER TABLE audit_events ADD COLUMN bound BLOB;
CREATE TABLE record_bindings (
    seq     INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    subject TEXT NOT NULL,
    digest  BLOB NOT NULL CHECK (length(digest) = 32),
    PRIMARY KEY (seq, kind, subject)
) WITHOUT ROWID;
CREATE TRIGGER record_bindings_no_update BEFORE UPDATE ON record_bindings
BEGIN SELECT RAISE(ABORT, 'a record binding is never changed'); END;
CREATE TRIGGER record_bindings_no_delete BEFORE DELETE ON record_bindings
BEGIN SELECT RAISE(ABORT, 'a record binding is never deleted'); END;
-- A batch put on hold because a restored records.db lost its decisions: the audit event that
-- did it (no one signed it; a person lifts the hold with a signature).
ALTER TABLE batch_states ADD COLUMN hold_seq INTEGER;
)sql"},
    {9, "people: the person each account belongs to", R"sql(
-- The person an account belongs to (docs/DESIGN.md section 1): an employee number or another
-- identifier unique to them, given when the account is made (accounts made before this get one
-- when an administrator states it). Stated once, never changed: a row of its own, so that the
-- account rows bound into the audit chain before this are read as they were.
CREATE TABLE account_persons (
    user_id   INTEGER PRIMARY KEY REFERENCES users(id),
    person_id TEXT NOT NULL,
    stated_at TEXT NOT NULL,
    stated_by TEXT NOT NULL
);
CREATE TRIGGER account_persons_no_update BEFORE UPDATE ON account_persons
BEGIN SELECT RAISE(ABORT, 'an account''s person is never changed'); END;
CREATE TRIGGER account_persons_no_delete BEFORE DELETE ON account_persons
BEGIN SELECT RAISE(ABORT, 'an account''s person is never removed'); END;
-- A key issued at a password reset: the resetting administrator knew its temporary password,
-- so it signs nothing until another administrator confirms that its person received it.
CREATE TABLE key_handovers (
    key_id       INTEGER PRIMARY KEY REFERENCES user_keys(id),
    user_id      INTEGER NOT NULL REFERENCES users(id),
    reset_by     TEXT NOT NULL,
    confirmed_by TEXT,
    confirmed_at TEXT
);
CREATE TRIGGER key_handovers_confirmed_once BEFORE UPDATE ON key_handovers
WHEN OLD.confirmed_by IS NOT NULL OR NEW.key_id IS NOT OLD.key_id
    OR NEW.user_id IS NOT OLD.user_id OR NEW.reset_by IS NOT OLD.reset_by
BEGIN SELECT RAISE(ABORT, 'a hand-over is confirmed once and never changed'); END;
CREATE TRIGGER key_handovers_no_delete BEFORE DELETE ON key_handovers
BEGIN SELECT RAISE(ABORT, 'a hand-over is never removed'); END;
)sql"},
    {10, "specification approval by a second person; disposition outcomes; identifiers read", R"sql(
-- A specification version takes effect when a QA reviewer other than its importer approves it
-- with an electronic signature (docs/DESIGN.md section 8, "Specifications"); never before its
-- approval. Written with the signature, never changed. Versions imported before approvals
-- existed are taken over as approved from the date they took effect (no signature), so that
-- nothing in an upgraded store is judged differently than before.
CREATE TABLE specification_approvals (
    spec_id        INTEGER PRIMARY KEY REFERENCES specifications(id),
    signature_id   INTEGER REFERENCES signatures(id),
    approved_at    TEXT NOT NULL,
    effective_from TEXT NOT NULL
);
CREATE TRIGGER specification_approvals_no_update BEFORE UPDATE ON specification_approvals
BEGIN SELECT RAISE(ABORT, 'a specification approval is never changed'); END;
CREATE TRIGGER specification_approvals_no_delete BEFORE DELETE ON specification_approvals
BEGIN SELECT RAISE(ABORT, 'a specification approval is never removed'); END;
INSERT INTO specification_approvals (spec_id, signature_id, approved_at, effective_from)
    SELECT id, NULL, effective_from || 'T00:00:00.000Z', effective_from FROM specifications;
-- Only these may stand approved without a signature (SpecificationService::verifyApprovals).
INSERT INTO meta (key, value)
    SELECT 'specifications_taken_over', CAST(coalesce(max(id), 0) AS TEXT) FROM specifications;
-- A batch judged against another approved version than the one in force at its manufacture,
-- by a QA reviewer's explicit, audited re-judgement; the newest row of a batch stands.
CREATE TABLE batch_specifications (
    id           INTEGER PRIMARY KEY,
    batch_number TEXT NOT NULL,
    spec_id      INTEGER NOT NULL REFERENCES specifications(id),
    judged_at    TEXT NOT NULL,
    judged_by    TEXT NOT NULL,
    reason       TEXT NOT NULL
);
CREATE INDEX batch_specifications_by_batch ON batch_specifications(batch_number, id);
CREATE TRIGGER batch_specifications_no_update BEFORE UPDATE ON batch_specifications
BEGIN SELECT RAISE(ABORT, 'a re-judgement is never changed'); END;
CREATE TRIGGER batch_specifications_no_delete BEFORE DELETE ON batch_specifications
BEGIN SELECT RAISE(ABORT, 'a re-judgement is never removed'); END;
-- The outcome a reviewer chose for a disposition (docs/DESIGN.md section 8, "Dispositions"):
-- a row of its own, so that the dispositions bound into the audit chain before this are read
-- as they were. A disposition without one reads as "acceptable with a reference" when it names
-- a deviation, else "acceptable, no impact".
CREATE TABLE disposition_outcomes (
    disposition_id INTEGER PRIMARY KEY REFERENCES dispositions(id),
    outcome        TEXT NOT NULL
        CHECK (outcome IN ('no-impact', 'with-reference', 'not-acceptable'))
);
CREATE TRIGGER disposition_outcomes_no_update BEFORE UPDATE ON disposition_outcomes
BEGIN SELECT RAISE(ABORT, 'a disposition''s outcome is never changed; record a new one'); END;
CREATE TRIGGER disposition_outcomes_no_delete BEFORE DELETE ON disposition_outcomes
BEGIN SELECT RAISE(ABORT, 'a disposition''s outcome is never removed'); END;
-- The identifier read at a custody hand-over or on a QC sample's label (the chain-of-identity
-- number as scanned), where a batch record gives one: rows of their own, so that the batch
-- records bound into the audit chain before this are read as they were.
CREATE TABLE record_identifiers (
    record_id  INTEGER NOT NULL REFERENCES batch_records(id),
    part       TEXT NOT NULL CHECK (part IN ('custody', 'sample')),
    seq        INTEGER NOT NULL,
    identifier TEXT NOT NULL,
    PRIMARY KEY (record_id, part, seq)
) WITHOUT ROWID;
CREATE TRIGGER record_identifiers_no_update BEFORE UPDATE ON record_identifiers
BEGIN SELECT RAISE(ABORT, 'an identifier read is never changed'); END;
CREATE TRIGGER record_identifiers_no_delete BEFORE DELETE ON record_identifiers
BEGIN SELECT RAISE(ABORT, 'an identifier read is never removed'); END;
)sql"},
    {11, "an unassigned result superseded on import: one open result per key", R"sql(
-- A result of the inbox is replaced by importing it again with --supersede: the old one is
-- rejected with the reason and stays, so a key is unique among the open results only.
DROP INDEX unassigned_by_key;
CREATE UNIQUE INDEX unassigned_open_by_key ON unassigned_results(sample_id, test_code, tested_at)
    WHERE state = 'open';
CREATE INDEX unassigned_by_key ON unassigned_results(sample_id, test_code, tested_at);
)sql"},
};

// The step that takes the specification versions of an older store over as approved.
constexpr int kSpecificationApprovalStep = 10;

// In the store's words, so that a full disk or an I/O error says so.
Error failure(const QString &what, const QSqlError &e)
{
    return Store::errorFrom(what, e);
}

} // namespace

std::span<const Migrations::Step> Migrations::all()
{
    return kMigrations;
}

int Migrations::latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

Status Migrations::apply(QSqlDatabase &db, int from, const QString &storeId, const QString &actor)
{
    return apply(db, from, storeId, actor, all());
}

Status Migrations::apply(QSqlDatabase &db, int from, const QString &storeId, const QString &actor,
                         std::span<const Step> steps)
{
    auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
    const bool creating = from == 0;
    for (const Step &m : steps) {
        if (m.version <= from)
            continue;
        const QString step =
            tr("Schema migration %1 (%2)").arg(m.version).arg(QLatin1StringView(m.description));
        if (!db.transaction())
            return failure(step, db.lastError());
        const auto rollback = [&db](Error e) -> Status {
            db.rollback();
            return e;
        };
        // Another process may have applied this step since `from` was read; the write
        // transaction now holds them off, so look again.
        if (!creating) {
            QSqlQuery current(db);
            current.setForwardOnly(true);
            if (!current.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) ||
                !current.next())
                return rollback(failure(step, current.lastError()));
            if (current.value(0).toInt() >= m.version) {
                current.finish();
                db.rollback();
                from = m.version;
                continue;
            }
        }
        if (!driver || !driver->executeScript(QString::fromUtf8(m.script)))
            return rollback(failure(step, db.lastError()));

        const QString now = toStoredTime(Clock::instance().nowUtc());
        QSqlQuery q(db);
        if (creating && m.version == steps.front().version) {
            q.prepare(u"INSERT INTO meta (key, value) VALUES ('store_id', ?), ('created_at', ?)"_s);
            q.addBindValue(storeId);
            q.addBindValue(now);
            if (!q.exec())
                return rollback(failure(step, q.lastError()));
        }
        q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"_s);
        q.addBindValue(QString::number(m.version));
        if (!q.exec())
            return rollback(failure(step, q.lastError()));
        q.prepare(u"INSERT INTO schema_migrations (version, description, applied_at, app_version) "
                  "VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(m.version);
        q.addBindValue(QString::fromLatin1(m.description));
        q.addBindValue(now);
        q.addBindValue(QString::fromLatin1(kVersion));
        if (!q.exec())
            return rollback(failure(step, q.lastError()));

        AuditTrail trail(db, storeId);
        AuditEntry entry;
        entry.action = QString::fromLatin1(audit::kSchemaMigrated);
        entry.entityType = u"store"_s;
        entry.entityId = storeId;
        entry.field = u"schema_version"_s;
        entry.oldValue = QString::number(from);
        entry.newValue = QString::number(m.version);
        entry.reason = QString::fromLatin1(m.description);
        // Once the schema has record bindings, each migration binds the (few) rows of meta and
        // schema_migrations, so that those written before bindings existed are bound too.
        QList<RecordBindings::Subject> bindings;
        if (RecordBindings::available(db)) {
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            if (!rows.exec(u"SELECT 'm', key FROM meta UNION ALL "
                           "SELECT 's', CAST(version AS TEXT) FROM schema_migrations"_s))
                return rollback(failure(step, rows.lastError()));
            while (rows.next()) {
                bindings.append({rows.value(0).toString() == u"m"_s ? RecordBindings::Kind::Meta
                                                                    : RecordBindings::Kind::Schema,
                                 rows.value(1).toString()});
            }
            if (rows.lastError().isValid())
                return rollback(failure(step, rows.lastError()));
            // The specification versions this step took over as approved (no one signed them).
            if (m.version == kSpecificationApprovalStep) {
                if (!rows.exec(u"SELECT DISTINCT p.code FROM specification_approvals a JOIN "
                               "specifications s ON s.id = a.spec_id JOIN products p ON p.id = "
                               "s.product_id"_s))
                    return rollback(failure(step, rows.lastError()));
                while (rows.next())
                    bindings.append(
                        {RecordBindings::Kind::SpecificationApproval, rows.value(0).toString()});
                if (rows.lastError().isValid())
                    return rollback(failure(step, rows.lastError()));
            }
        }
        if (Result<AuditEvent> e = trail.append(actor, entry, bindings); !e)
            return rollback(e.error());
        if (!db.commit())
            return rollback(failure(step, db.lastError()));
        from = m.version;
    }
    return {};
}

} // namespace rd
