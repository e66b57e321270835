// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/role.h"
#include "core/result.h"
#include "session/storecreator.h"

#include <QCoreApplication>

namespace rd {

// The demo store behind README's first command: one account per role, all with the same
// published password and no forced change, so that anyone can try every part of ReleaseDesk.
// Never for real data: its password is in the README.
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(rd::DemoStore)

public:
    static constexpr char kPassword[] = "ReleaseDesk-demo-2026";

    struct DemoUser
    {
        const char *userName;
        const char *fullName;
        Role role;
    };
    static QList<DemoUser> users();

    static Result<StoreCreator::Created> create(const QString &storePath);
};

} // namespace rd
