// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewservice.h"

#include "accounts/accountservice.h"
#include "accounts/identity.h"
#include "audit/audittrail.h"
#include "core/canonical.h"
#include "core/clock.h"
#include "domain/text.h"
#include "ingest/serializer.h"
#include "qc/trendanalysis.h"
#include "qc/trenddata.h"
#include "records/recordstore.h"
#include "security/crypto.h"
#include "security/decisionlog.h"
#include "session/session.h"
#include "store/rows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr int kMaxCommentLength = 4000;
constexpr int kMaxReferenceLength = 200;

// Separation of duties compares people (docs/DESIGN.md section 1): the same account, another
// account of the same person, or a look-alike of their name.
bool samePerson(const People &people, const ESignature &s, const Account &a)
{
    return people.samePerson(s.userId, a.id) || Identity::alike(s.fullName, a.fullName);
}

const ESignature *latest(const QList<ESignature> &signatures, Meaning meaning)
{
    const QString id = Workflow::id(meaning);
    for (auto it = signatures.crbegin(); it != signatures.crend(); ++it) {
        if (it->meaning == id)
            return &*it;
    }
    return nullptr;
}

QString joinNames(const QStringList &names)
{
    return names.join(u", "_s);
}

struct OutcomeName
{
    DispositionOutcome outcome;
    const char *id;
    const char *name;
};
constexpr OutcomeName kOutcomes[] = {
    {DispositionOutcome::NoImpact, "no-impact",
     QT_TRANSLATE_NOOP("rd::ReviewService", "Acceptable, no impact")},
    {DispositionOutcome::WithReference, "with-reference",
     QT_TRANSLATE_NOOP("rd::ReviewService", "Acceptable with a deviation or CAPA reference")},
    {DispositionOutcome::NotAcceptable, "not-acceptable",
     QT_TRANSLATE_NOOP("rd::ReviewService", "Not acceptable (blocks release)")},
};

} // namespace

QString dispositionOutcomeId(DispositionOutcome o)
{
    for (const OutcomeName &n : kOutcomes)
        if (n.outcome == o)
            return QString::fromLatin1(n.id);
    return {};
}

std::optional<DispositionOutcome> dispositionOutcomeFromId(const QString &id)
{
    for (const OutcomeName &n : kOutcomes)
        if (id == QLatin1StringView(n.id))
            return n.outcome;
    return std::nullopt;
}

QString dispositionOutcomeName(DispositionOutcome o)
{
    for (const OutcomeName &n : kOutcomes)
        if (n.outcome == o)
            return ReviewService::tr(n.name);
    return {};
}

QString dispositionOutcomeIdsText()
{
    QStringList ids;
    for (const OutcomeName &n : kOutcomes)
        ids << QString::fromLatin1(n.id);
    return ids.join(u", "_s);
}

int BatchReview::open() const
{
    return static_cast<int>(
        std::count_if(exceptions.cbegin(), exceptions.cend(),
                      [](const ExceptionView &e) { return !e.dispositioned(); }));
}

int BatchReview::count(Severity severity) const
{
    return static_cast<int>(
        std::count_if(exceptions.cbegin(), exceptions.cend(), [severity](const ExceptionView &e) {
            return e.exception.severity == severity;
        }));
}

bool BatchReview::exceptionalRelease() const
{
    return std::any_of(signatures.cbegin(), signatures.cend(), [](const SignatureView &s) {
        return s.meaning == Meaning::ExceptionallyReleased;
    });
}

struct ReviewService::Loaded
{
    BatchReview review;
    ReviewFacts facts;
    QString recordHash;
    QList<ESignature> signatures;
};

ReviewService::ReviewService(Session &session)
    : m_session(session)
{}

ReviewService::~ReviewService() = default;

ReviewService::StatementScope::StatementScope(const ReviewService &service)
    : m_service(service)
{
    m_service.m_records = std::make_unique<RecordStore>(m_service.m_session.store().connection());
}

ReviewService::StatementScope::~StatementScope()
{
    m_service.m_records.reset();
}

QByteArray ReviewService::contentHash(const QString &storeId, const QString &batchNumber,
                                      int recordVersion, const QString &recordHash,
                                      const QString &specVersion,
                                      const QList<StoredResult> &results,
                                      const QStringList &excludedTests)
{
    using namespace canonical;
    QList<const StoredResult *> sorted;
    sorted.reserve(results.size());
    for (const StoredResult &r : results) {
        if (!excludedTests.contains(r.result.testCode))
            sorted << &r;
    }
    std::sort(sorted.begin(), sorted.end(), [](const StoredResult *a, const StoredResult *b) {
        const QcResult &x = a->result;
        const QcResult &y = b->result;
        if (x.sampleId != y.sampleId)
            return x.sampleId < y.sampleId;
        if (x.testCode != y.testCode)
            return x.testCode < y.testCode;
        if (x.testedAt != y.testedAt)
            return x.testedAt < y.testedAt;
        return a->version < b->version;
    });
    QByteArray out;
    out.reserve(256 + sorted.size() * 160);
    out.append("RDBC1", 5);
    out.append('\0');
    appendField(out, storeId);
    appendField(out, batchNumber);
    appendU64(out, static_cast<quint64>(recordVersion));
    appendField(out, recordHash);
    appendField(out, specVersion);
    appendU64(out, static_cast<quint64>(sorted.size()));
    for (const StoredResult *s : std::as_const(sorted)) {
        const QcResult &r = s->result;
        appendField(out, r.sampleId);
        appendField(out, r.testCode);
        appendField(out, r.value ? r.value->text : QString());
        // The number judged against the limits, too: its text alone could be left as it was.
        appendField(out, r.value ? QString::number(r.value->value, 'g', 17) : QString());
        appendField(out, r.text);
        appendField(out, r.unit);
        appendField(out, r.method);
        appendField(out, r.instrument);
        appendField(out, r.analyst);
        appendField(out, toStoredTime(r.testedAt, r.testedAtNanos));
        appendField(out, resultStatusId(r.status));
        appendField(out, r.reason);
        appendU64(out, static_cast<quint64>(s->version));
    }
    return crypto::blake2b256(out);
}

