// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodata.h"

#include "ingest/formats.h"

#include <QtMath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// SplitMix64: small, fast and fully specified, so a seed gives the same numbers everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    // SplitMix64's output function on its own: a bijection that scatters nearby inputs.
    static quint64 mixed(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hi)
    {
        return lo + static_cast<int>(next() % static_cast<quint64>(hi - lo + 1));
    }
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd)
    {
        // Box-Muller; one of the pair is enough here.
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    template<class T>
    const T &pick(const QList<T> &list)
    {
        return list.at(static_cast<qsizetype>(next() % static_cast<quint64>(list.size())));
    }

private:
    quint64 m_state;
};

Number num(double value, int decimals)
{
    const QString text = QString::number(value, 'f', decimals);
    return Number{text, text.toDouble()};
}

struct ProductPlan
{
    QString code;
    QString prefix;
    bool car;
    bool cryopreserved;
    QString doseUnit;
    double doseLow, doseHigh;
};

const QList<ProductPlan> &products()
{
    static const QList<ProductPlan> plans = {
        {u"RD-CD19"_s, u"CD19"_s, true, true, u"10^6 cells"_s, 50, 200},
        {u"RD-BCMA"_s, u"BCMA"_s, true, true, u"10^6 cells"_s, 150, 450},
        {u"RD-TIL"_s, u"TIL"_s, false, false, u"10^9 cells"_s, 5, 100},
    };
    return plans;
}

struct SitePlan
{
    QString name;
    QString code;
    QString facility; // ISBT 128 facility identification number of its apheresis centre
    QString collectionSite;
    QString treatmentCentre;
};

const QList<SitePlan> &sites()
{
    static const QList<SitePlan> plans = {
        {u"South San Francisco, US"_s, u"SSF"_s, u"W0412"_s, u"Bay Area Apheresis Center"_s,
         u"Pacific Cancer Institute"_s},
        {u"Bridgewater, US"_s, u"BWT"_s, u"W0687"_s, u"Garden State Blood Center"_s,
         u"Raritan University Hospital"_s},
        {u"Leiden, NL"_s, u"LEI"_s, u"A1204"_s, u"Sanquin Apheresis Leiden"_s,
         u"Leids Universitair Medisch Centrum"_s},
        {u"Osaka, JP"_s, u"OSA"_s, u"J3310"_s, u"Osaka Blood Collection Center"_s,
         u"Kansai Medical Hospital"_s},
    };
    return plans;
}

} // namespace

QList<Site> DemoData::siteRegister()
{
    // Fictitious references in the form each authority uses; the addresses are made up.
    const QStringList authorisations = {
        u"FDA establishment FEI 3000000412 (demo)"_s,
        u"FDA establishment FEI 3000000687 (demo)"_s,
        u"Manufacturing authorisation MIA/IMP NL 000000-1204 (demo)"_s,
        u"Manufacturing licence JP 27BZ000000 (demo)"_s,
    };
    QList<Site> out;
    for (qsizetype i = 0; i < sites().size(); ++i)
        out << Site{sites().at(i).name, authorisations.value(i),
                    u"Cell Therapy Facility, %1 (demo address)"_s.arg(sites().at(i).name)};
    return out;
}

