// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/serializer.h"

#include "core/clock.h"
#include "ingest/csv.h"
#include "ingest/formats.h"
#include "security/crypto.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

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

QString Serializer::timeText(const QDateTime &utc, int nanos)
{
    // Seconds unless the source had a fraction: keeps the common case short and exact.
    const QDateTime t = utc.toUTC();
    if (t.time().msec() != 0 || nanos != 0)
        return toStoredTime(t, nanos);
    char buf[kIsoTimeMaxSize];
    if (const int size = writeIsoTime(buf, t, false, 1000))
        return QString::fromLatin1(buf, size);
    return t.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
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
        if (!e.identifier.isEmpty())
            c.insert(u"identifier"_s, e.identifier);
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
        if (!s.identifier.isEmpty())
            so.insert(u"identifier"_s, s.identifier);
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
    if (r.testedAt.isValid())
        o.insert(u"testedAt"_s, timeText(r.testedAt, r.testedAtNanos));
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
            timeText(r.testedAt, r.testedAtNanos),
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
    QString out = Csv::guardedLine(Formats::resultColumns());
    for (const QcResult &r : results)
        out += Csv::guardedLine(toCsvFields(r));
    return out.toUtf8();
}

namespace {

// Writes the compact JSON of toJson(BatchRecord) straight from the record, byte for byte what
// QJsonDocument writes, without building the objects (that was a third of importing batch
// records). Members are written in QJsonObject's order, sorted by key. What this does not write
// itself (see quoted()) is left to QJsonDocument: ok() is then false.
class CompactJson
{
public:
    explicit CompactJson(QByteArray &out)
        : m_out(out)
    {}
    bool ok() const { return m_ok; }

    void open(const char *key, char bracket)
    {
        name(key);
        m_out.append(bracket);
    }
    void openElement(char bracket)
    {
        separate();
        m_out.append(bracket);
    }
    void close(char bracket) { m_out.append(bracket); }
    // An array of objects, the members of each written by members(item).
    template<class List, class Members>
    void objects(const char *key, const List &list, const Members &members)
    {
        open(key, '[');
        for (const auto &item : list) {
            openElement('{');
            members(item);
            close('}');
        }
        close(']');
    }