Result<ReviewService::Loaded> ReviewService::load(const QString &batchNumber, bool withHash) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    QSqlDatabase db = m_session.store().connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, version, content_hash, product_code, site, planned_shipment_at "
              "FROM batch_records WHERE batch_number = ? AND superseded_by_id IS NULL"_s);
    q.addBindValue(batchNumber);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read batch %1").arg(batchNumber), q.lastError());
    const Result<bool> found = nextRow(q, tr("Cannot read batch %1").arg(batchNumber));
    if (!found)
        return found.error();
    if (!found.value())
        return Error(ErrorCode::NotFound,
                     tr("There is no batch %1 in this store.").arg(batchNumber));
    Loaded l;
    BatchReview &v = l.review;
    v.batchNumber = batchNumber;
    v.recordId = q.value(0).toLongLong();
    v.recordVersion = q.value(1).toInt();
    l.recordHash = q.value(2).toString();
    v.productCode = q.value(3).toString();
    v.site = q.value(4).toString();
    v.plannedShipmentAt = q.value(5).isNull() ? QDateTime() : fromStoredTime(q.value(5).toString());
    q.finish();

    std::optional<RecordStore> own;
    const RecordStore &records = m_records ? *m_records : own.emplace(db);
    Result<BatchRecord> record = records.loadBatch(v.recordId);
    if (!record)
        return record.error();
    ReviewFacts &f = l.facts;
    f.record = std::move(record.value());
    f.recordVersion = v.recordVersion;
    v.coiDin = f.record.coi.din;

    if (!m_specifications) {
        Result<QList<Specification>> specs = records.specifications();
        if (!specs)
            return specs.error();
        m_specifications = std::move(specs.value());
        Result<QHash<QString, qint64>> judged = records.judgedAgainst();
        if (!judged)
            return judged.error();
        m_judgedAgainst = std::move(judged.value());
    }
    // The version it was explicitly re-judged against, or the one in force at its manufacture.
    if (const auto judged = m_judgedAgainst.constFind(batchNumber);
        judged != m_judgedAgainst.cend()) {
        for (const Specification &s : std::as_const(*m_specifications)) {
            if (s.id == judged.value())
                f.spec = s;
        }
    } else if (const Specification *s = specificationInForce(
                   *m_specifications, f.record.productCode, f.record.startedAt)) {
        f.spec = *s;
    }
    if (f.spec)
        v.specVersion = f.spec->version;
    if (!m_people) {
        Result<People> people = People::load(db);
        if (!people)
            return people.error();
        m_people = std::move(people.value());
    }
    f.people = &*m_people;

    if (Status s = addOutOfTrend(f); !s)
        return s.error();

    QSet<QString> samples;
    for (const QcSample &s : std::as_const(f.record.qcSamples))
        samples.insert(s.id);
    Result<QList<StoredResult>> results = records.currentResultsOfSamples(samples);
    if (!results)
        return results.error();
    f.results = std::move(results.value());

    // The audit event that put the batch where it is without a signature (a hold under change
    // control or after a rollback), if one did.
    q.prepare(u"SELECT s.state, s.held_from, e.action FROM batch_states s LEFT JOIN "
              "audit_events e ON e.seq = s.hold_seq WHERE s.batch_number = ?"_s);
    q.addBindValue(batchNumber);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the state of batch %1").arg(batchNumber),
                                q.lastError());
    const Result<bool> stated =
        nextRow(q, tr("Cannot read the state of batch %1").arg(batchNumber));
    if (!stated)
        return stated.error();
    if (stated.value()) {
        v.state = Workflow::stateFromId(q.value(0).toString()).value_or(v.state);
        if (!q.value(1).isNull())
            v.heldFrom = Workflow::stateFromId(q.value(1).toString());
        if (v.state == BatchState::OnHold)
            v.heldBy = q.value(2).toString();
    }
    q.finish();
    f.state = v.state;
    f.now = Clock::instance().nowUtc();

    Result<QList<ESignature>> signatures = ESignatures::ofBatch(db, batchNumber);
    if (!signatures)
        return signatures.error();
    l.signatures = std::move(signatures.value());
    for (const ESignature &s : std::as_const(l.signatures)) {
        const std::optional<Meaning> m = Workflow::meaningFromId(s.meaning);
        if (m &&
            (*m == Meaning::Released || *m == Meaning::ConditionallyReleased ||
             *m == Meaning::ExceptionallyReleased) &&
            (!f.releasedAt.isValid() || s.signedAt < f.releasedAt))
            f.releasedAt = s.signedAt;
    }

    q.prepare(u"SELECT d.id, d.exception_key, d.evidence, d.severity, d.exception_text, "
              "d.comment, d.deviation_ref, d.user_name, d.full_name, d.at, o.outcome FROM "
              "dispositions d LEFT JOIN disposition_outcomes o ON o.disposition_id = d.id "
              "WHERE d.batch_number = ? ORDER BY d.id"_s);
    q.addBindValue(batchNumber);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the dispositions of batch %1").arg(batchNumber),
                                q.lastError());
    QHash<QString, Disposition> newest;
    const QString what = tr("Cannot read the dispositions of batch %1").arg(batchNumber);
    const Status read = eachRow(q, what, [&] {
        Disposition d;
        d.id = q.value(0).toLongLong();
        d.exceptionKey = q.value(1).toString();
        d.evidence = q.value(2).toString();
        d.severity = q.value(3).toString();
        d.exceptionText = q.value(4).toString();
        d.comment = q.value(5).toString();
        d.deviationRef = q.value(6).toString();
        d.userName = q.value(7).toString();
        d.fullName = q.value(8).toString();
        d.at = fromStoredTime(q.value(9).toString());
        d.outcome = dispositionOutcomeFromId(q.value(10).toString())
                        .value_or(d.deviationRef.isEmpty() ? DispositionOutcome::NoImpact
                                                           : DispositionOutcome::WithReference);
        newest.insert(d.exceptionKey, d);
        v.dispositionHistory << d;
    });
    q.finish();
    if (!read)
        return read.error();

    // Which signatures still cover the record.
    const QString storeId = m_session.store().storeId();
    if (withHash || !l.signatures.isEmpty()) {
        // The record's hash is recomputed from what is stored now, not taken from the import.
        l.recordHash = Serializer::contentHash(f.record);
        v.contentHash = contentHash(storeId, batchNumber, v.recordVersion, l.recordHash,
                                    v.specVersion, f.results);
    }
    const ESignature *conditional = latest(l.signatures, Meaning::ConditionallyReleased);
    QByteArray conditionalStable;
    if (conditional) {
        conditionalStable = contentHash(storeId, batchNumber, v.recordVersion, l.recordHash,
                                        v.specVersion, f.results, conditional->conditions);
        for (const QString &test : conditional->conditions)
            f.pendingAtConditionalRelease.insert(test);
    }
    for (const ESignature &s : std::as_const(l.signatures)) {
        SignatureView view;
        view.signature = s;
        view.meaning = Workflow::meaningFromId(s.meaning);
        view.coversCurrent = s.contentHash == v.contentHash;
        // Results of the tests still pending at a conditional release are expected to arrive
        // after it; what was signed up to then still stands if nothing else changed.
        if (!view.coversCurrent && conditional && s.id <= conditional->id &&
            s.contentHash == conditional->contentHash &&
            conditionalStable == conditional->stableHash)
            view.coversCurrent = true;
        v.signatures << view;
    }
    if (withHash && !v.signatures.isEmpty()) {
        if (Status s = checkSignatures(v); !s)
            return s.error();
    }
    // The signatures the batch stands on: QC approval, review and the decision taken.
    const bool decided = Workflow::isFinal(v.state) || v.state == BatchState::ConditionallyReleased;
    for (const Meaning m : Workflow::meanings()) {
        if (m != Meaning::QcApproved && m != Meaning::Reviewed &&
            !(decided && Workflow::isReleaseDecision(m)))
            continue;
        const ESignature *s = latest(l.signatures, m);
        if (!s)
            continue;
        const auto view =
            std::find_if(v.signatures.cbegin(), v.signatures.cend(),
                         [s](const SignatureView &x) { return x.signature.id == s->id; });
        if (view == v.signatures.cend() || view->coversCurrent)
            continue;
        f.staleSignatures << StaleSignature{s->id, m, s->fullName, s->signedAt, decided};
        if (decided && v.uncovered.isEmpty())
            v.uncovered = tr("signature %1 (\"%2\" by %3) no longer covers the record of batch "
                             "%4: its data changed after the decision")
                              .arg(s->id)
                              .arg(Workflow::displayName(m), s->fullName, v.batchNumber);
    }

    v.standings = ExceptionEngine::standings(f);
    const QList<ReviewException> exceptions = ExceptionEngine::compute(f);
    int number = 0;
    for (const ReviewException &e : exceptions) {
        ExceptionView view;
        view.number = ++number;
        view.exception = e;
        if (auto it = newest.constFind(e.key); it != newest.cend())
            view.disposition = *it;
        v.exceptions << view;
    }
    return l;
}

