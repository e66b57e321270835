// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/reviewfixtures.h"

#include "core/clock.h"
#include "ingest/formats.h"
#include "support/teststore.h"

using namespace Qt::StringLiterals;

namespace rd::test {

Specification specInForce(const BatchRecord &r)
{
    std::optional<Specification> found;
    for (const Specification &s : DemoData::specifications()) {
        if (s.product.code == r.productCode && s.effectiveFrom <= r.startedAt.date() &&
            (!found || s.effectiveFrom > found->effectiveFrom))
            found = s;
    }
    return *found;
}

Number number(double v)
{
    return Number{QString::number(v, 'f', 2), QString::number(v, 'f', 2).toDouble()};
}

void relabel(BatchRecord &r)
{
    for (CustodyEvent &c : r.custody)
        c.identifier = r.coi.din;
    for (QcSample &s : r.qcSamples)
        s.identifier = r.coi.din;
}

DemoData::Batch cleanBatch(int index)
{
    DemoData::Batch b = DemoData(index + 1, 7).batch(index);
    BatchRecord &r = b.record;
    QString din = r.coi.din;
    din.remove(u' ');
    din = din.left(13);
    r.coi.din = din + isbtCheckCharacter(din);
    r.coi.collectedAt = r.startedAt.addSecs(-24 * 3600);
    const bool cryo = r.presentation == u"cryopreserved"_s;
    // Clean today: the demo's fixed period lies in the past, and an expired product is never
    // released (ExceptionCategory::Expiry).
    r.expiresAt = std::max(r.plannedShipmentAt, Clock::instance().nowUtc()).addDays(365);
    r.custody = {
        {u"collected"_s, r.coi.collectedAt, u"nurse"_s, r.coi.collectionSite, number(20)},
        {u"shipped to manufacturing"_s, r.coi.collectedAt.addSecs(2 * 3600), u"courier"_s,
         r.coi.collectionSite, number(5)},
        {u"received at manufacturing"_s, r.coi.collectedAt.addSecs(12 * 3600), u"op"_s, r.site,
         number(5)},
        {u"processing started"_s, r.startedAt, u"op"_s, r.site, number(5)},
    };
    if (cryo)
        r.custody << CustodyEvent{u"cryopreserved"_s, r.endedAt, u"op"_s, r.site, number(-170)};
    relabel(r); // every hand-over and sample label read the number above
    for (ProcessStep &s : r.steps) {
        s.verifier = u"second.person"_s;
        s.manualEntry = false;
        for (ProcessParameter &p : s.parameters) {
            if (p.low && p.high)
                p.actual = number((p.low->value + p.high->value) / 2);
        }
    }
    for (MaterialUse &m : r.materials)
        m.expiry = r.startedAt.date().addYears(2);
    for (EquipmentUse &e : r.equipment)
        e.calibrationDue = r.startedAt.date().addYears(1);
    r.deviations.clear();
    for (EmSample &s : r.em) {
        s.particles05 = number(0);
        s.particles5 = number(0);
        s.cfu = number(0);
    }
    const Specification spec = specInForce(r);
    for (QcResult &q : b.results) {
        q.analyst = QString::fromLatin1(kLabAnalyst);
        if (!q.sampleId.endsWith(u"-FP"_s))
            continue;
        for (const SpecTest &t : spec.tests) {
            if (t.code != q.testCode)
                continue;
            q.status = ResultStatus::Final;
            if (t.isQualitative()) {
                q.text = t.expected;
            } else if (t.lower && t.upper) {
                q.value = number((t.lower->value + t.upper->value) / 2);
            } else if (t.lower) {
                q.value = number(t.lower->value * 1.2 + 1);
            } else if (t.upper) {
                q.value = number(t.upper->value / 2);
            }
        }
    }
    return b;
}

} // namespace rd::test
