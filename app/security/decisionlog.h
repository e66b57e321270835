// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storefiles.h"
#include "security/esignature.h"

#include <QCoreApplication>
#include <QList>

namespace rd {

// decisions.log beside records.db: every batch signature again, one JSON line each, written
// after the signature commits. Each line is the whole signature, so it verifies with its
// signer's certified key wherever it is read. When a records.db put back from an older copy is
// accepted, the lines it lacks are the decisions it lost (app/audit/THREAT-MODEL.md, "Rollback").
class DecisionLog
{
    Q_DECLARE_TR_FUNCTIONS(rd::DecisionLog)

public:
    // Appends one line and flushes it to disk; the file is created 0600 and never followed
    // through a symlink.
    static Status append(const StorePaths &paths, const ESignature &signature);
    // Every whole line; a last line cut short by a crash is left out. No file: none.
    static Result<QList<ESignature>> read(const StorePaths &paths);
    // Replaces the file atomically with `signatures`.
    static Status rewrite(const StorePaths &paths, const QList<ESignature> &signatures);
};

} // namespace rd