Status ReviewService::addOutOfTrend(ReviewFacts &f) const
{
    if (!m_ootSettings) {
        Result<QList<qc::OotSetting>> settings = qc::OotRules(m_session).all();
        if (!settings)
            return settings.error();
        m_ootSettings = std::move(settings.value());
    }
    for (const qc::OotSetting &setting : std::as_const(*m_ootSettings)) {
        if (setting.product != f.record.productCode || setting.rules.isEmpty())
            continue;
        const QString key = setting.product + u'|' + setting.test;
        auto cached = m_outOfTrend.constFind(key);
        if (cached == m_outOfTrend.cend()) {
            // The product's whole series, all sites, with I-MR limits over all of it.
            QHash<QString, OutOfTrendSignal> byBatch;
            Result<qc::TrendSeries> series =
                qc::TrendData(m_session).series({setting.product, setting.test, {}, {}, {}});
            if (series) {
                const QList<double> values = series->values();
                qc::AnalysisOptions options;
                options.rules = setting.rules;
                const qc::TrendAnalysis a =
                    qc::TrendAnalyzer::analyze(values, series->lower, series->upper, options);
                for (qsizetype i = 0; i < series->points.size(); ++i) {
                    if (a.rulesAt.at(i).isEmpty())
                        continue;
                    const qc::TrendPoint &p = series->points.at(i);
                    QStringList names;
                    for (const qc::Rule r : a.rulesAt.at(i))
                        names << qc::Rules::name(r);
                    byBatch.insert(p.batchNumber,
                                   OutOfTrendSignal{p.sampleId, setting.test, p.testedAt,
                                                    p.valueText + (series->unit.isEmpty()
                                                                       ? QString()
                                                                       : u' ' + series->unit),
                                                    names});
                }
            } else if (series.error().code() == ErrorCode::InvalidInput) {
                // The check cannot run on these data (e.g. two units): say so in every review
                // of the product rather than stop the review.
                byBatch.insert(
                    QString(),
                    OutOfTrendSignal{{}, setting.test, {}, {}, {series.error().message()}});
            } else if (series.error().code() != ErrorCode::NotFound) {
                // A series that could not be read is no finding about the batch: a review
                // that went on would rest on part of the product's history.
                return series.error();
            }
            cached = m_outOfTrend.insert(key, byBatch);
        }
        if (const auto it = cached->constFind(f.record.batchNumber); it != cached->cend())
            f.outOfTrend << *it;
        if (const auto it = cached->constFind(QString()); it != cached->cend())
            f.outOfTrendProblems << it->testCode + u": "_s + it->rules.join(u' ');
    }
    return {};
}

Status ReviewService::checkSignatures(BatchReview &v) const
{
    QSqlDatabase db = m_session.store().connection();
    if (!m_keys) {
        Result<KeyDirectory> keys = m_session.keyDirectory();
        if (!keys)
            return keys.error();
        m_keys = std::move(keys).value();
    }
    // Where the trail recorded each signing: the key must have been in force there.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, new_value FROM audit_events WHERE entity_type = 'batch' AND "
              "entity_id = ? AND action = ?"_s);
    q.addBindValue(v.batchNumber);
    q.addBindValue(QString::fromLatin1(audit::kBatchSigned));
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the audit trail of batch %1").arg(v.batchNumber),
                                q.lastError());
    QHash<qint64, qint64> recordedAt;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        recordedAt.insert(o.value(u"signatureId"_s).toInteger(), q.value(0).toLongLong());
    }
    if (q.lastError().isValid())
        return Store::errorFrom(tr("Cannot read the audit trail of batch %1").arg(v.batchNumber),
                                q.lastError());
    const QString storeId = m_session.store().storeId();
    // A key issued since the directory was read, or whose hand-over it did not yet know
    // confirmed, is read afresh before anything is called untrustworthy.
    const bool unknownKey =
        std::any_of(v.signatures.cbegin(), v.signatures.cend(), [this](const SignatureView &view) {
            const CertifiedKey *k = m_keys->find(view.signature.keyId);
            return !k || (!k->resetBy.isEmpty() && k->handedOverSeq == 0);
        });
    if (unknownKey) {
        Result<KeyDirectory> keys = m_session.keyDirectory();
        if (!keys)
            return keys.error();
        m_keys = std::move(keys).value();
    }
    for (SignatureView &view : v.signatures) {
        const ESignature &s = view.signature;
        view.checked = true;
        const auto at = recordedAt.constFind(s.id);
        if (at == recordedAt.cend()) {
            view.problem = tr("the audit trail does not record it");
        } else if (QString p = m_keys->signerProblem(s.keyId, s.userName, *at);
                   !p.isEmpty() || !(p = m_keys->handoverProblem(s.keyId, *at)).isEmpty()) {
            view.problem = p;
        } else {
            const CertifiedKey *key = m_keys->find(s.keyId);
            if (key->cert.userId != s.userId || key->cert.role != s.role ||
                key->cert.fullName != s.fullName)
                view.problem =
                    tr("its key is certified for %1 as %2").arg(key->cert.fullName, key->cert.role);
            else if (!ESignatures::verify(s, storeId, key->cert.publicKey))
                view.problem = tr("it does not verify: the signature or what it covers was "
                                  "altered");
        }
        view.certifiedBy = m_keys->issuerText(s.keyId);
        if (!view.problem.isEmpty() && v.integrityProblem.isEmpty()) {
            v.integrityProblem =
                tr("signature %1 (\"%2\" by %3) cannot be trusted: %4; the recorded state of "
                   "batch %5 is not borne out. Run releasedesk verify.")
                    .arg(s.id)
                    .arg(s.meaning, s.fullName, view.problem, v.batchNumber);
        }
    }
    return {};
}

