// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "core/version.h"
#include "store/sqlcipherdriver.h"

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
};

Error failure(const QString &what, const QSqlError &e)
{
    return Error(ErrorCode::Database, Migrations::tr("%1: %2").arg(what, e.databaseText()));
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
        if (Result<AuditEvent> e = trail.append(actor, entry); !e)
            return rollback(e.error());
        if (!db.commit())
            return rollback(failure(step, db.lastError()));
        from = m.version;
    }
    return {};
}

} // namespace rd