    void text(const char *key, const QString &value)
    {
        name(key);
        quoted(value);
    }
    void textIfAny(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            text(key, value);
    }
    void integer(const char *key, qint64 value)
    {
        name(key);
        m_out.append(QByteArray::number(value));
    }
    void boolean(const char *key, bool value)
    {
        name(key);
        m_out.append(value ? "true" : "false");
    }
    void number(const char *key, const std::optional<Number> &value)
    {
        if (!value)
            return;
        // As numberValue(): an integer when the text is one, else the double. QJsonValue keeps
        // a double that is a whole number of at most 2^53 as that integer; any other in the
        // shortest form that reads back exactly.
        bool isInteger = false;
        const qint64 i = value->text.toLongLong(&isInteger);
        const double d = value->value;
        if (isInteger) {
            integer(key, i);
        } else if (std::trunc(d) == d && std::fabs(d) <= 9007199254740992.0) {
            integer(key, static_cast<qint64>(d));
        } else if (qIsFinite(d)) {
            name(key);
            m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        } else {
            m_ok = false;
        }
    }
    void time(const char *key, const QDateTime &value)
    {
        if (!value.isValid())
            return;
        // Serializer::timeText(): seconds, or milliseconds when there are any.
        const QDateTime t = value.toUTC();
        char buf[kIsoTimeMaxSize];
        const int size = writeIsoTime(buf, t, t.time().msec() != 0, 1000);
        if (size == 0) {
            text(key, Serializer::timeText(value));
            return;
        }
        name(key);
        m_out.append('"').append(buf, size).append('"');
    }
    void date(const char *key, const QDate &value)
    {
        if (!value.isValid())
            return;
        if (value.year() < 1000 || value.year() > 9999) {
            text(key, value.toString(Qt::ISODate));
            return;
        }
        name(key);
        char buf[10];
        digits(buf, value.year(), 4);
        buf[4] = '-';
        digits(buf + 5, value.month(), 2);
        buf[7] = '-';
        digits(buf + 8, value.day(), 2);
        m_out.append('"').append(buf, 10).append('"');
    }

private:
    static void digits(char *at, int value, int count)
    {
        for (int i = count - 1; i >= 0; --i) {
            at[i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    }
    void separate()
    {
        const char last = m_out.isEmpty() ? '{' : m_out.back();
        if (last != '{' && last != '[' && last != ':')
            m_out.append(',');
    }
    void name(const char *key)
    {
        separate();
        m_out.append('"').append(key).append("\":");
    }
    // Text as QJsonDocument writes it: UTF-8, with quote and backslash escaped. Controls, the
    // byte order mark and unpaired surrogates are left to QJsonDocument.
    void quoted(const QString &value)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + 3 * value.size() + 2);
        char *out = m_out.data() + at;
        *out++ = '"';
        const char16_t *p = reinterpret_cast<const char16_t *>(value.utf16());
        const char16_t *const stop = p + value.size();
        for (; p < stop; ++p) {
            const char16_t u = *p;
            if (u >= 0x20 && u < 0x80) {
                if (u == u'"' || u == u'\\')
                    *out++ = '\\';
                *out++ = static_cast<char>(u);
            } else if (u >= 0x80 && u < 0x800) {
                *out++ = static_cast<char>(0xc0 | (u >> 6));
                *out++ = static_cast<char>(0x80 | (u & 0x3f));
            } else if (u >= 0x800 && !QChar::isSurrogate(u) && u != 0xfeff) {
                *out++ = static_cast<char>(0xe0 | (u >> 12));
                *out++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
                *out++ = static_cast<char>(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && p + 1 < stop && QChar::isLowSurrogate(p[1])) {
                const char32_t c = QChar::surrogateToUcs4(u, p[1]);
                ++p;
                *out++ = static_cast<char>(0xf0 | (c >> 18));
                *out++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
                *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
                *out++ = static_cast<char>(0x80 | (c & 0x3f));
            } else {
                m_ok = false;
                break;
            }
        }
        *out++ = '"';
        m_out.truncate(out - m_out.constData());
    }

    QByteArray &m_out;
    bool m_ok = true;
};

bool writeCompact(const BatchRecord &r, QByteArray &out)
{
    CompactJson j(out);
    j.openElement('{');
    j.text("batchNumber", r.batchNumber);
    j.open("chainOfIdentity", '{');
    j.time("collectedAt", r.coi.collectedAt);
    j.text("collectionId", r.coi.collectionId);
    j.text("collectionSite", r.coi.collectionSite);
    j.text("din", r.coi.din);
    j.text("patientReference", r.coi.patientReference);
    j.text("treatmentCentre", r.coi.treatmentCentre);
    j.close('}');

    j.objects("custody", r.custody, [&j](const CustodyEvent &e) {
        j.time("at", e.at);
        j.text("by", e.by);
        j.text("event", e.event);
        if (!e.identifier.isEmpty())
            j.text("identifier", e.identifier);
        j.text("location", e.location);
        j.number("temperatureC", e.temperatureC);
    });

    j.objects("deviations", r.deviations, [&j](const Deviation &d) {
        j.text("class", deviationClassId(d.deviationClass));
        j.time("closedAt", d.closedAt);
        j.text("id", d.id);
        j.textIfAny("impact", d.impact);
        j.time("openedAt", d.openedAt);
        j.text("status", d.open ? u"open"_s : u"closed"_s);
        j.text("title", d.title);
    });

    j.time("endedAt", r.endedAt);

    j.objects("environmentalMonitoring", r.em, [&j](const EmSample &s) {
        j.number("cfu", s.cfu);
        j.text("grade", s.grade);
        if (s.alert05 || s.action05 || s.alert5 || s.action5 || s.alertCfu || s.actionCfu) {
            j.open("limits", '{');
            j.number("action05", s.action05);
            j.number("action5", s.action5);
            j.number("actionCfu", s.actionCfu);
            j.number("alert05", s.alert05);
            j.number("alert5", s.alert5);
            j.number("alertCfu", s.alertCfu);
            j.close('}');
        }
        j.text("location", s.location);
        j.number("particles05PerM3", s.particles05);
        j.number("particles5PerM3", s.particles5);
        j.text("room", s.room);
        j.time("sampledAt", s.sampledAt);
    });

    j.objects("equipment", r.equipment, [&j](const EquipmentUse &e) {
        j.date("calibrationDue", e.calibrationDue);
        j.text("id", e.id);
        j.textIfAny("name", e.name);
    });

    j.time("expiresAt", r.expiresAt);
    j.text("masterBatchRecordVersion", r.masterBatchRecordVersion);

    j.objects("materials", r.materials, [&j](const MaterialUse &m) {
        j.text("code", m.code);
        j.date("expiry", m.expiry);
        j.text("lot", m.lot);
        j.textIfAny("name", m.name);
        j.integer("step", m.step);
    });

    j.time("plannedShipmentAt", r.plannedShipmentAt);
    j.text("presentation", r.presentation);
    j.text("product", r.productCode);

    j.objects("qcSamples", r.qcSamples, [&j](const QcSample &s) {
        j.time("drawnAt", s.drawnAt);
        j.text("id", s.id);
        if (!s.identifier.isEmpty())
            j.text("identifier", s.identifier);
        j.integer("step", s.step);
    });

    j.text("recordStatus", r.recordStatus);
    j.text("site", r.site);
    j.time("startedAt", r.startedAt);

    j.objects("steps", r.steps, [&j](const ProcessStep &s) {
        j.time("endedAt", s.endedAt);
        j.textIfAny("equipment", s.equipmentId);
        j.boolean("manualEntry", s.manualEntry);
        j.text("name", s.name);
        j.textIfAny("notes", s.notes);
        j.text("operator", s.operatorName);
        if (!s.parameters.isEmpty()) {
            j.objects("parameters", s.parameters, [&j](const ProcessParameter &p) {
                j.number("actual", p.actual);
                j.number("high", p.high);
                j.number("low", p.low);
                j.text("name", p.name);
                j.number("setPoint", p.setPoint);
                j.textIfAny("unit", p.unit);
            });
        }
        j.integer("sequence", s.sequence);
        j.time("startedAt", s.startedAt);
        j.textIfAny("verifier", s.verifier);
    });
    j.close('}');
    return j.ok();
}

} // namespace

QByteArray Serializer::compactJson(const BatchRecord &record)
{
    QByteArray out;
    out.reserve(8192);
    if (writeCompact(record, out))
        return out;
    return QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact);
}

QString Serializer::contentHash(const BatchRecord &record)
{
    return QString::fromLatin1(crypto::sha256(compactJson(record)).toHex());
}

bool Serializer::sameResult(const QcResult &a, const QcResult &b)
{
    return a.sampleId == b.sampleId && a.testCode == b.testCode && a.testedAt == b.testedAt &&
           a.testedAtNanos == b.testedAtNanos && a.value == b.value && a.text == b.text &&
           a.unit == b.unit && a.method == b.method && a.instrument == b.instrument &&
           a.analyst == b.analyst && a.status == b.status && a.reason == b.reason;
}

} // namespace rd
