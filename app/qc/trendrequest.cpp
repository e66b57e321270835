// SPDX-License-Identifier: GPL-3.0-or-later
#include "qc/trendrequest.h"

#include "qc/baselines.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rd::qc {

Status TrendRequest::validate() const
{
    if (query.product.isEmpty() || query.test.isEmpty())
        return Error(ErrorCode::Usage, tr("A trend needs a product and a test."));
    if (!TrendAnalysis::chartFromId(chart))
        return Error(ErrorCode::Usage, tr("The chart is imr or lj, not \"%1\".").arg(chart));
    if (!Rules::parse(rules))
        return Error(ErrorCode::Usage, tr("Unknown rule in \"%1\".").arg(rules));
    if (baselinePoints != 0 && baselinePoints < 2)
        return Error(ErrorCode::Usage, tr("A baseline is a number of points, at least 2."));
    if (baselineFrom.isValid() != baselineTo.isValid())
        return Error(ErrorCode::Usage,
                     tr("A baseline by date needs both its first and its last date."));
    return {};
}

Result<TrendRequest::Outcome> TrendRequest::run(Session &session) const
{
    if (Status s = validate(); !s)
        return s.error();
    Outcome out;
    Result<TrendSeries> series = TrendData(session).series(query);
    if (!series)
        return series.error();
    out.series = std::move(series.value());
    out.options.chart = *TrendAnalysis::chartFromId(chart);
    out.options.rules = *Rules::parse(rules);
    out.options.baselinePoints = baselinePoints;
    out.options.baselineIndices = baselineIndices;
    if (baselineFrom.isValid()) {
        out.options.baselineIndices.clear();
        for (qsizetype i = 0; i < out.series.points.size(); ++i) {
            const QDate d = out.series.points.at(i).manufacturedAt.date();
            if (d >= baselineFrom && d <= baselineTo)
                out.options.baselineIndices << i;
        }
        if (out.options.baselineIndices.size() < 2)
            return Error(
                ErrorCode::InvalidInput,
                tr("%n batch(es) made between %1 and %2: a baseline needs at least two.", nullptr,
                   static_cast<int>(out.options.baselineIndices.size()))
                    .arg(baselineFrom.toString(Qt::ISODate), baselineTo.toString(Qt::ISODate)));
    }
    if (!baselineName.isEmpty()) {
        Result<FrozenBaseline> frozen =
            Baselines(session).find(query.product, query.test, baselineName);
        if (!frozen)
            return frozen.error();
        out.options.frozen = frozen->stats;
    }
    const QList<double> values = out.series.values();
    out.analysis = TrendAnalyzer::analyze(values, out.series.lower, out.series.upper, out.options);
    return out;
}

QString TrendRequest::baselineText() const
{
    if (!baselineName.isEmpty())
        return tr("frozen baseline \"%1\"").arg(baselineName);
    if (baselineFrom.isValid())
        return tr("batches made from %1 to %2")
            .arg(baselineFrom.toString(Qt::ISODate), baselineTo.toString(Qt::ISODate));
    if (!baselineIndices.isEmpty())
        return tr("%n selected point(s)", nullptr, static_cast<int>(baselineIndices.size()));
    if (baselinePoints > 0)
        return tr("the first %n point(s)", nullptr, static_cast<int>(baselinePoints));
    return tr("all points");
}

QJsonObject TrendRequest::toJson() const
{
    QJsonObject o{{u"product"_s, query.product},
                  {u"test"_s, query.test},
                  {u"chart"_s, chart},
                  {u"rules"_s, rules}};
    if (!query.sites.isEmpty())
        o.insert(u"sites"_s, QJsonArray::fromStringList(query.sites));
    if (query.from.isValid())
        o.insert(u"from"_s, query.from.toString(Qt::ISODate));
    if (query.to.isValid())
        o.insert(u"to"_s, query.to.toString(Qt::ISODate));
    if (baselinePoints > 0)
        o.insert(u"baseline"_s, baselinePoints);
    if (baselineFrom.isValid()) {
        o.insert(u"baselineFrom"_s, baselineFrom.toString(Qt::ISODate));
        o.insert(u"baselineTo"_s, baselineTo.toString(Qt::ISODate));
    }
    if (!baselineName.isEmpty())
        o.insert(u"baselineName"_s, baselineName);
    if (!baselineIndices.isEmpty()) {
        QJsonArray a;
        for (const qsizetype i : baselineIndices)
            a.append(i);
        o.insert(u"baselineIndices"_s, a);
    }
    return o;
}

Result<TrendRequest> TrendRequest::fromJson(const QJsonObject &o)
{
    TrendRequest r;
    r.query.product = o.value(u"product"_s).toString();
    r.query.test = o.value(u"test"_s).toString();
    for (const QJsonValue &v : o.value(u"sites"_s).toArray())
        r.query.sites << v.toString();
    r.query.from = QDate::fromString(o.value(u"from"_s).toString(), Qt::ISODate);
    r.query.to = QDate::fromString(o.value(u"to"_s).toString(), Qt::ISODate);
    r.chart = o.value(u"chart"_s).toString(u"imr"_s);
    r.rules = o.value(u"rules"_s).toString(u"nelson"_s);
    r.baselinePoints = o.value(u"baseline"_s).toInteger();
    r.baselineFrom = QDate::fromString(o.value(u"baselineFrom"_s).toString(), Qt::ISODate);
    r.baselineTo = QDate::fromString(o.value(u"baselineTo"_s).toString(), Qt::ISODate);
    r.baselineName = o.value(u"baselineName"_s).toString();
    for (const QJsonValue &v : o.value(u"baselineIndices"_s).toArray())
        r.baselineIndices << v.toInteger();
    if (Status s = r.validate(); !s)
        return s.error();
    return r;
}

} // namespace rd::qc
