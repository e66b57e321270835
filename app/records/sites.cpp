// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/sites.h"

#include "session/session.h"
#include "store/rows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

SiteRegister::SiteRegister(Session &session)
    : m_session(session)
{}

Result<QList<Site>> SiteRegister::list() const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    QSqlQuery q(m_session.store().connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name, authorisation, address FROM sites ORDER BY name"_s))
        return Store::errorFrom(tr("Cannot read the sites"), q.lastError());
    QList<Site> sites;
    const Status read = eachRow(q, tr("Cannot read the sites"), [&] {
        sites << Site{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    });
    if (!read)
        return read.error();
    return sites;
}

Result<std::optional<Site>> SiteRegister::find(const QString &name) const
{
    Result<QList<Site>> all = list();
    if (!all)
        return all.error();
    for (const Site &s : std::as_const(all.value()))
        if (s.name == name)
            return std::optional<Site>(s);
    return std::optional<Site>();
}

Status SiteRegister::set(const Site &site)
{
    if (Status s = m_session.requireRole(Role::Administrator, tr("register a site")); !s)
        return s;
    const Site trimmed{site.name.trimmed(), site.authorisation.trimmed(), site.address.trimmed()};
    if (trimmed.name.isEmpty() || trimmed.name.size() > 256)
        return Error(ErrorCode::InvalidInput, tr("A site needs a name of 1 to 256 characters."));
    if (trimmed.authorisation.isEmpty() || trimmed.authorisation.size() > 200)
        return Error(ErrorCode::InvalidInput,
                     tr("Site \"%1\" needs its manufacturing authorisation (1 to 200 characters).")
                         .arg(trimmed.name));
    if (trimmed.address.size() > 1000)
        return Error(
            ErrorCode::InvalidInput,
            tr("The address of site \"%1\" is longer than 1000 characters.").arg(trimmed.name));
    Result<std::optional<Site>> before = find(trimmed.name);
    if (!before)
        return before.error();
    if (before.value() && before.value()->authorisation == trimmed.authorisation &&
        before.value()->address == trimmed.address)
        return {};

    QSqlDatabase db = m_session.store().connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot register the site"), db.lastError());
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO sites (name, authorisation, address) VALUES (?, ?, ?)"_s);
    q.addBindValue(trimmed.name);
    q.addBindValue(trimmed.authorisation);
    q.addBindValue(trimmed.address);
    if (!q.exec()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot register the site"), q.lastError());
    }
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kSettingChanged);
    e.entityType = u"site"_s;
    e.entityId = trimmed.name;
    e.field = u"authorisation, address"_s;
    if (before.value())
        e.oldValue = before.value()->authorisation + u" | "_s + before.value()->address;
    e.newValue = trimmed.authorisation + u" | "_s + trimmed.address;
    if (Result<AuditEvent> a = m_session.audit().append(
            m_session.user().userName, e, {{RecordBindings::Kind::Site, trimmed.name}});
        !a) {
        db.rollback();
        return a.error();
    }
    if (!db.commit()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot register the site"), db.lastError());
    }
    return {};
}

} // namespace rd
