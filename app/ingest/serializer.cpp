// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/serializer.h"

#include "core/clock.h"
#include "ingest/csv.h"
#include "ingest/formats.h"
#include "security/crypto.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// Numbers are written from their original text, so 1.50 stays 1.50 in CSV; in JSON the text
// is parsed back into a JSON number (QJsonValue keeps doubles exactly).
QJsonValue numberValue(const Number &n)
{
    bool isInteger = false;
    const qint64 i = n.text.toLongLong(&isInteger);
    if (isInteger)
        return QJsonValue(i);
    return QJsonValue(n.value);
}

void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}

void putNumber(QJsonObject &o, const char *key, const std::optional<Number> &value)
{
    if (value)
        o.insert(QLatin1StringView(key), numberValue(*value));
}

void putTime(QJsonObject &o, const char *key, const QDateTime &value)
{
    if (value.isValid())
        o.insert(QLatin1StringView(key), Serializer::timeText(value));
}

void putDate(QJsonObject &o, const char *key, const QDate &value)
{
    if (value.isValid())
        o.insert(QLatin1StringView(key), value.toString(Qt::ISODate));
}

QJsonObject document(const char *format, const char *key, const QJsonArray &items)
{
    return QJsonObject{{u"format"_s, QLatin1StringView(format)}, {QLatin1StringView(key), items}};
}

} // namespace

QString Serializer::timeText(const QDateTime &utc)
{
    // Seconds unless the source had milliseconds: keeps the common case short and exact.
    const QDateTime t = utc.toUTC();
    if (t.time().msec() == 0)
        return t.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
    return toStoredTime(t);
}

QJsonObject Serializer::toJson(const Specification &spec)
{
    QJsonArray tests;
    for (const SpecTest &t : spec.tests) {
        QJsonObject o{{u"code"_s, t.code},
                      {u"name"_s, t.name},
                      {u"method"_s, t.method},
                      {u"releaseCritical"_s, t.releaseCritical},
                      {u"mayBePendingAtRelease"_s, t.mayBePendingAtRelease}};
        putText(o, "unit", t.unit);
        putNumber(o, "lower", t.lower);
        putNumber(o, "upper", t.upper);
        putText(o, "expected", t.expected);
        tests.append(o);
    }
    QJsonObject product{{u"code"_s, spec.product.code}, {u"name"_s, spec.product.name}};
    if (!spec.product.strength.isEmpty())
        product.insert(u"strength"_s, spec.product.strength);
    return QJsonObject{
        {u"product"_s, product},
        {u"version"_s, spec.version},
        {u"effectiveFrom"_s, spec.effectiveFrom.toString(Qt::ISODate)},
        {u"tests"_s, tests},
    };
}

QJsonObject Serializer::toJson(const BatchRecord &r)
{
    QJsonObject o{{u"batchNumber"_s, r.batchNumber},
                  {u"product"_s, r.productCode},
                  {u"site"_s, r.site},
                  {u"masterBatchRecordVersion"_s, r.masterBatchRecordVersion},
                  {u"recordStatus"_s, r.recordStatus},
                  {u"presentation"_s, r.presentation}};
    putTime(o, "startedAt", r.startedAt);
    putTime(o, "endedAt", r.endedAt);
    putTime(o, "expiresAt", r.expiresAt);
    putTime(o, "plannedShipmentAt", r.plannedShipmentAt);
    QJsonObject coi{{u"din"_s, r.coi.din},
                    {u"patientReference"_s, r.coi.patientReference},
                    {u"collectionId"_s, r.coi.collectionId},
                    {u"collectionSite"_s, r.coi.collectionSite},
                    {u"treatmentCentre"_s, r.coi.treatmentCentre}};
    putTime(coi, "collectedAt", r.coi.collectedAt);
    o.insert(u"chainOfIdentity"_s, coi);

    QJsonArray custody;
    for (const CustodyEvent &e : r.custody) {
        QJsonObject c{{u"event"_s, e.event}, {u"by"_s, e.by}, {u"location"_s, e.location}};
        putTime(c, "at", e.at);
        putNumber(c, "temperatureC", e.temperatureC);
        custody.append(c);
    }
    o.insert(u"custody"_s, custody);

    QJsonArray steps;
    for (const ProcessStep &s : r.steps) {
        QJsonObject so{{u"sequence"_s, s.sequence},
                       {u"name"_s, s.name},
                       {u"operator"_s, s.operatorName},
                       {u"manualEntry"_s, s.manualEntry}};
        putText(so, "equipment", s.equipmentId);
        putTime(so, "startedAt", s.startedAt);
        putTime(so, "endedAt", s.endedAt);
        putText(so, "verifier", s.verifier);
        putText(so, "notes", s.notes);
        QJsonArray params;
        for (const ProcessParameter &p : s.parameters) {
            QJsonObject po{{u"name"_s, p.name}};
            putNumber(po, "setPoint", p.setPoint);
            putNumber(po, "low", p.low);
            putNumber(po, "high", p.high);
            putNumber(po, "actual", p.actual);
            putText(po, "unit", p.unit);
            params.append(po);
        }
        if (!params.isEmpty())
            so.insert(u"parameters"_s, params);
        steps.append(so);
    }
    o.insert(u"steps"_s, steps);

    QJsonArray materials;
    for (const MaterialUse &m : r.materials) {
        QJsonObject mo{{u"code"_s, m.code}, {u"lot"_s, m.lot}, {u"step"_s, m.step}};
        putText(mo, "name", m.name);
        putDate(mo, "expiry", m.expiry);
        materials.append(mo);
    }
    o.insert(u"materials"_s, materials);

    QJsonArray equipment;
    for (const EquipmentUse &e : r.equipment) {
        QJsonObject eo{{u"id"_s, e.id}};
        putText(eo, "name", e.name);
        putDate(eo, "calibrationDue", e.calibrationDue);
        equipment.append(eo);
    }
    o.insert(u"equipment"_s, equipment);

    QJsonArray deviations;
    for (const Deviation &d : r.deviations) {
        QJsonObject dobj{{u"id"_s, d.id},
                         {u"title"_s, d.title},
                         {u"class"_s, deviationClassId(d.deviationClass)},
                         {u"status"_s, d.open ? u"open"_s : u"closed"_s}};
        putTime(dobj, "openedAt", d.openedAt);
        putTime(dobj, "closedAt", d.closedAt);
        putText(dobj, "impact", d.impact);
        deviations.append(dobj);
    }
    o.insert(u"deviations"_s, deviations);

    QJsonArray em;
    for (const EmSample &s : r.em) {
        QJsonObject eo{{u"room"_s, s.room}, {u"grade"_s, s.grade}, {u"location"_s, s.location}};
        putTime(eo, "sampledAt", s.sampledAt);
        putNumber(eo, "particles05PerM3", s.particles05);
        putNumber(eo, "particles5PerM3", s.particles5);
        putNumber(eo, "cfu", s.cfu);
        QJsonObject limits;
        putNumber(limits, "alert05", s.alert05);
        putNumber(limits, "action05", s.action05);
        putNumber(limits, "alert5", s.alert5);
        putNumber(limits, "action5", s.action5);
        putNumber(limits, "alertCfu", s.alertCfu);
        putNumber(limits, "actionCfu", s.actionCfu);
        if (!limits.isEmpty())
            eo.insert(u"limits"_s, limits);
        em.append(eo);
    }
    o.insert(u"environmentalMonitoring"_s, em);

    QJsonArray samples;
    for (const QcSample &s : r.qcSamples) {
        QJsonObject so{{u"id"_s, s.id}, {u"step"_s, s.step}};
        putTime(so, "drawnAt", s.drawnAt);
        samples.append(so);
    }
    o.insert(u"qcSamples"_s, samples);
    return o;
}

