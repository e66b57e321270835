// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/securebytes.h"

#include <QCoreApplication>

namespace rd {

// `releasedesk init`: a new store folder with records.db, the first administrator's key slot
// and the recovery slot. Built in a hidden folder beside the target and renamed into place,
// so a store is either complete or absent.
class StoreCreator
{
    Q_DECLARE_TR_FUNCTIONS(rd::StoreCreator)

public:
    struct Created
    {
        QString storePath;
        QString storeId;
        SecureBytes recoverySecret; // shown once as RecoveryCode::format(), then wiped
        QString rootFingerprint;    // printed with it, to compare documents and stores against
    };

    // `adminPersonId`: the first administrator's person identifier (an employee number).
    static Result<Created> create(const QString &storePath, const QString &adminUserName,
                                  const QString &adminFullName, const SecureBytes &adminPassword,
                                  const QString &adminPersonId);
};

} // namespace rd
