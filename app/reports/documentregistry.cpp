// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/documentregistry.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "core/languages.h"
#include "core/userfiles.h"
#include "reports/reportbuilder.h"
#include "security/crypto.h"
#include "session/session.h"
#include "store/rows.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rd::reports {

namespace {

constexpr qint64 kMaxPdfBytes = qint64(512) * 1024 * 1024;

QString kindPrefix(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::CertificateOfAnalysis:
        return u"COA"_s;
    case DocumentKind::ReleaseCertificate:
        return u"REL"_s;
    case DocumentKind::ReviewReport:
        return u"REV"_s;
    case DocumentKind::AuditTrail:
        return u"AUD"_s;
    case DocumentKind::Trend:
        return u"TRD"_s;
    }
    return u"DOC"_s;
}

// Six characters of Crockford's base 32: no I, L, O or U to misread on paper.
QString randomSuffix()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray bytes = crypto::randomBytes(6);
    QString out;
    for (const char b : bytes)
        out += QLatin1Char(alphabet[static_cast<unsigned char>(b) % 32]);
    return out;
}

const QString kColumns = u"id, document_id, kind, subject, version, request, content_hash, "
                         "provisional, draft, supersedes, medium, paper, pages, file_sha256, "
                         "issued_by, issued_at"_s;

IssuedDocument fromRow(const QSqlQuery &q)
{
    IssuedDocument d;
    d.id = q.value(0).toLongLong();
    d.documentId = q.value(1).toString();
    d.kind = Documents::kindFromId(q.value(2).toString()).value_or(DocumentKind::AuditTrail);
    d.subject = q.value(3).toString();
    d.version = q.value(4).toInt();
    d.request = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    d.contentHash = q.value(6).toByteArray();
    d.provisional = q.value(7).toBool();
    d.draft = q.value(8).toBool();
    d.supersedes = q.value(9).toString();
    d.medium = q.value(10).toString();
    d.paper = q.value(11).toString();
    d.pages = q.value(12).toInt();
    d.fileSha256 = q.value(13).toString();
    d.issuedBy = q.value(14).toString();
    d.issuedAt = fromStoredTime(q.value(15).toString());
    return d;
}

QString describe(const IssuedDocument &d)
{
    return DocumentRegistry::tr("%1 (%2%3, version %4, issued %5 UTC by %6)")
        .arg(d.documentId, Documents::title(d.kind),
             d.subject.isEmpty() ? QString() : u" — "_s + d.subject)
        .arg(d.version)
        .arg(d.issuedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), d.issuedBy);
}

} // namespace

DocumentRegistry::DocumentRegistry(Session &session)
    : m_session(session)
{}

QString DocumentRegistry::subjectOf(const Document &doc)
{
    if (doc.kind == DocumentKind::Trend) {
        const QJsonObject t = doc.request.value(u"trend"_s).toObject();
        return t.value(u"product"_s).toString() + u'/' + t.value(u"test"_s).toString();
    }
    return doc.batchNumber;
}

Result<QList<IssuedDocument>> DocumentRegistry::issued(DocumentKind kind,
                                                       const QString &subject) const
{
    QSqlQuery q(m_session.store().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns +
              u" FROM documents WHERE kind = ? AND subject = ? ORDER BY id"_s);
    q.addBindValue(Documents::id(kind));
    q.addBindValue(subject);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the document register"), q.lastError());
    QList<IssuedDocument> out;
    const Status read =
        eachRow(q, tr("Cannot read the document register"), [&] { out << fromRow(q); });
    if (!read)
        return read.error();
    return out;
}

