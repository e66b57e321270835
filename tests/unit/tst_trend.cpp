// SPDX-License-Identifier: GPL-3.0-or-later
// Trend series read from the store: one point per batch from its final-product sample, in
// manufacture order; pending, invalidated and superseded results are not points; a retest's
// latest value is; a series in two units is refused; the demo's seeded shift is caught.
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "qc/baselines.h"
#include "qc/ootrules.h"
#include "qc/trendanalysis.h"
#include "qc/trenddata.h"
#include "review/reviewservice.h"
#include "session/session.h"
#include "support/teststore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

struct Loaded
{
    explicit Loaded(int batches, QList<Specification> specs = DemoData::specifications())
        : demo(batches, 3)
    {
        for (int i = 0; i < demo.batchCount(); ++i) {
            DemoData::Batch b = demo.batch(i);
            records << b.record;
            results << b.results;
        }
        ok = store.addUser(u"quinn"_s, Role::QcAnalyst);
        std::unique_ptr<Session> admin = store.open();
        ok = ok && Importer(*admin)
                       .run({{u"specs.json"_s, Serializer::specificationDocument(specs)},
                             {u"batches.json"_s, Serializer::batchRecordDocument(records)}},
                            {})
                       .ok();
        admin.reset();
        ok = ok && store.approveSpecifications();
    }
    bool importResults(const QList<QcResult> &r, bool supersede = false)
    {
        std::unique_ptr<Session> s = store.open(u"quinn"_s);
        ImportOptions o;
        o.supersede = supersede;
        o.reason = supersede ? u"corrected"_s : QString();
        Result<ImportSummary> done =
            Importer(*s).run({{u"r.csv"_s, Serializer::resultsCsvDocument(r)}}, o);
        if (!done)
            qWarning("%s", qPrintable(done.error().message()));
        return done.ok();
    }
    Result<qc::TrendSeries> series(const QString &product, const QString &test,
                                   const QStringList &sites = {})
    {
        std::unique_ptr<Session> s = store.open(u"quinn"_s);
        return qc::TrendData(*s).series({product, test, sites, {}, {}});
    }

    rd::test::TestStore store;
    DemoData demo;
    QList<BatchRecord> records;
    QList<QcResult> results;
    bool ok = false;
};

} // namespace

class tst_Trend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { rd::test::initTestProcess(); }
    void pointsAreFinalProductResults();
    void pendingInvalidatedAndSupersededAreNotPoints();
    void twoUnitsAreRefused();
    void demoShiftIsCaught();
    void frozenAndDateBaselines();
};

void tst_Trend::pointsAreFinalProductResults()
{
    Loaded l(40);
    QVERIFY(l.ok);
    QVERIFY(l.importResults(l.results));
    Result<qc::TrendSeries> s = l.series(u"RD-CD19"_s, u"VIAB"_s);
    QVERIFY(s);
    // One point per CD19 batch, its final-product viability, in manufacture order.
    QList<QString> expected;
    for (const BatchRecord &r : std::as_const(l.records)) {
        if (r.productCode == u"RD-CD19"_s)
            expected << r.batchNumber;
    }
    QCOMPARE(s->points.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(s->points.at(i).batchNumber, expected.at(i));
        QVERIFY(s->points.at(i).sampleId.endsWith(u"-FP"_s));
        if (i > 0)
            QVERIFY(s->points.at(i - 1).manufacturedAt <= s->points.at(i).manufacturedAt);
    }
    QCOMPARE(s->unit, u"%"_s);
    QVERIFY(s->lower.has_value());
    QCOMPARE(s->testName, u"Viability"_s);
    // A site narrows it.
    const QString site = l.records.first().site;
    Result<qc::TrendSeries> one = l.series(u"RD-CD19"_s, u"VIAB"_s, {site});
    QVERIFY(one);
    for (const qc::TrendPoint &p : std::as_const(one->points))
        QCOMPARE(p.site, site);
    QVERIFY(one->points.size() < s->points.size());
}

