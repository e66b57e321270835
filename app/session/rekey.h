// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/keyring.h"
#include "security/securebytes.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace rd {

// Re-encrypting records.db under a new master key (app/audit/THREAT-MODEL.md, "Old keys"): when an
// account is disabled, and on demand. The new key is sealed to the certified signing key of every
// remaining slot and to the root for the recovery slot, so nobody's password is needed and a
// copy of a removed slot opens nothing any more.
//
// Atomic and resumable: records.db is exported under the new key to records.db.rekey; then
// keyslots.json gains the new key beside the old one (pendingEpoch); then the new file is renamed
// over records.db; then keyslots.json drops the old key. A process killed at any moment leaves a
// store that opens with the current passwords: settle() finishes a re-key whose file was renamed
// and abandons one whose file was not.
class Rekey
{
    Q_DECLARE_TR_FUNCTIONS(rd::Rekey)

public:
    // Who receives the new master key: user name -> the public key of its certified current
    // signing key, and the root's for the recovery slot. Slots not named lose their way in.
    struct Recipients
    {
        QMap<QString, QByteArray> users;
        QByteArray root;
    };
    struct Outcome
    {
        SecureBytes masterKey;
        int epoch = 0;
        QStringList dropped; // slots that were given no new key
    };

    // Needs records.db closed in this process and open in no other (StoreBusy otherwise).
    static Result<Outcome> perform(const QString &storePath, const SecureBytes &masterKey,
                                   const Recipients &recipients, const QString &reason);

    // Before records.db is opened with `keys` of a keyslots.json that names a pending epoch:
    // finishes or abandons the interrupted re-key when nothing else has the store open, and
    // returns the master key records.db opens with and its epoch.
    struct Settled
    {
        SecureBytes masterKey;
        int epoch = 0;
    };
    static Result<Settled> settle(const QString &storePath, const UnlockedKeys &keys);

    // Records a finished re-key (keyslots.json's rekeyUnaudited) in the audit trail as `actor`,
    // then takes it off keyslots.json. The caller signs a checkpoint after it.
    static Status record(QSqlDatabase db, const QString &storePath, const QString &storeId,
                         const QString &actor, const RekeyRecord &done);

    // Whether `key` opens the records.db at `path`, of pages of `pageSize` bytes (reads its
    // first page).
    static bool opens(const QString &path, const SecureBytes &key, int pageSize);

    // The steps, for the kill test: a hook installed by a test runs before each.
    enum class Step {
        Export,
        SealNewKey,
        Rename,
        DropOldKey,
        Done,
    };
    using StepHook = void (*)(Step step);
    static void setStepHookForTesting(StepHook hook);
};

} // namespace rd
