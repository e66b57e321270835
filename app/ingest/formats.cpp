// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/formats.h"

#include "core/parallel.h"
#include "ingest/csv.h"
#include "ingest/fields.h"
#include "ingest/jsondom.h"
#include "ingest/jsonkeys.h"
#include "security/crypto.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <simdjson.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

using Form = bool (*)(QStringView);

QString indexed(const QString &path, const char *key, qsizetype i)
{
    // Made in one piece: this runs for every item of every list.
    return path % u'.' % QLatin1StringView(key) % u'[' % QString::number(i) % u']';
}

// Reads a string member and checks it against a pattern.
template<class Object>
QString identifier(Fields &f, const Object &o, const QString &path, const char *key,
                   Fields::Need need, Form form, const QString &what)
{
    const QString v = f.text(o, path, key, need, Fields::kIdLength);
    if (!v.isEmpty() && !form(v)) {
        f.problem(path, QLatin1StringView(key),
                  Formats::tr("\"%1\" is not a valid %2").arg(v, what));
        return QString();
    }
    return v;
}

// ---------------------------------------------------------------- specification

Specification parseSpecification(Fields &f, const QJsonObject &root, const QString &p)
{
    f.onlyKnown(root, p, {u"product"_s, u"version"_s, u"effectiveFrom"_s, u"tests"_s});
    Specification spec;
    const QJsonObject product = f.object(root, p, "product", Fields::Required);
    const QString pp = p + u".product"_s;
    f.onlyKnown(product, pp, {u"code"_s, u"name"_s, u"strength"_s});
    spec.product.code = identifier(f, product, pp, "code", Fields::Required, Fields::isProductCode,
                                   Formats::tr("product code"));
    spec.product.name = f.text(product, pp, "name", Fields::Required);
    spec.product.strength = f.text(product, pp, "strength", Fields::Optional);
    spec.version = f.text(root, p, "version", Fields::Required, 32);
    spec.effectiveFrom = f.date(root, p, "effectiveFrom", Fields::Required);
    const QJsonArray tests = f.array(root, p, "tests", Fields::Required, 200);
    if (tests.isEmpty() && root.contains(u"tests"_s))
        f.problem(p, u"tests"_s, Formats::tr("is empty"));
    QSet<QString> codes;
    for (qsizetype i = 0; i < tests.size(); ++i) {
        const QString tp = indexed(p, "tests", i);
        const QJsonObject t = tests.at(i).toObject();
        if (!tests.at(i).isObject()) {
            f.problem(tp, QString(), Formats::tr("is not an object"));
            continue;
        }
        f.onlyKnown(t, tp,
                    {u"code"_s, u"name"_s, u"unit"_s, u"lower"_s, u"upper"_s, u"expected"_s,
                     u"method"_s, u"releaseCritical"_s, u"mayBePendingAtRelease"_s});
        SpecTest test;
        test.code = identifier(f, t, tp, "code", Fields::Required, Fields::isTestCode,
                               Formats::tr("test code"));
        test.name = f.text(t, tp, "name", Fields::Required);
        test.unit = Formats::normalizeUnit(f.text(t, tp, "unit", Fields::Optional, 32));
        test.lower = f.number(t, tp, "lower", Fields::Optional);
        test.upper = f.number(t, tp, "upper", Fields::Optional);
        test.expected = f.text(t, tp, "expected", Fields::Optional);
        test.method = f.text(t, tp, "method", Fields::Required);
        test.releaseCritical = f.boolean(t, tp, "releaseCritical", true);
        test.mayBePendingAtRelease = f.boolean(t, tp, "mayBePendingAtRelease", false);
        const bool numeric = test.lower || test.upper;
        if (numeric && !test.expected.isEmpty())
            f.problem(tp, u"expected"_s,
                      Formats::tr("a test has either limits or an expected "
                                  "result, not both"));
        if (!numeric && test.expected.isEmpty() && t.contains(u"code"_s))
            f.problem(tp, u"lower"_s,
                      Formats::tr("a test needs limits (lower, upper) or an "
                                  "expected result"));
        if (test.lower && test.upper && test.lower->value > test.upper->value)
            f.problem(tp, u"lower"_s,
                      Formats::tr("is above the upper limit (%1 > %2)")
                          .arg(test.lower->text, test.upper->text));
        if (!test.code.isEmpty() && codes.contains(test.code))
            f.problem(tp, u"code"_s, Formats::tr("\"%1\" appears twice").arg(test.code));
        codes.insert(test.code);
        spec.tests << test;
    }
    return spec;
}

// ---------------------------------------------------------------- batch records

template<class Object>
QList<ProcessParameter> parseParameters(Fields &f, const Object &step, const QString &sp)
{
    QList<ProcessParameter> out;
    const auto params = f.array(step, sp, "parameters", Fields::Optional, 200);
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QString pp = indexed(sp, "parameters", i);
        const Object o = params.at(i).toObject();
        f.onlyKnown(o, pp, {u"name"_s, u"setPoint"_s, u"low"_s, u"high"_s, u"actual"_s, u"unit"_s});
        ProcessParameter param;
        param.name = f.text(o, pp, "name", Fields::Required);
        param.setPoint = f.number(o, pp, "setPoint", Fields::Optional);
        param.low = f.number(o, pp, "low", Fields::Optional);
        param.high = f.number(o, pp, "high", Fields::Optional);
        param.actual = f.number(o, pp, "actual", Fields::Optional);
        param.unit = Formats::normalizeUnit(f.text(o, pp, "unit", Fields::Optional, 32));
        if (param.low && param.high && param.low->value > param.high->value)
            f.problem(
                pp, u"low"_s,
                Formats::tr("is above high (%1 > %2)").arg(param.low->text, param.high->text));
        out << param;
    }
    return out;
}

