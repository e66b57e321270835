// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/keyring.h"
#include "security/securebytes.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace rd {

class Store;

// What the recovery code printed at `init` can do: set a new administrator password, disclose
// the raw database key for the stock sqlcipher shell, or accept a records.db older than the
// last signed checkpoints. Each is recorded in the audit trail under the name "(recovery
// code)" and ends with a checkpoint signed by the store root, whose secret only the recovery
// slot holds, so that none of them can be taken out of the trail unseen.
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(rd::Recovery)

public:
    static constexpr char kActor[] = "(recovery code)";

    // Issues a new signing key certified by the root (the old one was wrapped only in the lost
    // slot). When keyslots.json is missing or damaged, it is made again from recovery.json,
    // with this administrator's slot only: every other account then needs a password reset.
    static Status resetAdministratorPassword(const QString &storePath, const QString &recoveryCode,
                                             const QString &adminUserName,
                                             const SecureBytes &newPassword);

    // What accepting an older records.db did.
    struct RollbackOutcome
    {
        QStringList lostCheckpoints;
        QStringList lostSignatures; // "signature 12 of batch X: Released by ... at ..."
        QStringList heldBatches;
    };
    // Accepts a records.db older than the signed checkpoints recorded in keyslots.json (put
    // back from a backup after a disk failure, say): records in the audit trail which
    // checkpoints and which signatures of decisions.log the database no longer holds, puts the
    // batches those decisions were about on hold for a new decision, and anchors keyslots.json
    // to what the database does hold, so that sessions can open again.
    static Result<RollbackOutcome>
    acceptRollback(const QString &storePath, const QString &recoveryCode, const QString &reason);

    // The 64 hexadecimal characters of the raw key, in locked memory.
    static Result<SecureBytes> discloseRawKey(const QString &storePath,
                                              const QString &recoveryCode);

    // The store opened with the recovery code, its audit events naming the recovery actor.
    struct Opened
    {
        UnlockedKeys keys;
        std::unique_ptr<Store> store;
        bool fromCopy = false; // keyslots.json could not be read; recovery.json was
    };
    static Result<Opened> open(const QString &storePath, const QString &recoveryCode);
    // Signs the trail's head with the root and records it as the recovery actor's anchor.
    static Status signCheckpoint(Store &store, const SecureBytes &rootSecret);
};

} // namespace rd
