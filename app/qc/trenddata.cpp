// SPDX-License-Identifier: GPL-3.0-or-later
#include "qc/trenddata.h"

#include "core/clock.h"
#include "records/recordstore.h"
#include "session/session.h"
#include "store/rows.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::qc {

QList<double> TrendSeries::values() const
{
    QList<double> out;
    out.reserve(points.size());
    for (const TrendPoint &p : points)
        out << p.value;
    return out;
}

TrendData::TrendData(Session &session)
    : m_session(session)
{}

Result<TrendSeries> TrendData::series(const TrendQuery &query) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    if (query.product.isEmpty() || query.test.isEmpty())
        return Error(ErrorCode::Usage, tr("A trend needs a product and a test."));
    QSqlDatabase db = m_session.store().connection();

    TrendSeries out;
    out.product = query.product;
    out.test = query.test;

    // Every sample of the product's current records, to know each batch's final-product
    // sample (the one drawn last), and the current results of the test on them.
    QString sql = u"SELECT b.id, b.batch_number, b.site, b.started_at, s.sample_id, s.drawn_at, "
                  "s.step, r.value_text, r.value_num, r.unit, r.tested_at, r.status "
                  "FROM batch_records b JOIN qc_samples s ON s.record_id = b.id "
                  "LEFT JOIN qc_results r ON r.sample_id = s.sample_id AND "
                  "r.superseded_by_id IS NULL AND r.test_code = ? "
                  "WHERE b.superseded_by_id IS NULL AND b.product_code = ?"_s;
    if (query.from.isValid())
        sql += u" AND b.started_at >= ?"_s;
    if (query.to.isValid())
        sql += u" AND b.started_at < ?"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(query.test);
    q.addBindValue(query.product);
    if (query.from.isValid())
        q.addBindValue(toStoredTime(QDateTime(query.from, QTime(0, 0), Qt::UTC)));
    if (query.to.isValid())
        q.addBindValue(toStoredTime(QDateTime(query.to.addDays(1), QTime(0, 0), Qt::UTC)));
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the results for the trend"), q.lastError());

    struct Batch
    {
        QString number;
        QString site;
        QDateTime started;
        std::optional<QcSample> finalSample; // the one drawn last
        std::optional<TrendPoint> point;
    };
    QHash<qint64, Batch> batches;
    struct Row
    {
        qint64 record;
        QString sample;
        QString text;
        double value;
        QString unit;
        QDateTime tested;
    };
    QList<Row> rows;
    const Status read = eachRow(q, tr("Cannot read the results for the trend"), [&] {
        const qint64 record = q.value(0).toLongLong();
        Batch &b = batches[record];
        if (b.number.isEmpty()) {
            b.number = q.value(1).toString();
            b.site = q.value(2).toString();
            b.started = fromStoredTime(q.value(3).toString());
        }
        const QString sample = q.value(4).toString();
        const QDateTime drawn =
            q.value(5).isNull() ? QDateTime() : fromStoredTime(q.value(5).toString());
        const int step = q.value(6).toInt();
        const QcSample here{sample, drawn, step};
        if (!b.finalSample || drawnAfter(here, *b.finalSample))
            b.finalSample = here;
        if (q.value(7).isNull() || q.value(11).toString() != u"final"_s)
            return; // no result, a qualitative one, pending or invalidated
        rows.append({record, sample, q.value(7).toString(), q.value(8).toDouble(),
                     q.value(9).toString(), fromStoredTime(q.value(10).toString())});
    });
    q.finish();
    if (!read)
        return read.error();

    if (batches.isEmpty()) {
        return Error(ErrorCode::NotFound,
                     tr("There are no batches of %1%2 in this store.")
                         .arg(query.product, query.from.isValid() || query.to.isValid()
                                                 ? tr(" made in the chosen dates")
                                                 : QString()));
    }
    QHash<QString, QString> unitSeenIn; // unit -> a batch that has it
    for (const Row &r : std::as_const(rows)) {
        Batch &b = batches[r.record];
        if (!b.finalSample || r.sample != b.finalSample->id)
            continue;
        if (!query.sites.isEmpty() && !query.sites.contains(b.site))
            continue;
        if (!unitSeenIn.contains(r.unit))
            unitSeenIn.insert(r.unit, b.number);
        if (b.point && b.point->testedAt >= r.tested)
            continue; // a retest: the latest final result is the point
        b.point = TrendPoint{b.number, b.site, b.started, r.tested, r.sample, r.text, r.value};
    }
    if (unitSeenIn.size() > 1) {
        QStringList units;
        for (auto it = unitSeenIn.cbegin(); it != unitSeenIn.cend(); ++it)
            units << tr("\"%1\" (e.g. batch %2)").arg(it.key(), it.value());
        units.sort();
        return Error(ErrorCode::InvalidInput,
                     tr("%1 of %2 is reported in more than one unit: %3; a trend needs one unit.")
                         .arg(query.test, query.product, units.join(u", "_s)));
    }
    if (!unitSeenIn.isEmpty())
        out.unit = unitSeenIn.cbegin().key();
    for (const Batch &b : std::as_const(batches)) {
        if (b.point)
            out.points << *b.point;
    }
    std::sort(out.points.begin(), out.points.end(), [](const TrendPoint &a, const TrendPoint &b) {
        if (a.manufacturedAt != b.manufacturedAt)
            return a.manufacturedAt < b.manufacturedAt;
        return a.batchNumber < b.batchNumber;
    });

    // The specification in force for the newest batch gives the limits drawn.
    Result<QList<Specification>> specs = RecordStore(db).specifications();
    if (!specs)
        return specs.error();
    const QDateTime newest =
        out.points.isEmpty() ? Clock::instance().nowUtc() : out.points.last().manufacturedAt;
    const Specification *inForce = specificationInForce(specs.value(), query.product, newest);
    bool numeric = false;
    for (const Specification &s : std::as_const(specs.value())) {
        for (const SpecTest &t : s.tests)
            numeric = numeric || (s.product.code == query.product && t.code == query.test &&
                                  !t.isQualitative());
    }
    if (!numeric && out.points.isEmpty())
        return Error(
            ErrorCode::NotFound,
            tr("No specification of %1 has a numeric test %2.").arg(query.product, query.test));
    if (inForce) {
        out.specVersion = inForce->version;
        for (const SpecTest &t : inForce->tests) {
            if (t.code != query.test)
                continue;
            out.testName = t.name;
            if (t.lower)
                out.lower = t.lower->value;
            if (t.upper)
                out.upper = t.upper->value;
            if (out.unit.isEmpty())
                out.unit = t.unit;
        }
    }
    return out;
}