// A batch record from Qt's tree of its JSON or simdjson's (Object: QJsonObject or DomObject).
template<class Object>
BatchRecord parseBatch(Fields &f, const Object &b, const QString &bp)
{
    f.onlyKnown(b, bp,
                {u"batchNumber"_s, u"product"_s, u"site"_s, u"masterBatchRecordVersion"_s,
                 u"startedAt"_s, u"endedAt"_s, u"recordStatus"_s, u"presentation"_s, u"expiresAt"_s,
                 u"plannedShipmentAt"_s, u"chainOfIdentity"_s, u"custody"_s, u"steps"_s,
                 u"materials"_s, u"equipment"_s, u"deviations"_s, u"environmentalMonitoring"_s,
                 u"qcSamples"_s});
    BatchRecord r;
    r.batchNumber = identifier(f, b, bp, "batchNumber", Fields::Required, Fields::isIdentifier,
                               Formats::tr("batch number"));
    r.productCode = identifier(f, b, bp, "product", Fields::Required, Fields::isProductCode,
                               Formats::tr("product code"));
    r.site = f.text(b, bp, "site", Fields::Required);
    r.masterBatchRecordVersion = f.text(b, bp, "masterBatchRecordVersion", Fields::Required, 32);
    r.startedAt = f.dateTime(b, bp, "startedAt", Fields::Required);
    r.endedAt = f.dateTime(b, bp, "endedAt", Fields::Optional);
    r.recordStatus = f.text(b, bp, "recordStatus", Fields::Required, 32);
    r.presentation = f.text(b, bp, "presentation", Fields::Required, 32);
    if (!r.presentation.isEmpty() && r.presentation != u"fresh"_s &&
        r.presentation != u"cryopreserved"_s)
        f.problem(bp, u"presentation"_s,
                  Formats::tr("is \"%1\"; it must be fresh or cryopreserved").arg(r.presentation));
    r.expiresAt = f.dateTime(b, bp, "expiresAt", Fields::Optional);
    r.plannedShipmentAt = f.dateTime(b, bp, "plannedShipmentAt", Fields::Optional);
    if (r.startedAt.isValid() && r.endedAt.isValid() && r.endedAt < r.startedAt)
        f.problem(bp, u"endedAt"_s, Formats::tr("is before startedAt"));

    const QString cp = bp + u".chainOfIdentity"_s;
    const Object coi = f.object(b, bp, "chainOfIdentity", Fields::Required);
    f.onlyKnown(coi, cp,
                {u"din"_s, u"patientReference"_s, u"collectionId"_s, u"collectionSite"_s,
                 u"collectedAt"_s, u"treatmentCentre"_s});
    r.coi.din = f.text(coi, cp, "din", Fields::Required, 32);
    r.coi.patientReference =
        f.text(coi, cp, "patientReference", Fields::Required, Fields::kIdLength);
    r.coi.collectionId = f.text(coi, cp, "collectionId", Fields::Required, Fields::kIdLength);
    r.coi.collectionSite = f.text(coi, cp, "collectionSite", Fields::Required);
    r.coi.collectedAt = f.dateTime(coi, cp, "collectedAt", Fields::Required);
    r.coi.treatmentCentre = f.text(coi, cp, "treatmentCentre", Fields::Required);

    const auto custody = f.array(b, bp, "custody", Fields::Optional, 500);
    for (qsizetype i = 0; i < custody.size(); ++i) {
        const QString ep = indexed(bp, "custody", i);
        const Object o = custody.at(i).toObject();
        f.onlyKnown(
            o, ep,
            {u"event"_s, u"at"_s, u"by"_s, u"location"_s, u"temperatureC"_s, u"identifier"_s});
        CustodyEvent e;
        e.event = f.text(o, ep, "event", Fields::Required);
        if (!e.event.isEmpty() && !custodyEventTypes().contains(e.event))
            f.problem(ep, u"event"_s,
                      Formats::tr("is \"%1\", which is not a custody event; use one of: %2")
                          .arg(e.event.left(60), custodyEventTypes().join(u", "_s)));
        e.at = f.dateTime(o, ep, "at", Fields::Required);
        e.by = f.text(o, ep, "by", Fields::Required);
        e.location = f.text(o, ep, "location", Fields::Required);
        e.temperatureC = f.number(o, ep, "temperatureC", Fields::Optional);
        e.identifier = f.text(o, ep, "identifier", Fields::Optional, Fields::kIdLength);
        r.custody << e;
    }

    QSet<int> sequences;
    const auto steps = f.array(b, bp, "steps", Fields::Optional, 1000);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString sp = indexed(bp, "steps", i);
        const Object o = steps.at(i).toObject();
        f.onlyKnown(o, sp,
                    {u"sequence"_s, u"name"_s, u"equipment"_s, u"startedAt"_s, u"endedAt"_s,
                     u"operator"_s, u"verifier"_s, u"manualEntry"_s, u"notes"_s, u"parameters"_s});
        ProcessStep s;
        s.sequence = f.integer(o, sp, "sequence", Fields::Required, 1, 100000);
        if (s.sequence > 0 && sequences.contains(s.sequence))
            f.problem(sp, u"sequence"_s, Formats::tr("%1 appears twice").arg(s.sequence));
        sequences.insert(s.sequence);
        s.name = f.text(o, sp, "name", Fields::Required);
        s.equipmentId = f.text(o, sp, "equipment", Fields::Optional, Fields::kIdLength);
        s.startedAt = f.dateTime(o, sp, "startedAt", Fields::Optional);
        s.endedAt = f.dateTime(o, sp, "endedAt", Fields::Optional);
        s.operatorName = f.text(o, sp, "operator", Fields::Required, Fields::kIdLength);
        s.verifier = f.text(o, sp, "verifier", Fields::Optional, Fields::kIdLength);
        s.manualEntry = f.boolean(o, sp, "manualEntry", false);
        s.notes = f.text(o, sp, "notes", Fields::Optional, Fields::kTextLength);
        s.parameters = parseParameters(f, o, sp);
        r.steps << s;
    }

    const auto materials = f.array(b, bp, "materials", Fields::Optional, 1000);
    for (qsizetype i = 0; i < materials.size(); ++i) {
        const QString mp = indexed(bp, "materials", i);
        const Object o = materials.at(i).toObject();
        f.onlyKnown(o, mp, {u"code"_s, u"name"_s, u"lot"_s, u"expiry"_s, u"step"_s});
        MaterialUse m;
        m.code = f.text(o, mp, "code", Fields::Required, Fields::kIdLength);
        m.name = f.text(o, mp, "name", Fields::Optional);
        m.lot = f.text(o, mp, "lot", Fields::Required, Fields::kIdLength);
        m.expiry = f.date(o, mp, "expiry", Fields::Optional);
        m.step = f.integer(o, mp, "step", Fields::Optional, 0, 100000);
        r.materials << m;
    }

    const auto equipment = f.array(b, bp, "equipment", Fields::Optional, 1000);
    for (qsizetype i = 0; i < equipment.size(); ++i) {
        const QString qp = indexed(bp, "equipment", i);
        const Object o = equipment.at(i).toObject();
        f.onlyKnown(o, qp, {u"id"_s, u"name"_s, u"calibrationDue"_s});
        EquipmentUse e;
        e.id = f.text(o, qp, "id", Fields::Required, Fields::kIdLength);
        e.name = f.text(o, qp, "name", Fields::Optional);
        e.calibrationDue = f.date(o, qp, "calibrationDue", Fields::Optional);
        r.equipment << e;
    }

    const auto deviations = f.array(b, bp, "deviations", Fields::Optional, 1000);
    for (qsizetype i = 0; i < deviations.size(); ++i) {
        const QString dp = indexed(bp, "deviations", i);
        const Object o = deviations.at(i).toObject();
        f.onlyKnown(o, dp,
                    {u"id"_s, u"title"_s, u"class"_s, u"status"_s, u"openedAt"_s, u"closedAt"_s,
                     u"impact"_s});
        Deviation d;
        d.id = f.text(o, dp, "id", Fields::Required, Fields::kIdLength);
        d.title = f.text(o, dp, "title", Fields::Required);
        const QString cls = f.text(o, dp, "class", Fields::Required, 16);
        if (const std::optional<DeviationClass> c = deviationClassFromId(cls))
            d.deviationClass = *c;
        else if (!cls.isEmpty())
            f.problem(dp, u"class"_s,
                      Formats::tr("is \"%1\"; it must be minor, major or critical").arg(cls));
        const QString status = f.text(o, dp, "status", Fields::Required, 16);
        if (status == u"open"_s || status == u"closed"_s)
            d.open = status == u"open"_s;
        else if (!status.isEmpty())
            f.problem(dp, u"status"_s,
                      Formats::tr("is \"%1\"; it must be open or closed").arg(status));
        d.openedAt = f.dateTime(o, dp, "openedAt", Fields::Required);
        d.closedAt = f.dateTime(o, dp, "closedAt", Fields::Optional);
        if (!d.open && status == u"closed"_s && !d.closedAt.isValid())
            f.problem(dp, u"closedAt"_s, Formats::tr("is missing for a closed deviation"));
        d.impact = f.text(o, dp, "impact", Fields::Optional, Fields::kTextLength);
        r.deviations << d;
    }

    const auto em = f.array(b, bp, "environmentalMonitoring", Fields::Optional, 5000);
    for (qsizetype i = 0; i < em.size(); ++i) {
        const QString ep = indexed(bp, "environmentalMonitoring", i);
        const Object o = em.at(i).toObject();
        f.onlyKnown(o, ep,
                    {u"room"_s, u"grade"_s, u"location"_s, u"sampledAt"_s, u"particles05PerM3"_s,
                     u"particles5PerM3"_s, u"cfu"_s, u"limits"_s});
        EmSample s;
        s.room = f.text(o, ep, "room", Fields::Required, Fields::kIdLength);
        s.grade = f.text(o, ep, "grade", Fields::Required, 1);
        if (!s.grade.isEmpty() && !QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}.contains(s.grade))
            f.problem(ep, u"grade"_s,
                      Formats::tr("is \"%1\"; it must be A, B, C or D").arg(s.grade));
        s.location = f.text(o, ep, "location", Fields::Required);
        s.sampledAt = f.dateTime(o, ep, "sampledAt", Fields::Required);
        s.particles05 = f.number(o, ep, "particles05PerM3", Fields::Optional);
        s.particles5 = f.number(o, ep, "particles5PerM3", Fields::Optional);
        s.cfu = f.number(o, ep, "cfu", Fields::Optional);
        const QString lp = ep + u".limits"_s;
        const Object limits = f.object(o, ep, "limits", Fields::Optional);
        f.onlyKnown(limits, lp,
                    {u"alert05"_s, u"action05"_s, u"alert5"_s, u"action5"_s, u"alertCfu"_s,
                     u"actionCfu"_s});
        s.alert05 = f.number(limits, lp, "alert05", Fields::Optional);
        s.action05 = f.number(limits, lp, "action05", Fields::Optional);
        s.alert5 = f.number(limits, lp, "alert5", Fields::Optional);
        s.action5 = f.number(limits, lp, "action5", Fields::Optional);
        s.alertCfu = f.number(limits, lp, "alertCfu", Fields::Optional);
        s.actionCfu = f.number(limits, lp, "actionCfu", Fields::Optional);
        r.em << s;
    }

    QSet<QString> sampleIds;
    const auto samples = f.array(b, bp, "qcSamples", Fields::Optional, 1000);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QString qp = indexed(bp, "qcSamples", i);
        const Object o = samples.at(i).toObject();
        f.onlyKnown(o, qp, {u"id"_s, u"drawnAt"_s, u"step"_s, u"identifier"_s});
        QcSample s;
        s.id = identifier(f, o, qp, "id", Fields::Required, Fields::isIdentifier,
                          Formats::tr("sample identifier"));
        if (!s.id.isEmpty() && sampleIds.contains(s.id))
            f.problem(qp, u"id"_s, Formats::tr("\"%1\" appears twice").arg(s.id));
        sampleIds.insert(s.id);
        s.drawnAt = f.dateTime(o, qp, "drawnAt", Fields::Optional);
        s.step = f.integer(o, qp, "step", Fields::Optional, 0, 100000);
        s.identifier = f.text(o, qp, "identifier", Fields::Optional, Fields::kIdLength);
        r.qcSamples << s;
    }
    // Steps are kept in sequence order whatever order the file lists them in, so that a
    // record has one canonical form (and one content hash).
    std::stable_sort(
        r.steps.begin(), r.steps.end(),
        [](const ProcessStep &x, const ProcessStep &y) { return x.sequence < y.sequence; });
    return r;
}