Result<std::optional<IssuedDocument>> DocumentRegistry::find(const QString &documentId) const
{
    QSqlQuery q(m_session.store().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM documents WHERE document_id = ?"_s);
    q.addBindValue(documentId);
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the document register"), q.lastError());
    const Result<bool> found = nextRow(q, tr("Cannot read the document register"));
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<IssuedDocument>();
    return std::optional<IssuedDocument>(fromRow(q));
}

Status DocumentRegistry::prepare(Document &doc) const
{
    // Its document-control notices are in the language of the rest of it.
    const ScopedLanguage inLanguage(doc.language);
    if (Status s = m_session.requireUsable(); !s)
        return s;
    Result<QList<IssuedDocument>> earlier = issued(doc.kind, subjectOf(doc));
    if (!earlier)
        return earlier.error();
    const QByteArray hash = doc.contentHash();
    // The version counts the different contents issued so far; a reprint keeps its version.
    QList<QByteArray> contents;
    for (const IssuedDocument &d : std::as_const(earlier.value()))
        if (!contents.contains(d.contentHash))
            contents << d.contentHash;
    const qsizetype same = contents.indexOf(hash);
    doc.version = static_cast<int>(same >= 0 ? same + 1 : contents.size() + 1);
    doc.supersedes.clear();
    doc.blocks.removeIf([](const Block &b) { return b.documentControl; });
    std::optional<IssuedDocument> replaced;
    for (const IssuedDocument &d : std::as_const(earlier.value()))
        if (d.contentHash != hash)
            replaced = d;
    if (replaced) {
        doc.supersedes = replaced->documentId;
        const QString when = dateTimeText(replaced->issuedAt.toUTC(), TimeStyle::Document, false);
        const QString text =
            (replaced->provisional && !doc.provisional)
                ? tr("FINAL CERTIFICATE. This replaces the provisional certificate %1 (version "
                     "%2, issued %3 UTC): every result is now final.")
                      .arg(replaced->documentId)
                      .arg(replaced->version)
                      .arg(when)
                : tr("This version %1 supersedes document %2 (version %3, issued %4 UTC), which "
                     "no longer matches the record.")
                      .arg(doc.version)
                      .arg(replaced->documentId)
                      .arg(replaced->version)
                      .arg(when);
        Block notice;
        notice.type = Block::Type::Notice;
        notice.text = text;
        notice.documentControl = true;
        doc.blocks.prepend(notice);
    }
    const Account user = m_session.user();
    doc.documentId = kindPrefix(doc.kind) + u'-' +
                     Clock::instance().nowUtc().toString(u"yyyyMMdd"_s) + u'-' + randomSuffix();
    doc.printedBy = user.fullName + u" (" + user.userName + u')';
    doc.printedAt = Clock::instance().nowUtc();
    doc.printedUtcOffset = Clock::instance().utcOffsetAt(doc.printedAt);
    doc.printedZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    doc.rootFingerprint = m_session.rootFingerprint();
    return {};
}

Result<IssuedDocument> DocumentRegistry::record(const Document &doc, const QString &medium,
                                                const QString &paper, int pages,
                                                const QString &fileSha256,
                                                const std::function<Status()> &beforeCommit)
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    if (doc.documentId.isEmpty())
        return Error(ErrorCode::Failed, tr("The document has no document id: prepare it first."));
    IssuedDocument d;
    d.documentId = doc.documentId;
    d.kind = doc.kind;
    d.subject = subjectOf(doc);
    d.version = doc.version;
    d.request = doc.request;
    d.contentHash = doc.contentHash();
    d.provisional = doc.provisional;
    d.draft = doc.draft;
    d.supersedes = doc.supersedes;
    d.medium = medium;
    d.paper = paper;
    d.pages = pages;
    d.fileSha256 = fileSha256;
    d.issuedBy = m_session.user().userName;
    d.issuedAt = doc.printedAt.isValid() ? doc.printedAt : Clock::instance().nowUtc();

    QSqlDatabase db = m_session.store().connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the document"), db.lastError());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO documents (document_id, kind, subject, version, request, "
              "content_hash, provisional, draft, supersedes, medium, paper, pages, file_sha256, "
              "issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // Text columns are NOT NULL: a null QString would bind as NULL.
    auto text = [](const QString &s) { return s.isNull() ? u""_s : s; };
    const QVariantList values = {
        d.documentId,
        Documents::id(d.kind),
        text(d.subject),
        d.version,
        QString::fromUtf8(QJsonDocument(d.request).toJson(QJsonDocument::Compact)),
        d.contentHash,
        d.provisional,
        d.draft,
        text(d.supersedes),
        d.medium,
        text(d.paper),
        d.pages,
        text(d.fileSha256),
        d.issuedBy,
        toStoredTime(d.issuedAt)};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot record the document"), q.lastError());
    }
    d.id = q.lastInsertId().toLongLong();
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kDocumentIssued);
    e.entityType = u"document"_s;
    e.entityId = d.subject.isEmpty() ? d.documentId : d.subject;
    e.field = Documents::id(d.kind);
    e.newValue = tr("%1 version %2, %3 (%4, %n page(s))%5", nullptr, pages)
                     .arg(d.documentId)
                     .arg(d.version)
                     .arg(medium == u"pdf"_s ? tr("PDF") : tr("printed"), paper,
                          d.draft ? tr(", draft") : QString());
    if (Result<AuditEvent> a = m_session.audit().append(
            d.issuedBy, e, {{RecordBindings::Kind::Document, d.documentId}});
        !a) {
        db.rollback();
        return a.error();
    }
    if (beforeCommit) {
        if (Status s = beforeCommit(); !s) {
            db.rollback();
            return s.error();
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Store::errorFrom(tr("Cannot record the document"), db.lastError());
    }
    return d;
}

Result<IssuedDocument> DocumentRegistry::exportPdf(const Document &doc, Paper paper,
                                                   const QString &path,
                                                   const Renderer::Progress &progress)
{
    // Refused before the rendering, which may take a while; the write checks again.
    if (Status s = UserFiles::checkOutput(path); !s)
        return s.error();
    Result<Renderer::Pdf> pdf = Renderer::pdf(doc, paper, progress);
    if (!pdf)
        return pdf.error();
    const QString sha = QString::fromLatin1(crypto::sha256(pdf->bytes).toHex());
    // The file is written inside the transaction: no register entry without its file, and no
    // file that the register does not know.
    return record(doc, u"pdf"_s, Documents::id(paper), pdf->pages, sha,
                  [&]() { return UserFiles::writeOutput(path, pdf->bytes); });
}

