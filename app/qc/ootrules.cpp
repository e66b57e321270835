// SPDX-License-Identifier: GPL-3.0-or-later
#include "qc/ootrules.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "records/recordstore.h"
#include "session/session.h"
#include "store/rows.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd::qc {

OotRules::OotRules(Session &session)
    : m_session(session)
{}

QString OotRules::rulesText(const QList<Rule> &rules)
{
    QStringList ids;
    for (const Rule r : rules)
        ids << Rules::id(r);
    return ids.join(u',');
}

Result<QList<OotSetting>> OotRules::forProduct(const QString &product) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    QSqlQuery q(m_session.store().connection());
    q.setForwardOnly(true);
    QString sql = u"SELECT product_code, test_code, rules, set_by, set_at FROM trend_rules"_s;
    if (!product.isEmpty())
        sql += u" WHERE product_code = ?"_s;
    sql += u" ORDER BY product_code, test_code"_s;
    q.prepare(sql);
    if (!product.isEmpty())
        q.addBindValue(product);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the out-of-trend rules"), q.lastError());
    QList<OotSetting> out;
    const Status read = eachRow(q, tr("Cannot read the out-of-trend rules"), [&] {
        OotSetting s;
        s.product = q.value(0).toString();
        s.test = q.value(1).toString();
        s.rules = Rules::parse(q.value(2).toString()).value_or(QList<Rule>());
        s.setBy = q.value(3).toString();
        s.setAt = fromStoredTime(q.value(4).toString());
        out << s;
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<OotSetting>> OotRules::all() const
{
    return forProduct(QString());
}

Status OotRules::set(const QString &product, const QString &test, const QList<Rule> &rules)
{
    if (Status s = m_session.requireRole(Role::Administrator, tr("choose out-of-trend rules")); !s)
        return s;
    QSqlDatabase db = m_session.store().connection();
    Result<QList<Specification>> specs = RecordStore(db).specifications();
    if (!specs)
        return specs.error();
    bool known = false;
    for (const Specification &s : std::as_const(specs.value())) {
        for (const SpecTest &t : s.tests)
            known = known || (s.product.code == product && t.code == test && !t.isQualitative());
    }
    if (!known)
        return Error(ErrorCode::InvalidInput,
                     tr("No specification of %1 has a numeric test %2.").arg(product, test));
    Result<QList<OotSetting>> before = forProduct(product);
    if (!before)
        return before.error();
    QString old;
    for (const OotSetting &s : std::as_const(before.value())) {
        if (s.test == test)
            old = rulesText(s.rules);
    }
    const QString now = rulesText(rules);
    if (old == now)
        return {};
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot change the out-of-trend rules"), db.lastError());
    QSqlQuery q(db);
    if (rules.isEmpty()) {
        q.prepare(u"DELETE FROM trend_rules WHERE product_code = ? AND test_code = ?"_s);
        q.addBindValue(product);
        q.addBindValue(test);
    } else {
        q.prepare(u"INSERT OR REPLACE INTO trend_rules (product_code, test_code, rules, set_by, "
                  "set_at) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(product);
        q.addBindValue(test);
        q.addBindValue(now);
        q.addBindValue(m_session.user().userName);
        q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
    }
    if (!q.exec()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot change the out-of-trend rules"), q.lastError());
    }
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kSettingChanged);
    e.entityType = u"trend-rules"_s;
    e.entityId = product + u'/' + test;
    e.field = u"rules"_s;
    e.oldValue = old;
    e.newValue = now;
    if (Result<AuditEvent> a =
            m_session.audit().append(m_session.user().userName, e,
                                     {{RecordBindings::Kind::TrendRules, product + u'|' + test}});
        !a) {
        db.rollback();
        return a.error();
    }
    if (!db.commit()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot change the out-of-trend rules"), db.lastError());
    }
    return {};
}

} // namespace rd::qc
