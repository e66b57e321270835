// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/resultrules.h"

#include "core/clock.h"
#include "ingest/formats.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
QString unitShown(const QString &unit)
{
    return unit.isEmpty() ? ResultRules::tr("no unit") : u"\""_s + unit + u'"';
}
} // namespace

const QHash<QString, QString> &ResultRules::cellCounterUnits()
{
    static const QHash<QString, QString> units = [] {
        QHash<QString, QString> h;
        for (const Formats::AsmField &a : Formats::asmFields())
            h.insert(QLatin1StringView(a.testCode), QString::fromUtf8(a.unit));
        return h;
    }();
    return units;
}

std::optional<RuleViolation> ResultRules::check(const QcResult &r, const SampleOwner &owner,
                                                const Specification *spec)
{
    const SpecTest *test = nullptr;
    if (spec) {
        for (const SpecTest &t : spec->tests) {
            if (t.code == r.testCode)
                test = &t;
        }
    }
    // A measurement cannot precede the sample it was made on: a result from another sample.
    if (owner.drawnAt.isValid() && r.testedAt.isValid() && r.testedAt < owner.drawnAt &&
        r.status != ResultStatus::Pending) {
        return RuleViolation{
            u"testedAt"_s,
            tr("was measured at %1, before sample %2 was drawn (%3): it cannot "
               "be that sample's")
                .arg(toLocalDisplay(r.testedAt), r.sampleId, toLocalDisplay(owner.drawnAt))};
    }
    const bool cellCounter = cellCounterUnits().contains(r.testCode);
    if (!test && !cellCounter) {
        return RuleViolation{u"test"_s,
                             tr("%1 is not in specification %2 of %3, which batch %4 is made to")
                                 .arg(r.testCode, spec ? spec->version : u"?"_s, owner.productCode,
                                      owner.batchNumber)};
    }
    const QString expectedUnit = test ? test->unit : cellCounterUnits().value(r.testCode);
    if (r.unit != expectedUnit) {
        return RuleViolation{u"unit"_s,
                             tr("is %1, but %2 is measured in %3")
                                 .arg(unitShown(r.unit), r.testCode, unitShown(expectedUnit))};
    }
    if (test && r.status != ResultStatus::Pending) {
        if (test->isQualitative() && r.value)
            return RuleViolation{u"value"_s, tr("%1 is a qualitative test: give its result as "
                                                "text")
                                                 .arg(r.testCode)};
        if (!test->isQualitative() && !r.text.isEmpty())
            return RuleViolation{u"text"_s, tr("%1 is a numeric test: give its result as a "
                                               "number")
                                                .arg(r.testCode)};
    }
    return std::nullopt;
}

} // namespace rd