// ---------------------------------------------------------------- QC results

// The checks every result gets, whichever format it came in.
// `valueGiven`: the file had something in the value field (a bad number is reported where it
// is read, not again as missing).
void checkResult(Fields &f, const QcResult &r, const QString &where, const QString &statusText,
                 bool valueGiven)
{
    if (r.status == ResultStatus::Pending) {
        if (r.value || !r.text.isEmpty())
            f.problem(where, u"value"_s, Formats::tr("a pending result has no value yet"));
    } else if (r.value && !r.text.isEmpty()) {
        f.problem(where, u"text"_s, Formats::tr("a result has a number or a text, not both"));
    } else if (!r.value && !valueGiven && r.text.isEmpty() && !statusText.isEmpty()) {
        f.problem(where, u"value"_s,
                  Formats::tr("is missing (a %1 result needs a number or a "
                              "text)")
                      .arg(statusText));
    }
    if (r.status == ResultStatus::Invalidated && r.reason.isEmpty())
        f.problem(where, u"reason"_s, Formats::tr("is missing: an invalidated result needs one"));
}

ResultStatus statusOf(Fields &f, const QString &text, const QString &where)
{
    if (text.isEmpty())
        return ResultStatus::Final;
    if (const std::optional<ResultStatus> s = resultStatusFromId(text))
        return *s;
    f.problem(where, u"status"_s,
              Formats::tr("is \"%1\"; it must be final, pending or invalidated").arg(text));
    return ResultStatus::Final;
}

QcResult parseResult(Fields &f, const QJsonObject &o, const QString &rp)
{
    f.onlyKnown(o, rp,
                {u"batch"_s, u"sample"_s, u"test"_s, u"value"_s, u"text"_s, u"unit"_s, u"method"_s,
                 u"instrument"_s, u"analyst"_s, u"testedAt"_s, u"status"_s, u"reason"_s});
    QcResult r;
    r.batchNumber = identifier(f, o, rp, "batch", Fields::Optional, Fields::isIdentifier,
                               Formats::tr("batch number"));
    // A sample of the store, or a name as an instrument's operator typed it, which takes
    // the result to the unassigned inbox (as an export of the inbox holds them).
    r.sampleId = f.text(o, rp, "sample", Fields::Required, Fields::kNameLength);
    r.testCode = identifier(f, o, rp, "test", Fields::Required, Fields::isTestCode,
                            Formats::tr("test code"));
    r.value = f.number(o, rp, "value", Fields::Optional);
    r.text = f.text(o, rp, "text", Fields::Optional);
    r.unit = Formats::normalizeUnit(f.text(o, rp, "unit", Fields::Optional, 32));
    r.method = f.text(o, rp, "method", Fields::Optional);
    r.instrument = f.text(o, rp, "instrument", Fields::Optional);
    r.analyst = f.text(o, rp, "analyst", Fields::Required, Fields::kIdLength);
    r.testedAt = f.dateTime(o, rp, "testedAt", Fields::Required, &r.testedAtNanos);
    const QString status = f.text(o, rp, "status", Fields::Optional, 16);
    r.status = statusOf(f, status, rp);
    r.reason = f.text(o, rp, "reason", Fields::Optional, Fields::kTextLength);
    checkResult(f, r, rp, resultStatusId(r.status), o.contains(u"value"_s));
    return r;
}

void parseResultsJson(Fields &f, const QJsonObject &root, ParsedFile &out)
{
    f.onlyKnown(root, u"$"_s, {u"format"_s, u"results"_s});
    const QJsonArray results =
        f.array(root, u"$"_s, "results", Fields::Required, Formats::kMaxRows);
    out.results.reserve(results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString rp = indexed(u"$"_s, "results", i);
        out.results << parseResult(f, results.at(i).toObject(), rp);
        out.resultPlaces << rp;
    }
}

// The whole file through the pieces, read on every core at once; problems put together in the
// file's order.
void parseResultsCsv(Fields &f, QByteArrayView bytes, ParsedFile &out)
{
    ResultsCsv csv(f.file(), bytes, ResultsCsv::kWholePieceBytes, computeThreads());
    Problems headerProblems;
    const ResultsCsv::Opened opened = csv.open(headerProblems);
    if (opened == ResultsCsv::Opened::Unreadable) {
        qsizetype cursor = 0;
        f.problems().takeFrom(headerProblems, cursor, headerProblems.count());
        return;
    }
    const bool headerRefused = opened == ResultsCsv::Opened::HeaderRefused;
    std::vector<ResultsCsv::Piece> parts(static_cast<std::size_t>(csv.pieceCount()));
    inParts(csv.pieceCount(), computeThreads(), 1, [&](qsizetype from, qsizetype to) {
        for (qsizetype p = from; p < to; ++p)
            parts[static_cast<std::size_t>(p)] = headerRefused ? csv.check(p) : csv.read(p);
    });
    // The first malformed record, in the file's order: later pieces may be cut wrong.
    qsizetype rowCount = 0;
    for (const ResultsCsv::Piece &part : parts) {
        if (!part.malformed.isEmpty()) {
            f.problem(part.malformedPlace, QString(), part.malformed);
            return;
        }
        rowCount += part.rows;
    }
    if (rowCount > Formats::kMaxRows) {
        f.problem(QString(), QString(), csv.tooManyRows(rowCount));
        return;
    }
    if (headerRefused) {
        qsizetype cursor = 0;
        f.problems().takeFrom(headerProblems, cursor, headerProblems.count());
        return;
    }
    out.results.reserve(rowCount);
    out.resultPlaces.reserve(rowCount);
    for (ResultsCsv::Piece &part : parts) {
        qsizetype cursor = 0;
        f.problems().takeFrom(part.problems, cursor, part.problems.count());
        out.results << std::move(part.results);
        for (const int line : std::as_const(part.at))
            out.resultPlaces << csv.place(line);
    }
}

// ---------------------------------------------------------------- Allotrope cell counting

QString asmPath(const QStringList &parts)
{
    QString p = u"$"_s;
    for (const QString &part : parts) {
        if (part.startsWith(u'['))
            p += part;
        else
            p += u"['"_s + part + u"']"_s;
    }
    return p;
}

// Letters and digits only, in lower case: "Vi-CELL" and "Vi-Cell BLU" compare as "vicell" and
// "vicellblu".
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The instrument as the file names it: model, maker, serial number and the other identifiers it
// gives, each once. `control` is a measurement's device control document, where some exporters
// put the serial number.
QString asmInstrument(const QJsonObject &device, const QJsonObject &control)
{
    const auto given = [](const QJsonObject &o, const char *key) {
        const QString v = o.value(QLatin1StringView(key)).toString().trimmed();
        return v == u"N/A"_s ? QString() : v;
    };
    QString text = given(device, "model number");
    const QString maker = given(device, "product manufacturer");
    if (!maker.isEmpty() && !text.contains(maker, Qt::CaseInsensitive))
        text = text.isEmpty() ? maker : u"%1 (%2)"_s.arg(text, maker);
    QStringList seen{text};
    const auto add = [&](const QString &value, const QString &form) {
        if (value.isEmpty() || seen.contains(value))
            return;
        seen << value;
        text += (text.isEmpty() ? QString() : u", "_s) + form.arg(value);
    };
    QString serial = given(device, "equipment serial number");
    if (serial.isEmpty())
        serial = given(control, "equipment serial number");
    add(serial, Formats::tr("serial %1"));
    add(given(device, "device identifier"), Formats::tr("device %1"));
    add(given(device, "asset management identifier"), Formats::tr("asset %1"));
    return text;
}

// Whether an ASM analyst field names no person: empty, "N/A", or the instrument itself (a
// converter writes the instrument's name where the export has no operator).
bool namesNoPerson(const QString &analyst, const QJsonObject &device)
{
    const QString a = squeezed(analyst);
    if (a.isEmpty() || a == u"na"_s)
        return true;
    // The same name, or the model's name without its variant ("Vi-CELL" for "Vi-Cell BLU"),
    // or a name that contains the device's: not a person's name that happens to begin alike.
    for (const char *key : {"model number", "brand name", "device identifier",
                            "equipment serial number", "product manufacturer"}) {
        const QString d = squeezed(device.value(QLatin1StringView(key)).toString());
        if (d.size() < 3 || d == u"na"_s)
            continue;
        if (a == d || (a.size() >= 5 && d.startsWith(a)) || a.contains(d))
            return true;
    }
    return false;
}

// How a converter writes "not reported": no value, an empty or "N/A" text, or -0.0 beside an
// error document.
// `written`: the number's text where Qt's reader did not keep it (jsonkeys.h).
bool notReported(const QJsonValue &value, bool errorGiven, const QString &written)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        const QString t = value.toString().trimmed().toLower();
        return t.isEmpty() || t == u"n/a"_s || t == u"na"_s || t == u"nan"_s ||
               t == u"not reported"_s || t == u"-"_s;
    }
    if (value.isDouble()) {
        const double v = value.toDouble();
        return errorGiven && v == 0 && (std::signbit(v) || written.startsWith(u'-'));
    }
    return false;
}