namespace {

const QStringList kOperators = {u"op.ahmed"_s, u"op.bakker"_s, u"op.chen"_s,   u"op.dubois"_s,
                                u"op.evans"_s, u"op.fujita"_s, u"op.garcia"_s, u"op.hendriks"_s,
                                u"op.ito"_s,   u"op.jansen"_s};
const QStringList kAnalysts = [] {
    QStringList out;
    for (const DemoData::Analyst &a : DemoData::laboratory())
        out << QString::fromLatin1(a.userName);
    return out;
}();

SpecTest test(const QString &code, const QString &name, const QString &unit,
              std::optional<double> lower, std::optional<double> upper, const QString &method,
              int decimals = 1)
{
    SpecTest t;
    t.code = code;
    t.name = name;
    t.unit = unit;
    if (lower)
        t.lower = num(*lower, decimals);
    if (upper)
        t.upper = num(*upper, decimals);
    t.method = method;
    return t;
}

SpecTest qualitative(const QString &code, const QString &name, const QString &expected,
                     const QString &method, bool mayBePending = false)
{
    SpecTest t;
    t.code = code;
    t.name = name;
    t.expected = expected;
    t.method = method;
    t.mayBePendingAtRelease = mayBePending;
    return t;
}

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

QString two(int n)
{
    return u"%1"_s.arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

DemoData::DemoData(int batches, quint64 seed, const QDateTime &asOf)
    : m_batches(batches)
    , m_seed(seed)
{
    // Whole days, so that the times of day stay those of the fixed period.
    if (asOf.isValid())
        m_shift = utc(2026, 10, 30).daysTo(asOf.toUTC()) * 86400;
}

QDateTime DemoData::periodStart() const
{
    return moved(utc(2024, 10, 1));
}

QDateTime DemoData::periodEnd() const
{
    return moved(utc(2026, 9, 30));
}

Specification DemoData::draftSpecification()
{
    Specification s = specifications().at(2);
    s.version = u"2"_s;
    s.effectiveFrom = QDate(2024, 1, 1);
    for (SpecTest &t : s.tests) {
        if (t.code == u"VIAB"_s)
            t.lower = Number{u"50"_s, 50};
        if (t.code == u"MYCO"_s)
            t.mayBePendingAtRelease = true;
    }
    return s;
}

QList<Specification> DemoData::specifications()
{
    const auto common = [](const ProductPlan &p, double viability, double potency) {
        QList<SpecTest> t;
        t << qualitative(u"APPEAR"_s, u"Appearance"_s, u"Conforms"_s,
                         u"Visual inspection of the infusion bag"_s);
        if (p.car)
            t << test(u"IDENT"_s, u"Identity: CAR expression (of CD3+ cells)"_s, u"%"_s, 15.0,
                      std::nullopt, u"Flow cytometry"_s);
        t << test(u"VIAB"_s, u"Viability"_s, u"%"_s, viability, std::nullopt,
                  u"Automated cell count, trypan blue exclusion"_s);
        t << test(u"DOSE"_s, p.car ? u"Viable CAR+ T-cell dose"_s : u"Viable cell dose"_s,
                  p.doseUnit, p.doseLow, p.doseHigh, u"Calculated from cell count and volume"_s, 0);
        t << test(u"CD3"_s, u"Purity: CD3+ T cells"_s, u"%"_s, p.car ? 80.0 : 90.0, std::nullopt,
                  u"Flow cytometry"_s);
        if (p.car)
            t << test(u"VCN"_s, u"Vector copy number"_s, u"copies/cell"_s, std::nullopt, 5.0,
                      u"Droplet digital PCR"_s);
        t << test(u"POTENCY"_s, u"Potency: IFN-gamma release on target stimulation"_s, u"pg/mL"_s,
                  potency, std::nullopt, u"ELISA"_s, 0);
        t << test(u"ENDO"_s, u"Bacterial endotoxins"_s, u"EU/mL"_s, std::nullopt, 5.0,
                  u"Ph. Eur. 2.6.14, kinetic chromogenic"_s);
        t << qualitative(u"STERIL"_s, u"Sterility"_s, u"No growth"_s,
                         u"Ph. Eur. 2.6.27, 14-day culture"_s, true);
        t << qualitative(u"MYCO"_s, u"Mycoplasma"_s, u"Negative"_s,
                         u"Nucleic acid amplification"_s);
        return t;
    };
    const ProductPlan &cd19 = products().at(0);
    const ProductPlan &bcma = products().at(1);
    const ProductPlan &til = products().at(2);
    return {
        {{cd19.code, u"Anti-CD19 CAR-T cells, dispersion for infusion (cryopreserved)"_s,
          u"0.6–6.0 × 10⁸ CAR-positive viable T cells per infusion bag"_s},
         u"1"_s,
         QDate(2024, 1, 1),
         common(cd19, 70.0, 500)},
        // Version 2 tightens viability and potency: batches use the one in force when made.
        {{cd19.code, u"Anti-CD19 CAR-T cells, dispersion for infusion (cryopreserved)"_s,
          u"0.6–6.0 × 10⁸ CAR-positive viable T cells per infusion bag"_s},
         u"2"_s,
         QDate(2025, 6, 1),
         common(cd19, 75.0, 600)},
        {{bcma.code, u"Anti-BCMA CAR-T cells, dispersion for infusion (cryopreserved)"_s,
          u"150–450 × 10⁶ CAR-positive viable T cells per infusion bag"_s},
         u"1"_s,
         QDate(2024, 1, 1),
         common(bcma, 70.0, 500)},
        {{til.code, u"Tumour-infiltrating lymphocytes, dispersion for infusion (fresh)"_s,
          u"5–75 × 10⁹ viable cells per infusion bag"_s},
         u"1"_s,
         QDate(2024, 1, 1),
         common(til, 70.0, 200)},
    };
}

DemoData::Batch DemoData::batch(int index) const
{
    // Each batch has its own stream: the same batch whatever else is generated. The stream's
    // start is mixed, so that no two batches' streams are the same numbers shifted (a start of
    // seed + index·γ would be: γ is SplitMix's own step).
    Random rnd(Random::mixed(m_seed * 0x100000001B3ull + static_cast<quint64>(index) + 17));
    const double mix = rnd.uniform();
    const ProductPlan &product = products().at(mix < 0.45 ? 0 : mix < 0.8 ? 1 : 2);
    const int siteIndex = rnd.integer(0, static_cast<int>(sites().size()) - 1);
    const SitePlan &site = sites().at(siteIndex);

    // Spread evenly over the period, in order, with a little jitter.
    const qint64 span = periodStart().secsTo(periodEnd());
    const qint64 offset =
        span * index / std::max(1, m_batches) + static_cast<qint64>(rnd.uniform(0, 3600.0 * 6));
    const QDateTime start = periodStart().addSecs(offset);
    const int days = product.car ? rnd.integer(8, 11) : rnd.integer(18, 24);
    const QDateTime end = start.addDays(days).addSecs(rnd.integer(0, 6 * 3600));
    const double year = static_cast<double>(periodStart().secsTo(start)) / (365.25 * 86400);

    Batch out;
    BatchRecord &r = out.record;
    r.batchNumber = u"%1-%2-%3%4-%5"_s.arg(product.prefix, site.code)
                        .arg(start.date().year() % 100, 2, 10, QLatin1Char('0'))
                        .arg(two(start.date().month()))
                        .arg(index + 1, 5, 10, QLatin1Char('0'));
    r.productCode = product.code;
    r.site = site.name;
    r.masterBatchRecordVersion = start < moved(utc(2025, 6, 1))
                                     ? u"MBR-%1-07"_s.arg(product.prefix)
                                     : u"MBR-%1-08"_s.arg(product.prefix);
    r.startedAt = start;
    r.endedAt = end;
    r.recordStatus = u"complete"_s;
    r.presentation = product.cryopreserved ? u"cryopreserved"_s : u"fresh"_s;
    r.expiresAt = product.cryopreserved ? end.addDays(365) : end.addSecs(72 * 3600);
    r.plannedShipmentAt =
        end.addDays(product.cryopreserved ? rnd.integer(3, 10) : 0).addSecs(8 * 3600);

    // Chain of identity: an ISBT 128 style DIN with its check character.
    const QDateTime collected = start.addSecs(-static_cast<qint64>(
        rnd.chance(0.02) ? rnd.uniform(60, 90) * 3600 : rnd.uniform(22, 40) * 3600));
    const QString din = site.facility + two(collected.date().year() % 100) +
                        u"%1"_s.arg(100000 + index * 7 % 899999, 6, 10, QLatin1Char('0'));
    QChar check = isbtCheckCharacter(din);
    if (rnd.chance(0.003)) // a transcription error somewhere in the chain
        check = check == u'7' ? u'8' : u'7';
    r.coi.din = u"%1 %2 %3 %4"_s.arg(din.left(5), din.mid(5, 2), din.mid(7, 6)).arg(check);
    r.coi.patientReference = u"PT-%1"_s.arg(rnd.next() % 1000000, 6, 10, QLatin1Char('0'));
    r.coi.collectionId = u"APH-%1-%2"_s.arg(site.code).arg(index + 1, 6, 10, QLatin1Char('0'));
    r.coi.collectionSite = site.collectionSite;
    r.coi.collectedAt = collected;
    r.coi.treatmentCentre = site.treatmentCentre;

    const auto custody = [&r](const QString &event, const QDateTime &at, const QString &by,
                              const QString &where, double temperature) {
        // Each hand-over scans the bag's chain-of-identity label.
        r.custody << CustodyEvent{event, at, by, where, num(temperature, 1), r.coi.din};
    };
    const QDateTime shipped = collected.addSecs(static_cast<qint64>(rnd.uniform(1, 3) * 3600));
    const QDateTime received = shipped.addSecs(static_cast<qint64>(rnd.uniform(8, 16) * 3600));
    custody(u"collected"_s, collected, u"apheresis nurse"_s, site.collectionSite,
            rnd.uniform(19, 24));
    custody(u"shipped to manufacturing"_s, shipped, u"courier"_s, site.collectionSite,
            rnd.uniform(3, 7));
    custody(u"received at manufacturing"_s, received, kOperators.at(rnd.integer(0, 9)), site.name,
            rnd.chance(0.01) ? rnd.uniform(11, 14) : rnd.uniform(3, 7));
    custody(u"processing started"_s, start, kOperators.at(rnd.integer(0, 9)), site.name,
            rnd.uniform(3, 7));
    if (product.cryopreserved)
        custody(u"cryopreserved"_s, end, kOperators.at(rnd.integer(0, 9)), site.name,
                rnd.uniform(-185, -150));
    // The record reaches QA before the product leaves; now and then it was shipped already,
    // before anyone released it.
    const double shippedAt = product.cryopreserved ? rnd.uniform(-185, -150) : rnd.uniform(3, 7);
    if (index % 199 == 150) // no draw of its own: the rest of the demo stays as it was
        custody(u"shipped to treatment centre"_s, r.plannedShipmentAt.addDays(-1), u"courier"_s,
                site.name, shippedAt);

    // Steps with their parameters; a few are verified by their own operator.
    struct StepPlan
    {
        QString name;
        QString equipment;
        bool carOnly;
        bool cryoOnly;
    };
    static const QList<StepPlan> stepPlans = {
        {u"Apheresis receipt and inspection"_s, u"BSC-01"_s, false, false},
        {u"T-cell selection"_s, u"PRODIGY-02"_s, false, false},
        {u"Activation"_s, u"PRODIGY-02"_s, false, false},
        {u"Lentiviral transduction"_s, u"BSC-01"_s, true, false},
        {u"Expansion"_s, u"INC-04"_s, false, false},
        {u"Harvest and wash"_s, u"PRODIGY-02"_s, false, false},
        {u"Formulation"_s, u"BSC-01"_s, false, false},
        {u"Fill into infusion bags"_s, u"BSC-01"_s, false, false},
        {u"Controlled-rate freezing"_s, u"CRF-03"_s, false, true},
    };
    int sequence = 0;
    QDateTime stepStart = start;
    // Every step within manufacture: the span shared among the steps this product has.
    const auto applies = [&product](const StepPlan &plan) {
        return !(plan.carOnly && !product.car) && !(plan.cryoOnly && !product.cryopreserved);
    };
    const qint64 stepSpan =
        start.secsTo(end) / std::count_if(stepPlans.cbegin(), stepPlans.cend(), applies) - 600;
    for (const StepPlan &plan : stepPlans) {
        if (!applies(plan))
            continue;
        ProcessStep s;
        s.sequence = (++sequence) * 10;
        s.name = plan.name;
        s.equipmentId = plan.equipment;
        s.startedAt = stepStart;
        s.endedAt = stepStart.addSecs(std::max<qint64>(1800, stepSpan - rnd.integer(0, 3600)));
        stepStart = s.endedAt.addSecs(600);
        s.operatorName = kOperators.at(rnd.integer(0, 9));
        do {
            s.verifier = kOperators.at(rnd.integer(0, 9));
        } while (s.verifier == s.operatorName);
        if (rnd.chance(0.01))
            s.verifier = s.operatorName;
        // Verified under a look-alike of the operator's own name (a Cyrillic о): one person.
        if (index % 199 == 151 && s.sequence == 10)
            s.verifier = QString(s.operatorName).replace(0, 1, QChar(0x043E));
        s.manualEntry = rnd.chance(0.05);
        if (s.manualEntry)
            s.notes = u"Value transcribed from the paper log: instrument interface offline."_s;
        const auto parameter = [&rnd, &s](const QString &name, double set, double low, double high,
                                          const QString &unit, double sd, int decimals) {
            double actual = rnd.normal(set, sd);
            if (rnd.chance(0.01))
                actual = high + (high - low) * rnd.uniform(0.1, 0.4); // out of range
            s.parameters << ProcessParameter{name,
                                             num(set, decimals),
                                             num(low, decimals),
                                             num(high, decimals),
                                             num(actual, decimals),
                                             unit};
        };
        if (plan.name == u"Expansion"_s) {
            parameter(u"Incubator temperature"_s, 37.0, 36.5, 37.5, u"°C"_s, 0.1, 1);
            parameter(u"CO2"_s, 5.0, 4.5, 5.5, u"%"_s, 0.1, 1);
        } else if (plan.name == u"Lentiviral transduction"_s) {
            parameter(u"Multiplicity of infection"_s, 3.0, 2.0, 4.0, QString(), 0.2, 1);
        } else if (plan.name == u"Controlled-rate freezing"_s) {
            parameter(u"Cooling rate"_s, -1.0, -1.5, -0.5, u"°C/min"_s, 0.05, 2);
        } else if (plan.name == u"Harvest and wash"_s) {
            parameter(u"Centrifugation force"_s, 400, 350, 450, u"g"_s, 5, 0);
        }
        r.steps << s;
    }

    // Materials (a few used after their expiry) and equipment (a few past calibration).
    struct MaterialPlan
    {
        QString code;
        QString name;
        int step;
    };
    static const QList<MaterialPlan> materials = {
        {u"MAT-0110"_s, u"TexMACS GMP medium"_s, 30},
        {u"MAT-0142"_s, u"IL-2, recombinant human"_s, 50},
        {u"MAT-0215"_s, u"CD4/CD8 MicroBeads"_s, 20},
        {u"MAT-0301"_s, u"TransAct activation reagent"_s, 30},
        {u"MAT-0420"_s, u"CryoStor CS10"_s, 70},
        {u"MAT-0512"_s, u"Human serum albumin 20%"_s, 70},
    };
    for (const MaterialPlan &m : materials) {
        QDate expiry = start.date().addDays(rnd.integer(60, 540));
        if (rnd.chance(0.007))
            expiry = start.date().addDays(-rnd.integer(1, 20));
        r.materials << MaterialUse{
            m.code, m.name,
            u"L%1%2"_s.arg(start.date().year() % 100).arg(rnd.integer(10000, 99999)), expiry,
            m.step};
    }
    static const QList<std::pair<QString, QString>> equipment = {
        {u"BSC-01"_s, u"Biosafety cabinet, grade A"_s}, {u"PRODIGY-02"_s, u"CliniMACS Prodigy"_s},
        {u"CRF-03"_s, u"Controlled-rate freezer"_s},    {u"INC-04"_s, u"CO2 incubator"_s},
        {u"SCALE-05"_s, u"Analytical balance"_s},
    };
    for (const auto &[id, name] : equipment) {
        QDate due = start.date().addDays(rnd.integer(20, 330));
        if (rnd.chance(0.005))
            due = start.date().addDays(-rnd.integer(1, 10));
        r.equipment << EquipmentUse{id, name, due};
    }

    // Deviations.
    const double d = rnd.uniform();
    const auto deviation = [&r, &start, &rnd](DeviationClass c, bool open, const QString &title,
                                              const QString &impact) {
        Deviation dev;
        dev.id = u"DEV-%1-%2"_s.arg(start.date().year()).arg(rnd.integer(1000, 9999));
        dev.title = title;
        dev.deviationClass = c;
        dev.open = open;
        dev.openedAt = start.addDays(rnd.integer(1, 5));
        if (!open)
            dev.closedAt = dev.openedAt.addDays(rnd.integer(2, 20));
        dev.impact = impact;
        r.deviations << dev;
    };
    if (d < 0.003)
        deviation(DeviationClass::Critical, true, u"Bag integrity breach found at fill"_s,
                  u"Sterility assurance in question; investigation open."_s);
    else if (d < 0.013)
        deviation(DeviationClass::Minor, true, u"Label reprinted after smudging"_s,
                  u"Under assessment."_s);
    else if (d < 0.033)
        deviation(DeviationClass::Major, false,
                  u"Incubator alarm for 40 minutes during expansion"_s,
                  u"Temperature stayed within 36.2-37.8 °C; cell growth normal. No impact."_s);
    else if (d < 0.113)
        deviation(DeviationClass::Minor, false, u"Second-person check signed late"_s,
                  u"Documentation only; no product impact."_s);

    // Environmental monitoring in the grade A cabinet and the grade B room.
    for (int i = 0; i < 8; ++i) {
        EmSample s;
        const bool gradeA = i % 2 == 0;
        s.room = gradeA ? u"CR-%1-A"_s.arg(site.code) : u"CR-%1-B"_s.arg(site.code);
        s.grade = gradeA ? u"A"_s : u"B"_s;
        s.location = gradeA ? u"BSC-01 work surface"_s : u"Room centre, 1 m height"_s;
        s.sampledAt = start.addSecs(static_cast<qint64>(start.secsTo(end) * (i + 0.5) / 8));
        const double excursion = rnd.uniform();
        if (gradeA) {
            s.particles05 = num(excursion < 0.005  ? 3900
                                : excursion < 0.02 ? 3000
                                                   : rnd.integer(0, 900),
                                0);
            s.particles5 = num(rnd.integer(0, 4), 0);
            s.cfu = num(excursion < 0.004 ? 1 : 0, 0);
            s.alert05 = num(2900, 0);
            s.action05 = num(3520, 0);
            s.alert5 = num(20, 0);
            s.action5 = num(29, 0);
            s.alertCfu = num(1, 0);
            s.actionCfu = num(1, 0);
        } else {
            s.particles05 = num(excursion < 0.005  ? 380000
                                : excursion < 0.02 ? 300000
                                                   : rnd.integer(20000, 150000),
                                0);
            s.particles5 = num(rnd.integer(50, 1500), 0);
            s.cfu = num(excursion < 0.01 ? 7 : rnd.integer(0, 2), 0);
            s.alert05 = num(290000, 0);
            s.action05 = num(352000, 0);
            s.alert5 = num(2400, 0);
            s.action5 = num(2930, 0);
            s.alertCfu = num(5, 0);
            s.actionCfu = num(10, 0);
        }
        r.em << s;
    }

    // QC samples: two in-process cell counts and the final product.
    const QString ipc1 = r.batchNumber + u"-IPC1"_s;
    const QString ipc2 = r.batchNumber + u"-IPC2"_s;
    const QString fp = r.batchNumber + u"-FP"_s;
    r.qcSamples << QcSample{ipc1, start.addDays(3), 50, r.coi.din}
                << QcSample{ipc2, end.addSecs(-6 * 3600), 60, r.coi.din}
                << QcSample{fp, end, 80, r.coi.din};
    // Now and then the final-product sample's label reads another patient's number (two digits
    // of the serial swapped): a chain of identity in doubt. No draw of its own.
    if (index % 199 == 153) {
        QString other = r.coi.din;
        const qsizetype at = other.size() - 4;
        std::swap(other[at], other[at - 1]);
        if (other == r.coi.din)
            other[at] = other[at] == u'9' ? u'0' : QChar(other[at].unicode() + 1);
        r.qcSamples.last().identifier = other;
    }
    // Now and then the hand-over at manufacturing read no label, and a step's note runs onto a
    // second line that reads like a verification. No draw of its own.
    if (index % 199 == 157) {
        for (CustodyEvent &c : r.custody) {
            if (c.event == u"received at manufacturing"_s)
                c.identifier.clear();
        }
        ProcessStep &step = r.steps.first();
        step.manualEntry = true;
        step.notes = u"Weight typed in from the balance print\nVerified by: Rosa Martens"_s;
    }

    // Results. Viability drifts down slowly at one site; potency shifts at another; VCN creeps
    // up over the two years.
    const QString analyst = kAnalysts.at(rnd.integer(0, static_cast<int>(kAnalysts.size()) - 1));
    const auto result = [&out, &r, &analyst](const QString &sample, const QString &code,
                                             std::optional<Number> value, const QString &text,
                                             const QString &unit, const QString &method,
                                             const QString &instrument, const QDateTime &at) {
        QcResult q;
        q.batchNumber = r.batchNumber;
        q.sampleId = sample;
        q.testCode = code;
        q.value = value;
        q.text = text;
        q.unit = unit;
        q.method = method;
        q.instrument = instrument;
        q.analyst = analyst;
        q.testedAt = at;
        out.results << q;
    };
    const QString counter = u"Vi-CELL BLU, serial VCB%1"_s.arg(2200 + siteIndex);
    const auto cellCount = [&](const QString &sample, const QDateTime &at, double viability,
                               double density, bool live) {
        const double total = density / std::max(0.01, viability / 100.0);
        result(sample, u"VIAB"_s, num(viability, 1), QString(), u"%"_s, u"automated cell count"_s,
               counter, at);
        result(sample, u"VCD"_s, num(density, 3), QString(), u"10^6 cells/mL"_s,
               u"automated cell count"_s, counter, at);
        result(sample, u"TCD"_s, num(total, 3), QString(), u"10^6 cells/mL"_s,
               u"automated cell count"_s, counter, at);
        result(sample, u"VCC"_s, num(std::round(density * 1000), 0), QString(), u"cells"_s,
               u"automated cell count"_s, counter, at);
        result(sample, u"TCC"_s, num(std::round(total * 1000), 0), QString(), u"cells"_s,
               u"automated cell count"_s, counter, at);
        result(sample, u"DCD"_s, num(total - density, 3), QString(), u"10^6 cells/mL"_s,
               u"automated cell count"_s, counter, at);
        result(sample, u"DCC"_s, num(std::round(total * 1000) - std::round(density * 1000), 0),
               QString(), u"cells"_s, u"automated cell count"_s, counter, at);
        result(sample, u"DIAM_TOTAL"_s, num(rnd.normal(9.8, 0.6), 2), QString(), u"\u00b5m"_s,
               u"automated cell count"_s, counter, at);
        if (live)
            result(sample, u"DIAM_LIVE"_s, num(rnd.normal(10.4, 0.6), 2), QString(), u"\u00b5m"_s,
                   u"automated cell count"_s, counter, at);
    };
    const double drift = siteIndex == 1 ? -2.5 * year : 0.0;
    cellCount(ipc1, start.addDays(3).addSecs(3600), std::min(99.0, rnd.normal(92, 2.5)),
              rnd.normal(1.2, 0.25), true);
    cellCount(ipc2, end.addSecs(-5 * 3600), std::min(99.0, rnd.normal(90 + drift, 2.5)),
              rnd.normal(8, 1.5), true);

    const QDateTime tested = end.addSecs(4 * 3600);
    double viability = std::min(99.5, rnd.normal(88.5 + drift, 3.0));
    if (rnd.chance(0.005))
        viability = rnd.uniform(58, 68); // out of specification
    result(fp, u"APPEAR"_s, std::nullopt, u"Conforms"_s, QString(),
           u"Visual inspection of the infusion bag"_s, QString(), tested);
    if (product.car)
        result(fp, u"IDENT"_s, num(std::max(5.0, rnd.normal(42, 10)), 1), QString(), u"%"_s,
               u"Flow cytometry"_s, u"FACSLyric, serial FL%1"_s.arg(310 + siteIndex), tested);
    result(fp, u"VIAB"_s, num(viability, 1), QString(), u"%"_s,
           u"Automated cell count, trypan blue exclusion"_s, counter, tested);
    const double fpDensity = std::max(1.0, rnd.normal(25, 4));
    result(fp, u"VCD"_s, num(fpDensity, 3), QString(), u"10^6 cells/mL"_s,
           u"Automated cell count, trypan blue exclusion"_s, counter, tested);
    result(fp, u"TCD"_s, num(fpDensity / std::max(0.01, viability / 100.0), 3), QString(),
           u"10^6 cells/mL"_s, u"Automated cell count, trypan blue exclusion"_s, counter, tested);
    result(fp, u"DIAM_LIVE"_s, num(rnd.normal(10.6, 0.6), 2), QString(), u"\u00b5m"_s,
           u"Automated cell count, trypan blue exclusion"_s, counter, tested);
    const double dose = std::clamp(rnd.normal((product.doseLow + product.doseHigh) / 2,
                                              (product.doseHigh - product.doseLow) / 7),
                                   product.doseLow * 0.8, product.doseHigh * 1.1);
    result(fp, u"DOSE"_s, num(dose, 0), QString(), product.doseUnit,
           u"Calculated from cell count and volume"_s, QString(), tested);
    result(fp, u"CD3"_s, num(std::min(99.9, rnd.normal(product.car ? 94 : 96.5, 2)), 1), QString(),
           u"%"_s, u"Flow cytometry"_s, u"FACSLyric, serial FL%1"_s.arg(310 + siteIndex), tested);
    if (product.car)
        result(fp, u"VCN"_s, num(std::max(0.3, rnd.normal(2.1 + 0.35 * year, 0.45)), 2), QString(),
               u"copies/cell"_s, u"Droplet digital PCR"_s,
               u"QX200, serial DD%1"_s.arg(70 + siteIndex), tested);
    const double shift = (siteIndex == 2 && start >= moved(utc(2026, 1, 15))) ? -450 : 0;
    result(fp, u"POTENCY"_s, num(std::max(50.0, rnd.normal(1700 + shift, 260)), 0), QString(),
           u"pg/mL"_s, u"ELISA"_s, u"SpectraMax, serial SM%1"_s.arg(40 + siteIndex), tested);
    double endotoxin = std::exp(rnd.normal(std::log(0.35), 0.6));
    if (rnd.chance(0.003))
        endotoxin = rnd.uniform(5.5, 9); // out of specification
    result(fp, u"ENDO"_s, num(endotoxin, 2), QString(), u"EU/mL"_s,
           u"Ph. Eur. 2.6.14, kinetic chromogenic"_s,
           u"Endosafe nexgen-PTS, serial EN%1"_s.arg(12 + siteIndex), tested);
    result(fp, u"MYCO"_s, std::nullopt, u"Negative"_s, QString(), u"Nucleic acid amplification"_s,
           QString(), tested.addDays(1));
    // The 14-day sterility culture is still running for the most recent batches.
    QcResult sterility;
    sterility.batchNumber = r.batchNumber;
    sterility.sampleId = fp;
    sterility.testCode = u"STERIL"_s;
    sterility.method = u"Ph. Eur. 2.6.27, 14-day culture"_s;
    // One batch in 199 names its sterility analyst by a short form that is nobody's account.
    sterility.analyst = index % 199 == 155 ? u"Q. Chen"_s : analyst;
    if (end.addDays(14) > periodEnd()) {
        sterility.status = ResultStatus::Pending;
        sterility.testedAt = end;
    } else {
        sterility.text = u"No growth"_s;
        sterility.testedAt = end.addDays(14);
    }
    out.results << sterility;
    return out;
}

QList<DemoData::Analyst> DemoData::laboratory()
{
    return {
        {"m.tanaka", "Mei Tanaka", "E-1061"},      {"s.vandijk", "Sanne van Dijk", "E-1062"},
        {"j.okafor", "Joseph Okafor", "E-1063"},   {"l.meyer", "Lena Meyer", "E-1064"},
        {"a.rossi", "Alessandro Rossi", "E-1065"}, {"k.sato", "Kenji Sato", "E-1066"},
    };
}

QList<QcResult> DemoData::unassignedResults() const
{
    // A cell counter run whose sample names follow the instrument's own numbering.
    Random rnd(m_seed ^ 0xC0FFEEull);
    QList<QcResult> out;
    const QDateTime at = periodEnd().addDays(-2).addSecs(10 * 3600);
    for (int i = 0; i < 3; ++i) {
        const QString sample =
            u"VC-%1-%2"_s.arg(at.toString(u"yyMMdd"_s)).arg(i + 1, 3, 10, QLatin1Char('0'));
        const double viability = std::min(99.0, rnd.normal(90, 3));
        const double density = rnd.normal(6.5, 1.2);
        const auto add = [&](const QString &code, const Number &value, const QString &unit) {
            QcResult q;
            q.sampleId = sample;
            q.testCode = code;
            q.value = value;
            q.unit = unit;
            q.method = u"automated cell count"_s;
            q.instrument = u"Vi-CELL BLU, serial VCB2202"_s;
            q.analyst = u"k.sato"_s;
            q.testedAt = at.addSecs(i * 240);
            out << q;
        };
        add(u"VIAB"_s, num(viability, 1), u"%"_s);
        add(u"VCD"_s, num(density, 3), u"10^6 cells/mL"_s);
        add(u"TCD"_s, num(density / (viability / 100.0), 3), u"10^6 cells/mL"_s);
    }
    return out;
}

} // namespace rd
