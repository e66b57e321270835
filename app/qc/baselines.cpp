// SPDX-License-Identifier: GPL-3.0-or-later
#include "qc/baselines.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "session/session.h"
#include "store/rows.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd::qc {

Baselines::Baselines(Session &session)
    : m_session(session)
{}

Result<QList<FrozenBaseline>> Baselines::list(const QString &product, const QString &test) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    QSqlQuery q(m_session.store().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT name, batches, points, mean, sd, set_by, set_at FROM trend_baselines "
              "WHERE product_code = ? AND test_code = ? ORDER BY set_at, name"_s);
    q.addBindValue(product);
    q.addBindValue(test);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the frozen baselines"), q.lastError());
    QList<FrozenBaseline> out;
    const Status read = eachRow(q, tr("Cannot read the frozen baselines"), [&] {
        FrozenBaseline b;
        b.product = product;
        b.test = test;
        b.name = q.value(0).toString();
        b.batches = q.value(1).toString().split(u'\n', Qt::SkipEmptyParts);
        b.stats.n = q.value(2).toLongLong();
        b.stats.mean = q.value(3).toDouble();
        b.stats.sd = q.value(4).toDouble();
        b.setBy = q.value(5).toString();
        b.setAt = fromStoredTime(q.value(6).toString());
        out << b;
    });
    if (!read)
        return read.error();
    return out;
}

Result<FrozenBaseline> Baselines::find(const QString &product, const QString &test,
                                       const QString &name) const
{
    Result<QList<FrozenBaseline>> all = list(product, test);
    if (!all)
        return all.error();
    for (const FrozenBaseline &b : std::as_const(all.value())) {
        if (b.name == name)
            return b;
    }
    return Error(ErrorCode::NotFound,
                 tr("There is no frozen baseline \"%1\" for %2 of %3.").arg(name, test, product));
}

Result<FrozenBaseline> Baselines::freeze(const TrendSeries &series, const QList<qsizetype> &indices,
                                         const QString &name)
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    const Role role = m_session.user().role;
    if (role != Role::QcAnalyst && role != Role::Administrator)
        return Error(ErrorCode::Forbidden,
                     tr("Baselines are frozen by QC analysts and administrators; %1 is %2.")
                         .arg(m_session.user().userName, Roles::displayName(role)));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return Error(ErrorCode::InvalidInput,
                     tr("A baseline needs a name of 1 to 100 characters."));
    QList<double> values;
    FrozenBaseline b;
    b.product = series.product;
    b.test = series.test;
    b.name = trimmed;
    for (const qsizetype i : indices) {
        if (i < 0 || i >= series.points.size())
            continue;
        values << series.points.at(i).value;
        b.batches << series.points.at(i).batchNumber;
    }
    b.stats = ControlStats::baseline(values);
    if (!b.stats.valid())
        return Error(ErrorCode::InvalidInput, b.stats.problem);
    b.setBy = m_session.user().userName;
    b.setAt = Clock::instance().nowUtc();

    QSqlDatabase db = m_session.store().connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot freeze the baseline"), db.lastError());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO trend_baselines (product_code, test_code, name, batches, points, mean, "
              "sd, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(b.product), QVariant(b.test), QVariant(b.name), QVariant(b.batches.join(u'\n')),
          QVariant(b.stats.n), QVariant(b.stats.mean), QVariant(b.stats.sd), QVariant(b.setBy),
          QVariant(toStoredTime(b.setAt))})
        q.addBindValue(v);
    if (!q.exec()) {
        db.rollback();
        if (q.lastError().nativeErrorCode() == u"19"_s ||
            q.lastError().databaseText().contains(u"UNIQUE"_s))
            return Error(ErrorCode::AlreadyExists,
                         tr("A baseline \"%1\" of %2 for %3 exists already; choose another name.")
                             .arg(b.name, b.test, b.product));
        return Store::errorFrom(tr("Cannot freeze the baseline"), q.lastError());
    }
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kSettingChanged);
    e.entityType = u"trend-baseline"_s;
    e.entityId = b.product + u'/' + b.test + u'/' + b.name;
    e.field = u"baseline"_s;
    e.newValue = u"n=%1 mean=%2 sd=%3"_s.arg(b.stats.n)
                     .arg(b.stats.mean, 0, 'g', 10)
                     .arg(b.stats.sd, 0, 'g', 10);
    if (Result<AuditEvent> a = m_session.audit().append(
            b.setBy, e, {{RecordBindings::Kind::TrendBaselines, b.product + u'|' + b.test}});
        !a) {
        db.rollback();
        return a.error();
    }
    if (!db.commit()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot freeze the baseline"), db.lastError());
    }
    return b;
}

} // namespace rd::qc