Result<IssuedDocument> DocumentRegistry::recordPrinted(const Document &doc, const QString &paper,
                                                       int pages)
{
    return record(doc, u"print"_s, paper, pages, QString(), {});
}

Result<QByteArray> DocumentRegistry::readPdf(const QString &path)
{
    return UserFiles::readInput(path, kMaxPdfBytes);
}

Result<DocumentCheck> DocumentRegistry::verifyPdf(const QString &path) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    Result<QByteArray> bytes = readPdf(path);
    if (!bytes)
        return bytes.error();
    return verifyPdf(bytes.value(), QFileInfo(path).fileName());
}

Result<DocumentCheck> DocumentRegistry::verifyPdf(const QByteArray &bytes,
                                                  const QString &name) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    DocumentCheck check;
    if (!bytes.startsWith("%PDF-")) {
        check.findings << tr("%1 is not a PDF file.").arg(name);
        return check;
    }
    const QString id = Renderer::documentIdOfPdf(bytes);
    if (id.isEmpty()) {
        check.findings << tr("%1 carries no ReleaseDesk document id: it was not issued by "
                             "ReleaseDesk, or its metadata was rewritten.")
                              .arg(name);
        return check;
    }
    const QString issuedUnder = Renderer::rootFingerprintOfPdf(bytes);
    if (!issuedUnder.isEmpty() && issuedUnder != m_session.rootFingerprint()) {
        check.findings << tr("NOT VALID: %1 (document %2) was issued by the store whose root is "
                             "%3; this store's root is %4.")
                              .arg(name, id, issuedUnder, m_session.rootFingerprint());
        return check;
    }
    Result<std::optional<IssuedDocument>> found = find(id);
    if (!found)
        return found.error();
    if (!found.value()) {
        check.findings << tr("NOT VALID: document %1 is not in the register of this store: it was "
                             "issued from another store, or not at all, or the store was put "
                             "back to a time before it was issued.")
                              .arg(id);
        return check;
    }
    check.issued = found.value();
    const IssuedDocument &issued = *check.issued;
    const QString sha = QString::fromLatin1(crypto::sha256(bytes).toHex());
    check.fileIntact = issued.medium == u"pdf"_s && sha == issued.fileSha256;
    // What the document itself says it shows, and under which root it was issued (documents
    // issued before roots existed carry neither; their register entry speaks for them).
    const QByteArray printedHash = Renderer::contentHashOfPdf(bytes);
    const QString printedRoot = Renderer::rootFingerprintOfPdf(bytes);
    const QString root = m_session.rootFingerprint();
    check.rootMatches = printedRoot.isEmpty() || printedRoot == root;
    check.printedHashMatches = printedHash.isEmpty() || printedHash == issued.contentHash;

    Result<ReportRequest> request = ReportRequest::fromJson(issued.request);
    if (!request)
        return request.error();
    Result<Document> now = ReportBuilder(m_session).build(request.value());
    QString rebuildProblem;
    if (now)
        check.recordUnchanged =
            now->contentHash() == (printedHash.isEmpty() ? issued.contentHash : printedHash);
    else
        rebuildProblem = now.error().message();

    Result<StoreVerification> chain = m_session.verify({}, false);
    if (!chain)
        return chain.error();
    check.chainIntact = chain->audit.ok;

    if (check.ok()) {
        check.findings << tr("VALID: %1 is %2, and it matches the record and its signatures as "
                             "they are now.")
                              .arg(name, describe(issued));
        return check;
    }
    check.findings << tr("NOT VALID: %1 claims to be %2.").arg(name, describe(issued));
    if (!check.rootMatches)
        check.findings << tr("It was issued under store root %1, but this store's root is %2: "
                             "it comes from another store, or this store's root was replaced.")
                              .arg(printedRoot, root);
    if (!check.printedHashMatches)
        check.findings << tr("The document hash it carries (%1) is not the one registered for it "
                             "(%2): what it shows is not what was issued.")
                              .arg(QString::fromLatin1(printedHash.toHex().left(16)),
                                   QString::fromLatin1(issued.contentHash.toHex().left(16)));
    if (!check.fileIntact)
        check.findings << tr("The file was altered: it is not byte for byte the PDF that was "
                             "issued.");
    if (!rebuildProblem.isEmpty())
        check.findings << tr("The document cannot be built again: %1").arg(rebuildProblem);
    else if (!check.recordUnchanged)
        check.findings << tr("The record changed after the document was issued: printed today "
                             "it would read differently, so it is no longer current.");
    if (!check.chainIntact)
        check.findings
            << tr("The audit trail or a signature does not verify: %1").arg(chain->audit.problem);
    return check;
}

} // namespace rd::reports