Result<BatchReview> ReviewService::review(const QString &batchNumber, Detail detail) const
{
    Result<Loaded> l = load(batchNumber, detail != Detail::Counts);
    if (!l)
        return l.error();
    BatchReview &r = l->review;
    if (detail == Detail::Full) {
        r.record = std::move(l->facts.record);
        r.results = std::move(l->facts.results);
        r.spec = std::move(l->facts.spec);
    }
    return std::move(r);
}

QStringList ReviewService::outOfSpecificationTests(const BatchReview &review)
{
    QStringList out;
    for (const TestStanding &t : review.standings) {
        if (t.status == TestStanding::Status::DoesNotConform && !out.contains(t.test.code))
            out << t.test.code;
    }
    return out;
}

Status ReviewService::handledBy(const Loaded &l, const People &people, const QSet<QString> &tests,
                                const QString &act) const
{
    const Account me = m_session.user();
    const auto judged = [&tests](const QString &test) {
        return tests.isEmpty() || tests.contains(test);
    };
    // Measured: the analyst field names the signer's person, as a look-alike of any of their
    // names or as an initial and surname ("Q. Chen"). When only results awaited at a
    // conditional release are judged, their analyst must also be someone.
    QStringList own;
    QStringList nobody;
    for (const StoredResult &r : l.facts.results) {
        if (!judged(r.result.testCode) || r.result.status == ResultStatus::Invalidated)
            continue;
        const QString analyst = r.result.analyst.trimmed();
        bool mine = people.names(analyst, me.id) || Identity::alike(analyst, me.userName) ||
                    Identity::alike(analyst, me.fullName);
        const QList<const People::Entry *> named = people.named(analyst);
        if (named.isEmpty()) {
            for (const People::Entry *e : people.abbreviated(analyst))
                mine = mine || people.samePerson(e->userId, me.id);
        }
        if (mine && !own.contains(r.result.testCode))
            own << r.result.testCode;
        if (!tests.isEmpty() && named.isEmpty() && !nobody.contains(r.result.testCode))
            nobody << r.result.testCode;
    }
    const auto refuse = [](const QString &why) -> Status {
        return Error(ErrorCode::Forbidden, why);
    };
    if (!own.isEmpty())
        return refuse(tr("%1 produced QC results of this batch (%2) and so cannot %3.")
                          .arg(me.fullName, joinNames(own), act));
    if (!nobody.isEmpty())
        return refuse(tr("The analyst of %1 is no person of this store, so who measured it is not "
                         "established; put the batch on hold and correct it under change "
                         "control.")
                          .arg(joinNames(nobody)));
    // Brought in: imported, or assigned from the unassigned inbox.
    QSet<QString> samples;
    for (const QcSample &s : l.facts.record.qcSamples)
        samples.insert(s.id);
    std::optional<RecordStore> ownRecords;
    const RecordStore &records =
        m_records ? *m_records : ownRecords.emplace(m_session.store().connection());
    Result<QList<ResultBringer>> bringers = records.bringersOfSamples(samples);
    if (!bringers)
        return bringers.error();
    for (const ResultBringer &b : std::as_const(bringers.value())) {
        if (!judged(b.testCode))
            continue;
        const auto account =
            std::find_if(people.entries().cbegin(), people.entries().cend(),
                         [&b](const People::Entry &e) { return e.userName == b.userName; });
        // Fails closed: a user name that is no account any more is compared as a name.
        const bool mine = account != people.entries().cend()
                              ? people.samePerson(account->userId, me.id)
                              : Identity::alike(b.userName, me.userName);
        if (!mine)
            continue;
        return refuse(b.assigned
                          ? tr("%1 assigned QC results of this batch from the unassigned inbox "
                               "(as %2) and so cannot %3: another person does.")
                                .arg(me.fullName, b.userName, act)
                          : tr("%1 imported QC results of this batch (as %2) and so cannot %3: "
                               "another person does.")
                                .arg(me.fullName, b.userName, act));
    }
    return {};
}

Result<ReviewService::Signer> ReviewService::signer() const
{
    QSqlDatabase db = m_session.store().connection();
    Result<People> people = People::load(db);
    if (!people)
        return people.error();
    Result<QString> pending = AccountService::handoverPending(db, m_session.keyId());
    if (!pending)
        return pending.error();
    return Signer{std::move(people).value(), std::move(pending).value()};
}

