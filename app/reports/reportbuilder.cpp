// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportbuilder.h"

#include "audit/audittrail.h"
#include "core/canonical.h"
#include "core/clock.h"
#include "core/languages.h"
#include "records/recordstore.h"
#include "records/sites.h"
#include "review/reviewservice.h"
#include "session/session.h"
#include "store/rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rd::reports {

namespace {

using canonical::appendField;
using canonical::appendU32;
using canonical::appendU64;

QString utcText(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    return dateTimeText(t.toUTC(), TimeStyle::Document, false) + u" UTC"_s;
}

QString dayText(const QDateTime &t)
{
    return t.isValid() ? dateText(t.toUTC().date(), TimeStyle::Document) : QString();
}

bool isReleased(BatchState s)
{
    return s == BatchState::Released || s == BatchState::ConditionallyReleased ||
           s == BatchState::ExceptionallyReleased;
}

QString resultText(const QcResult &q)
{
    if (q.value)
        return q.value->text + (q.unit.isEmpty() ? QString() : u' ' + q.unit);
    return q.text;
}

QString meaningName(const SignatureView &v)
{
    return v.meaning ? Workflow::displayName(*v.meaning) : v.signature.meaning;
}

// The facts of a batch every batch document is bound to: the record version and content hash
// (which cover the record, the specification version and the results), the state, and every
// signature and disposition.
void bindBatch(QByteArray &b, const BatchReview &r)
{
    appendField(b, r.batchNumber);
    appendU32(b, static_cast<quint32>(r.recordVersion));
    canonical::appendBytes(b, r.contentHash);
    appendField(b, r.specVersion);
    appendField(b, Workflow::id(r.state));
    for (const SignatureView &s : r.signatures) {
        appendU64(b, static_cast<quint64>(s.signature.id));
        canonical::appendBytes(b, s.signature.signature);
        appendU32(b, s.coversCurrent ? 1 : 0);
    }
    for (const ExceptionView &e : r.exceptions) {
        appendField(b, e.exception.key);
        appendField(b, e.exception.evidence);
        appendField(b, ExceptionEngine::severityId(e.exception.severity));
        appendU64(b, e.disposition ? static_cast<quint64>(e.disposition->id) : 0);
    }
}

QString targetText(const ExceptionTarget &t, const BatchRecord &record)
{
    using Kind = ExceptionTarget::Kind;
    switch (t.kind) {
    case Kind::Record:
        return t.ref == u"coi"_s ? ReportBuilder::tr("Chain of identity")
                                 : ReportBuilder::tr("Batch record");
    case Kind::Step: {
        const QString name = t.index >= 0 && t.index < record.steps.size()
                                 ? record.steps.at(t.index).name
                                 : QString();
        return name.isEmpty() ? ReportBuilder::tr("Step %1").arg(t.ref)
                              : ReportBuilder::tr("Step %1 (%2)").arg(t.ref, name);
    }
    case Kind::Result: {
        const QStringList parts = t.ref.split(u'|');
        return parts.size() >= 2
                   ? ReportBuilder::tr("Result: sample %1, test %2").arg(parts.at(0), parts.at(1))
                   : ReportBuilder::tr("Result %1").arg(t.ref);
    }
    case Kind::Test:
        return ReportBuilder::tr("Test %1").arg(t.ref);
    case Kind::Deviation:
        return ReportBuilder::tr("Deviation %1").arg(t.ref);
    case Kind::EmSample:
        return t.index >= 0 && t.index < record.em.size()
                   ? ReportBuilder::tr("Environmental sample %1 (%2, grade %3)")
                         .arg(t.index + 1)
                         .arg(record.em.at(t.index).room, record.em.at(t.index).grade)
                   : ReportBuilder::tr("Environmental sample %1").arg(t.ref);
    case Kind::CustodyEvent:
        return t.index >= 0 && t.index < record.custody.size()
                   ? ReportBuilder::tr("Custody: %1").arg(record.custody.at(t.index).event)
                   : ReportBuilder::tr("Chain of custody");
    case Kind::Material:
        return t.index >= 0 && t.index < record.materials.size()
                   ? ReportBuilder::tr("Material %1, lot %2")
                         .arg(record.materials.at(t.index).code, record.materials.at(t.index).lot)
                   : ReportBuilder::tr("Material %1").arg(t.ref);
    case Kind::Equipment:
        return ReportBuilder::tr("Equipment %1").arg(t.ref);
    case Kind::Signature:
        return ReportBuilder::tr("Signature %1").arg(t.ref);
    }
    return t.ref;
}

// The signature manifestations (21 CFR 11.50): printed name, date and time with zone, meaning,
// and whether the data changed after signing.
void signatureTable(Document &doc, const QList<SignatureView> &signatures)
{
    QList<QList<Cell>> rows;
    for (const SignatureView &v : signatures) {
        const ESignature &s = v.signature;
        QString meaning = meaningName(v);
        if (!s.conditions.isEmpty())
            meaning +=
                u'\n' + ReportBuilder::tr("Pending at release: %1").arg(s.conditions.join(u", "_s));
        if (!s.comment.isEmpty())
            meaning += u'\n' + ReportBuilder::tr("Comment: %1").arg(enclosedText(s.comment));
        rows << QList<Cell>{
            {meaning},
            {s.fullName + u" (" + s.userName + u')'},
            {ESignatures::timeText(s, TimeStyle::Document)},
            v.coversCurrent
                ? Cell{ReportBuilder::tr("Unchanged since signing")}
                : Cell{ReportBuilder::tr("CHANGED after signing: this signature no longer covers "
                                         "the current data"),
                       true}};
    }
    doc.table({ReportBuilder::tr("Meaning"), ReportBuilder::tr("Signed by"),
               ReportBuilder::tr("Date and time"), ReportBuilder::tr("Data since signing")},
              {2.2, 1.6, 2.2, 1.6}, rows);
}

QList<SignatureView> signaturesWith(const BatchReview &r, const QList<Meaning> &meanings)
{
    QList<SignatureView> out;
    for (const SignatureView &v : r.signatures)
        if (v.meaning && meanings.contains(*v.meaning))
            out << v;
    return out;
}

// "RD-CD19 version 2.0, effective 01-Jun-2025, approved by Rosa Martens": which version judged
// the batch and whose signature put it in force.
QString specificationText(const Specification &spec)
{
    if (!spec.approval)
        return ReportBuilder::tr("%1 version %2 (not approved)")
            .arg(spec.product.code, spec.version);
    const QString text = ReportBuilder::tr("%1 version %2, effective %3")
                             .arg(spec.product.code, spec.version,
                                  dateText(spec.approval->effectiveFrom, TimeStyle::Document));
    if (spec.approval->signatureId == 0)
        return text;
    return ReportBuilder::tr("%1, approved by %2").arg(text, spec.approval->fullName);
}

QString productText(const BatchReview &r)
{
    return r.spec ? r.spec->product.code + u" — "_s + r.spec->product.name : r.productCode;
}

QString coiText(const ChainOfIdentity &c)
{
    return ReportBuilder::tr("DIN %1 · patient reference %2 · collection %3 (%4, %5)")
        .arg(c.din, c.patientReference, c.collectionId, c.collectionSite, utcText(c.collectedAt));
}

QString headerLineFor(const BatchReview &r)
{
    return ReportBuilder::tr("%1 · Batch %2 · COI %3").arg(productText(r), r.batchNumber, r.coiDin);
}

QList<TestStanding::Status> unresolved()
{
    return {TestStanding::Status::Pending, TestStanding::Status::Missing};
}

// The body of the Certificate of Analysis; the release certificate appends it.
void coaBody(Document &doc, const BatchReview &r)
{
    const BatchRecord &b = r.record;
    QStringList pending;
    QStringList failing;
    for (const TestStanding &s : r.standings) {
        if (unresolved().contains(s.status))
            pending << s.test.code;
        if (s.status == TestStanding::Status::DoesNotConform)
            failing << s.test.code;
    }
    if (doc.provisional)
        doc.notice(ReportBuilder::tr("PROVISIONAL CERTIFICATE. The batch was released before "
                                     "all results were in: %1 pending. A final certificate "
                                     "follows when the results are final.")
                       .arg(pending.join(u", "_s)));
    if (!failing.isEmpty())
        doc.notice(ReportBuilder::tr("This batch does not conform to its specification: %1.")
                       .arg(failing.join(u", "_s)));
    QList<std::pair<QString, QString>> fields = {
        {ReportBuilder::tr("Product"), productText(r)},
    };
    if (r.spec && !r.spec->product.strength.isEmpty())
        fields << std::pair{ReportBuilder::tr("Strength"), r.spec->product.strength};
    fields << std::pair{ReportBuilder::tr("Batch"), r.batchNumber}
           << std::pair{ReportBuilder::tr("Chain of identity"), coiText(b.coi)}
           << std::pair{ReportBuilder::tr("Manufacturing site"), b.site}
           << std::pair{ReportBuilder::tr("Manufactured"),
                        ReportBuilder::tr("%1 to %2").arg(utcText(b.startedAt), utcText(b.endedAt))}
           << std::pair{ReportBuilder::tr("Expiry"), utcText(b.expiresAt)}
           << std::pair{ReportBuilder::tr("Specification"),
                        r.spec ? specificationText(*r.spec)
                               : ReportBuilder::tr("none in force when the batch was made")}
           << std::pair{ReportBuilder::tr("Final product sample"),
                        ExceptionEngine::finalProductSample(b)};
    doc.fieldList(fields);

    doc.heading(ReportBuilder::tr("Results"));
    QList<QList<Cell>> rows;
    for (const TestStanding &s : r.standings) {
        QString result;
        QString tested;
        QString conclusion;
        bool strong = false;
        if (s.result) {
            const QcResult &q = s.result->result;
            result = resultText(q);
            tested = q.testedAt.isValid() ? dayText(q.testedAt) : QString();
        }
        switch (s.status) {
        case TestStanding::Status::Conforms:
            conclusion = ReportBuilder::tr("Conforms");
            break;
        case TestStanding::Status::DoesNotConform:
            conclusion = ReportBuilder::tr("Does not conform");
            strong = true;
            break;
        case TestStanding::Status::Pending:
            conclusion = ReportBuilder::tr("Pending");
            if (result.isEmpty() || (s.result && s.result->result.status == ResultStatus::Pending))
                result = ReportBuilder::tr("pending");
            break;
        case TestStanding::Status::Missing:
            conclusion = ReportBuilder::tr("Pending");
            result = ReportBuilder::tr("not yet tested");
            break;
        }
        rows << QList<Cell>{{s.test.code + u" — "_s + s.test.name},
                            {s.test.method},
                            {ExceptionEngine::limitsText(s.test)},
                            {result, strong},
                            {tested},
                            {conclusion, strong}};
    }
    doc.table({ReportBuilder::tr("Test"), ReportBuilder::tr("Method"),
               ReportBuilder::tr("Specification"), ReportBuilder::tr("Result"),
               ReportBuilder::tr("Tested"), ReportBuilder::tr("Conclusion")},
              {2.3, 2.0, 1.5, 1.3, 1.0, 1.2}, rows);
    doc.paragraph(ReportBuilder::tr("Results of the final product sample %1, judged against the "
                                    "specification above. A pending result is shown as pending; "
                                    "it is not a conclusion.")
                      .arg(ExceptionEngine::finalProductSample(b)));

    doc.heading(ReportBuilder::tr("QC approval"));
    const QList<SignatureView> qc = signaturesWith(r, {Meaning::QcApproved});
    if (qc.isEmpty())
        doc.paragraph(ReportBuilder::tr("The QC results of this batch are not approved yet."));
    else
        signatureTable(doc, qc);
}

} // namespace

