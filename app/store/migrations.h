// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <span>

namespace rd {

// The numbered schema migrations of records.db. Each runs in its own transaction together with
// its schema_migrations row and its audit event, so a store is always at one whole version.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(rd::Migrations)

public:
    struct Step
    {
        int version;
        const char *description;
        const char *script; // SQLite 3.15 dialect; several statements allowed
    };

    // The project's migrations, in order.
    static std::span<const Step> all();
    static int latestVersion();

    // Brings the schema from `from` to latestVersion(). `storeId` seeds the meta table of a new
    // store (from == 0); `actor` is the user the audit events name.
    static Status apply(QSqlDatabase &db, int from, const QString &storeId, const QString &actor);
    // The same with another list (tests use it to run extra and failing steps).
    static Status apply(QSqlDatabase &db, int from, const QString &storeId, const QString &actor,
                        std::span<const Step> steps);
};

} // namespace rd