void tst_Trend::pendingInvalidatedAndSupersededAreNotPoints()
{
    Loaded l(30);
    QVERIFY(l.ok);
    QList<QcResult> results = l.results;
    QStringList cd19;
    for (const BatchRecord &r : std::as_const(l.records)) {
        if (r.productCode == u"RD-CD19"_s)
            cd19 << r.batchNumber;
    }
    QVERIFY(cd19.size() >= 4);
    QcResult *pending = nullptr, *invalid = nullptr, *corrected = nullptr;
    for (QcResult &r : results) {
        if (r.testCode != u"POTENCY"_s)
            continue;
        if (r.batchNumber == cd19.at(0))
            pending = &r;
        else if (r.batchNumber == cd19.at(1))
            invalid = &r;
        else if (r.batchNumber == cd19.at(2))
            corrected = &r;
    }
    QVERIFY(pending && invalid && corrected);
    pending->status = ResultStatus::Pending;
    pending->value.reset();
    invalid->status = ResultStatus::Invalidated;
    invalid->reason = u"Plate edge effect"_s;
    QcResult fixed = *corrected;
    QVERIFY(l.importResults(results));
    fixed.value = Number{u"1234"_s, 1234};
    QVERIFY(l.importResults({fixed}, true));

    Result<qc::TrendSeries> s = l.series(u"RD-CD19"_s, u"POTENCY"_s);
    QVERIFY(s);
    QCOMPARE(s->points.size(), cd19.size() - 2);
    for (const qc::TrendPoint &p : std::as_const(s->points)) {
        QVERIFY(p.batchNumber != cd19.at(0));
        QVERIFY(p.batchNumber != cd19.at(1));
        if (p.batchNumber == cd19.at(2))
            QCOMPARE(p.valueText, u"1234"_s); // the superseding value, not the old one
    }
}

void tst_Trend::twoUnitsAreRefused()
{
    // A later specification version reports dose in another unit: the series would mix them.
    QList<Specification> specs = DemoData::specifications();
    Specification v3 = specs.at(1); // RD-CD19 version 2
    v3.version = u"3"_s;
    v3.effectiveFrom = QDate(2025, 9, 1);
    for (SpecTest &t : v3.tests) {
        if (t.code == u"POTENCY"_s)
            t.unit = u"IU/mL"_s;
    }
    specs << v3;
    Loaded l(40, specs);
    QVERIFY(l.ok);
    QList<QcResult> results = l.results;
    for (QcResult &r : results) {
        if (r.testCode != u"POTENCY"_s)
            continue;
        for (const BatchRecord &b : std::as_const(l.records)) {
            if (b.batchNumber == r.batchNumber && b.productCode == u"RD-CD19"_s &&
                b.startedAt.date() >= v3.effectiveFrom)
                r.unit = u"IU/mL"_s;
        }
    }
    QVERIFY(l.importResults(results));
    Result<qc::TrendSeries> s = l.series(u"RD-CD19"_s, u"POTENCY"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(s.error().message().contains(u"more than one unit"_s) &&
                 s.error().message().contains(u"IU/mL"_s) &&
                 s.error().message().contains(u"pg/mL"_s),
             qPrintable(s.error().message()));
}

void tst_Trend::demoShiftIsCaught()
{
    // The demo lowers potency at one site from 15 January 2026: a run on one side follows.
    Loaded l(300);
    QVERIFY(l.ok);
    QVERIFY(l.importResults(l.results));
    QString shifted;
    for (const BatchRecord &r : std::as_const(l.records)) {
        if (r.batchNumber.contains(u"-LEI-"_s))
            shifted = r.site;
    }
    Result<qc::TrendSeries> s = l.series(u"RD-CD19"_s, u"POTENCY"_s, {shifted});
    QVERIFY(s);
    const QList<double> values = s->values();
    const qc::TrendAnalysis a = qc::TrendAnalyzer::analyze(values, s->lower, s->upper, {});
    QVERIFY(a.valid());
    bool caught = false;
    for (const qc::Violation &v : a.violations) {
        if (v.rule != qc::Rule::Nelson2 || v.side != -1)
            continue;
        // The run lies after the shift.
        caught = s->points.at(v.points.first()).manufacturedAt >=
                 QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC);
    }
    QVERIFY2(caught, "no Nelson 2 run below the centre after the shift");

    // Viability drifts down slowly at one site: against limits from the whole series its early
    // batches sit above the centre, a run of nine or more.
    Result<qc::TrendSeries> drifting =
        l.series(u"RD-CD19"_s, u"VIAB"_s, {u"South San Francisco, US"_s});
    QVERIFY(drifting);
    const qc::TrendAnalysis d =
        qc::TrendAnalyzer::analyze(drifting->values(), drifting->lower, drifting->upper, {});
    bool drift = false;
    for (const qc::Violation &v : d.violations)
        drift = drift || (v.rule == qc::Rule::Nelson2 && v.side == 1 &&
                          v.points.first() < drifting->points.size() / 2);
    QVERIFY2(drift, "no Nelson 2 run above the centre early in the drifting series");

    // Chosen as out-of-trend rules by an administrator, the run becomes OOT exceptions in review.
    QVERIFY(l.store.addUser(u"viv"_s, Role::Viewer));
    {
        std::unique_ptr<Session> viewer = l.store.open(u"viv"_s);
        QCOMPARE(qc::OotRules(*viewer)
                     .set(u"RD-CD19"_s, u"POTENCY"_s, {qc::Rule::Nelson2})
                     .error()
                     .code(),
                 ErrorCode::Forbidden);
        std::unique_ptr<Session> admin = l.store.open();
        QCOMPARE(
            qc::OotRules(*admin).set(u"RD-CD19"_s, u"STERIL"_s, {qc::Rule::Nelson2}).error().code(),
            ErrorCode::InvalidInput);
        QVERIFY(qc::OotRules(*admin).set(u"RD-CD19"_s, u"POTENCY"_s, qc::Rules::nelson()));
    }
    std::unique_ptr<Session> viewer = l.store.open(u"viv"_s);
    ReviewService review(*viewer);
    // The whole-product series (all sites) decides; find a batch its violations name.
    Result<qc::TrendSeries> all = l.series(u"RD-CD19"_s, u"POTENCY"_s);
    QVERIFY(all);
    qc::AnalysisOptions nelson;
    nelson.rules = qc::Rules::nelson();
    const qc::TrendAnalysis whole =
        qc::TrendAnalyzer::analyze(all->values(), all->lower, all->upper, nelson);
    QVERIFY(!whole.violations.isEmpty());
    const QString flagged = all->points.at(whole.violations.first().points.first()).batchNumber;
    Result<BatchReview> r = review.review(flagged);
    QVERIFY(r);
    bool oot = false;
    for (const ExceptionView &e : r->exceptions)
        oot = oot || (e.exception.category == ExceptionCategory::OutOfTrend &&
                      e.exception.text.contains(u"Nelson"_s));
    QVERIFY(oot);
    // A batch outside every run has none.
    QString clean;
    for (qsizetype i = 0; i < all->points.size(); ++i) {
        if (whole.rulesAt.at(i).isEmpty())
            clean = all->points.at(i).batchNumber;
    }
    r = review.review(clean);
    QVERIFY(r);
    for (const ExceptionView &e : r->exceptions)
        QVERIFY(e.exception.category != ExceptionCategory::OutOfTrend);
}