// The errors an error aggregate document of `o` reports, by the feature they are about
// ("viability (cell counter)", in lower case; "" where an error names no feature).
QHash<QString, QString> errorsOf(const QJsonObject &o)
{
    QHash<QString, QString> out;
    const QJsonArray errors =
        o.value(u"error aggregate document"_s).toObject().value(u"error document"_s).toArray();
    for (const QJsonValue &e : errors) {
        const QString feature = e.toObject().value(u"error feature"_s).toString().trimmed();
        out.insert(feature.toLower(), e.toObject().value(u"error"_s).toString().trimmed());
    }
    return out;
}

// Counts one more value not imported for `reason`.
void countNotImported(QList<NotImported> &out, const QString &what, const QString &reason,
                      const QString &where)
{
    for (NotImported &n : out) {
        if (n.what == what && n.reason == reason) {
            ++n.count;
            return;
        }
    }
    out << NotImported{what, reason, where, 1};
}

// Why a quantity found outside the results this version reads is not imported, from where it
// sits in the file.
QString notReadBecause(const QStringList &keys)
{
    if (keys.contains(u"device control aggregate document"_s))
        return Formats::tr("an instrument setting, not a result");
    if (keys.contains(u"data processing document"_s))
        return Formats::tr("a setting of the analysis, not a result");
    if (keys.contains(u"calculated data aggregate document"_s))
        return Formats::tr("calculated by the instrument's software from other values; this "
                           "version reads only measured cell-counting results");
    if (keys.contains(u"custom information document"_s))
        return Formats::tr("information of this instrument's own, outside the cell-counting "
                           "model");
    if (keys.contains(u"sample document"_s))
        return Formats::tr("a property of the sample, not a result");
    return Formats::tr("not a cell-counting result this version reads");
}

// Lists every number of `value` (at `path`, under the member names `keys`) that is not
// imported, except the result fields of processed data documents, which parseAsm reads.
void listNotRead(const QJsonValue &value, const QString &path, QStringList &keys,
                 QList<NotImported> &out)
{
    const auto note = [&](const QString &what, const QString &where) {
        countNotImported(out, what, notReadBecause(keys), where);
    };
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            listNotRead(a.at(i), u"%1[%2]"_s.arg(path).arg(i), keys, out);
        return;
    }
    if (!value.isObject()) {
        if (value.isDouble() && !keys.isEmpty())
            note(keys.last(), path);
        return;
    }
    const QJsonObject o = value.toObject();
    if (o.contains(u"value"_s) && !keys.isEmpty()) { // a quantity: {"value": …, "unit": …}
        note(keys.last(), path);
        return;
    }
    // Where parseAsm reads results: its fields there are read or listed by it.
    static const QStringList resultsAt{
        u"cell counting document"_s, u"measurement aggregate document"_s, u"measurement document"_s,
        u"processed data aggregate document"_s, u"processed data document"_s};
    const bool processed = keys == resultsAt;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (processed && Formats::asmField(it.key()))
            continue; // a result field: read, or listed, by parseAsm
        const QString at = path + u"['"_s + it.key() + u"']"_s;
        if (it.key() == u"calculated result"_s) { // named by its sibling
            const QString name = o.value(u"calculated data name"_s).toString().trimmed();
            note(name.isEmpty() ? it.key() : name, at);
            continue;
        }
        keys << it.key();
        listNotRead(it.value(), at, keys, out);
        keys.removeLast();
    }
}

// The list `key` of `o` (at `path`), which the model makes a list: anything else there is
// refused, as its values would be neither read nor listed.
QJsonArray asmList(Fields &f, const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray())
        f.problem(path, key, Formats::tr("is not a list (%1)").arg(Fields::shown(v)));
    return v.toArray();
}

void parseAsm(Fields &f, const QJsonObject &root, ParsedFile &out)
{
    const QJsonObject aggregate = root.value(u"cell counting aggregate document"_s).toObject();
    const QJsonObject device = aggregate.value(u"device system document"_s).toObject();
    const QJsonArray documents =
        asmList(f, aggregate, asmPath({u"cell counting aggregate document"_s}),
                u"cell counting document"_s);
    const QString aggregatePath = asmPath({u"cell counting aggregate document"_s});
    const auto notImported = [&out](const QString &what, const QString &reason,
                                    const QString &where) {
        countNotImported(out.notImported, what, reason, where);
    };

    for (qsizetype d = 0; d < documents.size(); ++d) {
        const QJsonObject doc = documents.at(d).toObject();
        const QString dp = asmPath(
            {u"cell counting aggregate document"_s, u"cell counting document"_s, u"[%1]"_s.arg(d)});
        const QString givenAnalyst = doc.value(u"analyst"_s).toString();
        // The analyst is a person the file names; otherwise the importer answers for the results
        // (Importer fills in the name) and the summary says so.
        QString analyst;
        if (!namesNoPerson(givenAnalyst, device))
            analyst = f.text(givenAnalyst, dp, u"analyst"_s, Fields::Required, Fields::kIdLength);
        else // not an analyst, but shown in the summary: checked as any text
            f.text(givenAnalyst, dp, u"analyst"_s, Fields::Optional, Fields::kIdLength);
        const QJsonObject measurementAggregate =
            doc.value(u"measurement aggregate document"_s).toObject();
        const QJsonArray measurements =
            asmList(f, measurementAggregate, dp + u"['measurement aggregate document']"_s,
                    u"measurement document"_s);
        for (qsizetype m = 0; m < measurements.size(); ++m) {
            const QJsonObject measurement = measurements.at(m).toObject();
            const QString mp =
                asmPath({u"cell counting aggregate document"_s, u"cell counting document"_s,
                         u"[%1]"_s.arg(d), u"measurement aggregate document"_s,
                         u"measurement document"_s, u"[%1]"_s.arg(m)});
            const QJsonObject sample = measurement.value(u"sample document"_s).toObject();
            // The name as the operator typed it (without spaces at its ends, as every text is
            // read): one that is no sample of this store takes its results to the unassigned
            // inbox, where they are given to a real sample.
            const QJsonValue givenName = sample.value(u"sample identifier"_s);
            const QString sampleName =
                givenName.isString() && !givenName.toString().trimmed().isEmpty()
                    ? f.text(givenName.toString(), mp, u"sample identifier"_s, Fields::Required,
                             Fields::kNameLength)
                    : QString();
            // Only a hint (the store knows each sample's batch): one that is not a valid batch
            // number is left out.
            QString batchHint = sample.value(u"batch identifier"_s).toString().trimmed();
            if (batchHint.size() > Fields::kIdLength || !Fields::isIdentifier(batchHint))
                batchHint.clear();
            const QJsonArray controls = measurement.value(u"device control aggregate document"_s)
                                            .toObject()
                                            .value(u"device control document"_s)
                                            .toArray();
            const QString instrument = f.text(
                asmInstrument(device, controls.first().toObject()),
                asmPath({u"cell counting aggregate document"_s, u"device system document"_s}),
                u"model number"_s, Fields::Optional, Fields::kNameLength);
            const QJsonValue time = measurement.value(u"measurement time"_s);
            QDateTime measured;
            int measuredNanos = 0;
            if (time.isString() && !time.toString().trimmed().isEmpty())
                measured = f.dateTime(time.toString(), mp, u"measurement time"_s, Fields::Required,
                                      &measuredNanos);
            else if (!time.isUndefined() && !time.isNull() && !time.isString())
                f.problem(mp, u"measurement time"_s,
                          Formats::tr("is not text (%1)").arg(Fields::shown(time)));
            QString unusable; // why this measurement's results cannot be imported
            if (sampleName.isEmpty())
                unusable = Formats::tr("the measurement names no sample");
            else if (time.isUndefined() || time.isNull() || time.toString().trimmed().isEmpty())
                unusable = Formats::tr("the measurement has no time");
            const QHash<QString, QString> measurementErrors = errorsOf(measurement);
            const QJsonArray processed = asmList(
                f, measurement.value(u"processed data aggregate document"_s).toObject(),
                mp + u"['processed data aggregate document']"_s, u"processed data document"_s);
            for (qsizetype k = 0; k < processed.size(); ++k) {
                const QJsonObject data = processed.at(k).toObject();
                const QString kp = mp + u"['processed data aggregate document']['processed data "
                                        "document'][%1]"_s.arg(k);
                QHash<QString, QString> errors = measurementErrors;
                errors.insert(errorsOf(data));
                for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
                    const std::optional<Formats::AsmField> field = Formats::asmField(it.key());
                    if (!field)
                        continue;
                    const QString place = kp + u"['"_s + it.key() + u"']"_s;
                    if (!it.value().isObject()) { // 91.5 where {"value": 91.5, …} belongs
                        f.problem(place, QString(),
                                  Formats::tr("is not a quantity ({\"value\": …, \"unit\": …}) "
                                              "but %1")
                                      .arg(Fields::shown(it.value())));
                        continue;
                    }
                    const QJsonObject quantity = it.value().toObject();
                    const QJsonValue value = quantity.value(u"value"_s);
                    if (!unusable.isEmpty()) {
                        notImported(it.key(), unusable, place);
                        continue;
                    }
                    // An error about this quantity: whatever value stands beside it is none.
                    const auto error = errors.constFind(it.key().toLower());
                    if (error != errors.constEnd()) {
                        notImported(it.key(),
                                    error->isEmpty()
                                        ? Formats::tr("not reported by the instrument")
                                        : Formats::tr("not reported by the instrument (\"%1\")")
                                              .arg(error->left(80)),
                                    place);
                        continue;
                    }
                    // The number as written, where Qt's reader changed it ("-0.0", "1.50").
                    QString written = f.writtenAs(
                        u"$.cell counting aggregate document.cell counting document[%1]."
                        "measurement aggregate document.measurement document[%2].processed data "
                        "aggregate document.processed data document[%3].%4"_s.arg(d)
                            .arg(m)
                            .arg(k)
                            .arg(it.key()),
                        QLatin1StringView("value"));
                    if (!value.isDouble() || !Fields::sameValue(written, value.toDouble()))
                        written.clear();
                    if (notReported(value, !errors.isEmpty(), written)) {
                        notImported(it.key(), Formats::tr("not reported by the instrument"), place);
                        continue;
                    }
                    QcResult r;
                    if (value.isString()) { // a number written as text: read as written
                        r.value = f.number(value.toString(), place, u"value"_s, Fields::Required);
                        if (!r.value)
                            continue;
                    } else if (value.isDouble()) {
                        const double v = value.toDouble();
                        const qint64 i = value.toInteger(std::numeric_limits<qint64>::min());
                        r.value = Number{!written.isEmpty() ? written
                                         : i != std::numeric_limits<qint64>::min() &&
                                                 static_cast<double>(i) == v && !std::signbit(v)
                                             ? QString::number(i)
                                             : Fields::numberText(v),
                                         v};
                    } else {
                        f.problem(place, u"value"_s,
                                  Formats::tr("is not a number (%1)").arg(Fields::shown(value)));
                        continue;
                    }
                    r.batchNumber = batchHint;
                    r.sampleId = sampleName;
                    r.testCode = QLatin1StringView(field->testCode);
                    r.unit = Formats::normalizeUnit(f.text(quantity.value(u"unit"_s).toString(),
                                                           place, u"unit"_s, Fields::Optional, 32));
                    r.method = Formats::tr("automated cell count");
                    r.instrument = instrument;
                    r.analyst = analyst;
                    r.testedAt = measured;
                    r.testedAtNanos = measuredNanos;
                    if (analyst.isEmpty())
                        ++out.analystNotNamed[givenAnalyst.trimmed()];
                    out.results << r;
                    out.resultPlaces << place;
                }
            }
        }
    }
    // Every other number in the file is named with why it is not imported.
    QStringList keys;
    listNotRead(QJsonValue(aggregate), aggregatePath, keys, out.notImported);
    if (out.results.isEmpty() && f.problems().isEmpty())
        f.problem(u"$"_s, QString(),
                  Formats::tr("the file holds no cell-counting results this "
                              "version of ReleaseDesk reads"));
}

// Offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms, no
// surrogates), or -1. simdjson's validator (the same rules, on the processor's vector
// instructions) answers for a well-formed file; the loop below finds where one is not.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    if (simdjson::validate_utf8(bytes.constData(), static_cast<std::size_t>(bytes.size())))
        return -1;
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight bytes at a time while they are ASCII, as most of every format is.
        if (std::uint64_t word; i + 8 <= n) {
            std::memcpy(&word, s + i, sizeof word);
            if ((word & 0x8080808080808080u) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        unsigned minimum;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        unsigned cp = c & (0x7Fu >> length);
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Where a file's content starts (after a byte-order mark and blank space), and whether it is
// JSON there.
qsizetype contentStart(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() &&
           (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t'))
        ++i;
    return i;
}

bool isJsonAt(const QByteArray &bytes, qsizetype i)
{
    return i < bytes.size() && (bytes[i] == '{' || bytes[i] == '[');
}

// A CSV file whose first line, at `i`, names the columns of QC results.
bool isResultsCsvAt(const QByteArray &bytes, qsizetype i)
{
    const qsizetype eol = bytes.indexOf('\n', i);
    const QByteArray first = bytes.mid(i, eol < 0 ? -1 : eol - i).trimmed().toLower();
    return first.contains("sample") && first.contains("test") && first.contains(',');
}

// What a JSON file's root says it is.
FileKind kindOf(const QJsonObject &root)
{
    const QString format = root.value(u"format"_s).toString();
    if (format == QLatin1StringView(Formats::kSpecificationFormat))
        return FileKind::Specification;
    if (format == QLatin1StringView(Formats::kBatchRecordFormat))
        return FileKind::BatchRecords;
    if (format == QLatin1StringView(Formats::kQcResultsFormat))
        return FileKind::QcResultsJson;
    if (root.value(u"$asm.manifest"_s).toString().contains(u"cell-counting"_s) ||
        root.contains(u"cell counting aggregate document"_s))
        return FileKind::AsmCellCounting;
    return FileKind::Unknown;
}

FileKind detect(const QByteArray &bytes, QJsonObject *root, QJsonParseError *jsonError)
{
    const qsizetype i = contentStart(bytes);
    if (isJsonAt(bytes, i)) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, jsonError);
        if (jsonError->error != QJsonParseError::NoError)
            return FileKind::Unknown;
        *root = doc.object();
        return kindOf(*root);
    }
    return isResultsCsvAt(bytes, i) ? FileKind::QcResultsCsv : FileKind::Unknown;
}

// "line 3, column 7" of a byte of a file.
QString lineAndColumn(QByteArrayView bytes, qsizetype offset)
{
    const QByteArrayView before = bytes.first(std::clamp<qsizetype>(offset, 0, bytes.size()));
    return Formats::tr("line %1, column %2")
        .arg(before.count('\n') + 1)
        .arg(before.size() - (before.lastIndexOf('\n') + 1) + 1);
}

// A QC results or batch-record JSON file through the pieces of JsonRecords, read on every core
// at once, its problems put together in the file's order. False when the file is not of that
// form (its root is not JSON, say): it is then read whole.
bool readListed(Fields &f, const QByteArray &bytes, ParsedFile &out)
{
    std::optional<JsonListPieces> list = JsonListPieces::cut(
        bytes, {"results", "batches"}, ResultsCsv::kWholePieceBytes, computeThreads());
    if (!list)
        return false;
    JsonRecords reader(f.file(), bytes, std::move(*list));
    Problems rootProblems;
    const JsonRecords::Opened opened = reader.open(rootProblems);
    if (opened == JsonRecords::Opened::ReadWhole)
        return false;
    out.kind = reader.kind();
    // (Refused at the root: the items are read only for what is not JSON, and not kept.)
    const bool refused = opened == JsonRecords::Opened::RootRefused;
    std::vector<RecordPieces::Piece> parts(static_cast<std::size_t>(reader.pieceCount()));
    inParts(reader.pieceCount(), computeThreads(), 1, [&](qsizetype from, qsizetype to) {
        for (qsizetype p = from; p < to; ++p) {
            RecordPieces::Piece &part = parts[static_cast<std::size_t>(p)];
            part = reader.read(p);
            if (refused) {
                part.results.clear();
                part.batches.clear();
                part.problems = {};
            }
        }
    });
    // What makes a piece unreadable is reported alone: the first of the highest rank.
    const RecordPieces::Piece *malformed = nullptr;
    for (const RecordPieces::Piece &part : parts) {
        if (part.malformedRank > (malformed ? malformed->malformedRank : 0))
            malformed = &part;
    }
    if (malformed) {
        f.problem(malformed->malformedPlace, malformed->malformedField, malformed->malformed);
        return true;
    }
    qsizetype cursor = 0;
    f.problems().takeFrom(rootProblems, cursor, rootProblems.count());
    if (opened == JsonRecords::Opened::RootRefused)
        return true;
    if (reader.kind() == FileKind::QcResultsJson) {
        out.results.reserve(reader.itemCount());
        out.resultPlaces.reserve(reader.itemCount());
        for (RecordPieces::Piece &part : parts) {
            qsizetype from = 0;
            f.problems().takeFrom(part.problems, from, part.problems.count());
            out.results << std::move(part.results);
            for (const int item : std::as_const(part.at))
                out.resultPlaces << reader.place(item);
        }
        return true;
    }
    QSet<QString> numbers;
    QList<int> at;
    out.batches.reserve(reader.itemCount());
    for (RecordPieces::Piece &part : parts) {
        reader.takeBatches(part, numbers, f.problems(), out.batches, at);
        part = {};
    }
    return true;
}

} // namespace