// ---------------------------------------------------------------- request

Status ReportRequest::validate() const
{
    if (!Languages::isKnown(language))
        return Error(ErrorCode::Usage, tr("Documents are printed in %1; \"%2\" is none of them.")
                                           .arg(Languages::codes().join(u", "_s), language));
    if (Documents::isBatchDocument(kind) && batchNumber.isEmpty())
        return Error(ErrorCode::Usage,
                     tr("A %1 is of one batch: name it.").arg(Documents::title(kind)));
    if (kind == DocumentKind::Trend)
        return trend.validate();
    if (from.isValid() && to.isValid() && from > to)
        return Error(ErrorCode::Usage,
                     tr("The first day %1 is after the last day %2.")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    return {};
}

QJsonObject ReportRequest::toJson() const
{
    QJsonObject o{{u"kind"_s, Documents::id(kind)}, {u"language"_s, language}};
    if (!batchNumber.isEmpty())
        o.insert(u"batch"_s, batchNumber);
    if (kind == DocumentKind::AuditTrail) {
        if (from.isValid())
            o.insert(u"from"_s, from.toString(Qt::ISODate));
        if (to.isValid())
            o.insert(u"to"_s, to.toString(Qt::ISODate));
        if (!user.isEmpty())
            o.insert(u"user"_s, user);
        if (!action.isEmpty())
            o.insert(u"action"_s, action);
        o.insert(u"upToSeq"_s, upToSeq);
    }
    if (kind == DocumentKind::Trend)
        o.insert(u"trend"_s, trend.toJson());
    return o;
}

Result<ReportRequest> ReportRequest::fromJson(const QJsonObject &o)
{
    ReportRequest r;
    const std::optional<DocumentKind> kind = Documents::kindFromId(o.value(u"kind"_s).toString());
    if (!kind)
        return Error(ErrorCode::InvalidInput,
                     tr("Unknown document kind \"%1\".").arg(o.value(u"kind"_s).toString()));
    r.kind = *kind;
    r.batchNumber = o.value(u"batch"_s).toString();
    // Documents issued before they said their language were all in English.
    r.language = o.value(u"language"_s).toString(u"en"_s);
    r.from = QDate::fromString(o.value(u"from"_s).toString(), Qt::ISODate);
    r.to = QDate::fromString(o.value(u"to"_s).toString(), Qt::ISODate);
    r.user = o.value(u"user"_s).toString();
    r.action = o.value(u"action"_s).toString();
    r.upToSeq = o.value(u"upToSeq"_s).toInteger();
    if (r.kind == DocumentKind::Trend) {
        Result<qc::TrendRequest> t = qc::TrendRequest::fromJson(o.value(u"trend"_s).toObject());
        if (!t)
            return t.error();
        r.trend = t.value();
    }
    if (Status s = r.validate(); !s)
        return s.error();
    return r;
}

// ---------------------------------------------------------------- builder

ReportBuilder::ReportBuilder(Session &session)
    : m_session(session)
{}

namespace {

Result<Document> batchDocument(Session &session, const ReportRequest &req)
{
    Result<BatchReview> loaded =
        ReviewService(session).review(req.batchNumber, ReviewService::Detail::Full);
    if (!loaded)
        return loaded.error();
    const BatchReview &r = loaded.value();
    // A document shows the decisions the signatures bear out, or none at all.
    if (!r.integrityProblem.isEmpty())
        return Error(ErrorCode::Tampered,
                     ReportBuilder::tr("No document of batch %1 can be printed: %2")
                         .arg(r.batchNumber, r.integrityProblem));
    Document doc;
    doc.kind = req.kind;
    doc.title = Documents::title(req.kind);
    doc.batchNumber = r.batchNumber;
    doc.headerLine = headerLineFor(r);
    doc.draft = !isReleased(r.state) || !r.uncovered.isEmpty();
    if (!r.uncovered.isEmpty()) {
        doc.draftReason = r.uncovered;
        Block notice;
        notice.type = Block::Type::Notice;
        notice.text = ReportBuilder::tr("DRAFT: %1. The batch must be reviewed and decided again "
                                        "before a final document can be printed.")
                          .arg(r.uncovered);
        doc.blocks << notice;
    }
    doc.metadataTitle = doc.title + u" — "_s + r.batchNumber;
    doc.subject = ReportBuilder::tr("%1 of batch %2 of %3 (state: %4)")
                      .arg(doc.title, r.batchNumber, r.productCode, Workflow::displayName(r.state));
    appendField(doc.binding, Documents::id(req.kind));
    bindBatch(doc.binding, r);

    bool pendingTests = false;
    for (const TestStanding &s : r.standings)
        pendingTests = pendingTests || unresolved().contains(s.status);
    // Provisional: released before every result was in, and some still are not.
    doc.provisional = r.state == BatchState::ConditionallyReleased && pendingTests;

    switch (req.kind) {
    case DocumentKind::CertificateOfAnalysis:
        coaBody(doc, r);
        break;
    case DocumentKind::ReleaseCertificate: {
        Result<std::optional<Site>> site = SiteRegister(session).find(r.record.site);
        if (!site)
            return site.error();
        const QString strength = r.spec ? r.spec->product.strength : QString();
        appendField(doc.binding, strength);
        appendField(doc.binding, site.value() ? site.value()->authorisation : QString());
        appendField(doc.binding, site.value() ? site.value()->address : QString());

        const QList<SignatureView> releases =
            signaturesWith(r, {Meaning::Released, Meaning::ConditionallyReleased,
                               Meaning::ExceptionallyReleased, Meaning::Rejected});
        if (r.state == BatchState::ExceptionallyReleased || r.exceptionalRelease()) {
            QStringList failing;
            for (const TestStanding &s : r.standings)
                if (s.status == TestStanding::Status::DoesNotConform)
                    failing << s.test.code + u" (" +
                                   (s.result ? resultText(s.result->result) : QString()) + u", " +
                                   ExceptionEngine::limitsText(s.test) + u')';
            QString request;
            QString risk;
            for (const SignatureView &v : releases) {
                if (v.meaning == Meaning::ExceptionallyReleased) {
                    request = enclosedText(v.signature.physicianRequest);
                    risk = enclosedText(v.signature.riskEvaluation);
                }
            }
            doc.notice(
                ReportBuilder::tr("EXCEPTIONAL RELEASE OF A BATCH OUT OF SPECIFICATION. %1 "
                                  "does not conform: %2. Released at the treating physician's "
                                  "request (%3) after a risk evaluation (%4).")
                    .arg(r.batchNumber, failing.join(u"; "_s), request, risk));
        }
        if (r.state == BatchState::ConditionallyReleased)
            doc.notice(ReportBuilder::tr("CONDITIONAL RELEASE. Released before every result was "
                                         "final; the release is confirmed when they are."));
        const BatchRecord &b = r.record;
        QString disposition = Workflow::displayName(r.state);
        for (const SignatureView &v : releases)
            if (!v.signature.conditions.isEmpty())
                disposition += u"; "_s + ReportBuilder::tr("conditions: results of %1 to follow")
                                             .arg(v.signature.conditions.join(u", "_s));
        const QString notRegistered =
            ReportBuilder::tr("not registered (an administrator registers sites with "
                              "\"releasedesk sites\")");
        doc.fieldList({
            {ReportBuilder::tr("Product"), productText(r)},
            {ReportBuilder::tr("Strength"),
             strength.isEmpty() ? ReportBuilder::tr("not stated in the specification") : strength},
            {ReportBuilder::tr("Presentation"), b.presentation},
            {ReportBuilder::tr("Batch"), r.batchNumber},
            {ReportBuilder::tr("Chain of identity"), coiText(b.coi)},
            {ReportBuilder::tr("Manufacturing site"), b.site},
            {ReportBuilder::tr("Manufacturing authorisation"),
             site.value() ? site.value()->authorisation : notRegistered},
            {ReportBuilder::tr("Site address"), site.value() ? site.value()->address : QString()},
            {ReportBuilder::tr("Date of manufacture"), dayText(b.startedAt)},
            {ReportBuilder::tr("Expiry"), utcText(b.expiresAt)},
            {ReportBuilder::tr("Specification"),
             r.spec ? ReportBuilder::tr("version %1").arg(r.spec->version) : QString()},
            {ReportBuilder::tr("Master batch record"), b.masterBatchRecordVersion},
            {ReportBuilder::tr("Disposition"), disposition},
        });
        doc.heading(ReportBuilder::tr("Certification"));
        doc.paragraph(
            ReportBuilder::tr(
                "I certify that the batch processing records and the quality control records of "
                "batch %1 have been reviewed, that the batch was manufactured and checked in "
                "compliance with Good Manufacturing Practice and its marketing or clinical-trial "
                "authorisation, and that it conforms to specification %2%3. Every exception found "
                "in review was assessed and dispositioned, as the batch review report records.")
                .arg(r.batchNumber, r.spec ? r.spec->version : QString(),
                     r.state == BatchState::ExceptionallyReleased
                         ? ReportBuilder::tr(", except as stated on this page")
                         : QString()));
        doc.heading(ReportBuilder::tr("Release signature"));
        if (releases.isEmpty())
            doc.paragraph(ReportBuilder::tr("Not signed: the batch has not been released."));
        else
            signatureTable(doc, releases);
        doc.pageBreak();
        doc.heading(ReportBuilder::tr("Appendix: Certificate of Analysis"));
        coaBody(doc, r);
        break;
    }
    case DocumentKind::ReviewReport: {
        const BatchRecord &b = r.record;
        doc.fieldList({
            {ReportBuilder::tr("Product"), productText(r)},
            {ReportBuilder::tr("Batch"), r.batchNumber},
            {ReportBuilder::tr("Chain of identity"), coiText(b.coi)},
            {ReportBuilder::tr("Manufacturing site"), b.site},
            {ReportBuilder::tr("State"), Workflow::displayName(r.state)},
            {ReportBuilder::tr("Record version"), QString::number(r.recordVersion)},
            {ReportBuilder::tr("Specification"), r.specVersion},
            {ReportBuilder::tr("Process steps"), QString::number(b.steps.size())},
            {ReportBuilder::tr("Exceptions"),
             ReportBuilder::tr("%1 in all: %2 critical, %3 major, %4 minor, %5 for information; "
                               "%6 without a current disposition")
                 .arg(r.exceptions.size())
                 .arg(r.count(Severity::Critical))
                 .arg(r.count(Severity::Major))
                 .arg(r.count(Severity::Minor))
                 .arg(r.count(Severity::Info))
                 .arg(r.open())},
        });
        doc.heading(ReportBuilder::tr("Exceptions and their dispositions"));
        QList<QList<Cell>> rows;
        for (const ExceptionView &e : r.exceptions) {
            QString disposition = ReportBuilder::tr("none");
            QString by;
            bool strong = !e.dispositioned();
            if (e.disposition) {
                disposition = dispositionOutcomeName(e.disposition->outcome) + u'\n' +
                              enclosedText(e.disposition->comment);
                if (!e.disposition->deviationRef.isEmpty())
                    disposition += u'\n' + ReportBuilder::tr("Deviation: %1")
                                               .arg(enclosedText(e.disposition->deviationRef));
                if (!e.dispositioned())
                    disposition += u'\n' + ReportBuilder::tr("STALE: made for other data (%1)")
                                               .arg(e.disposition->evidence);
                by = e.disposition->fullName + u" (" + e.disposition->userName + u")\n" +
                     utcText(e.disposition->at);
            }
            rows << QList<Cell>{
                {QString::number(e.number)},
                {ExceptionEngine::severityName(e.exception.severity),
                 e.exception.severity == Severity::Critical},
                {e.exception.text + (e.exception.blocksRelease
                                         ? u'\n' + ReportBuilder::tr("Blocks every release.")
                                         : QString())},
                {targetText(e.exception.target, b)},
                {disposition, strong},
                {by}};
        }
        doc.table({ReportBuilder::tr("No."), ReportBuilder::tr("Severity"),
                   ReportBuilder::tr("Exception"), ReportBuilder::tr("Where"),
                   ReportBuilder::tr("Disposition"), ReportBuilder::tr("By and when")},
                  {0.45, 0.9, 3.0, 1.5, 2.3, 1.6}, rows);
        if (r.exceptions.isEmpty())
            doc.paragraph(ReportBuilder::tr("The review found no exceptions."));
        QList<QList<Cell>> history;
        for (const Disposition &d : r.dispositionHistory) {
            bool current = false;
            for (const ExceptionView &e : r.exceptions)
                current = current || (e.disposition && e.disposition->id == d.id);
            if (current)
                continue;
            history << QList<Cell>{{d.exceptionText},
                                   {enclosedText(d.comment)},
                                   {d.fullName + u" (" + d.userName + u")\n" + utcText(d.at)}};
        }
        if (!history.isEmpty()) {
            doc.heading(ReportBuilder::tr("Earlier dispositions"));
            doc.table({ReportBuilder::tr("Exception as it read"), ReportBuilder::tr("Disposition"),
                       ReportBuilder::tr("By and when")},
                      {3, 3, 1.6}, history);
        }
        doc.heading(ReportBuilder::tr("Signatures"));
        if (r.signatures.isEmpty())
            doc.paragraph(ReportBuilder::tr("No signatures yet."));
        else
            signatureTable(doc, r.signatures);
        break;
    }
    case DocumentKind::AuditTrail:
    case DocumentKind::Trend:
        break;
    }
    return doc;
}

Result<Document> auditDocument(Session &session, ReportRequest req)
{
    QSqlDatabase db = session.store().connection();
    if (req.upToSeq <= 0) {
        Result<AuditHead> head = session.audit().head();
        if (!head)
            return head.error();
        req.upToSeq = head->seq;
    }
    Document doc;
    doc.kind = DocumentKind::AuditTrail;
    doc.title = Documents::title(DocumentKind::AuditTrail);
    doc.request = req.toJson();

    QString where = u" WHERE seq <= ?"_s;
    QVariantList binds{req.upToSeq};
    if (!req.batchNumber.isEmpty()) {
        where += u" AND entity_id = ?"_s;
        binds << req.batchNumber;
    }
    if (req.from.isValid()) {
        where += u" AND at_utc >= ?"_s;
        binds << toStoredTime(QDateTime(req.from, QTime(0, 0), Qt::UTC));
    }
    if (req.to.isValid()) {
        where += u" AND at_utc < ?"_s;
        binds << toStoredTime(QDateTime(req.to.addDays(1), QTime(0, 0), Qt::UTC));
    }
    if (!req.user.isEmpty()) {
        where += u" AND user_name = ?"_s;
        binds << req.user;
    }
    if (!req.action.isEmpty()) {
        where += u" AND action = ?"_s;
        binds << req.action;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM audit_events"_s + where);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Store::errorFrom(ReportBuilder::tr("Cannot read the audit trail"), q.lastError());
    const qint64 count = q.value(0).toLongLong();
    if (count > ReportBuilder::kMaxAuditEvents)
        return Error(ErrorCode::InvalidInput,
                     ReportBuilder::tr("%1 audit events match; a report lists at most %2. Narrow "
                                       "it by days, user or action.")
                         .arg(count)
                         .arg(ReportBuilder::kMaxAuditEvents));

    QString product;
    if (!req.batchNumber.isEmpty()) {
        Result<BatchReview> r =
            ReviewService(session).review(req.batchNumber, ReviewService::Detail::Summary);
        if (!r)
            return r.error();
        doc.batchNumber = r->batchNumber;
        doc.headerLine = headerLineFor(r.value());
        doc.draft = !isReleased(r->state) || !r->uncovered.isEmpty();
        doc.draftReason = r->uncovered;
        product = r->productCode;
    } else {
        doc.headerLine = ReportBuilder::tr("Whole store %1").arg(session.store().storeId());
    }
    doc.metadataTitle =
        req.batchNumber.isEmpty() ? doc.title : doc.title + u" — "_s + req.batchNumber;
    doc.subject =
        req.batchNumber.isEmpty()
            ? ReportBuilder::tr("Audit trail of the store, events up to %1").arg(req.upToSeq)
            : ReportBuilder::tr("Audit trail of batch %1 of %2, events up to %3")
                  .arg(req.batchNumber, product)
                  .arg(req.upToSeq);

    appendField(doc.binding, Documents::id(DocumentKind::AuditTrail));
    appendField(doc.binding, session.store().storeId());
    appendField(doc.binding, req.batchNumber);
    appendField(doc.binding, req.from.toString(Qt::ISODate));
    appendField(doc.binding, req.to.toString(Qt::ISODate));
    appendField(doc.binding, req.user);
    appendField(doc.binding, req.action);
    appendU64(doc.binding, static_cast<quint64>(req.upToSeq));

    q.prepare(u"SELECT "_s + AuditTrail::eventColumns() + u" FROM audit_events"_s + where +
              u" ORDER BY seq"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return Store::errorFrom(ReportBuilder::tr("Cannot read the audit trail"), q.lastError());
    QList<QList<Cell>> rows;
    qint64 firstSeq = 0;
    const Status read = eachRow(q, ReportBuilder::tr("Cannot read the audit trail"), [&] {
        const AuditEvent e = AuditTrail::eventFromRow(q);
        if (firstSeq == 0)
            firstSeq = e.seq;
        appendU64(doc.binding, static_cast<quint64>(e.seq));
        canonical::appendBytes(doc.binding, e.hash);
        QString change;
        if (!e.entry.field.isEmpty())
            change = e.entry.field + u": "_s;
        if (!e.entry.oldValue.isEmpty())
            change += enclosedText(e.entry.oldValue) + u" → "_s;
        change += enclosedText(e.entry.newValue);
        QString entity = e.entry.entityType;
        if (!e.entry.entityId.isEmpty())
            entity += u' ' + e.entry.entityId;
        rows << QList<Cell>{
            {QString::number(e.seq)},
            {dateTimeText(e.utc.toUTC(), TimeStyle::Document)},
            {e.entry.action.isEmpty() ? QString() : audit::displayName(e.entry.action)},
            {e.user},
            {entity},
            {change},
            {enclosedText(e.entry.reason)}};
    });
    if (!read)
        return read.error();

    QList<std::pair<QString, QString>> fields;
    fields << std::pair{ReportBuilder::tr("Scope"),
                        req.batchNumber.isEmpty()
                            ? ReportBuilder::tr("the whole store")
                            : ReportBuilder::tr("events about batch %1").arg(req.batchNumber)};
    if (req.from.isValid() || req.to.isValid())
        fields << std::pair{ReportBuilder::tr("Days (UTC)"),
                            ReportBuilder::tr("%1 to %2")
                                .arg(req.from.isValid() ? dateText(req.from, TimeStyle::Document)
                                                        : ReportBuilder::tr("the first"),
                                     req.to.isValid() ? dateText(req.to, TimeStyle::Document)
                                                      : ReportBuilder::tr("the last"))};
    if (!req.user.isEmpty())
        fields << std::pair{ReportBuilder::tr("User"), req.user};
    if (!req.action.isEmpty())
        fields << std::pair{ReportBuilder::tr("Action"), audit::displayName(req.action)};
    fields << std::pair{ReportBuilder::tr("Events"),
                        ReportBuilder::tr("%1, in the order recorded, up to event %2")
                            .arg(rows.size())
                            .arg(req.upToSeq)};
    doc.fieldList(fields);

    // Whether the chain holds is a fact of the moment of printing, not of the events listed:
    // it is printed but not bound (verify-document checks the chain again).
    Result<StoreVerification> check = session.verify({}, false);
    doc.heading(ReportBuilder::tr("Audit-chain verification"));
    if (!check)
        doc.notice(
            ReportBuilder::tr("The chain could not be checked: %1").arg(check.error().message()));
    else if (check->audit.ok)
        doc.paragraph(ReportBuilder::tr("Verified when printed: the hash chain of all %1 events "
                                        "and %2 signed checkpoints is intact, and all %3 "
                                        "electronic signatures verify.")
                          .arg(check->audit.events)
                          .arg(check->audit.checkpoints)
                          .arg(check->signatures));
    else
        doc.notice(ReportBuilder::tr("THE AUDIT TRAIL FAILED VERIFICATION when printed: %1")
                       .arg(check->audit.problem));

    doc.heading(ReportBuilder::tr("Events"));
    doc.table({ReportBuilder::tr("Seq."), ReportBuilder::tr("Time (UTC)"),
               ReportBuilder::tr("Action"), ReportBuilder::tr("User"), ReportBuilder::tr("Entity"),
               ReportBuilder::tr("Change"), ReportBuilder::tr("Reason")},
              {0.55, 1.25, 1.3, 0.95, 1.4, 2.6, 1.2}, rows);
    if (rows.isEmpty())
        doc.paragraph(ReportBuilder::tr("No event matches."));
    return doc;
}

Result<Document> trendDocument(Session &session, const ReportRequest &req)
{
    Result<qc::TrendRequest::Outcome> run = req.trend.run(session);
    if (!run)
        return run.error();
    const qc::TrendSeries &s = run->series;
    const qc::TrendAnalysis &a = run->analysis;
    Document doc;
    doc.kind = DocumentKind::Trend;
    doc.title = Documents::title(DocumentKind::Trend);
    doc.headerLine = ReportBuilder::tr("%1 · %2 (%3)").arg(s.product, s.testName, s.test);
    doc.metadataTitle = doc.title + u" — "_s + s.product + u' ' + s.test;
    doc.subject = ReportBuilder::tr("Control chart of %1 %2, %n point(s)", nullptr,
                                    static_cast<int>(s.points.size()))
                      .arg(s.product, s.test);

    appendField(doc.binding, Documents::id(DocumentKind::Trend));
    appendField(doc.binding, session.store().storeId());
    appendField(doc.binding, QString::fromUtf8(
                                 QJsonDocument(req.trend.toJson()).toJson(QJsonDocument::Compact)));
    for (const qc::TrendPoint &p : s.points) {
        appendField(doc.binding, p.batchNumber);
        appendField(doc.binding, p.sampleId);
        appendField(doc.binding, p.valueText);
        appendField(doc.binding, toStoredTime(p.testedAt));
    }
    appendField(doc.binding, s.specVersion);

    auto num = [](double v) { return QString::number(v, 'g', 5); };
    auto opt = [&](const std::optional<double> &v) { return v ? num(*v) : u"—"_s; };
    const bool imr = a.chart == qc::ChartKind::IndividualsMovingRange;
    QString days = ReportBuilder::tr("all");
    if (req.trend.query.from.isValid() || req.trend.query.to.isValid())
        days = ReportBuilder::tr("%1 to %2")
                   .arg(req.trend.query.from.isValid()
                            ? dateText(req.trend.query.from, TimeStyle::Document)
                            : ReportBuilder::tr("the first"),
                        req.trend.query.to.isValid()
                            ? dateText(req.trend.query.to, TimeStyle::Document)
                            : ReportBuilder::tr("the last"));
    QStringList ruleNames;
    for (const qc::Rule rule : run->options.rules)
        ruleNames << qc::Rules::name(rule);
    doc.fieldList({
        {ReportBuilder::tr("Product"), s.product},
        {ReportBuilder::tr("Test"),
         s.testName + u" (" + s.test + u')' + (s.unit.isEmpty() ? QString() : u", " + s.unit)},
        {ReportBuilder::tr("Specification"), ReportBuilder::tr("version %1: lower %2, upper %3")
                                                 .arg(s.specVersion, opt(s.lower), opt(s.upper))},
        {ReportBuilder::tr("Sites"), req.trend.query.sites.isEmpty()
                                         ? ReportBuilder::tr("all")
                                         : req.trend.query.sites.join(u", "_s)},
        {ReportBuilder::tr("Made"), days},
        {ReportBuilder::tr("Points"), QString::number(s.points.size())},
        {ReportBuilder::tr("Chart"), imr ? ReportBuilder::tr("Individuals and moving range (I-MR)")
                                         : ReportBuilder::tr("Levey-Jennings")},
        {ReportBuilder::tr("Limits from"), req.trend.baselineText()},
        {ReportBuilder::tr("Rules"), ruleNames.join(u", "_s)},
    });
    if (!a.valid())
        doc.notice(ReportBuilder::tr("No control limits: %1").arg(a.problem));

    QList<bool> flagged;
    for (qsizetype i = 0; i < s.points.size(); ++i)
        flagged << !a.rulesAt.value(i).isEmpty();
    ChartData individuals;
    individuals.title =
        imr ? ReportBuilder::tr("Individuals") : ReportBuilder::tr("Levey-Jennings");
    individuals.unit = s.unit;
    individuals.values = s.values();
    for (const qc::TrendPoint &p : s.points)
        individuals.labels << p.batchNumber;
    if (a.valid()) {
        individuals.centre = a.centre;
        individuals.ucl = a.ucl;
        individuals.lcl = a.lcl;
    }
    individuals.lsl = s.lower;
    individuals.usl = s.upper;
    individuals.flagged = flagged;
    doc.chartBlock(individuals);
    if (imr && a.valid() && !a.movingRanges.isEmpty()) {
        ChartData mr;
        mr.title = ReportBuilder::tr("Moving range");
        mr.unit = s.unit;
        mr.values = a.movingRanges;
        mr.centre = a.imr.mrBar;
        mr.ucl = a.imr.mrUcl;
        mr.lcl = 0;
        doc.chartBlock(mr);
    }

    doc.heading(ReportBuilder::tr("Limits"));
    QList<QList<Cell>> limits;
    if (a.valid()) {
        limits << QList<Cell>{{ReportBuilder::tr("Centre line")}, {num(a.centre)}}
               << QList<Cell>{{ReportBuilder::tr("Upper control limit")}, {num(a.ucl)}}
               << QList<Cell>{{ReportBuilder::tr("Lower control limit")}, {num(a.lcl)}}
               << QList<Cell>{{ReportBuilder::tr("Sigma")}, {num(a.sigma)}};
        if (imr)
            limits << QList<Cell>{{ReportBuilder::tr("Average moving range")}, {num(a.imr.mrBar)}}
                   << QList<Cell>{{ReportBuilder::tr("Moving range upper limit")},
                                  {num(a.imr.mrUcl)}};
    }
    limits << QList<Cell>{{ReportBuilder::tr("Lower specification limit")}, {opt(s.lower)}}
           << QList<Cell>{{ReportBuilder::tr("Upper specification limit")}, {opt(s.upper)}};
    doc.table({ReportBuilder::tr("Limit"), ReportBuilder::tr("Value")}, {3, 2}, limits);

    doc.heading(ReportBuilder::tr("Rule violations"));
    QList<QList<Cell>> violations;
    for (const qc::Violation &v : a.violations) {
        QStringList batches;
        for (const qsizetype i : v.points)
            batches << QString::number(i + 1) + u": "_s + s.points.value(i).batchNumber;
        violations << QList<Cell>{{qc::Rules::name(v.rule), !qc::Rules::isWarning(v.rule)},
                                  {qc::Rules::description(v.rule)},
                                  {batches.join(u", "_s)}};
    }
    doc.table({ReportBuilder::tr("Rule"), ReportBuilder::tr("What it means"),
               ReportBuilder::tr("Points (batches)")},
              {1.1, 2.6, 3.3}, violations);
    if (violations.isEmpty())
        doc.paragraph(ReportBuilder::tr("No rule is violated."));

    doc.heading(ReportBuilder::tr("Capability"));
    const qc::Capability &c = a.capability;
    if (!c.valid()) {
        doc.paragraph(ReportBuilder::tr("Not computed: %1").arg(c.problem));
    } else {
        doc.table({ReportBuilder::tr("Figure"), ReportBuilder::tr("Value")}, {3, 2},
                  {{{ReportBuilder::tr("Points")}, {QString::number(c.n)}},
                   {{ReportBuilder::tr("Mean")}, {num(c.mean)}},
                   {{ReportBuilder::tr("Sigma within (MR̄/1.128)")}, {num(c.sigmaWithin)}},
                   {{ReportBuilder::tr("Sigma overall")}, {num(c.sigmaOverall)}},
                   {{u"Cp"_s}, {opt(c.cp)}},
                   {{u"Cpk"_s}, {opt(c.cpk)}},
                   {{u"Pp"_s}, {opt(c.pp)}},
                   {{u"Ppk"_s}, {opt(c.ppk)}}});
    }
    doc.heading(ReportBuilder::tr("Points"));
    QList<QList<Cell>> points;
    for (qsizetype i = 0; i < s.points.size(); ++i) {
        const qc::TrendPoint &p = s.points.at(i);
        QStringList rules;
        for (const qc::Rule rule : a.rulesAt.value(i))
            rules << qc::Rules::name(rule);
        points << QList<Cell>{{QString::number(i + 1)},
                              {p.batchNumber},
                              {p.site},
                              {dayText(p.manufacturedAt)},
                              {p.valueText + (s.unit.isEmpty() ? QString() : u' ' + s.unit)},
                              {rules.join(u", "_s), !rules.isEmpty()}};
    }
    doc.table({ReportBuilder::tr("No."), ReportBuilder::tr("Batch"), ReportBuilder::tr("Site"),
               ReportBuilder::tr("Made"), ReportBuilder::tr("Value"), ReportBuilder::tr("Rules")},
              {0.5, 1.4, 1.4, 1.0, 1.1, 2.2}, points);
    return doc;
}

} // namespace

Result<Document> ReportBuilder::build(const ReportRequest &request) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    if (Status s = request.validate(); !s)
        return s.error();
    const ScopedLanguage inLanguage(request.language);
    Result<Document> doc = Error(ErrorCode::Failed, QString());
    switch (request.kind) {
    case DocumentKind::CertificateOfAnalysis:
    case DocumentKind::ReleaseCertificate:
    case DocumentKind::ReviewReport:
        doc = batchDocument(m_session, request);
        if (doc)
            doc->request = request.toJson();
        break;
    case DocumentKind::AuditTrail:
        doc = auditDocument(m_session, request);
        break;
    case DocumentKind::Trend:
        doc = trendDocument(m_session, request);
        if (doc)
            doc->request = request.toJson();
        break;
    }
    if (doc) {
        doc->storeId = m_session.store().storeId();
        doc->language = request.language;
    }
    return doc;
}

} // namespace rd::reports
