// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/exceptions.h"

#include "accounts/identity.h"
#include "core/clock.h"
#include "ingest/formats.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString shown(const QDateTime &t)
{
    return t.isValid() ? toLocalDisplay(t) : ExceptionEngine::tr("(no time)");
}

QString resultKey(const QcResult &r)
{
    return RecordStore::key(r.sampleId, r.testCode, r.testedAt, r.testedAtNanos);
}

QString valueText(const QcResult &r)
{
    if (r.value)
        return r.unit.isEmpty() ? r.value->text : r.value->text + u' ' + r.unit;
    return r.text;
}

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

int categoryOrder(ExceptionCategory c)
{
    return static_cast<int>(c);
}

} // namespace

QString ExceptionEngine::severityId(Severity s)
{
    switch (s) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Minor:
        return u"minor"_s;
    case Severity::Major:
        return u"major"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return QString();
}

QString ExceptionEngine::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return tr("Info");
    case Severity::Minor:
        return tr("Minor");
    case Severity::Major:
        return tr("Major");
    case Severity::Critical:
        return tr("Critical");
    }
    return QString();
}

QString ExceptionEngine::categoryId(ExceptionCategory c)
{
    switch (c) {
    case ExceptionCategory::OutOfSpecification:
        return u"oos"_s;
    case ExceptionCategory::OutOfTrend:
        return u"oot"_s;
    case ExceptionCategory::MissingTest:
        return u"missing-test"_s;
    case ExceptionCategory::PendingTest:
        return u"pending-test"_s;
    case ExceptionCategory::OpenDeviation:
        return u"open-deviation"_s;
    case ExceptionCategory::ClosedDeviation:
        return u"closed-deviation"_s;
    case ExceptionCategory::ChainOfIdentity:
        return u"chain-of-identity"_s;
    case ExceptionCategory::CustodyTiming:
        return u"custody-timing"_s;
    case ExceptionCategory::CustodyTemperature:
        return u"custody-temperature"_s;
    case ExceptionCategory::ProcessParameter:
        return u"process-parameter"_s;
    case ExceptionCategory::StepVerification:
        return u"step-verification"_s;
    case ExceptionCategory::ExpiredMaterial:
        return u"expired-material"_s;
    case ExceptionCategory::EquipmentCalibration:
        return u"equipment-calibration"_s;
    case ExceptionCategory::EnvironmentalMonitoring:
        return u"em-excursion"_s;
    case ExceptionCategory::ManualEntry:
        return u"manual-entry"_s;
    case ExceptionCategory::SupersededData:
        return u"superseded-data"_s;
    case ExceptionCategory::InvalidatedResult:
        return u"invalidated-result"_s;
    case ExceptionCategory::PostReleaseFailure:
        return u"post-release-oos"_s;
    case ExceptionCategory::ChangedAfterSigning:
        return u"changed-after-signing"_s;
    case ExceptionCategory::Expiry:
        return u"expiry"_s;
    case ExceptionCategory::Chronology:
        return u"chronology"_s;
    case ExceptionCategory::UnknownAnalyst:
        return u"unknown-analyst"_s;
    }
    return QString();
}

QString ExceptionEngine::categoryName(ExceptionCategory c)
{
    switch (c) {
    case ExceptionCategory::OutOfSpecification:
        return tr("Out of specification");
    case ExceptionCategory::OutOfTrend:
        return tr("Out of trend");
    case ExceptionCategory::MissingTest:
        return tr("Missing test");
    case ExceptionCategory::PendingTest:
        return tr("Pending test");
    case ExceptionCategory::OpenDeviation:
        return tr("Open deviation");
    case ExceptionCategory::ClosedDeviation:
        return tr("Closed deviation");
    case ExceptionCategory::ChainOfIdentity:
        return tr("Chain of identity");
    case ExceptionCategory::CustodyTiming:
        return tr("Custody timing");
    case ExceptionCategory::CustodyTemperature:
        return tr("Custody temperature");
    case ExceptionCategory::ProcessParameter:
        return tr("Process parameter");
    case ExceptionCategory::StepVerification:
        return tr("Step verification");
    case ExceptionCategory::ExpiredMaterial:
        return tr("Expired material");
    case ExceptionCategory::EquipmentCalibration:
        return tr("Equipment calibration");
    case ExceptionCategory::EnvironmentalMonitoring:
        return tr("Environmental monitoring");
    case ExceptionCategory::ManualEntry:
        return tr("Manual entry");
    case ExceptionCategory::SupersededData:
        return tr("Superseded data");
    case ExceptionCategory::InvalidatedResult:
        return tr("Invalidated result");
    case ExceptionCategory::PostReleaseFailure:
        return tr("Failed after conditional release");
    case ExceptionCategory::ChangedAfterSigning:
        return tr("Changed after signing");
    case ExceptionCategory::Expiry:
        return tr("Expiry");
    case ExceptionCategory::Chronology:
        return tr("Chronology");
    case ExceptionCategory::UnknownAnalyst:
        return tr("Unknown analyst");
    }
    return QString();
}