Result<QStringList> TrendData::products() const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    QSqlQuery q(m_session.store().connection());
    if (!q.exec(u"SELECT DISTINCT product_code FROM batch_records WHERE superseded_by_id IS NULL "
                "ORDER BY product_code"_s))
        return Store::errorFrom(tr("Cannot read the products"), q.lastError());
    QStringList out;
    const Status read =
        eachRow(q, tr("Cannot read the products"), [&] { out << q.value(0).toString(); });
    if (!read)
        return read.error();
    return out;
}

Result<QStringList> TrendData::numericTests(const QString &product) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    Result<QList<Specification>> specs =
        RecordStore(m_session.store().connection()).specifications();
    if (!specs)
        return specs.error();
    QStringList out;
    for (const Specification &s : std::as_const(specs.value())) {
        if (s.product.code != product)
            continue;
        for (const SpecTest &t : s.tests) {
            if (!t.isQualitative() && !out.contains(t.code))
                out << t.code;
        }
    }
    return out;
}

Result<QStringList> TrendData::sites() const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    QSqlQuery q(m_session.store().connection());
    if (!q.exec(u"SELECT DISTINCT site FROM batch_records WHERE superseded_by_id IS NULL "
                "ORDER BY site"_s))
        return Store::errorFrom(tr("Cannot read the sites"), q.lastError());
    QStringList out;
    const Status read =
        eachRow(q, tr("Cannot read the sites"), [&] { out << q.value(0).toString(); });
    if (!read)
        return read.error();
    return out;
}

} // namespace rd::qc
