// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/demo.h"

#include "accounts/accountservice.h"
#include "session/session.h"

namespace rd {

QList<DemoStore::DemoUser> DemoStore::users()
{
    return {
        {"admin", "Alex Morgan", Role::Administrator},
        {"qc.analyst", "Quinn Chen", Role::QcAnalyst},
        {"qa.reviewer", "Rosa Martens", Role::QaReviewer},
        {"qp.release", "Pieter de Vries", Role::ReleaseAuthority},
        {"auditor", "Ines Kaufmann", Role::Viewer},
    };
}

Result<StoreCreator::Created> DemoStore::create(const QString &storePath)
{
    const SecureBytes password = SecureBytes::fromUtf8(QString::fromLatin1(kPassword));
    const QList<DemoUser> people = users();
    const DemoUser &admin = people.first();
    Result<StoreCreator::Created> created =
        StoreCreator::create(storePath, QString::fromLatin1(admin.userName),
                             QString::fromUtf8(admin.fullName), password);
    if (!created)
        return created.error();

    Result<std::unique_ptr<Session>> session =
        Session::open(created->storePath, QString::fromLatin1(admin.userName), password);
    if (!session)
        return session.error();
    AccountService accounts(*session.value());
    for (qsizetype i = 1; i < people.size(); ++i) {
        AccountService::NewAccount account;
        account.userName = QString::fromLatin1(people[i].userName);
        account.fullName = QString::fromUtf8(people[i].fullName);
        account.role = people[i].role;
        account.requirePasswordChange = false;
        if (Result<Account> a = accounts.add(account, password); !a)
            return a.error();
    }
    if (Status s = session.value()->end(); !s)
        return s.error();
    return created;
}

} // namespace rd