std::optional<std::pair<double, double>> ExceptionEngine::temperatureWindow(const QString &event,
                                                                            bool cryopreserved)
{
    const QString e = event.trimmed().toLower();
    if (e == u"collected"_s)
        return std::pair{15.0, 25.0};
    if (e == u"shipped to manufacturing"_s || e == u"received at manufacturing"_s ||
        e == u"processing started"_s)
        return std::pair{2.0, 8.0};
    if (e == u"cryopreserved"_s)
        return std::pair{-196.0, -150.0};
    if (e == u"shipped to treatment centre"_s)
        return cryopreserved ? std::pair{-196.0, -150.0} : std::pair{2.0, 8.0};
    return std::nullopt;
}

bool ExceptionEngine::conforms(const SpecTest &test, const QcResult &result)
{
    if (test.isQualitative())
        return sameText(result.text, test.expected);
    if (!result.value)
        return false;
    const double v = result.value->value;
    if (test.lower && v < test.lower->value)
        return false;
    if (test.upper && v > test.upper->value)
        return false;
    return true;
}

QString ExceptionEngine::limitsText(const SpecTest &test)
{
    if (test.isQualitative())
        return test.expected;
    const QString unit = test.unit.isEmpty() ? QString() : u" "_s + test.unit;
    if (test.lower && test.upper)
        return tr("%1 to %2%3").arg(test.lower->text, test.upper->text, unit);
    if (test.lower)
        return tr("≥ %1%2").arg(test.lower->text, unit);
    if (test.upper)
        return tr("≤ %1%2").arg(test.upper->text, unit);
    return tr("(reported)");
}

QString ExceptionEngine::finalProductSample(const BatchRecord &record)
{
    const QcSample *last = nullptr;
    for (const QcSample &s : record.qcSamples) {
        if (!last || drawnAfter(s, *last))
            last = &s;
    }
    return last ? last->id : QString();
}

QList<TestStanding> ExceptionEngine::standings(const ReviewFacts &facts)
{
    QList<TestStanding> out;
    if (!facts.spec)
        return out;
    // Release testing is judged on the final-product sample only: an in-process count never
    // stands in for a missing or invalidated release result.
    const QString sample = finalProductSample(facts.record);
    QHash<QString, QList<const StoredResult *>> byTest;
    for (const StoredResult &r : facts.results) {
        if (r.result.sampleId == sample)
            byTest[r.result.testCode] << &r;
    }
    for (const SpecTest &test : facts.spec->tests) {
        TestStanding standing;
        standing.test = test;
        const StoredResult *latestFinal = nullptr;
        const StoredResult *failing = nullptr;
        const StoredResult *pending = nullptr;
        for (const StoredResult *r : byTest.value(test.code)) {
            if (r->result.status == ResultStatus::Final) {
                if (!latestFinal || r->result.testedAt > latestFinal->result.testedAt)
                    latestFinal = r;
                // No testing into compliance: a failing result stands until it is invalidated
                // or superseded, whatever was measured after it.
                if (!conforms(test, r->result) &&
                    (!failing || r->result.testedAt > failing->result.testedAt))
                    failing = r;
            } else if (r->result.status == ResultStatus::Pending &&
                       (!pending || r->result.testedAt > pending->result.testedAt)) {
                pending = r;
            }
        }
        if (failing) {
            standing.result = *failing;
            standing.status = TestStanding::Status::DoesNotConform;
        } else if (latestFinal) {
            standing.result = *latestFinal;
            standing.status = TestStanding::Status::Conforms;
        } else if (pending) {
            standing.result = *pending;
            standing.status = TestStanding::Status::Pending;
        }
        out << standing;
    }
    return out;
}

bool ExceptionEngine::awaitsDecision(BatchState state)
{
    return !Workflow::isFinal(state) && state != BatchState::ConditionallyReleased;
}

QString ExceptionEngine::durationText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

QString ExceptionEngine::expiryText(const QDateTime &expiresAt, BatchState state,
                                    const QDateTime &now)
{
    if (!expiresAt.isValid())
        return QString();
    const QString at = toLocalDisplay(expiresAt);
    if (!awaitsDecision(state))
        return at;
    const qint64 left = now.secsTo(expiresAt);
    return left > 0 ? tr("%1, %2 left").arg(at, durationText(left))
                    : tr("%1, EXPIRED %2 ago").arg(at, durationText(-left));
}

