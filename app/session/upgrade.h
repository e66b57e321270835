// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace rd {

// `releasedesk upgrade STORE`: a store made before store roots and key certificates
// (keyslots.json format 1) made current, with the recovery code. The old store is verified
// first by the rules it was made under (its audit chain, checkpoints, signatures and the
// integrity code of its keyslots.json); only then is a root made, every signing key the store
// holds certified by it, every record bound into the audit chain, and the master key replaced
// (so that no copy of an old key slot opens the upgraded store). The root's fingerprint is
// printed and recorded. Interrupted, it can be run again: it picks up the root it made.
class Upgrade
{
    Q_DECLARE_TR_FUNCTIONS(rd::Upgrade)

public:
    struct Outcome
    {
        QString rootFingerprint;
        QStringList certified; // "key 3 of qa.reviewer (Rosa Martens, QA reviewer)"
        QStringList slotsKept; // accounts whose key slot opens the upgraded store
        QStringList slotsDropped;
    };
    static Result<Outcome> run(const QString &storePath, const QString &recoveryCode);
};

} // namespace rd
