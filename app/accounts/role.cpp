// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/role.h"

using namespace Qt::StringLiterals;

namespace rd {

QList<Role> Roles::all()
{
    return {Role::Administrator, Role::QcAnalyst, Role::QaReviewer, Role::ReleaseAuthority,
            Role::Viewer};
}

QString Roles::id(Role role)
{
    switch (role) {
    case Role::Administrator:
        return u"administrator"_s;
    case Role::QcAnalyst:
        return u"qc_analyst"_s;
    case Role::QaReviewer:
        return u"qa_reviewer"_s;
    case Role::ReleaseAuthority:
        return u"release_authority"_s;
    case Role::Viewer:
        return u"viewer"_s;
    }
    return {};
}

std::optional<Role> Roles::fromId(const QString &id)
{
    for (Role r : all()) {
        if (Roles::id(r) == id)
            return r;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::QcAnalyst:
        return tr("QC analyst");
    case Role::QaReviewer:
        return tr("QA reviewer");
    case Role::ReleaseAuthority:
        return tr("Release authority");
    case Role::Viewer:
        return tr("Viewer");
    }
    return {};
}

QString Roles::identifiersText()
{
    QStringList ids;
    for (Role r : all())
        ids << id(r);
    return ids.join(u", "_s);
}

} // namespace rd
