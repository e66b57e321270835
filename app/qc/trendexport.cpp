// SPDX-License-Identifier: GPL-3.0-or-later
#include "qc/trendexport.h"

#include "core/clock.h"
#include "ingest/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rd::qc {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString optionalNumber(std::optional<double> v)
{
    return v ? number(*v) : QString();
}

QStringList ruleNames(const QList<Rule> &list)
{
    QStringList names;
    for (const Rule r : list)
        names << Rules::id(r);
    return names;
}

} // namespace

QByteArray TrendExport::csv(const TrendSeries &series, const TrendAnalysis &a)
{
    QString text =
        Csv::guardedLine({u"index"_s, u"batch"_s, u"site"_s, u"manufactured_at"_s, u"tested_at"_s,
                          u"value"_s, u"moving_range"_s, u"centre"_s, u"lcl"_s, u"ucl"_s,
                          u"sigma"_s, u"spec_lower"_s, u"spec_upper"_s, u"violations"_s});
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        const TrendPoint &pt = series.points.at(i);
        text += Csv::guardedLine(
            {QString::number(i + 1), pt.batchNumber, pt.site, toStoredTime(pt.manufacturedAt),
             toStoredTime(pt.testedAt), pt.valueText,
             i > 0 ? number(a.movingRanges.at(i - 1)) : QString(),
             a.valid() ? number(a.centre) : QString(), a.valid() ? number(a.lcl) : QString(),
             a.valid() ? number(a.ucl) : QString(), a.valid() ? number(a.sigma) : QString(),
             optionalNumber(series.lower), optionalNumber(series.upper),
             ruleNames(a.rulesAt.at(i)).join(u' ')});
    }
    return text.toUtf8();
}

QByteArray TrendExport::json(const TrendSeries &series, const TrendAnalysis &a,
                             const AnalysisOptions &options)
{
    QJsonArray points;
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        const TrendPoint &pt = series.points.at(i);
        QJsonObject o{{u"batch"_s, pt.batchNumber},
                      {u"site"_s, pt.site},
                      {u"manufacturedAt"_s, toStoredTime(pt.manufacturedAt)},
                      {u"testedAt"_s, toStoredTime(pt.testedAt)},
                      {u"value"_s, pt.value},
                      {u"valueText"_s, pt.valueText},
                      {u"violations"_s, QJsonArray::fromStringList(ruleNames(a.rulesAt.at(i)))}};
        if (i > 0)
            o.insert(u"movingRange"_s, a.movingRanges.at(i - 1));
        points.append(o);
    }
    QJsonArray violations;
    for (const Violation &v : a.violations) {
        QJsonArray batches;
        for (const qsizetype i : v.points)
            batches.append(series.points.at(i).batchNumber);
        violations.append(QJsonObject{{u"rule"_s, Rules::id(v.rule)},
                                      {u"name"_s, Rules::name(v.rule)},
                                      {u"batches"_s, batches}});
    }
    QJsonObject capability{{u"points"_s, a.capability.n}};
    if (!a.capability.valid())
        capability.insert(u"problem"_s, a.capability.problem);
    for (const auto &[name, value] :
         {std::pair{u"cp"_s, a.capability.cp}, std::pair{u"cpk"_s, a.capability.cpk},
          std::pair{u"pp"_s, a.capability.pp}, std::pair{u"ppk"_s, a.capability.ppk}}) {
        if (value)
            capability.insert(name, *value);
    }
    QJsonObject root{{u"product"_s, series.product},
                     {u"test"_s, series.test},
                     {u"testName"_s, series.testName},
                     {u"unit"_s, series.unit},
                     {u"chart"_s, TrendAnalysis::chartId(a.chart)},
                     {u"baselinePoints"_s, a.baselinePoints},
                     {u"rules"_s, QJsonArray::fromStringList(ruleNames(options.rules))},
                     {u"points"_s, points},
                     {u"violations"_s, violations},
                     {u"capability"_s, capability}};
    if (a.valid()) {
        root.insert(u"centre"_s, a.centre);
        root.insert(u"sigma"_s, a.sigma);
        root.insert(u"lcl"_s, a.lcl);
        root.insert(u"ucl"_s, a.ucl);
        root.insert(u"mrBar"_s, a.imr.mrBar);
        root.insert(u"mrUcl"_s, a.imr.mrUcl);
    } else {
        root.insert(u"problem"_s, a.problem);
    }
    QJsonObject spec{{u"version"_s, series.specVersion}};
    if (series.lower)
        spec.insert(u"lower"_s, *series.lower);
    if (series.upper)
        spec.insert(u"upper"_s, *series.upper);
    root.insert(u"specification"_s, spec);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace rd::qc