Status ReviewService::check(const Loaded &l, const Signer &signer, const SignRequest &request,
                            BatchState *target) const
{
    const Account me = m_session.user();
    const BatchReview &v = l.review;
    const Meaning meaning = request.meaning;
    const QString what = Workflow::displayName(meaning);
    const auto refuse = [](const QString &why) -> Status {
        return Error(ErrorCode::Forbidden, why);
    };
    if (!v.integrityProblem.isEmpty())
        return Error(ErrorCode::Tampered,
                     tr("Batch %1 cannot be signed: %2").arg(v.batchNumber, v.integrityProblem));

    // Who may sign at all.
    if (me.role == Role::Administrator)
        return refuse(tr("Administrators cannot sign batch decisions."));
    const QList<Role> roles = Workflow::signingRoles(meaning);
    if (!roles.contains(me.role)) {
        QStringList names;
        for (const Role r : roles)
            names << Roles::displayName(r);
        return refuse(
            tr("\"%1\" is signed by a %2; %3 is a %4.")
                .arg(what, names.join(tr(" or ")), me.fullName, Roles::displayName(me.role)));
    }

    // A key issued at a password reset signs only after its hand-over is confirmed.
    if (!signer.handoverPending.isEmpty())
        return refuse(signer.handoverPending);

    // Whether the state allows it.
    Result<BatchState> next = Workflow::next(v.state, meaning, v.heldFrom);
    if (!next)
        return next.error();

    // What must be said.
    if (Workflow::needsReason(meaning) && request.comment.trimmed().isEmpty())
        return refuse(tr("\"%1\" needs a reason.").arg(what));
    if (request.comment.size() > kMaxCommentLength)
        return refuse(tr("The comment is longer than %1 characters.").arg(kMaxCommentLength));
    if (meaning == Meaning::ExceptionallyReleased) {
        if (request.physicianRequest.trimmed().isEmpty())
            return refuse(tr("An exceptional release needs the reference of the treating "
                             "physician's written request."));
        if (request.physicianRequest.size() > kMaxReferenceLength)
            return refuse(tr("The physician's request reference is longer than %1 characters.")
                              .arg(kMaxReferenceLength));
        if (request.riskEvaluation.trimmed().isEmpty())
            return refuse(tr("An exceptional release needs the recorded risk evaluation."));
        if (request.riskEvaluation.size() > kMaxCommentLength)
            return refuse(
                tr("The risk evaluation is longer than %1 characters.").arg(kMaxCommentLength));
    } else if (!request.physicianRequest.isEmpty() || !request.riskEvaluation.isEmpty()) {
        return refuse(tr("A physician's request and risk evaluation belong only to an exceptional "
                         "release."));
    }
    // Typed texts are kept and shown as written: nothing invisible, and references on one line
    // (a line break in one would print as a line of the document's own).
    if (Status s = Text::typed(request.comment, true, tr("The comment %1.")); !s)
        return s;
    if (Status s = Text::typed(request.riskEvaluation, true, tr("The risk evaluation %1.")); !s)
        return s;
    if (Status s = Text::typed(request.physicianRequest, false,
                               tr("The physician's request reference %1."));
        !s)
        return s;
    if (Status s = Text::typed(request.investigation, false, tr("The investigation reference %1."));
        !s)
        return s;

    // Separation of duties: QC approver, reviewer and releasing person are three people.
    const People &people = signer.people;
    const ESignature *qc = latest(l.signatures, Meaning::QcApproved);
    const ESignature *reviewed = latest(l.signatures, Meaning::Reviewed);
    const auto covers = [&v](const ESignature *s) {
        for (const SignatureView &view : v.signatures) {
            if (view.signature.id == s->id)
                return view.coversCurrent;
        }
        return false;
    };
    BatchState to = next.value();
    switch (meaning) {
    case Meaning::QcApproved: {
        if (l.facts.results.isEmpty())
            return refuse(tr("Batch %1 has no QC results to approve.").arg(v.batchNumber));
        if (Status s = handledBy(l, people, {}, tr("approve them")); !s)
            return s;
        // An out-of-specification value is approved only with its investigation named.
        const QStringList oosTests = outOfSpecificationTests(v);
        if (!oosTests.isEmpty() && request.investigation.trimmed().isEmpty())
            return refuse(tr("Batch %1 has out-of-specification results (%2): their QC approval "
                             "needs the reference of the OOS investigation.")
                              .arg(v.batchNumber, joinNames(oosTests)));
        if (request.investigation.size() > kMaxReferenceLength)
            return refuse(tr("The investigation reference is longer than %1 characters.")
                              .arg(kMaxReferenceLength));
        break;
    }
    case Meaning::Reviewed: {
        if (!qc)
            return refuse(tr("Batch %1 has no QC approval signature.").arg(v.batchNumber));
        if (qc && samePerson(people, *qc, me))
            return refuse(tr("%1 approved the QC results of this batch and so cannot also review "
                             "it.")
                              .arg(me.fullName));
        if (qc && !covers(qc))
            return refuse(tr("The QC results changed after they were approved; put the batch on "
                             "hold and lift the hold to send it back for QC approval."));
        const int open = v.open();
        if (open > 0)
            return refuse(tr("%n exception(s) still need a disposition before the batch can be "
                             "signed as reviewed.",
                             nullptr, open));
        break;
    }
    case Meaning::Released:
    case Meaning::ConditionallyReleased:
    case Meaning::ExceptionallyReleased:
    case Meaning::Rejected: {
        if (qc && samePerson(people, *qc, me))
            return refuse(tr("%1 approved the QC results of this batch and so cannot also decide "
                             "on its release.")
                              .arg(me.fullName));
        if (reviewed && samePerson(people, *reviewed, me))
            return refuse(tr("%1 reviewed this batch and so cannot also decide on its release.")
                              .arg(me.fullName));
        if (meaning == Meaning::Rejected)
            break;
        if (!qc || !reviewed)
            return refuse(
                tr("Batch %1 lacks its QC approval or review signature.").arg(v.batchNumber));
        QStringList blocking;
        QStringList oos;
        QStringList missing;
        QStringList allowedPending;
        QStringList postRelease;
        for (const ExceptionView &e : v.exceptions) {
            if (e.exception.blocksRelease &&
                e.exception.category != ExceptionCategory::PostReleaseFailure)
                blocking << e.exception.text;
        }
        for (const ExceptionView &e : v.exceptions) {
            if (e.dispositioned() && e.disposition->outcome == DispositionOutcome::NotAcceptable)
                return refuse(tr("%1 judged exception %2 not acceptable (%3); the batch can "
                                 "only be rejected.")
                                  .arg(e.disposition->fullName)
                                  .arg(e.number)
                                  .arg(e.exception.text));
        }
        for (const TestStanding &s : v.standings) {
            switch (s.status) {
            case TestStanding::Status::Conforms:
                break;
            case TestStanding::Status::DoesNotConform:
                if (l.facts.pendingAtConditionalRelease.contains(s.test.code) &&
                    v.state == BatchState::ConditionallyReleased)
                    postRelease << s.test.name;
                else
                    oos << s.test.name;
                break;
            case TestStanding::Status::Pending:
            case TestStanding::Status::Missing:
                (s.test.mayBePendingAtRelease ? allowedPending : missing) << s.test.name;
                break;
            }
        }
        if (!blocking.isEmpty())
            return refuse(tr("No release is possible: %1").arg(blocking.first()));
        if (!postRelease.isEmpty())
            return refuse(tr("%1 failed after the conditional release; the batch can only be "
                             "rejected.")
                              .arg(joinNames(postRelease)));
        if (!v.specVersion.isEmpty() && v.standings.isEmpty())
            return refuse(tr("The specification in force has no tests."));
        // Exceptions that arose after the review (a rule that came with an upgrade, say) are
        // assessed before any release; a blocking one was refused above.
        if (const int open = v.open(); open > 0)
            return refuse(tr("%n exception(s) arose after the review and have no disposition; "
                             "put the batch on hold and lift the hold to review them.",
                             nullptr, open));
        if (v.state == BatchState::ConditionallyReleased) {
            // Confirming the final release: the pending results have arrived and conform, were
            // measured by a person of this store, and neither measured nor brought in by the
            // person confirming; no QC approval covers them.
            if (Status s = handledBy(l, people, l.facts.pendingAtConditionalRelease,
                                     tr("confirm the release on them"));
                !s)
                return s;
            if (!allowedPending.isEmpty() || !missing.isEmpty())
                return refuse(tr("Still pending: %1. The final release can be confirmed once "
                                 "their results are in.")
                                  .arg(joinNames(allowedPending + missing)));
            const ESignature *conditional = latest(l.signatures, Meaning::ConditionallyReleased);
            if (!conditional || !covers(conditional))
                return refuse(tr("The record changed after the conditional release in more than "
                                 "the pending results; put the batch on hold for review."));
            break;
        }
        if (qc && !covers(qc))
            return refuse(tr("The QC results changed after they were approved; put the batch on "
                             "hold and lift the hold to send it back for QC approval."));
        if (reviewed && !covers(reviewed))
            return refuse(tr("The record changed after it was reviewed; put the batch on hold and "
                             "lift the hold to send it back for review."));
        if (!missing.isEmpty())
            return refuse(
                tr("Required results are missing or pending: %1.").arg(joinNames(missing)));
        if (meaning == Meaning::ExceptionallyReleased) {
            if (!allowedPending.isEmpty())
                return refuse(tr("Still pending: %1. An exceptional release is decided on "
                                 "complete results.")
                                  .arg(joinNames(allowedPending)));
            if (oos.isEmpty())
                return refuse(tr("Every result conforms to the specification: an exceptional "
                                 "release does not apply; release the batch normally."));
            break;
        }
        if (!oos.isEmpty())
            return refuse(tr("Out of specification: %1. Reject the batch, or record an "
                             "exceptional release at the treating physician's request.")
                              .arg(joinNames(oos)));
        if (meaning == Meaning::Released && !allowedPending.isEmpty())
            return refuse(tr("Still pending: %1. Release conditionally, or wait for the "
                             "results.")
                              .arg(joinNames(allowedPending)));
        if (meaning == Meaning::ConditionallyReleased && allowedPending.isEmpty())
            return refuse(tr("No test is pending: release the batch normally."));
        break;
    }
    case Meaning::OnHold:
        break;
    case Meaning::HoldLifted:
        // Back to where the batch stood, or further back if the record changed meanwhile.
        // A change made under change control is assessed from the start: results and record
        // changed, whatever the signatures' hashes still cover (a conditional release's hash
        // leaves its pending tests out).
        if (!qc || !covers(qc) || v.heldBy == QLatin1StringView(audit::kHeldForChange))
            to = BatchState::AwaitingQcApproval;
        else if (Workflow::isFinal(to) ||
                 (!v.heldBy.isEmpty() && to == BatchState::ConditionallyReleased))
            // Held from a decision after a rollback: the review
            // and the decision are signed again.
            to = BatchState::AwaitingReview;
        else if ((to == BatchState::Reviewed || to == BatchState::ConditionallyReleased) &&
                 (!reviewed || !covers(reviewed)))
            to = BatchState::AwaitingReview;
        break;
    }
    if (target)
        *target = to;
    return {};
}

