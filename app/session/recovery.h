// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/securebytes.h"

#include <QCoreApplication>

namespace rd {

// What the recovery code printed at `init` can do when every administrator password is lost:
// set a new administrator password, or disclose the raw database key for the stock sqlcipher
// shell. Both are recorded in the audit trail under the name "(recovery code)".
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(rd::Recovery)

public:
    static constexpr char kActor[] = "(recovery code)";

    // Issues a new signing key too: the old one was wrapped only in the lost slot. Also reseals
    // a keyslots.json that was changed outside ReleaseDesk.
    static Status resetAdministratorPassword(const QString &storePath, const QString &recoveryCode,
                                             const QString &adminUserName,
                                             const SecureBytes &newPassword);

    // Accepts a records.db older than the last signed checkpoint recorded in keyslots.json (put
    // back from a backup after a disk failure, say): records in the audit trail what was
    // recorded and is now missing, then anchors keyslots.json to the newest checkpoint the
    // database still holds, so that sessions can open again.
    static Status acceptRollback(const QString &storePath, const QString &recoveryCode,
                                 const QString &reason);

    // The 64 hexadecimal characters of the raw key, in locked memory.
    static Result<SecureBytes> discloseRawKey(const QString &storePath,
                                              const QString &recoveryCode);
};

} // namespace rd
