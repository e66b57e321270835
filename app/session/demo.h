// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/role.h"
#include "core/result.h"
#include "security/securebytes.h"
#include "session/storecreator.h"

#include <QCoreApplication>

#include <functional>

namespace rd {

// The demo store behind README's first command: one account per role, all with the same
// published password and no forced change, and a realistic data set made by DemoData and
// brought in through the ordinary importer, as an administrator (specifications and batch
// records) and as a QC analyst (results). Never for real data: its password is in the README.
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(rd::DemoStore)

public:
    static constexpr char kPassword[] = "ReleaseDesk-demo-2026";

    struct DemoUser
    {
        const char *userName;
        const char *fullName;
        const char *personId; // the site's employee number
        Role role;
    };
    static QList<DemoUser> users();

    struct Options
    {
        int batches = 300;
        quint64 seed = 1;
        // One line now and then ("batch records 2000 of 10000").
        std::function<void(const QString &)> progress;
    };
    static constexpr int kMaxBatches = 100'000;

    static Result<StoreCreator::Created> create(const QString &storePath, const Options &options);

    // Approves every draft specification version in the store as `reviewer`, each one in the
    // morning (09:00 UTC) of the day before the date it states, as a site would have approved
    // it ahead of use: a made-up history needs its specifications approved in the past, and
    // an approval is dated by the clock (docs/DESIGN.md section 8, "Specifications"). The
    // clock is set back for each approval and restored afterwards; the audit trail records a
    // clock that goes backwards. For demo and test stores only.
    static Status approveSpecificationsAhead(const QString &storePath, const QString &reviewer,
                                             const SecureBytes &password);
};

} // namespace rd