Status ReviewService::maySign(const SignRequest &request) const
{
    Result<Loaded> l = load(request.batchNumber);
    if (!l)
        return l.error();
    Result<Signer> who = signer();
    if (!who)
        return who.error();
    return check(l.value(), who.value(), request, nullptr);
}

Result<QList<std::pair<Meaning, Status>>> ReviewService::signable(const QString &batchNumber) const
{
    Result<Loaded> l = load(batchNumber);
    if (!l)
        return l.error();
    Result<Signer> who = signer();
    if (!who)
        return who.error();
    QList<std::pair<Meaning, Status>> out;
    for (const Meaning m : Workflow::meanings()) {
        SignRequest probe{batchNumber, m, {}, {}, {}, {}};
        // Stand-ins for what is typed at signing; their own checks run then.
        if (Workflow::needsReason(m))
            probe.comment = u"-"_s;
        if (m == Meaning::QcApproved)
            probe.investigation = u"-"_s;
        if (m == Meaning::ExceptionallyReleased) {
            probe.physicianRequest = u"-"_s;
            probe.riskEvaluation = u"-"_s;
        }
        out.append({m, check(l.value(), who.value(), probe, nullptr)});
    }
    return out;
}

Status ReviewService::signableStatus(const Result<QList<std::pair<Meaning, Status>>> &all,
                                     Meaning meaning)
{
    if (!all)
        return all.error();
    for (const auto &[m, status] : all.value()) {
        if (m == meaning)
            return status;
    }
    return {};
}

Status ReviewService::mayDispose(const BatchReview &review) const
{
    if (Status s = m_session.requireRole(Role::QaReviewer, tr("record a disposition")); !s)
        return s;
    if (review.state != BatchState::AwaitingReview && review.state != BatchState::InReview)
        return Error(ErrorCode::Forbidden,
                     tr("Dispositions are recorded during the review; batch %1 is \"%2\".")
                         .arg(review.batchNumber, Workflow::displayName(review.state)));
    return {};
}

