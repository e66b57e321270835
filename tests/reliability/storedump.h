// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/securebytes.h"

#include <QByteArray>
#include <QString>

namespace rd::test {

// What records.db holds, read through a new connection as another process would: the schema
// and every row of every table in a fixed order, one line per row, so that two dumps are
// byte-identical exactly when the stores hold the same data.
struct StoreDump
{
    QByteArray text;
    QString integrity; // PRAGMA integrity_check: "ok" when undamaged
    QString error;     // why the dump could not be made; empty on success

    bool ok() const { return error.isEmpty(); }
};

StoreDump dumpStore(const QString &recordsDb, const SecureBytes &key);

// The first line where two dumps part, for failure messages; empty when equal.
QString firstDifference(const QByteArray &expected, const QByteArray &actual);

// Copies the regular files of a store folder (not the shared-memory index, which a crash
// leaves stale and the next opener rebuilds) into `to`, which is created.
bool copyStoreFiles(const QString &from, const QString &to);

} // namespace rd::test