QJsonObject Serializer::toJson(const QcResult &r)
{
    QJsonObject o{{u"sample"_s, r.sampleId},
                  {u"test"_s, r.testCode},
                  {u"analyst"_s, r.analyst},
                  {u"status"_s, resultStatusId(r.status)}};
    putText(o, "batch", r.batchNumber);
    putNumber(o, "value", r.value);
    putText(o, "text", r.text);
    putText(o, "unit", r.unit);
    putText(o, "method", r.method);
    putText(o, "instrument", r.instrument);
    putTime(o, "testedAt", r.testedAt);
    putText(o, "reason", r.reason);
    return o;
}

QStringList Serializer::toCsvFields(const QcResult &r)
{
    return {r.batchNumber,
            r.sampleId,
            r.testCode,
            r.value ? r.value->text : QString(),
            r.text,
            r.unit,
            r.method,
            r.instrument,
            r.analyst,
            timeText(r.testedAt),
            resultStatusId(r.status),
            r.reason};
}

QByteArray Serializer::specificationDocument(const QList<Specification> &specs)
{
    QJsonArray items;
    for (const Specification &s : specs)
        items.append(toJson(s));
    return QJsonDocument(document(Formats::kSpecificationFormat, "specifications", items))
        .toJson(QJsonDocument::Indented);
}

QByteArray Serializer::batchRecordDocument(const QList<BatchRecord> &records)
{
    QJsonArray batches;
    for (const BatchRecord &r : records)
        batches.append(toJson(r));
    return QJsonDocument(document(Formats::kBatchRecordFormat, "batches", batches))
        .toJson(QJsonDocument::Indented);
}

QByteArray Serializer::resultsJsonDocument(const QList<QcResult> &results)
{
    QJsonArray items;
    for (const QcResult &r : results)
        items.append(toJson(r));
    return QJsonDocument(document(Formats::kQcResultsFormat, "results", items))
        .toJson(QJsonDocument::Indented);
}

QByteArray Serializer::resultsCsvDocument(const QList<QcResult> &results)
{
    QString out = Csv::line(Formats::resultColumns());
    for (const QcResult &r : results)
        out += Csv::line(toCsvFields(r));
    return out.toUtf8();
}

QString Serializer::contentHash(const BatchRecord &record)
{
    return QString::fromLatin1(
        crypto::sha256(QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact)).toHex());
}

bool Serializer::sameResult(const QcResult &a, const QcResult &b)
{
    return a.sampleId == b.sampleId && a.testCode == b.testCode && a.testedAt == b.testedAt &&
           a.value == b.value && a.text == b.text && a.unit == b.unit && a.method == b.method &&
           a.instrument == b.instrument && a.analyst == b.analyst && a.status == b.status &&
           a.reason == b.reason;
}

} // namespace rd