Result<ESignature> ReviewService::sign(const SignRequest &request, const SecureBytes &password)
{
    m_specifications.reset(); // read afresh for a write
    m_people.reset();
    if (Status s = maySign(request); !s)
        return s.error();
    if (Status s = m_session.confirmPassword(password); !s)
        return s.error();

    QSqlDatabase db = m_session.store().connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot start the signing"), db.lastError());
    const auto rollback = [&db](Error e) -> Result<ESignature> {
        db.rollback();
        return e;
    };
    // Again inside the transaction: another workstation may have signed or imported meanwhile.
    m_specifications.reset();
    m_people.reset();
    Result<Loaded> l = load(request.batchNumber);
    if (!l)
        return rollback(l.error());
    Result<Signer> who = signer();
    if (!who)
        return rollback(who.error());
    BatchState to = BatchState::AwaitingQcApproval;
    if (Status s = check(l.value(), who.value(), request, &to); !s)
        return rollback(s.error());
    const BatchReview &v = l->review;
    const QString storeId = m_session.store().storeId();
    AuditTrail trail = m_session.audit();
    Result<AuditHead> head = trail.head();
    if (!head)
        return rollback(head.error());

    const Account me = m_session.user();
    ESignature sig;
    sig.batchNumber = v.batchNumber;
    sig.meaning = Workflow::id(request.meaning);
    sig.stateFrom = Workflow::id(v.state);
    sig.stateTo = Workflow::id(to);
    sig.userId = me.id;
    sig.userName = me.userName;
    sig.fullName = me.fullName;
    sig.role = Roles::id(me.role);
    const Clock &clock = Clock::instance();
    sig.signedAt = clock.nowUtc();
    sig.utcOffsetSeconds = clock.utcOffsetAt(sig.signedAt);
    sig.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    sig.comment = request.comment.trimmed();
    if (const QString ref = request.investigation.trimmed();
        request.meaning == Meaning::QcApproved && !ref.isEmpty())
        // Signed with the approval: the data holds it in one language-neutral form.
        sig.comment = sig.comment.isEmpty() ? u"OOS investigation %1"_s.arg(ref)
                                            : u"OOS investigation %1; %2"_s.arg(ref, sig.comment);
    sig.physicianRequest = request.physicianRequest.trimmed();
    sig.riskEvaluation = request.riskEvaluation.trimmed();
    if (request.meaning == Meaning::ConditionallyReleased ||
        request.meaning == Meaning::ExceptionallyReleased) {
        for (const TestStanding &s : v.standings) {
            if (s.status == TestStanding::Status::Pending ||
                s.status == TestStanding::Status::Missing)
                sig.conditions << s.test.code;
        }
    }
    sig.recordVersion = v.recordVersion;
    sig.contentHash = v.contentHash;
    sig.stableHash = contentHash(storeId, v.batchNumber, v.recordVersion, l->recordHash,
                                 v.specVersion, l->facts.results, sig.conditions);
    sig.auditSeq = head->seq;
    sig.auditHash = head->hash;
    sig.keyId = m_session.keyId();
    ESignatures::sign(sig, storeId, m_session.signingKey());

    Result<qint64> id = ESignatures::insert(db, sig);
    if (!id)
        return rollback(id.error());
    sig.id = id.value();

    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO batch_states (batch_number, state, held_from, changed_at, "
              "signature_id) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(v.batchNumber);
    q.addBindValue(sig.stateTo);
    q.addBindValue(to == BatchState::OnHold ? QVariant(sig.stateFrom) : QVariant(QString()));
    q.addBindValue(toStoredTime(sig.signedAt));
    q.addBindValue(sig.id);
    if (!q.exec())
        return rollback(Store::errorFrom(
            tr("Cannot record the state of batch %1").arg(v.batchNumber), q.lastError()));

    AuditEntry e;
    e.action = QString::fromLatin1(audit::kBatchSigned);
    e.entityType = u"batch"_s;
    e.entityId = v.batchNumber;
    e.field = sig.meaning;
    e.oldValue = sig.stateFrom;
    e.newValue = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"signatureId"_s, sig.id},
                                  {u"state"_s, sig.stateTo},
                                  {u"signature"_s, QString::fromLatin1(sig.signature.toBase64())}})
            .toJson(QJsonDocument::Compact));
    e.reason = sig.comment;
    if (Result<AuditEvent> a =
            trail.append(me.userName, e,
                         {{RecordBindings::Kind::Signature, QString::number(sig.id)},
                          {RecordBindings::Kind::BatchState, v.batchNumber}});
        !a)
        return rollback(a.error());
    if (!db.commit())
        return rollback(Store::errorFrom(tr("Cannot commit the signature"), db.lastError()));
    // A copy outside records.db, so that a records.db put back from an older copy cannot make
    // this decision disappear unseen (Recovery::acceptRollback lists what it lost).
    if (Status s = DecisionLog::append(m_session.store().paths(), sig); !s)
        m_session.warn(s.error().message());
    return sig;
}

