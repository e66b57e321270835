// SPDX-License-Identifier: GPL-3.0-or-later
// QC statistics against values worked out by hand: I-MR limits, Levey-Jennings baseline,
// capability (two- and one-sided, too few points, no variation), and every Westgard and Nelson
// rule with a series built to trigger it exactly once and one that must not (edges included).
#include "qc/controlstats.h"
#include "qc/rules.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace rd::qc;

Q_DECLARE_METATYPE(QList<double>)
Q_DECLARE_METATYPE(QList<qsizetype>)

class tst_QcStats : public QObject
{
    Q_OBJECT

private slots:
    void imrLimitsByHand();
    void tooFewAndConstant();
    void baselineByHand();
    void capabilityByHand();
    void rules_data();
    void rules();
    void longRunIsOneViolation();
    void parseRuleLists();
    void millionPointsIsLinear();
};

void tst_QcStats::imrLimitsByHand()
{
    // x = 10 12 11 13 12 14 13 15 14 16: mean 130/10 = 13; moving ranges 2 1 2 1 2 1 2 1 2,
    // MR̄ = 14/9 = 1.555…; σ̂ = MR̄/1.128 = 1.37904; UCL = 13 + 2.66·1.5556 = 17.13778;
    // LCL = 8.86222; MR UCL = 3.267·1.5556 = 5.08200.
    const QList<double> x = {10, 12, 11, 13, 12, 14, 13, 15, 14, 16};
    const ImrLimits l = ControlStats::imr(x);
    QVERIFY(l.valid());
    QCOMPARE(l.n, 10);
    QCOMPARE(l.mean, 13.0);
    QVERIFY(std::abs(l.mrBar - 14.0 / 9.0) < 1e-12);
    QVERIFY(std::abs(l.sigma - 1.379038) < 1e-6);
    QVERIFY(std::abs(l.ucl - 17.137778) < 1e-6);
    QVERIFY(std::abs(l.lcl - 8.862222) < 1e-6);
    QVERIFY(std::abs(l.mrUcl - 5.082000) < 1e-6);
    QCOMPARE(ControlStats::movingRanges(x).size(), 9);
}

void tst_QcStats::tooFewAndConstant()
{
    QVERIFY(!ControlStats::imr(QList<double>{4.2}).valid());
    const ImrLimits flat = ControlStats::imr(QList<double>(30, 7.5));
    QVERIFY(!flat.valid());
    QVERIFY2(flat.problem.contains(u"no variation"_s), qPrintable(flat.problem));
    QVERIFY(std::isfinite(flat.mean));
    // Rules on a series without variation: nothing, and no division by zero.
    QVERIFY(Rules::evaluate(QList<double>(30, 7.5), 7.5, 0, Rules::all()).isEmpty());
    const Baseline b = ControlStats::baseline(QList<double>(5, 1.0));
    QVERIFY(!b.valid());
    QVERIFY(b.problem.contains(u"zero"_s));
}

void tst_QcStats::baselineByHand()
{
    // 2 4 4 4 5 5 7 9: mean 5, squares 9 1 1 1 0 0 4 16 = 32, sample SD √(32/7) = 2.13809.
    const Baseline b = ControlStats::baseline(QList<double>{2, 4, 4, 4, 5, 5, 7, 9});
    QVERIFY(b.valid());
    QCOMPARE(b.mean, 5.0);
    QVERIFY(std::abs(b.sd - 2.138090) < 1e-6);
}