QString fileKindId(FileKind kind)
{
    switch (kind) {
    case FileKind::Specification:
        return u"specification"_s;
    case FileKind::BatchRecords:
        return u"batch-records"_s;
    case FileKind::QcResultsJson:
        return u"qc-results-json"_s;
    case FileKind::QcResultsCsv:
        return u"qc-results-csv"_s;
    case FileKind::AsmCellCounting:
        return u"asm-cell-counting"_s;
    case FileKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString Formats::shownValue(const QcResult &r)
{
    const QString v = r.value ? r.value->text : r.text;
    return r.unit.isEmpty() || !r.value ? v : v + u' ' + r.unit;
}

QStringList Formats::resultColumns()
{
    return {u"batch"_s,  u"sample"_s,     u"test"_s,    u"value"_s,     u"text"_s,   u"unit"_s,
            u"method"_s, u"instrument"_s, u"analyst"_s, u"tested_at"_s, u"status"_s, u"reason"_s};
}

QList<Formats::AsmField> Formats::asmFields()
{
    return {
        {"viability (cell counter)", "VIAB", QT_TRANSLATE_NOOP("rd::Formats", "Viability"), "%"},
        {"viable cell density (cell counter)", "VCD",
         QT_TRANSLATE_NOOP("rd::Formats", "Viable cell density"), "10^6 cells/mL"},
        {"total cell density (cell counter)", "TCD",
         QT_TRANSLATE_NOOP("rd::Formats", "Total cell density"), "10^6 cells/mL"},
        {"dead cell density (cell counter)", "DCD",
         QT_TRANSLATE_NOOP("rd::Formats", "Dead cell density"), "10^6 cells/mL"},
        {"viable cell count", "VCC", QT_TRANSLATE_NOOP("rd::Formats", "Viable cell count"),
         "cells"},
        {"total cell count", "TCC", QT_TRANSLATE_NOOP("rd::Formats", "Total cell count"), "cells"},
        {"dead cell count", "DCC", QT_TRANSLATE_NOOP("rd::Formats", "Dead cell count"), "cells"},
        {"average total cell diameter", "DIAM_TOTAL",
         QT_TRANSLATE_NOOP("rd::Formats", "Average total cell diameter"), "\xc2\xb5m"},
        {"average live cell diameter (cell counter)", "DIAM_LIVE",
         QT_TRANSLATE_NOOP("rd::Formats", "Average live cell diameter"), "\xc2\xb5m"},
        {"average total cell circularity", "CIRC_TOTAL",
         QT_TRANSLATE_NOOP("rd::Formats", "Average total cell circularity"), ""},
        {"average viable cell circularity", "CIRC_VIABLE",
         QT_TRANSLATE_NOOP("rd::Formats", "Average viable cell circularity"), ""},
    };
}

std::optional<Formats::AsmField> Formats::asmField(QStringView asmName)
{
    static const QList<AsmField> all = asmFields();
    for (const AsmField &a : all) {
        if (asmName == QLatin1StringView(a.asmName))
            return a;
    }
    return std::nullopt;
}

QString Formats::normalizeUnit(const QString &unit)
{
    QString u = unit.simplified();
    u.replace(QChar(0x03BC), QChar(0x00B5)); // Greek small mu -> micro sign
    if (u == u"(unitless)"_s || u == u"unitless"_s)
        return QString();
    if (u == u"cell"_s)
        return u"cells"_s;
    static const QRegularExpression millions(
        u"^(?:10\\^6|1[eE]6|10E6|x ?10\\^6|E6) ?(?:cells)?/m[lL]$"_s);
    if (u.contains(u'6') && millions.match(u).hasMatch()) // every form of it has a 6
        return u"10^6 cells/mL"_s;
    if (u.compare(u"cells/ml"_s, Qt::CaseInsensitive) == 0)
        return u"cells/mL"_s;
    return u;
}

ParsedFile Formats::parse(const QString &name, const QByteArray &bytes, Problems &problems)
{
    // The SHA-256 the audit trail records of the file takes as long as reading a large file's
    // records: on a second core, beside the reading.
    constexpr qsizetype kHashAside = 1 << 20;
    QByteArray digest;
    std::thread hashing;
    if (bytes.size() >= kHashAside)
        hashing = std::thread([&digest, &bytes] { digest = crypto::sha256(bytes); });
    else
        digest = crypto::sha256(bytes);
    ParsedFile out = read(name, bytes, problems);
    if (hashing.joinable())
        hashing.join();
    out.sha256 = QString::fromLatin1(digest.toHex());
    return out;
}

ParsedFile Formats::read(const QString &name, const QByteArray &bytes, Problems &problems)
{
    ParsedFile out;
    out.name = name;
    out.size = bytes.size();
    Fields f(problems, name);
    if (bytes.isEmpty()) {
        f.problem(QString(), QString(), tr("the file is empty (0 bytes)"));
        return out;
    }
    if (bytes.size() > kMaxFileBytes) {
        f.problem(QString(), QString(),
                  tr("the file is %1 MiB; at most %2 MiB are read")
                      .arg(bytes.size() >> 20)
                      .arg(kMaxFileBytes >> 20));
        return out;
    }
    // Every format is UTF-8; name the first byte that is not.
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const qsizetype line = bytes.left(bad).count('\n') + 1;
        f.problem(tr("line %1").arg(line), QString(),
                  tr("is not UTF-8 text (byte 0x%1 at offset %2)")
                      .arg(static_cast<uchar>(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                      .arg(bad));
        return out;
    }
    // A results or batch-record file, the large ones, is read in pieces.
    if (isJsonAt(bytes, contentStart(bytes)) && readListed(f, bytes, out)) {
        refuseRepeats(f, out);
        return out;
    }
    QJsonObject root;
    QJsonParseError jsonError{};
    jsonError.error = QJsonParseError::NoError;
    out.kind = detect(bytes, &root, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        f.problem(lineAndColumn(bytes, jsonError.offset), QString(),
                  tr("is not valid JSON (%1)").arg(jsonError.errorString()));
        return out;
    }
    // A member given twice in one object: QJsonDocument keeps the last, a reader sees the
    // first. Neither is taken.
    WrittenNumbers written; // numbers whose text Qt's reader does not keep
    if (out.kind != FileKind::QcResultsCsv && out.kind != FileKind::Unknown) {
        const auto duplicate = firstDuplicateKey(bytes, &written);
        f.setWrittenNumbers(&written);
        if (const auto *d = std::get_if<JsonDuplicate>(&duplicate)) {
            f.problem(d->path, d->key,
                      tr("is given more than once in the same object; a file gives each field "
                         "once"));
            return out;
        }
        if (const auto *why = std::get_if<QString>(&duplicate)) {
            f.problem(QString(), QString(),
                      tr("could not be checked for fields given twice (%1)").arg(*why));
            return out;
        }
    }
    switch (out.kind) {
    case FileKind::Specification: {
        f.onlyKnown(root, u"$"_s, {u"format"_s, u"specifications"_s});
        const QJsonArray specs = f.array(root, u"$"_s, "specifications", Fields::Required, 1000);
        QSet<QString> seen;
        for (qsizetype i = 0; i < specs.size(); ++i) {
            const QString sp = indexed(u"$"_s, "specifications", i);
            if (!specs.at(i).isObject()) {
                f.problem(sp, QString(), tr("is not an object"));
                continue;
            }
            Specification spec = parseSpecification(f, specs.at(i).toObject(), sp);
            const QString id = spec.product.code + u'/' + spec.version;
            if (seen.contains(id))
                f.problem(
                    sp, u"version"_s,
                    tr("version %1 of %2 appears twice").arg(spec.version, spec.product.code));
            seen.insert(id);
            out.specifications << spec;
        }
        break;
    }
    case FileKind::BatchRecords: {
        f.onlyKnown(root, u"$"_s, {u"format"_s, u"batches"_s});
        const QJsonArray batches =
            f.array(root, u"$"_s, "batches", Fields::Required, kMaxBatchesPerFile);
        // The records are read on every core, each part into its own list and problems; then,
        // in the file's order, each record's problems are put back and its number checked.
        struct Part
        {
            Problems problems;
            QList<BatchRecord> records;
            // Per item of the part, how many problems it has; -1 - that when it is no record.
            std::vector<int> problemsOf;
        };
        std::vector<Part> parts(
            static_cast<std::size_t>(partsOf(batches.size(), computeThreads(), 64)));
        inParts(batches.size(), computeThreads(), 64,
                [&](qsizetype part, qsizetype from, qsizetype to) {
                    Part &mine = parts[static_cast<std::size_t>(part)];
                    Fields pf(mine.problems, f.file());
                    pf.setWrittenNumbers(f.writtenNumbers());
                    mine.records.reserve(to - from);
                    for (qsizetype i = from; i < to; ++i) {
                        const int before = mine.problems.count();
                        const QString bp = indexed(u"$"_s, "batches", i);
                        const QJsonValue item = batches.at(i);
                        if (!item.isObject()) {
                            pf.problem(bp, QString(), tr("is not an object"));
                            mine.problemsOf.push_back(-1 - (mine.problems.count() - before));
                            continue;
                        }
                        mine.records << parseBatch(pf, item.toObject(), bp);
                        mine.problemsOf.push_back(mine.problems.count() - before);
                    }
                });
        QSet<QString> numbers;
        out.batches.reserve(batches.size());
        qsizetype i = 0;
        for (Part &part : parts) {
            qsizetype cursor = 0;
            qsizetype next = 0;
            for (const int found : part.problemsOf) {
                const QString bp = indexed(u"$"_s, "batches", i++);
                f.problems().takeFrom(part.problems, cursor, found < 0 ? -1 - found : found);
                if (found < 0)
                    continue;
                BatchRecord &r = part.records[next++];
                if (!r.batchNumber.isEmpty() && numbers.contains(r.batchNumber))
                    f.problem(bp, u"batchNumber"_s, appearsTwice(r.batchNumber));
                numbers.insert(r.batchNumber);
                out.batches << std::move(r);
            }
        }
        break;
    }
    case FileKind::QcResultsJson:
        parseResultsJson(f, root, out);
        break;
    case FileKind::QcResultsCsv:
        parseResultsCsv(f, bytes, out);
        break;
    case FileKind::AsmCellCounting:
        parseAsm(f, root, out);
        break;
    case FileKind::Unknown:
        if (const QJsonValue format = root.value(u"format"_s); format.isString()) {
            f.problem(u"$"_s, u"format"_s,
                      tr("is \"%1\", which this version of ReleaseDesk does not read (it reads "
                         "\"%2\", \"%3\" and \"%4\")")
                          .arg(format.toString().left(80), QLatin1StringView(kSpecificationFormat),
                               QLatin1StringView(kBatchRecordFormat),
                               QLatin1StringView(kQcResultsFormat)));
            break;
        }
        f.problem(QString(), QString(),
                  tr("the format is not recognised: a JSON file needs \"format\": \"%1\", "
                     "\"%2\" or \"%3\" (or an Allotrope cell-counting manifest); a CSV file "
                     "needs a header row naming its columns")
                      .arg(QLatin1StringView(kSpecificationFormat),
                           QLatin1StringView(kBatchRecordFormat),
                           QLatin1StringView(kQcResultsFormat)));
        break;
    }

    refuseRepeats(f, out);
    return out;
}

void Formats::refuseRepeats(Fields &f, const ParsedFile &out)
{
    // The same result twice in one file cannot both be true.
    QHash<ResultKey, qsizetype> seen;
    seen.reserve(out.results.size());
    for (qsizetype i = 0; i < out.results.size(); ++i) {
        const QcResult &r = out.results.at(i);
        if (r.sampleId.isEmpty() || r.testCode.isEmpty() || !r.testedAt.isValid())
            continue;
        const ResultKey key(r);
        const auto it = seen.constFind(key);
        if (it != seen.constEnd()) {
            f.problem(
                out.resultPlaces.at(i), QString(),
                tr("repeats the result of %1 (same sample, test and time): %2 and %3")
                    .arg(out.resultPlaces.at(*it), shownValue(out.results.at(*it)), shownValue(r)));
        }
        seen.insert(key, i);
    }
}

// ---------------------------------------------------------------- records read piece by piece

const Problems &RecordPieces::rootProblems() const
{
    static const Problems none;
    return none;
}

// ---------------------------------------------------------------- QC results CSV, in pieces

ResultsCsv::ResultsCsv(const QString &file, QByteArrayView bytes, qsizetype pieceBytes,
                       int minimumPieces)
    : m_file(file)
    , m_bytes(bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes) // the byte-order mark
    , m_lineForm(rd::Formats::tr("line %1"))
    , m_batchWhat(rd::Formats::tr("batch number"))
    , m_testWhat(rd::Formats::tr("test code"))
{
    m_pieces = Csv::pieces(
        m_bytes, static_cast<int>(std::max<qsizetype>(minimumPieces, m_bytes.size() / pieceBytes)),
        256 << 10);
}

ResultsCsv::~ResultsCsv() = default;

struct ResultsCsv::Split
{
    QList<Csv::Row> rows;
    int errorLine = 0;
    QString error;
};

ResultsCsv::Split ResultsCsv::split(qsizetype i) const
{
    Split out;
    const Csv::Piece &piece = m_pieces.at(i);
    // The file was checked as UTF-8 before (Formats::parse).
    if (!Csv::parse(Csv::decode(m_bytes, piece), piece.line, &out.rows, &out.errorLine, &out.error))
        out.rows.clear();
    return out;
}

ResultsCsv::Opened ResultsCsv::open(Problems &problems)
{
    Fields f(problems, m_file);
    // The header first: the first row of the first piece that holds one.
    QStringList header;
    for (qsizetype p = 0; p < m_pieces.size() && m_headerPiece < 0; ++p) {
        const Split part = split(p);
        if (!part.error.isEmpty()) {
            f.problem(m_lineForm.arg(part.errorLine), QString(), part.error);
            return Opened::Unreadable;
        }
        if (!part.rows.isEmpty()) {
            m_headerPiece = p;
            header = part.rows.first().fields;
        }
    }
    if (m_headerPiece < 0) {
        f.problem(QString(), QString(), rd::Formats::tr("the file is empty"));
        return Opened::Unreadable;
    }
    // Its problems are reported unless a record of the file is malformed, which is reported
    // alone, as it was when the whole file was split into rows first.
    m_columnCount = header.size();
    QHash<QString, int> column;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!Formats::resultColumns().contains(name)) {
            f.problem(rd::Formats::tr("line 1"), name,
                      rd::Formats::tr("is not a column of QC results (they are: %1)")
                          .arg(Formats::resultColumns().join(u", "_s)));
        } else if (column.contains(name)) {
            f.problem(rd::Formats::tr("line 1"), name, rd::Formats::tr("appears twice"));
        }
        column.insert(name, static_cast<int>(i));
    }
    for (const char *required : {"sample", "test", "analyst", "tested_at"}) {
        if (!column.contains(QLatin1StringView(required)))
            f.problem(rd::Formats::tr("line 1"), QLatin1StringView(required),
                      rd::Formats::tr("the column is missing"));
    }
    // Looked up once, not for every row.
    const QStringList names = Formats::resultColumns();
    Q_ASSERT(std::size_t(names.size()) == kColumns);
    for (qsizetype c = 0; c < names.size(); ++c)
        m_columns[static_cast<std::size_t>(c)] = column.value(names.at(c), -1);
    return problems.isEmpty() ? Opened::Ready : Opened::HeaderRefused;
}

QString ResultsCsv::place(int line) const
{
    return m_lineForm.arg(line);
}

QString ResultsCsv::tooManyRows(qsizetype rows)
{
    return rd::Formats::tr("has %1 rows; at most %2 are allowed").arg(rows).arg(Formats::kMaxRows);
}

qsizetype ResultsCsv::pieceBytes(qsizetype i) const
{
    return m_pieces.at(i).to - m_pieces.at(i).from;
}

ResultsCsv::Piece ResultsCsv::check(qsizetype i) const
{
    Split part = split(i);
    Piece out;
    out.rows = part.rows.size() - (i == m_headerPiece ? 1 : 0);
    if (!part.error.isEmpty())
        out.malformedPlace = place(part.errorLine);
    out.malformed = part.error;
    out.malformedRank = part.error.isEmpty() ? 0 : Piece::kText;
    return out;
}

ResultsCsv::Piece ResultsCsv::read(qsizetype i) const
{
    Q_ASSERT(m_headerPiece >= 0);
    Piece out;
    if (i < m_headerPiece)
        return out; // no rows before the header
    Split part = split(i);
    out.rows = part.rows.size() - (i == m_headerPiece ? 1 : 0);
    if (!part.error.isEmpty()) {
        out.malformedPlace = place(part.errorLine);
        out.malformed = part.error;
        out.malformedRank = Piece::kText;
        return out; // only its records' form counts now
    }
    Fields pf(out.problems, m_file);
    out.results.reserve(part.rows.size());
    out.at.reserve(part.rows.size());
    // A column's value as the row before gave it: one shared string for the many rows that
    // repeat it (a sample, an instrument, an analyst, a unit), not a copy in each.
    enum Repeated {
        Batch,
        Sample,
        Test,
        Unit,
        Method,
        Instrument,
        Analyst,
        kRepeated
    };
    std::array<QString, kRepeated> last;
    const auto shared = [&last](Repeated c, QString v) {
        if (v != last[c])
            last[c] = std::move(v);
        return last[c];
    };
    const QStringList names = Formats::resultColumns();
    const auto columnOf = [this, &names](const char *name) {
        const qsizetype c = names.indexOf(QLatin1StringView(name));
        Q_ASSERT(c >= 0);
        return m_columns[static_cast<std::size_t>(c)];
    };
    const int cBatch = columnOf("batch"), cSample = columnOf("sample"), cTest = columnOf("test"),
              cValue = columnOf("value"), cText = columnOf("text"), cUnit = columnOf("unit"),
              cMethod = columnOf("method"), cInstrument = columnOf("instrument"),
              cAnalyst = columnOf("analyst"), cTestedAt = columnOf("tested_at"),
              cStatus = columnOf("status"), cReason = columnOf("reason");
    for (qsizetype r = i == m_headerPiece ? 1 : 0; r < part.rows.size(); ++r) {
        const Csv::Row &row = part.rows.at(r);
        const QString where = m_lineForm.arg(row.line);
        if (row.fields.size() != m_columnCount) {
            pf.problem(where, QString(),
                       rd::Formats::tr("has %1 fields; the header has %2")
                           .arg(row.fields.size())
                           .arg(m_columnCount));
            continue;
        }
        const auto get = [&row](int c) { return c < 0 ? QString() : row.fields.at(c); };
        // A free text as an export guarded it against spreadsheets (Csv::guarded).
        const auto text = [&get](int c) { return Csv::unguarded(get(c)); };
        const auto checked = [&pf, &where](const QString &v, const char *name, Form form,
                                           const QString &what) {
            if (!v.isEmpty() && !form(v)) {
                pf.problem(where, QLatin1StringView(name),
                           rd::Formats::tr("\"%1\" is not a valid %2").arg(v.left(40), what));
                return QString();
            }
            return v;
        };
        QcResult x;
        x.batchNumber = shared(Batch, checked(pf.text(get(cBatch), where, u"batch"_s,
                                                      Fields::Optional, Fields::kIdLength),
                                              "batch", Fields::isIdentifier, m_batchWhat));
        x.sampleId = shared(Sample, pf.text(text(cSample), where, u"sample"_s, Fields::Required,
                                            Fields::kNameLength));
        x.testCode = shared(Test, checked(pf.text(get(cTest), where, u"test"_s, Fields::Required,
                                                  Fields::kIdLength),
                                          "test", Fields::isTestCode, m_testWhat));
        const QString value = get(cValue);
        x.value = pf.number(value, where, u"value"_s, Fields::Optional);
        x.text = pf.text(text(cText), where, u"text"_s, Fields::Optional, Fields::kNameLength);
        x.unit = shared(Unit, Formats::normalizeUnit(
                                  pf.text(text(cUnit), where, u"unit"_s, Fields::Optional, 32)));
        x.method = shared(Method, pf.text(text(cMethod), where, u"method"_s, Fields::Optional,
                                          Fields::kNameLength));
        x.instrument = shared(Instrument, pf.text(text(cInstrument), where, u"instrument"_s,
                                                  Fields::Optional, Fields::kNameLength));
        x.analyst = shared(Analyst, pf.text(text(cAnalyst), where, u"analyst"_s, Fields::Required,
                                            Fields::kIdLength));
        x.testedAt =
            pf.dateTime(get(cTestedAt), where, u"tested_at"_s, Fields::Required, &x.testedAtNanos);
        const QString status = get(cStatus).trimmed();
        x.status = statusOf(pf, status, where);
        x.reason =
            pf.text(text(cReason), where, u"reason"_s, Fields::Optional, Fields::kTextLength);
        checkResult(pf, x, where, resultStatusId(x.status), !value.trimmed().isEmpty());
        out.results << x;
        out.at << row.line;
    }
    return out;
}

QString Formats::appearsTwice(const QString &batchNumber)
{
    return tr("\"%1\" appears twice").arg(batchNumber);
}

// ---------------------------------------------------------------- JSON read piece by piece

JsonRecords::JsonRecords(const QString &file, QByteArrayView bytes, JsonListPieces list)
    : m_file(file)
    , m_bytes(bytes)
    , m_list(std::move(list))
{}

JsonRecords::Opened JsonRecords::open(Problems &problems)
{
    const QByteArray rest = m_list.rest();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(rest, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Opened::ReadWhole;
    const QJsonObject root = doc.object();
    m_kind = kindOf(root);
    const QString member = QString::fromLatin1(m_list.member());
    const bool results = m_kind == FileKind::QcResultsJson && member == u"results"_s;
    if (!results && !(m_kind == FileKind::BatchRecords && member == u"batches"_s))
        return Opened::ReadWhole;
    if (!std::holds_alternative<std::monostate>(firstDuplicateKey(rest)))
        return Opened::ReadWhole; // the whole reading names it
    Fields f(m_rootProblems, m_file);
    f.onlyKnown(root, u"$"_s, {u"format"_s, member});
    const int most = results ? Formats::kMaxRows : Formats::kMaxBatchesPerFile;
    const bool tooMany = m_list.itemCount() > most;
    if (tooMany)
        f.tooManyItems(u"$"_s, member, m_list.itemCount(), most);
    qsizetype cursor = 0;
    problems.takeFrom(m_rootProblems, cursor, m_rootProblems.count());
    return tooMany ? Opened::RootRefused : Opened::Ready;
}

QString JsonRecords::place(int item) const
{
    return indexed(u"$"_s, m_list.member().constData(), item);
}

RecordPieces::Piece JsonRecords::read(qsizetype i) const
{
    Piece out;
    const bool results = m_kind == FileKind::QcResultsJson;
    JsonListPieces::Piece piece = m_list.read(i, m_trees && !results);
    if (!piece.error.isEmpty()) {
        out.malformedPlace = lineAndColumn(m_bytes, piece.errorOffset);
        out.malformed = Formats::tr("is not valid JSON (%1)").arg(piece.error);
        out.malformedRank = Piece::kText;
        return out;
    }
    if (piece.duplicate) {
        out.malformedPlace = piece.duplicate->path;
        out.malformedField = piece.duplicate->key;
        out.malformed = Formats::tr("is given more than once in the same object; a file gives "
                                    "each field once");
        out.malformedRank = Piece::kAtPlace;
        return out;
    }
    if (!piece.walkFailed.isEmpty()) {
        out.malformed =
            Formats::tr("could not be checked for fields given twice (%1)").arg(piece.walkFailed);
        out.malformedRank = piece.walkRefusedWhole ? Piece::kRefusedWhole : Piece::kAtPlace;
        return out;
    }
    Fields f(out.problems, m_file);
    f.setWrittenNumbers(&piece.written);
    const qsizetype first = m_list.firstItem(i);
    out.rows = piece.tree ? static_cast<qsizetype>(piece.tree->items.size()) : piece.items.size();
    out.at.reserve(out.rows);
    (results ? out.results.reserve(out.rows) : out.batches.reserve(out.rows));
    // A batch record, from either tree.
    const auto batch = [&](const auto &value, int item) {
        const QString path = place(item);
        const int before = out.problems.count();
        if (!value.isObject()) {
            f.problem(path, QString(), Formats::tr("is not an object"));
            out.problemsOf.push_back(-1 - (out.problems.count() - before));
            return;
        }
        out.batches << parseBatch(f, value.toObject(), path);
        out.at << item;
        out.problemsOf.push_back(out.problems.count() - before);
    };
    for (qsizetype k = 0; k < out.rows; ++k) {
        const int item = static_cast<int>(first + k);
        if (piece.tree) {
            batch(piece.tree->items[static_cast<std::size_t>(k)], item);
            continue;
        }
        const QJsonValue value = piece.items.at(k);
        if (results) {
            out.results << parseResult(f, value.toObject(), place(item));
            out.at << item;
            continue;
        }
        batch(value, item);
    }
    return out;
}

void JsonRecords::takeBatches(Piece &piece, QSet<QString> &numbers, Problems &into,
                              QList<BatchRecord> &records, QList<int> &at) const
{
    qsizetype cursor = 0;
    qsizetype next = 0;
    for (const int found : piece.problemsOf) {
        into.takeFrom(piece.problems, cursor, found < 0 ? -1 - found : found);
        if (found < 0)
            continue;
        BatchRecord &r = piece.batches[next];
        const int item = piece.at.at(next++);
        if (!r.batchNumber.isEmpty() && numbers.contains(r.batchNumber))
            into.add(m_file, place(item), u"batchNumber"_s, Formats::appearsTwice(r.batchNumber));
        numbers.insert(r.batchNumber);
        records << std::move(r);
        at << item;
    }
}

std::unique_ptr<RecordPieces> Formats::pieces(const QString &name, const QByteArray &bytes,
                                              qsizetype pieceBytes)
{
    if (bytes.isEmpty() || bytes.size() > kMaxFileBytes)
        return nullptr;
    const qsizetype i = contentStart(bytes);
    if (isJsonAt(bytes, i)) {
        if (firstInvalidUtf8(bytes) >= 0)
            return nullptr;
        std::optional<JsonListPieces> list =
            JsonListPieces::cut(bytes, {"results", "batches"}, pieceBytes);
        if (!list)
            return nullptr;
        auto json = std::make_unique<JsonRecords>(name, bytes, std::move(*list));
        Problems problems; // the root's: the importer reports them with the items' (rootProblems)
        if (json->open(problems) != JsonRecords::Opened::Ready)
            return nullptr;
        return json;
    }
    if (!isResultsCsvAt(bytes, i) || firstInvalidUtf8(bytes) >= 0)
        return nullptr;
    auto csv = std::make_unique<ResultsCsv>(name, bytes, pieceBytes);
    Problems problems;
    if (csv->open(problems) != ResultsCsv::Opened::Ready)
        return nullptr;
    return csv;
}

QChar isbtCheckCharacter(const QString &din)
{
    QString digits = din;
    digits.remove(u' ');
    if (digits.size() != 13)
        return QChar();
    int sum = 0;
    for (const QChar c : digits) {
        int v;
        if (c >= u'0' && c <= u'9')
            v = c.unicode() - u'0';
        else if (c >= u'A' && c <= u'Z')
            v = c.unicode() - u'A' + 10;
        else
            return QChar();
        sum = ((sum + v) * 2) % 37;
    }
    const int check = (38 - sum) % 37;
    static const char table[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";
    return QLatin1Char(table[check]);
}

} // namespace rd