Result<Disposition> ReviewService::dispose(const QString &batchNumber, const QString &ref,
                                           const QString &comment, const QString &deviationRef,
                                           std::optional<DispositionOutcome> chosen)
{
    if (Status s = m_session.requireRole(Role::QaReviewer, tr("record a disposition")); !s)
        return s.error();
    if (comment.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("A disposition needs a comment."));
    if (comment.size() > kMaxCommentLength)
        return Error(ErrorCode::InvalidInput,
                     tr("The comment is longer than %1 characters.").arg(kMaxCommentLength));
    if (deviationRef.size() > kMaxReferenceLength)
        return Error(ErrorCode::InvalidInput, tr("The deviation reference is longer than %1 "
                                                 "characters.")
                                                  .arg(kMaxReferenceLength));
    if (Status s = Text::typed(comment, true, tr("The comment %1.")); !s)
        return s.error();
    if (Status s = Text::typed(deviationRef, false, tr("The deviation reference %1.")); !s)
        return s.error();

    m_specifications.reset(); // read afresh for a write
    m_people.reset();
    QSqlDatabase db = m_session.store().connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot start the disposition"), db.lastError());
    const auto rollback = [&db](Error e) -> Result<Disposition> {
        db.rollback();
        return e;
    };
    Result<Loaded> l = load(batchNumber);
    if (!l)
        return rollback(l.error());
    const BatchReview &v = l->review;
    if (Status s = mayDispose(v); !s)
        return rollback(s.error());
    const ExceptionView *target = nullptr;
    bool isNumber = false;
    const int number = ref.toInt(&isNumber);
    for (const ExceptionView &e : v.exceptions) {
        if ((isNumber && e.number == number) || (!isNumber && e.exception.key == ref))
            target = &e;
    }
    if (!target) {
        return rollback(
            Error(ErrorCode::NotFound, tr("Batch %1 has no exception %2 (it has %n exception(s)).",
                                          nullptr, static_cast<int>(v.exceptions.size()))
                                           .arg(batchNumber, ref)));
    }
    // A deviation reference names a deviation of this batch record, or one held in another
    // system ("external: QMS-2026-0042"); an open critical deviation is accounted for only by
    // its own reference, and any release-blocking exception only with a reference.
    QString reference = deviationRef.trimmed();
    const ReviewException &x = target->exception;
    if (!reference.isEmpty()) {
        static const QString kExternal = u"external:"_s;
        if (reference.startsWith(kExternal, Qt::CaseInsensitive)) {
            const QString id = reference.mid(kExternal.size()).trimmed();
            if (id.isEmpty())
                return rollback(Error(ErrorCode::InvalidInput,
                                      tr("\"external:\" needs the identifier the other system "
                                         "gives the deviation, as in \"external: "
                                         "QMS-2026-0042\".")));
            reference = kExternal + u' ' + id;
        } else {
            QStringList known;
            for (const Deviation &dev : l->facts.record.deviations)
                known << dev.id;
            if (!known.contains(reference))
                return rollback(Error(
                    ErrorCode::InvalidInput,
                    tr("%1 is not a deviation of batch %2 (%3); name one of its deviations, or "
                       "one held in another system as \"external: ID\".")
                        .arg(reference, batchNumber,
                             known.isEmpty() ? tr("it records none") : known.join(u", "_s))));
        }
    }
    const DispositionOutcome outcome = chosen.value_or(
        reference.isEmpty() ? DispositionOutcome::NoImpact : DispositionOutcome::WithReference);
    if (outcome == DispositionOutcome::WithReference && reference.isEmpty())
        return rollback(Error(ErrorCode::InvalidInput,
                              tr("\"%1\" needs the deviation or CAPA reference that accounts "
                                 "for exception %2.")
                                  .arg(dispositionOutcomeName(outcome))
                                  .arg(target->number)));
    const bool openCriticalDeviation =
        x.category == ExceptionCategory::OpenDeviation && x.severity == Severity::Critical;
    // Judged not acceptable, an exception blocks release whatever it names.
    if (chosen && *chosen == DispositionOutcome::NoImpact && x.blocksRelease)
        return rollback(Error(ErrorCode::InvalidInput,
                              tr("Exception %1 blocks release, so it is not \"%2\": choose "
                                 "\"%3\" or \"%4\".")
                                  .arg(target->number)
                                  .arg(dispositionOutcomeName(outcome),
                                       dispositionOutcomeName(DispositionOutcome::WithReference),
                                       dispositionOutcomeName(DispositionOutcome::NotAcceptable))));
    if (outcome != DispositionOutcome::NotAcceptable && openCriticalDeviation &&
        reference != x.target.ref)
        return rollback(Error(ErrorCode::InvalidInput,
                              tr("Exception %1 is the open critical deviation %2: its disposition "
                                 "must name it (--deviation %2).")
                                  .arg(target->number)
                                  .arg(x.target.ref)));
    if (outcome != DispositionOutcome::NotAcceptable && x.blocksRelease && reference.isEmpty())
        return rollback(Error(ErrorCode::InvalidInput,
                              tr("Exception %1 blocks release: its disposition must name the "
                                 "deviation that investigates it (a deviation of the batch, or "
                                 "\"external: ID\").")
                                  .arg(target->number)));

    const Account me = m_session.user();
    Disposition d;
    d.exceptionKey = target->exception.key;
    d.evidence = target->exception.evidence;
    d.severity = ExceptionEngine::severityId(target->exception.severity);
    d.exceptionText = target->exception.text;
    d.comment = comment.trimmed();
    d.deviationRef = reference.isNull() ? u""_s : reference;
    d.userName = me.userName;
    d.fullName = me.fullName;
    d.at = Clock::instance().nowUtc();
    d.outcome = outcome;

    QSqlQuery q(db);
    q.prepare(u"INSERT INTO dispositions (batch_number, exception_key, evidence, severity, "
              "exception_text, comment, deviation_ref, user_name, full_name, at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         {QVariant(batchNumber), QVariant(d.exceptionKey), QVariant(d.evidence),
          QVariant(d.severity), QVariant(d.exceptionText), QVariant(d.comment),
          QVariant(d.deviationRef), QVariant(d.userName), QVariant(d.fullName),
          QVariant(toStoredTime(d.at))})
        q.addBindValue(value);
    if (!q.exec())
        return rollback(Store::errorFrom(tr("Cannot record the disposition"), q.lastError()));
    d.id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO disposition_outcomes (disposition_id, outcome) VALUES (?, ?)"_s);
    q.addBindValue(d.id);
    q.addBindValue(dispositionOutcomeId(outcome));
    if (!q.exec())
        return rollback(Store::errorFrom(tr("Cannot record the disposition"), q.lastError()));

    AuditTrail trail = m_session.audit();
    if (v.state == BatchState::AwaitingReview) {
        q.prepare(u"INSERT OR REPLACE INTO batch_states (batch_number, state, held_from, "
                  "changed_at, signature_id) VALUES (?, 'in_review', NULL, ?, "
                  "(SELECT signature_id FROM batch_states WHERE batch_number = ?))"_s);
        q.addBindValue(batchNumber);
        q.addBindValue(toStoredTime(d.at));
        q.addBindValue(batchNumber);
        if (!q.exec())
            return rollback(Store::errorFrom(
                tr("Cannot record the state of batch %1").arg(batchNumber), q.lastError()));
        AuditEntry started;
        started.action = QString::fromLatin1(audit::kReviewStarted);
        started.entityType = u"batch"_s;
        started.entityId = batchNumber;
        started.field = u"state"_s;
        started.oldValue = Workflow::id(BatchState::AwaitingReview);
        started.newValue = Workflow::id(BatchState::InReview);
        if (Result<AuditEvent> a = trail.append(me.userName, started,
                                                {{RecordBindings::Kind::BatchState, batchNumber}});
            !a)
            return rollback(a.error());
    }
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kExceptionDispositioned);
    e.entityType = u"batch"_s;
    e.entityId = batchNumber;
    e.field = d.exceptionKey;
    if (target->disposition)
        e.oldValue = target->disposition->comment;
    e.newValue = d.comment;
    e.reason = dispositionOutcomeId(outcome) +
               (d.deviationRef.isEmpty() ? QString() : u"; "_s + d.deviationRef);
    if (Result<AuditEvent> a =
            trail.append(me.userName, e,
                         {{RecordBindings::Kind::Dispositions, batchNumber},
                          {RecordBindings::Kind::DispositionOutcomes, batchNumber}});
        !a)
        return rollback(a.error());
    if (!db.commit())
        return rollback(Store::errorFrom(tr("Cannot commit the disposition"), db.lastError()));
    return d;
}

} // namespace rd