void tst_QcStats::capabilityByHand()
{
    // 9.8 and 10.2 alternating, 20 points: mean 10; every moving range 0.4, σ within =
    // 0.4/1.128 = 0.354610; overall SD √(20·0.04/19) = 0.205196. Specification 9 to 11:
    // Cp = Cpk = 2/(6·0.354610) = 0.94000; Pp = Ppk = 2/(6·0.205196) = 1.62446.
    QList<double> x;
    for (int i = 0; i < 20; ++i)
        x << (i % 2 ? 10.2 : 9.8);
    Capability c = ControlStats::capability(x, 9.0, 11.0);
    QVERIFY2(c.valid(), qPrintable(c.problem));
    QVERIFY(std::abs(c.mean - 10) < 1e-12);
    QVERIFY(std::abs(*c.cp - 0.940000) < 1e-5);
    QVERIFY(std::abs(*c.cpk - 0.940000) < 1e-5);
    QVERIFY(std::abs(*c.pp - 1.624466) < 1e-5);
    QVERIFY(std::abs(*c.ppk - 1.624466) < 1e-5);
    // One-sided (upper only): no Cp or Pp; Cpk = (11 − 10)/(3·0.354610) = 0.94000.
    c = ControlStats::capability(x, std::nullopt, 11.0);
    QVERIFY(c.valid());
    QVERIFY(!c.cp && !c.pp);
    QVERIFY(std::abs(*c.cpk - 0.940000) < 1e-5);
    // Off centre: lower only at 9.5: Cpk = (10 − 9.5)/(3·0.354610) = 0.47000.
    c = ControlStats::capability(x, 9.5, std::nullopt);
    QVERIFY(std::abs(*c.cpk - 0.470000) < 1e-5);
    // 19 points: a reason, not a number.
    x.removeLast();
    c = ControlStats::capability(x, 9.0, 11.0);
    QVERIFY(!c.valid());
    QVERIFY(!c.cp && !c.cpk);
    QVERIFY2(c.problem.contains(u"Not enough data: 19"_s), qPrintable(c.problem));
    QVERIFY(!ControlStats::capability(QList<double>(25, 3.0), 1.0, 5.0).valid());
    QVERIFY(!ControlStats::capability(QList<double>(25, 3.0), std::nullopt, std::nullopt).valid());
}

namespace {

QList<double> repeat(double v, int n)
{
    return QList<double>(n, v);
}

QList<double> alternating(double a, double b, int n)
{
    QList<double> out;
    for (int i = 0; i < n; ++i)
        out << (i % 2 ? b : a);
    return out;
}

} // namespace

