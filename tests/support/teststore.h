// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/role.h"
#include "security/keydirectory.h"
#include "security/keyslotfile.h"
#include "security/securebytes.h"
#include "session/session.h"

#include <QTemporaryDir>

#include <memory>

namespace rd::test {

inline constexpr char kAdmin[] = "alice";
inline constexpr char kAdminFullName[] = "Alice Admin";
inline constexpr char kPassword[] = "correct-horse-battery";
// The QC analyst who measured and imported the review fixtures' results (addLaboratory).
inline constexpr char kLabAnalyst[] = "lab.analyst";

// For every test process: libsodium and the driver started, QSettings kept out of the real
// home, and the explicit test-only switch for libsodium's minimum Argon2id cost.
void initTestProcess();

SecureBytes secret(const char *text);
SecureBytes secret(const QString &text);

// A fresh store in a temporary folder, made by the real StoreCreator, with administrator
// "alice". Removed with the object.
class TestStore
{
public:
    TestStore();

    bool isValid() const { return !m_path.isEmpty(); }
    const QString &path() const { return m_path; }
    const QString &storeId() const { return m_storeId; }
    const QString &recoveryCode() const { return m_recoveryCode; }
    QString folder() const { return m_dir.path(); }

    std::unique_ptr<Session> open(const QString &user = QString::fromLatin1(kAdmin),
                                  const QString &password = QString::fromLatin1(kPassword));
    // Adds an account as alice; by default without the forced change, so it can sign in.
    bool addUser(const QString &userName, Role role,
                 const QString &password = QString::fromLatin1(kPassword),
                 bool requirePasswordChange = false);
    // QC analyst accounts for the laboratory that measures the test results: "lab.analyst"
    // (the analyst of the review fixtures, who also imports them) and the demo's analysts, so
    // that every analyst named on a result is a person of the store.
    bool addLaboratory();
    SecureBytes masterKey() const;
    // Approves every draft specification version ahead of the date it states, as QA reviewer
    // `reviewer` (added when it has no account yet): what a site has done before the batches
    // of a made-up past are judged (DemoStore::approveSpecificationsAhead).
    bool approveSpecifications(const QString &reviewer = QStringLiteral("spec.approver"));

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_storeId;
    QString m_recoveryCode;
};

// The certified keys of an open store, with the root keyslots.json names.
KeyDirectory keyDirectory(const Store &store);
// The signed checkpoint anchors keyslots.json records, and the newest of them.
QList<CheckpointAnchor> anchors(const QString &storePath);
std::optional<CheckpointAnchor> latestAnchor(const QString &storePath);

} // namespace rd::test
