// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditverifier.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace rd {

class IndexCheck;
class Session;
struct StoreVerification;

// `releasedesk verify` (app/audit/THREAT-MODEL.md, "What verify checks"): the schema against the
// one the migrations make, the root against records.db and an expected fingerprint, every key's
// certificate chain, every signed anchor, the audit chain with its checkpoints and record
// bindings, every record against its newest binding, every electronic signature, and SQLite's
// own page and structure checks. Names the first thing that does not match. Read-only.
class StoreVerifier
{
    Q_DECLARE_TR_FUNCTIONS(rd::StoreVerifier)

public:
    struct Options
    {
        AuditVerifier::Progress progress;
        QString expectedFingerprint; // empty: not compared
    };

    static Result<StoreVerification> run(const Session &session, const Options &options);

    // The schema the migrations make, compared with the store's: empty when they are the same,
    // else what differs, in one line.
    static Result<QString> compareSchema(QSqlDatabase db);
    // Store::checkIntegrity (quick_check, SQLCipher's page check where the library has one, the
    // index check): empty when every page, structure and index is sound, else the first problem.
    static Result<QString> checkIntegrity(QSqlDatabase db);
    // The same with an index check prepared by the caller, which may be fed by other reads
    // (IndexCheck::expectFeed); cancelled when `cancelled` says so.
    static Result<QString> checkIntegrity(QSqlDatabase db, IndexCheck &indexes,
                                          const std::function<bool()> &cancelled);
};

} // namespace rd