void tst_QcStats::rules_data()
{
    // Values are in SD units around a centre of 0 with sigma 1. `points`: the points the one
    // violation is made of; an empty list with count 0 means the series must not trigger.
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<qsizetype>>("points");

    const auto row = [](const char *name, const char *rule, const QList<double> &v, int count,
                        const QList<qsizetype> &points) {
        QTest::newRow(name) << QString::fromLatin1(rule) << v << count << points;
    };
    row("1-2s fires", "westgard-1-2s", {0, 0, 2.5, 0}, 1, {2});
    row("1-2s at exactly 2 SD", "westgard-1-2s", {2.0, -2.0, 1.9}, 0, {});
    row("1-3s fires", "westgard-1-3s", {0, -3.4, 0}, 1, {1});
    row("1-3s at exactly 3 SD", "westgard-1-3s", {3.0, -3.0, 2.99}, 0, {});
    row("2-2s fires", "westgard-2-2s", {0, 2.5, 2.1, 0}, 1, {1, 2});
    row("2-2s on opposite sides", "westgard-2-2s", {2.5, -2.5, 2.5}, 0, {});
    row("2-2s not in a row", "westgard-2-2s", {2.5, 0, 2.5}, 0, {});
    row("R-4s fires", "westgard-r-4s", {0, 2.5, -2.5, 0}, 1, {1, 2});
    row("R-4s same side", "westgard-r-4s", {2.5, 2.5, 0, -1}, 0, {});
    row("4-1s fires", "westgard-4-1s", {0, 1.5, 1.2, 1.1, 1.3, 0}, 1, {1, 2, 3, 4});
    row("4-1s one at exactly 1 SD", "westgard-4-1s", {1.5, 1.2, 1.0, 1.3}, 0, {});
    row("10x fires", "westgard-10x", repeat(-0.5, 10), 1, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    row("10x broken by the centre", "westgard-10x",
        repeat(0.5, 5) + QList<double>{0} + repeat(0.5, 5), 0, {});
    row("Nelson 1 fires", "nelson-1", {0, 3.5, 0}, 1, {1});
    row("Nelson 1 at 3 SD", "nelson-1", {3.0, -3.0}, 0, {});
    row("Nelson 2: nine", "nelson-2", repeat(-0.3, 9), 1, {0, 1, 2, 3, 4, 5, 6, 7, 8});
    row("Nelson 2: eight", "nelson-2", repeat(-0.3, 8), 0, {});
    row("Nelson 2: tie on the centre", "nelson-2",
        repeat(0.3, 4) + QList<double>{0} + repeat(0.3, 4), 0, {});
    row("Nelson 3: six rising", "nelson-3", {0, 0.1, 0.2, 0.3, 0.4, 0.5}, 1, {0, 1, 2, 3, 4, 5});
    row("Nelson 3: six falling", "nelson-3", {0.5, 0.4, 0.3, 0.2, 0.1, 0}, 1, {0, 1, 2, 3, 4, 5});
    row("Nelson 3: a tie breaks", "nelson-3", {0, 0.1, 0.2, 0.2, 0.3, 0.4}, 0, {});
    row("Nelson 3: five", "nelson-3", {0, 0.1, 0.2, 0.3, 0.4}, 0, {});
    row("Nelson 4: fourteen alternating", "nelson-4", alternating(0, 0.5, 14), 1,
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
    row("Nelson 4: thirteen", "nelson-4", alternating(0, 0.5, 13), 0, {});
    row("Nelson 5: two of three", "nelson-5", {2.5, 0, 2.2}, 1, {0, 2});
    row("Nelson 5: two of four", "nelson-5", {2.5, 0, 0, 2.2}, 0, {});
    row("Nelson 5: opposite sides", "nelson-5", {2.5, 0, -2.5}, 0, {});
    row("Nelson 6: four of five", "nelson-6", {1.5, 1.5, 0, 1.5, 1.5}, 1, {0, 1, 3, 4});
    row("Nelson 6: four of six", "nelson-6", {1.5, 1.5, 0, 0, 1.5, 1.5}, 0, {});
    row("Nelson 7: fifteen within", "nelson-7", alternating(0.5, -0.5, 15), 1,
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
    row("Nelson 7: fourteen", "nelson-7", alternating(0.5, -0.5, 14) + QList<double>{1.5}, 0, {});
    row("Nelson 8: eight outside", "nelson-8", alternating(1.5, -1.5, 8), 1,
        {0, 1, 2, 3, 4, 5, 6, 7});
    row("Nelson 8: one side only", "nelson-8", repeat(1.5, 8), 0, {});
    row("Nelson 8: seven", "nelson-8", alternating(1.5, -1.5, 7) + QList<double>{0.5}, 0, {});
}

void tst_QcStats::rules()
{
    QFETCH(QString, rule);
    QFETCH(QList<double>, values);
    QFETCH(int, count);
    QFETCH(QList<qsizetype>, points);
    const std::optional<Rule> r = Rules::fromId(rule);
    QVERIFY(r);
    const QList<Violation> v = Rules::evaluate(values, 0, 1, {*r});
    QCOMPARE(v.size(), count);
    if (count == 1) {
        QCOMPARE(v.first().rule, *r);
        QCOMPARE(v.first().points, points);
    }
}

void tst_QcStats::longRunIsOneViolation()
{
    // Twelve points above the centre: one Nelson 2 violation of twelve points, then the other
    // side's run is a second one.
    const QList<double> x = repeat(0.4, 12) + repeat(-0.4, 9);
    const QList<Violation> v = Rules::evaluate(x, 0, 1, {Rule::Nelson2});
    QCOMPARE(v.size(), 2);
    QCOMPARE(v.at(0).points.size(), 12);
    QCOMPARE(v.at(0).side, 1);
    QCOMPARE(v.at(1).points.first(), 12);
    QCOMPARE(v.at(1).side, -1);
}

void tst_QcStats::parseRuleLists()
{
    QCOMPARE(Rules::parse(u"westgard"_s)->size(), 6);
    QCOMPARE(Rules::parse(u"nelson"_s)->size(), 8);
    QCOMPARE(*Rules::parse(u"nelson-2, westgard-1-3s"_s),
             (QList<Rule>{Rule::Nelson2, Rule::Westgard13s}));
    QVERIFY(!Rules::parse(u"nelson-9"_s));
    QVERIFY(!Rules::parse(QString()));
    for (const Rule r : Rules::all()) {
        QCOMPARE(Rules::fromId(Rules::id(r)), r);
        QVERIFY(!Rules::description(r).isEmpty());
    }
}

void tst_QcStats::millionPointsIsLinear()
{
    std::mt19937_64 random(42);
    std::normal_distribution<double> normal(50.0, 2.0);
    QList<double> x;
    x.reserve(1000000);
    for (int i = 0; i < 1000000; ++i)
        x << normal(random);
    QElapsedTimer t;
    t.start();
    const ImrLimits l = ControlStats::imr(x);
    const QList<Violation> v = Rules::evaluate(x, l.mean, l.sigma, Rules::all());
    const qint64 ms = t.elapsed();
    qInfo("limits and all 14 rules over 1 000 000 points: %lld ms, %lld violations", ms,
          static_cast<long long>(v.size()));
    QVERIFY(l.valid());
    QVERIFY(std::abs(l.mean - 50) < 0.05);
    QVERIFY(std::abs(l.sigma - 2) < 0.05);
    // A quadratic pass would take minutes; the budget in production is well under a second.
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(tst_QcStats)
#include "tst_qcstats.moc"
