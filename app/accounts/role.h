// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

// The roles of docs/DESIGN.md section 1. One role per account: the person who administers accounts
// is never also the one who signs batch decisions.
enum class Role {
    Administrator,
    QcAnalyst,
    QaReviewer,
    ReleaseAuthority,
    Viewer,
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(rd::Roles)

public:
    static QList<Role> all();
    // The stable identifier stored in the database and used on the command line.
    static QString id(Role role);
    static std::optional<Role> fromId(const QString &id);
    // The name shown to people, translated.
    static QString displayName(Role role);
    static QString identifiersText(); // "administrator, qc_analyst, ..." for usage messages
};

// One row of the users table.
struct Account
{
    qint64 id = 0;
    QString userName;
    QString fullName;
    QString personId; // empty for an account made before persons, until one is stated
    Role role = Role::Viewer;
    bool active = true;
    bool mustChangePassword = true;
    QDateTime created;
    QString createdBy;
    QDateTime passwordChanged;
    QDateTime lastLogin;
    QDateTime disabledAt;
    QString disabledBy;
    QString disabledReason;
    qint64 currentKeyId = 0;
    bool handoverPending = false; // its key was issued at a reset and awaits a confirmed hand-over
};

} // namespace rd
