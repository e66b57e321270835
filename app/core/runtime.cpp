// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime.h"

#include "core/version.h"
#include "security/crypto.h"
#include "store/sqlcipherdriver.h"

#include <sodium.h>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace rd {

Status Runtime::initialize()
{
    if (sodium_init() < 0)
        return Error(ErrorCode::Failed,
                     tr("The cryptography library (libsodium) failed to start."));
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    registerSqlCipherDriver();
    if (qEnvironmentVariableIntValue("RELEASEDESK_TESTING_MINIMUM_KDF") == 1)
        crypto::setTestingMinimumCost(true);
    return {};
}

QString Runtime::versionText()
{
    return tr("ReleaseDesk %1 (Qt %2, SQLCipher %3, libsodium %4)")
        .arg(QLatin1StringView(kVersion), QLatin1StringView(qVersion()),
             SqlCipherDriver::libraryVersion(), QLatin1StringView(sodium_version_string()));
}

QString Runtime::testingWarning()
{
    if (!crypto::testingMinimumCost())
        return {};
    return tr("WARNING: RELEASEDESK_TESTING_MINIMUM_KDF is set: new passwords are protected with "
              "the test-only minimum Argon2id cost. Never use this for real stores.");
}

} // namespace rd