QList<ReviewException> ExceptionEngine::compute(const ReviewFacts &facts)
{
    QList<ReviewException> out;
    const BatchRecord &r = facts.record;
    const auto add = [&out](ExceptionCategory category, Severity severity, QString key,
                            QString evidence, QString text, ExceptionTarget target,
                            bool blocks = false) {
        ReviewException e;
        e.category = category;
        e.severity = severity;
        e.key = categoryId(category) + u':' + key;
        e.evidence = evidence.isNull() ? u""_s : std::move(evidence); // stored NOT NULL
        e.text = std::move(text);
        e.target = std::move(target);
        e.blocksRelease = blocks;
        out << std::move(e);
    };
    using Kind = ExceptionTarget::Kind;

    // --- Results against the specification in force at manufacture.
    if (!facts.spec) {
        add(ExceptionCategory::MissingTest, Severity::Critical, u"specification"_s,
            r.productCode + u'@' + r.startedAt.date().toString(Qt::ISODate),
            tr("No specification of %1 was in force on %2: no result can be judged.")
                .arg(r.productCode, QLocale().toString(r.startedAt.date(), QLocale::ShortFormat)),
            {Kind::Record, QString(), -1}, true);
    }
    // --- The product's expiry: expired, or expiring before it can reach the patient.
    if (r.expiresAt.isValid() && awaitsDecision(facts.state)) {
        const QString expiry = toLocalDisplay(r.expiresAt);
        if (facts.now.isValid() && r.expiresAt <= facts.now) {
            add(ExceptionCategory::Expiry, Severity::Critical, u"expired"_s,
                r.expiresAt.toString(Qt::ISODate),
                tr("The batch expired on %1: an expired product is not released.").arg(expiry),
                {Kind::Record, QString(), -1}, true);
        } else if (r.plannedShipmentAt.isValid() && r.expiresAt < r.plannedShipmentAt) {
            add(ExceptionCategory::Expiry, Severity::Critical, u"before-shipment"_s,
                r.expiresAt.toString(Qt::ISODate) + u'<' +
                    r.plannedShipmentAt.toString(Qt::ISODate),
                tr("The batch expires on %1, before its planned shipment on %2: it would reach "
                   "the patient expired.")
                    .arg(expiry, toLocalDisplay(r.plannedShipmentAt)),
                {Kind::Record, QString(), -1}, true);
        }
    }
    for (const TestStanding &s : standings(facts)) {
        const SpecTest &t = s.test;
        const QString spec = limitsText(t);
        switch (s.status) {
        case TestStanding::Status::Conforms:
            break;
        case TestStanding::Status::DoesNotConform: {
            const QcResult &res = s.result->result;
            const QString value = valueText(res);
            const QString evidence = resultKey(res) + u'=' + value + u'|' +
                                     (t.lower ? t.lower->text : QString()) + u'|' +
                                     (t.upper ? t.upper->text : QString()) + u'|' + t.expected;
            if (facts.state == BatchState::ConditionallyReleased &&
                facts.pendingAtConditionalRelease.contains(t.code)) {
                add(ExceptionCategory::PostReleaseFailure, Severity::Critical, t.code, evidence,
                    tr("%1 failed after the batch was conditionally released: %2 (specification "
                       "%3). Inform the treating physician and decide on the batch.")
                        .arg(t.name, value, spec),
                    {Kind::Result, resultKey(res), -1}, true);
            } else {
                add(ExceptionCategory::OutOfSpecification,
                    t.releaseCritical ? Severity::Critical : Severity::Major, t.code, evidence,
                    tr("%1 is out of specification: %2 on sample %3 (specification %4, version "
                       "%5).")
                        .arg(t.name, value, res.sampleId, spec, facts.spec->version),
                    {Kind::Result, resultKey(res), -1});
            }
            break;
        }
        case TestStanding::Status::Pending:
        case TestStanding::Status::Missing: {
            const bool pending = s.status == TestStanding::Status::Pending;
            if (t.mayBePendingAtRelease) {
                add(ExceptionCategory::PendingTest, Severity::Minor, t.code,
                    pending ? u"pending"_s : u"missing"_s,
                    pending ? tr("%1 is still pending; the specification allows release before "
                                 "it is complete (conditional release).")
                                  .arg(t.name)
                            : tr("%1 has no result yet; the specification allows release before "
                                 "it is complete (conditional release).")
                                  .arg(t.name),
                    {pending ? Kind::Result : Kind::Test,
                     pending ? resultKey(s.result->result) : t.code, -1});
            } else {
                add(ExceptionCategory::MissingTest,
                    t.releaseCritical ? Severity::Critical : Severity::Major, t.code,
                    pending ? u"pending"_s : u"missing"_s,
                    pending ? tr("%1 is still pending, and the specification requires its result "
                                 "before release.")
                                  .arg(t.name)
                            : tr("%1 has no result, and the specification requires one before "
                                 "release.")
                                  .arg(t.name),
                    {pending ? Kind::Result : Kind::Test,
                     pending ? resultKey(s.result->result) : t.code, -1});
            }
            break;
        }
        }
    }

    // --- Out of trend (rules chosen per product and test feed these signals).
    for (const OutOfTrendSignal &s : facts.outOfTrend) {
        const QString key = RecordStore::key(s.sampleId, s.testCode, s.testedAt);
        add(ExceptionCategory::OutOfTrend, Severity::Minor, key,
            s.rules.join(u',') + u'=' + s.value,
            tr("%1 on sample %2 (%3) is out of trend: %4.")
                .arg(s.testCode, s.sampleId, s.value, s.rules.join(u", "_s)),
            {Kind::Result, key, -1});
    }

    for (const QString &problem : facts.outOfTrendProblems) {
        add(ExceptionCategory::OutOfTrend, Severity::Info,
            u"check|"_s + problem.section(u':', 0, 0), problem,
            tr("The out-of-trend check could not run for %1").arg(problem),
            {Kind::Record, QString(), -1});
    }

    // --- Results that were corrected or invalidated.
    for (const StoredResult &s : facts.results) {
        const QcResult &res = s.result;
        const QString key = resultKey(res);
        if (res.status == ResultStatus::Invalidated) {
            add(ExceptionCategory::InvalidatedResult, Severity::Minor, key, res.reason,
                tr("%1 on sample %2 was invalidated: %3")
                    .arg(res.testCode, res.sampleId,
                         res.reason.isEmpty() ? tr("(no reason given)") : enclosedText(res.reason)),
                {Kind::Result, key, -1});
        }
        if (s.version > 1) {
            add(ExceptionCategory::SupersededData, Severity::Info, u"result|"_s + key,
                QString::number(s.version),
                tr("%1 on sample %2 is version %3: an earlier value was superseded.")
                    .arg(res.testCode, res.sampleId)
                    .arg(s.version),
                {Kind::Result, key, -1});
        }
    }
    // --- Who measured: an analyst named on a result is a person of this store. A name that
    // is nobody's ("Q. Chen", an instrument's name) leaves unknown who performed the test, and
    // so whether the QC approver was someone else.
    if (facts.people && awaitsDecision(facts.state)) {
        QList<std::pair<QString, QStringList>> unknown; // analyst as written, test codes
        QHash<QString, bool> known;
        for (const StoredResult &s : facts.results) {
            const QcResult &res = s.result;
            if (res.status == ResultStatus::Invalidated)
                continue;
            auto it = known.constFind(res.analyst);
            if (it == known.cend())
                it = known.insert(res.analyst, !facts.people->named(res.analyst).isEmpty());
            if (it.value())
                continue;
            auto entry = std::find_if(unknown.begin(), unknown.end(),
                                      [&res](const auto &u) { return u.first == res.analyst; });
            if (entry == unknown.end())
                entry = unknown.insert(unknown.end(), {res.analyst, QStringList()});
            if (!entry->second.contains(res.testCode))
                entry->second << res.testCode;
        }
        for (const auto &[analyst, tests] : std::as_const(unknown)) {
            QStringList mayBe;
            for (const People::Entry *e : facts.people->abbreviated(analyst))
                mayBe << e->fullName + u" ("_s + e->userName + u')';
            const QString who =
                analyst.isEmpty()
                    ? tr("The analyst of %1 is not given: who performed the test is not "
                         "established.")
                          .arg(tests.join(u", "_s))
                    : tr("The analyst of %1 is given as \"%2\", who is no person with an account "
                         "in this store: who performed the test is not established.")
                          .arg(tests.join(u", "_s), analyst);
            add(ExceptionCategory::UnknownAnalyst, Severity::Major, analyst, tests.join(u','),
                mayBe.isEmpty() ? who
                                : who + u' ' +
                                      tr("It may stand for %1, who then cannot approve these "
                                         "results.")
                                          .arg(mayBe.join(tr(" or "))),
                {Kind::Test, tests.constFirst(), -1});
        }
    }
    if (facts.recordVersion > 1) {
        add(ExceptionCategory::SupersededData, Severity::Info, u"record"_s,
            QString::number(facts.recordVersion),
            tr("The batch record is version %1: earlier versions were superseded.")
                .arg(facts.recordVersion),
            {Kind::Record, QString(), -1});
    }

    // --- Deviations.
    for (qsizetype i = 0; i < r.deviations.size(); ++i) {
        const Deviation &d = r.deviations.at(i);
        const QString cls = deviationClassId(d.deviationClass);
        if (d.open) {
            const bool critical = d.deviationClass == DeviationClass::Critical;
            add(ExceptionCategory::OpenDeviation,
                critical                                    ? Severity::Critical
                : d.deviationClass == DeviationClass::Major ? Severity::Major
                                                            : Severity::Minor,
                d.id, cls + u"|open"_s,
                critical ? tr("Critical deviation %1 is still open: %2. No release is possible "
                              "until it is closed.")
                               .arg(d.id, enclosedText(d.title))
                         : tr("Deviation %1 (%2) is still open: %3.")
                               .arg(d.id, cls, enclosedText(d.title)),
                {Kind::Deviation, d.id, static_cast<int>(i)}, critical);
        } else if (d.deviationClass != DeviationClass::Minor) {
            add(ExceptionCategory::ClosedDeviation,
                d.deviationClass == DeviationClass::Critical ? Severity::Major : Severity::Minor,
                d.id, cls + u"|closed"_s,
                tr("Deviation %1 (%2) was closed: %3. Impact: %4")
                    .arg(d.id, cls, enclosedText(d.title),
                         d.impact.isEmpty() ? tr("(none stated)") : enclosedText(d.impact)),
                {Kind::Deviation, d.id, static_cast<int>(i)});
        }
    }

    // --- Chain of identity.
    {
        QString din = r.coi.din;
        din.remove(u' ');
        const QChar expected = din.size() == 14 ? isbtCheckCharacter(din.left(13)) : QChar();
        if (expected.isNull()) {
            add(ExceptionCategory::ChainOfIdentity, Severity::Critical, u"din"_s, r.coi.din,
                tr("The chain-of-identity number \"%1\" is not a valid ISBT 128 donation "
                   "identification number with its check character.")
                    .arg(r.coi.din),
                {Kind::Record, u"coi"_s, -1}, true);
        } else if (din.at(13) != expected) {
            add(ExceptionCategory::ChainOfIdentity, Severity::Critical, u"din"_s, r.coi.din,
                tr("The chain-of-identity number %1 does not match its check character (%2 "
                   "expected): the identity of the starting material is in doubt.")
                    .arg(r.coi.din, QString(expected)),
                {Kind::Record, u"coi"_s, -1}, true);
        }
        // The identifier read at each hand-over and on each sample's label is the chain of
        // identity itself: "apheresis bag = manufacturing label = final bag".
        for (qsizetype i = 0; i < r.custody.size(); ++i) {
            const CustodyEvent &c = r.custody.at(i);
            if (c.identifier.isEmpty() || isChainOfIdentity(c.identifier, r.coi.din))
                continue;
            add(ExceptionCategory::ChainOfIdentity, Severity::Critical,
                u"identifier|custody|"_s + QString::number(i), c.identifier + u" / "_s + r.coi.din,
                tr("The identifier read at \"%1\" (%2) is %3, not the chain of identity %4: the "
                   "material may be another patient's.")
                    .arg(c.event, shown(c.at), c.identifier, r.coi.din),
                {Kind::CustodyEvent, QString::number(i), static_cast<int>(i)}, true);
        }
        for (qsizetype i = 0; i < r.qcSamples.size(); ++i) {
            const QcSample &s = r.qcSamples.at(i);
            if (s.identifier.isEmpty() || isChainOfIdentity(s.identifier, r.coi.din))
                continue;
            add(ExceptionCategory::ChainOfIdentity, Severity::Critical,
                u"identifier|sample|"_s + s.id, s.identifier + u" / "_s + r.coi.din,
                tr("The label of QC sample %1 reads %2, not the chain of identity %3: its results "
                   "may be another patient's.")
                    .arg(s.id, s.identifier, r.coi.din),
                {Kind::Record, u"coi"_s, -1}, true);
        }
        // A hand-over or a label where no identifier was read shows nothing either way: the
        // chain is unbroken only where each point was checked. One exception names them all.
        QStringList unread;
        QStringList unreadKeys;
        int firstUnread = -1;
        for (qsizetype i = 0; i < r.custody.size(); ++i) {
            const CustodyEvent &c = r.custody.at(i);
            if (!c.identifier.isEmpty())
                continue;
            if (firstUnread < 0)
                firstUnread = static_cast<int>(i);
            unread << tr("\"%1\" (%2)").arg(c.event, shown(c.at));
            unreadKeys << u"custody "_s + QString::number(i);
        }
        for (const QcSample &s : r.qcSamples) {
            if (!s.identifier.isEmpty())
                continue;
            unread << tr("the label of QC sample %1").arg(s.id);
            unreadKeys << u"sample "_s + s.id;
        }
        if (!unread.isEmpty() && awaitsDecision(facts.state)) {
            add(ExceptionCategory::ChainOfIdentity, Severity::Major, u"unread"_s,
                unreadKeys.join(u", "_s),
                tr("No identifier was read at %n point(s) of the chain: %1. Nothing shows that "
                   "the material there was the patient's (%2).",
                   nullptr, static_cast<int>(unread.size()))
                    .arg(unread.join(u"; "_s), r.coi.din),
                firstUnread >= 0
                    ? ExceptionTarget{Kind::CustodyEvent, QString::number(firstUnread), firstUnread}
                    : ExceptionTarget{Kind::Record, u"coi"_s, -1});
        }
        for (qsizetype i = 0; i < r.custody.size(); ++i) {
            const CustodyEvent &c = r.custody.at(i);
            if (c.event.trimmed().compare(u"collected"_s, Qt::CaseInsensitive) != 0)
                continue;
            if (!sameText(c.location, r.coi.collectionSite)) {
                add(ExceptionCategory::ChainOfIdentity, Severity::Critical,
                    u"collection-site|"_s + toStoredTime(c.at),
                    c.location + u" / "_s + r.coi.collectionSite,
                    tr("The custody record says the material was collected at %1, the chain of "
                       "identity says %2.")
                        .arg(c.location, r.coi.collectionSite),
                    {Kind::CustodyEvent, QString::number(i), static_cast<int>(i)}, true);
            }
            if (r.coi.collectedAt.isValid() && c.at.isValid() && c.at != r.coi.collectedAt) {
                add(ExceptionCategory::ChainOfIdentity, Severity::Critical,
                    u"collection-time|"_s + toStoredTime(c.at),
                    toStoredTime(c.at) + u" / "_s + toStoredTime(r.coi.collectedAt),
                    tr("The custody record says the material was collected at %1, the chain of "
                       "identity says %2.")
                        .arg(shown(c.at), shown(r.coi.collectedAt)),
                    {Kind::CustodyEvent, QString::number(i), static_cast<int>(i)}, true);
            }
        }
    }

    // --- Chronology: what the record says happened, in an order that can have happened.
    {
        // Judged by time while the batch awaits a decision: one shipped after its release stays
        // so when a change control later puts it on hold, and one reopened after a release
        // that came after its recorded shipment is caught. A released batch met this rule
        // before its release (a record changes only under change control, which reopens it);
        // a rejected one keeps showing that it was shipped.
        const bool judged = awaitsDecision(facts.state) || facts.state == BatchState::Rejected;
        for (qsizetype i = 0; i < r.custody.size(); ++i) {
            const CustodyEvent &c = r.custody.at(i);
            if (c.event != u"shipped to treatment centre"_s || !judged ||
                (facts.releasedAt.isValid() && c.at.isValid() && c.at >= facts.releasedAt))
                continue;
            add(ExceptionCategory::Chronology, Severity::Critical,
                u"shipped-before-release|"_s + toStoredTime(c.at), toStoredTime(c.at),
                tr("The product was shipped to the treatment centre on %1, before it was "
                   "released.")
                    .arg(shown(c.at)),
                {Kind::CustodyEvent, QString::number(i), static_cast<int>(i)});
        }
        const bool bounded = r.startedAt.isValid() && r.endedAt.isValid();
        for (qsizetype i = 0; bounded && i < r.steps.size(); ++i) {
            const ProcessStep &s = r.steps.at(i);
            if ((s.startedAt.isValid() && s.startedAt < r.startedAt) ||
                (s.endedAt.isValid() && s.endedAt > r.endedAt))
                add(ExceptionCategory::Chronology, Severity::Major,
                    u"step|"_s + QString::number(s.sequence),
                    toStoredTime(s.startedAt) + u'/' + toStoredTime(s.endedAt),
                    tr("Step %1 (%2) ran from %3 to %4, outside the batch's manufacture (%5 to "
                       "%6).")
                        .arg(QString::number(s.sequence), s.name, shown(s.startedAt),
                             shown(s.endedAt), shown(r.startedAt), shown(r.endedAt)),
                    {Kind::Step, QString::number(s.sequence), static_cast<int>(i)});
        }
        for (qsizetype i = 0; bounded && i < r.qcSamples.size(); ++i) {
            const QcSample &q = r.qcSamples.at(i);
            if (q.drawnAt.isValid() && (q.drawnAt < r.startedAt || q.drawnAt > r.endedAt))
                add(ExceptionCategory::Chronology, Severity::Major, u"sample|"_s + q.id,
                    toStoredTime(q.drawnAt),
                    tr("QC sample %1 was drawn on %2, outside the batch's manufacture (%3 to "
                       "%4).")
                        .arg(q.id, shown(q.drawnAt), shown(r.startedAt), shown(r.endedAt)),
                    {Kind::Record, QString(), -1});
        }
    }

    // --- Chain of custody: timing and temperatures.
    {
        const bool cryo = r.presentation.compare(u"cryopreserved"_s, Qt::CaseInsensitive) == 0;
        QDateTime processingStart = r.startedAt;
        for (qsizetype i = 0; i < r.custody.size(); ++i) {
            const CustodyEvent &c = r.custody.at(i);
            if (c.event.trimmed().compare(u"processing started"_s, Qt::CaseInsensitive) == 0 &&
                c.at.isValid())
                processingStart = c.at;
            if (i > 0 && c.at.isValid() && r.custody.at(i - 1).at.isValid() &&
                c.at < r.custody.at(i - 1).at) {
                add(ExceptionCategory::CustodyTiming, Severity::Major,
                    u"order|"_s + c.event + u'|' + toStoredTime(c.at), toStoredTime(c.at),
                    tr("Custody event \"%1\" (%2) is recorded before the event before it (\"%3\", "
                       "%4).")
                        .arg(c.event, shown(c.at), r.custody.at(i - 1).event,
                             shown(r.custody.at(i - 1).at)),
                    {Kind::CustodyEvent, QString::number(i), static_cast<int>(i)});
            }
            if (!c.temperatureC)
                continue;
            const auto window = temperatureWindow(c.event, cryo);
            if (!window)
                continue;
            const double t = c.temperatureC->value;
            if (t < window->first || t > window->second) {
                add(ExceptionCategory::CustodyTemperature, Severity::Major,
                    c.event + u'|' + toStoredTime(c.at), c.temperatureC->text,
                    tr("Temperature excursion at \"%1\" (%2, %3): %4 °C, outside %5 to %6 °C.")
                        .arg(c.event, shown(c.at), c.location, c.temperatureC->text)
                        .arg(window->first)
                        .arg(window->second),
                    {Kind::CustodyEvent, QString::number(i), static_cast<int>(i)});
            }
        }
        if (r.coi.collectedAt.isValid() && processingStart.isValid()) {
            const double hours = r.coi.collectedAt.secsTo(processingStart) / 3600.0;
            if (hours > kMaxCollectionToStartHours) {
                add(ExceptionCategory::CustodyTiming, Severity::Major, u"collection-to-start"_s,
                    QString::number(hours, 'f', 1),
                    tr("Processing started %1 hours after collection; the limit is %2 hours.")
                        .arg(QLocale().toString(hours, 'f', 1))
                        .arg(kMaxCollectionToStartHours),
                    {Kind::CustodyEvent, QString(), -1});
            }
        }
    }

    // --- Steps: parameters, verification, manual entries.
    QHash<int, QDateTime> stepStart;
    QHash<QString, QDateTime> equipmentLastUse;
    for (qsizetype i = 0; i < r.steps.size(); ++i) {
        const ProcessStep &s = r.steps.at(i);
        const QString seq = QString::number(s.sequence);
        stepStart.insert(s.sequence, s.startedAt);
        if (!s.equipmentId.isEmpty() && s.startedAt.isValid()) {
            // Judged at its last use: due before that, some use was past calibration.
            auto it = equipmentLastUse.find(s.equipmentId);
            if (it == equipmentLastUse.end() || s.startedAt > *it)
                equipmentLastUse.insert(s.equipmentId, s.startedAt);
        }
        const ExceptionTarget step{Kind::Step, seq, static_cast<int>(i)};
        for (const ProcessParameter &p : s.parameters) {
            if (!p.actual)
                continue;
            const double v = p.actual->value;
            if ((p.low && v < p.low->value) || (p.high && v > p.high->value)) {
                const QString range =
                    tr("%1 to %2")
                        .arg(p.low ? p.low->text : u"–"_s, p.high ? p.high->text : u"–"_s);
                add(ExceptionCategory::ProcessParameter, Severity::Major, seq + u'|' + p.name,
                    p.actual->text,
                    tr("Step %1 (%2): %3 was %4 %5, outside its range %6 %5.")
                        .arg(seq, s.name, p.name, p.actual->text, p.unit, range),
                    step);
            }
        }
        if (s.verifier.trimmed().isEmpty()) {
            add(ExceptionCategory::StepVerification, Severity::Major, seq, u"unverified"_s,
                tr("Step %1 (%2) was not verified by a second person.").arg(seq, s.name), step);
        } else if (sameText(s.verifier, s.operatorName)) {
            add(ExceptionCategory::StepVerification, Severity::Major, seq, s.operatorName,
                tr("Step %1 (%2) was performed and verified by the same person (%3).")
                    .arg(seq, s.name, s.operatorName),
                step);
        } else if (Identity::alike(s.verifier, s.operatorName)) {
            add(ExceptionCategory::StepVerification, Severity::Major, seq, s.operatorName,
                tr("Step %1 (%2) was performed by %3 and verified by \"%4\", a look-alike of "
                   "the same name (it holds %5): one person.")
                    .arg(seq, s.name, s.operatorName, s.verifier,
                         Identity::unusualCharacters(s.verifier + s.operatorName)),
                step);
        }
        if (s.manualEntry) {
            add(ExceptionCategory::ManualEntry, Severity::Info, seq, s.notes,
                s.notes.isEmpty() ? tr("Step %1 (%2) has manually entered data.").arg(seq, s.name)
                                  : tr("Step %1 (%2) has manually entered data: %3")
                                        .arg(seq, s.name, enclosedText(s.notes)),
                step);
        }
    }

    // --- Materials and equipment at their time of use.
    for (qsizetype i = 0; i < r.materials.size(); ++i) {
        const MaterialUse &m = r.materials.at(i);
        const QDateTime used = stepStart.value(m.step, r.startedAt);
        if (m.expiry.isValid() && used.isValid() && m.expiry < used.date()) {
            add(ExceptionCategory::ExpiredMaterial, Severity::Major, m.code + u'|' + m.lot,
                m.expiry.toString(Qt::ISODate),
                tr("Material %1 (%2), lot %3, expired on %4 and was used on %5.")
                    .arg(m.name, m.code, m.lot, QLocale().toString(m.expiry, QLocale::ShortFormat),
                         QLocale().toString(used.date(), QLocale::ShortFormat)),
                {Kind::Material, m.code, static_cast<int>(i)});
        }
    }
    for (qsizetype i = 0; i < r.equipment.size(); ++i) {
        const EquipmentUse &e = r.equipment.at(i);
        const QDateTime used = equipmentLastUse.value(e.id, r.startedAt);
        if (e.calibrationDue.isValid() && used.isValid() && e.calibrationDue < used.date()) {
            add(ExceptionCategory::EquipmentCalibration, Severity::Major, e.id,
                e.calibrationDue.toString(Qt::ISODate),
                tr("Equipment %1 (%2) was past its calibration date (%3) when used on %4.")
                    .arg(e.name, e.id, QLocale().toString(e.calibrationDue, QLocale::ShortFormat),
                         QLocale().toString(used.date(), QLocale::ShortFormat)),
                {Kind::Equipment, e.id, static_cast<int>(i)});
        }
    }

    // --- Environmental monitoring during processing.
    const QDateTime windowEnd = r.endedAt.isValid() ? r.endedAt : r.startedAt.addDays(30);
    for (qsizetype i = 0; i < r.em.size(); ++i) {
        const EmSample &s = r.em.at(i);
        if (!s.sampledAt.isValid() || s.sampledAt < r.startedAt || s.sampledAt > windowEnd)
            continue;
        struct Reading
        {
            const char *id;
            QString what;
            const std::optional<Number> &value;
            const std::optional<Number> &alert;
            const std::optional<Number> &action;
            bool countsReach; // CFU limits are reached, particle limits exceeded
        };
        const Reading readings[] = {
            {"p05", tr("particles ≥0.5 µm/m³"), s.particles05, s.alert05, s.action05, false},
            {"p5", tr("particles ≥5 µm/m³"), s.particles5, s.alert5, s.action5, false},
            {"cfu", tr("CFU"), s.cfu, s.alertCfu, s.actionCfu, true},
        };
        for (const Reading &x : readings) {
            if (!x.value)
                continue;
            const auto beyond = [&x](const std::optional<Number> &limit) {
                return limit && (x.countsReach ? x.value->value >= limit->value
                                               : x.value->value > limit->value);
            };
            const bool action = beyond(x.action);
            if (!action && !beyond(x.alert))
                continue;
            const Number &limit = action ? *x.action : *x.alert;
            add(ExceptionCategory::EnvironmentalMonitoring,
                action ? Severity::Major : Severity::Minor,
                s.room + u'|' + s.location + u'|' + toStoredTime(s.sampledAt) + u'|' +
                    QLatin1StringView(x.id),
                x.value->text + u'|' + limit.text,
                action ? tr("EM action limit reached in %1 (grade %2, %3) at %4: %5 %6, action "
                            "limit %7.")
                             .arg(s.room, s.grade, s.location, shown(s.sampledAt), x.value->text,
                                  x.what, limit.text)
                       : tr("EM alert limit reached in %1 (grade %2, %3) at %4: %5 %6, alert "
                            "limit %7.")
                             .arg(s.room, s.grade, s.location, shown(s.sampledAt), x.value->text,
                                  x.what, limit.text),
                {Kind::EmSample, QString::number(i), static_cast<int>(i)});
        }
    }

    // --- Signatures that no longer cover the record.
    for (const StaleSignature &s : facts.staleSignatures) {
        add(ExceptionCategory::ChangedAfterSigning,
            s.decided ? Severity::Critical : Severity::Major, QString::number(s.signatureId),
            Workflow::id(s.meaning),
            s.decided ? tr("The record changed after \"%1\" was signed by %2 on %3, and the "
                           "decision rests on it: its documents print as drafts until the batch "
                           "is reviewed and decided again.")
                            .arg(Workflow::displayName(s.meaning), s.signer, shown(s.signedAt))
                      : tr("The record changed after \"%1\" was signed by %2 on %3; that "
                           "signature no longer covers the current content.")
                            .arg(Workflow::displayName(s.meaning), s.signer, shown(s.signedAt)),
            {Kind::Signature, QString::number(s.signatureId), -1}, s.decided);
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const ReviewException &a, const ReviewException &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         if (a.category != b.category)
                             return categoryOrder(a.category) < categoryOrder(b.category);
                         return false;
                     });
    return out;
}

} // namespace rd