void tst_Trend::frozenAndDateBaselines()
{
    Loaded l(60);
    QVERIFY(l.ok);
    QVERIFY(l.importResults(l.results));
    Result<qc::TrendSeries> s = l.series(u"RD-CD19"_s, u"VIAB"_s);
    QVERIFY(s);
    const QList<double> values = s->values();
    QList<qsizetype> first;
    for (qsizetype i = 0; i < 10; ++i)
        first << i;
    // Frozen by a QC analyst, with a name used once; a viewer may not.
    QVERIFY(l.store.addUser(u"viv"_s, Role::Viewer));
    {
        std::unique_ptr<Session> viewer = l.store.open(u"viv"_s);
        QCOMPARE(qc::Baselines(*viewer).freeze(s.value(), first, u"launch"_s).error().code(),
                 ErrorCode::Forbidden);
    }
    std::unique_ptr<Session> quinn = l.store.open(u"quinn"_s);
    qc::Baselines baselines(*quinn);
    Result<qc::FrozenBaseline> frozen = baselines.freeze(s.value(), first, u"launch"_s);
    QVERIFY(frozen);
    const qc::Baseline expected = qc::ControlStats::baseline(values.first(10));
    QCOMPARE(frozen->stats.mean, expected.mean);
    QCOMPARE(frozen->stats.sd, expected.sd);
    QCOMPARE(frozen->batches.size(), 10);
    QCOMPARE(frozen->setBy, u"quinn"_s);
    QCOMPARE(baselines.freeze(s.value(), first, u"launch"_s).error().code(),
             ErrorCode::AlreadyExists);
    Result<qc::FrozenBaseline> found = baselines.find(u"RD-CD19"_s, u"VIAB"_s, u"launch"_s);
    QVERIFY(found);
    QCOMPARE(found->stats.mean, expected.mean);

    // Levey-Jennings on the frozen figures, whatever the series holds now.
    qc::AnalysisOptions options;
    options.chart = qc::ChartKind::LeveyJennings;
    options.frozen = found->stats;
    qc::TrendAnalysis a = qc::TrendAnalyzer::analyze(values, s->lower, s->upper, options);
    QVERIFY(a.valid());
    QCOMPARE(a.centre, expected.mean);
    QCOMPARE(a.ucl, expected.mean + 3 * expected.sd);
    // A baseline of chosen points (a date range): the same figures as those points alone.
    options.frozen.reset();
    options.baselineIndices = {3, 4, 5, 6, 7};
    a = qc::TrendAnalyzer::analyze(values, s->lower, s->upper, options);
    const qc::Baseline range = qc::ControlStats::baseline(values.mid(3, 5));
    QCOMPARE(a.centre, range.mean);
    QCOMPARE(a.sigma, range.sd);
    QCOMPARE(a.baselinePoints, 5);
}

QTEST_GUILESS_MAIN(tst_Trend)
#include "tst_trend.moc"
