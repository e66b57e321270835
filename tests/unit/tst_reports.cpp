// SPDX-License-Identifier: GPL-3.0-or-later
// Release documents as an inspector reads them: each kind printed for a released, a
// conditionally released and an unreleased batch, read back with poppler's pdftotext and
// pdfinfo. Every page carries "Page n of m", the batch, the COI, every test and every signature
// manifestation where they belong; only the unreleased batch says DRAFT; long documents run over
// pages with their table header repeated; the file declares PDF/A-1b; verify-document passes on
// a fresh file and fails once the record changes or a byte of the file does.
#include "core/languages.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "reports/documentregistry.h"
#include "reports/renderer.h"
#include "reports/reportbuilder.h"
#include "review/reviewservice.h"
#include "session/session.h"
#include "support/reviewfixtures.h"
#include "support/teststore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::reports;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pagesOf(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString pageText(const QString &pdf, int page)
{
    const QString n = QString::number(page);
    return run(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, u"-layout"_s, pdf, u"-"_s});
}

QString allText(const QString &pdf)
{
    return run(u"pdftotext"_s, {pdf, u"-"_s});
}

class Fixture
{
public:
    Fixture()
    {
        ok = store.addLaboratory() && store.addUser(u"quinn"_s, Role::QcAnalyst) &&
             store.addUser(u"rosa"_s, Role::QaReviewer) &&
             store.addUser(u"pieter"_s, Role::ReleaseAuthority) &&
             store.addUser(u"viv"_s, Role::Viewer);
        QList<BatchRecord> records;
        for (int i = 0; i < 3; ++i) {
            DemoData::Batch b = rd::test::cleanBatch(i);
            if (i == 1) {
                // Sterility still growing: released conditionally.
                for (QcResult &r : b.results) {
                    if (r.testCode == u"STERIL"_s) {
                        r.status = ResultStatus::Pending;
                        r.text.clear();
                    }
                }
            }
            batches << b.record.batchNumber;
            records << b.record;
            results << b.results;
        }
        std::unique_ptr<Session> admin = store.open();
        ok = ok && admin &&
             Importer(*admin)
                 .run({{u"specs.json"_s,
                        Serializer::specificationDocument(DemoData::specifications())},
                       {u"batches.json"_s, Serializer::batchRecordDocument(records)}},
                      {})
                 .ok();
        admin.reset();
        ok = ok && store.approveSpecifications();
        // The laboratory imports the results; quinn approves them.
        std::unique_ptr<Session> lab = store.open(QString::fromLatin1(rd::test::kLabAnalyst));
        ok = ok && Importer(*lab)
                       .run({{u"results.csv"_s, Serializer::resultsCsvDocument(results)}}, {})
                       .ok();
        ok = ok && sign(u"quinn"_s, 0, Meaning::QcApproved) &&
             sign(u"rosa"_s, 0, Meaning::Reviewed) && sign(u"pieter"_s, 0, Meaning::Released);
        ok = ok && sign(u"quinn"_s, 1, Meaning::QcApproved) && disposeAll(1) &&
             sign(u"rosa"_s, 1, Meaning::Reviewed) &&
             sign(u"pieter"_s, 1, Meaning::ConditionallyReleased);
        ok = ok && sign(u"quinn"_s, 2, Meaning::QcApproved);
    }

    bool disposeAll(int batch)
    {
        std::unique_ptr<Session> rosa = store.open(u"rosa"_s);
        ReviewService service(*rosa);
        Result<BatchReview> r = service.review(batches.at(batch));
        if (!r)
            return false;
        for (const ExceptionView &e : std::as_const(r->exceptions))
            if (!e.dispositioned() &&
                !service.dispose(batches.at(batch), QString::number(e.number),
                                 u"Assessed: sterility follows; release conditionally."_s, {}))
                return false;
        return true;
    }

    bool sign(const QString &user, int batch, Meaning meaning)
    {
        std::unique_ptr<Session> s = store.open(user);
        if (!s)
            return false;
        const Result<ESignature> r = ReviewService(*s).sign(
            {batches.at(batch), meaning, {}, {}, {}, {}}, rd::test::secret(rd::test::kPassword));
        if (!r)
            qWarning("%s", qPrintable(r.error().message()));
        return r.ok();
    }

    // Builds, registers and writes a document as `user`; returns the file.
    QString issue(const ReportRequest &request, const QString &user = u"viv"_s,
                  Paper paper = Paper::A4)
    {
        std::unique_ptr<Session> s = store.open(user);
        Result<Document> doc = ReportBuilder(*s).build(request);
        if (!doc) {
            qWarning("%s", qPrintable(doc.error().message()));
            return QString();
        }
        DocumentRegistry registry(*s);
        if (!registry.prepare(doc.value()))
            return QString();
        const QString path = dir.filePath(doc->documentId + u".pdf"_s);
        if (!registry.exportPdf(doc.value(), paper, path))
            return QString();
        return path;
    }

    DocumentCheck verify(const QString &path)
    {
        std::unique_ptr<Session> s = store.open(u"viv"_s);
        Result<DocumentCheck> c = DocumentRegistry(*s).verifyPdf(path);
        return c ? c.value() : DocumentCheck();
    }

    rd::test::TestStore store;
    QTemporaryDir dir;
    QStringList batches;
    QList<QcResult> results;
    bool ok = false;
};

ReportRequest batchRequest(DocumentKind kind, const QString &batch)
{
    ReportRequest r;
    r.kind = kind;
    r.batchNumber = batch;
    return r;
}

} // namespace

class tst_Reports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        rd::test::initTestProcess();
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (poppler-utils) is needed");
        m_fixture = std::make_unique<Fixture>();
        QVERIFY(m_fixture->ok);
    }
    void everyDocumentOfEveryBatch_data();
    void everyDocumentOfEveryBatch();
    void longDocumentsRepeatTheirHeader();
    void verifyDocument();
    void provisionalThenFinal();
    void badRequestsSayWhy();
    void printsInItsOwnLanguage_data();
    void printsInItsOwnLanguage();

private:
    std::unique_ptr<Fixture> m_fixture;
};

void tst_Reports::everyDocumentOfEveryBatch_data()
{
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QStringList>("signers");
    const QList<std::tuple<int, bool, QStringList, const char *>> batches = {
        {0, false, {u"QC results approved"_s, u"Reviewed"_s, u"Released"_s}, "released"},
        {1, false, {u"QC results approved"_s, u"Conditionally released"_s}, "conditional"},
        {2, true, {u"QC results approved"_s}, "unreleased"},
    };
    for (const auto &[batch, draft, signers, name] : batches) {
        for (const DocumentKind kind :
             {DocumentKind::CertificateOfAnalysis, DocumentKind::ReleaseCertificate,
              DocumentKind::ReviewReport, DocumentKind::AuditTrail}) {
            QStringList expected;
            // Where each signature applies: the QC approval on the certificate of analysis,
            // the release on the release certificate (which appends the CoA), all of them on
            // the review report.
            for (const QString &s : signers) {
                if (kind == DocumentKind::AuditTrail)
                    continue;
                if (kind == DocumentKind::CertificateOfAnalysis && s != u"QC results approved"_s)
                    continue;
                if (kind == DocumentKind::ReleaseCertificate && s == u"Reviewed"_s)
                    continue;
                expected << s;
            }
            QTest::addRow("%s %s", name, qPrintable(Documents::id(kind)))
                << batch << static_cast<int>(kind) << draft << expected;
        }
    }
}

void tst_Reports::everyDocumentOfEveryBatch()
{
    QFETCH(int, batch);
    QFETCH(int, kind);
    QFETCH(bool, draft);
    QFETCH(QStringList, signers);
    Fixture &f = *m_fixture;
    const QString number = f.batches.at(batch);
    const QString path = f.issue(batchRequest(static_cast<DocumentKind>(kind), number));
    QVERIFY(!path.isEmpty());

    const int pages = pagesOf(path);
    QVERIFY(pages >= 1);
    const QString text = allText(path);
    QVERIFY(text.contains(number));
    const DemoData::Batch b = rd::test::cleanBatch(batch);
    QVERIFY2(text.contains(b.record.coi.din), qPrintable(b.record.coi.din));
    for (int p = 1; p <= pages; ++p) {
        const QString page = pageText(path, p);
        QVERIFY2(page.contains(u"Page %1 of %2"_s.arg(p).arg(pages)), qPrintable(page.left(300)));
        QVERIFY(page.contains(number));
        // The draft line is on every page of a draft and on none of a released batch.
        QCOMPARE(page.contains(u"DRAFT — NOT FOR RELEASE"_s), draft);
    }
    if (static_cast<DocumentKind>(kind) == DocumentKind::CertificateOfAnalysis ||
        static_cast<DocumentKind>(kind) == DocumentKind::ReleaseCertificate) {
        for (const SpecTest &t : rd::test::specInForce(b.record).tests)
            QVERIFY2(text.contains(t.code + u" — "_s + t.name.left(12)), qPrintable(t.code));
    }
    for (const QString &meaning : std::as_const(signers)) {
        // The manifestation: meaning, printed name and a time with its zone.
        QVERIFY2(text.contains(meaning), qPrintable(meaning));
    }
    // Printed dates read day, month name and year: never 03/04 that a reader might swap.
    if (!signers.isEmpty())
        QVERIFY(text.contains(QRegularExpression(
            u"\\d\\d-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\\d{4} \\d\\d:\\d\\d:\\d\\d UTC"_s)));
    QVERIFY(!text.contains(QRegularExpression(u"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"_s)));
    QVERIFY(text.contains(u"Language: English"_s));
    // Printed name and user name of the signer.
    if (signers.contains(u"Released"_s) || signers.contains(u"Conditionally released"_s))
        QVERIFY(text.contains(u"(pieter)"_s));
    if (signers.contains(u"QC results approved"_s))
        QVERIFY(text.contains(u"(quinn)"_s));
    // The release certificate appends the certificate of analysis.
    if (batch == 1 && (static_cast<DocumentKind>(kind) == DocumentKind::CertificateOfAnalysis ||
                       static_cast<DocumentKind>(kind) == DocumentKind::ReleaseCertificate))
        QVERIFY(text.contains(u"PROVISIONAL CERTIFICATE"_s));
    else
        QVERIFY(!text.contains(u"PROVISIONAL CERTIFICATE"_s));

    const QString meta = run(u"pdfinfo"_s, {u"-meta"_s, path});
    QVERIFY(meta.contains(u"pdfaid:part=\"1\""_s));
    QVERIFY(meta.contains(u"pdfaid:conformance=\"B\""_s));
    QVERIFY(meta.contains(u"<dc:creator><rdf:Seq><rdf:li>"_s));
    QVERIFY(meta.contains(u"<dc:description>"_s));
    const QString info = run(u"pdfinfo"_s, {path});
    QVERIFY(info.contains(u"Title:"_s) && info.contains(number));
    // Fonts embedded.
    const QString fonts = run(u"pdffonts"_s, {path});
    QVERIFY(fonts.contains(u"DejaVuSans"_s));
    for (const QString &line : fonts.split(u'\n').mid(2)) {
        if (line.isEmpty())
            continue;
        // name, type, encoding, then "emb": every font embedded.
        QVERIFY2(line.contains(QRegularExpression(u"Identity-H\\s+yes"_s)), qPrintable(line));
    }
}

void tst_Reports::longDocumentsRepeatTheirHeader()
{
    Fixture &f = *m_fixture;
    ReportRequest small;
    small.kind = DocumentKind::AuditTrail;
    small.batchNumber = f.batches.at(2);
    ReportRequest whole;
    whole.kind = DocumentKind::AuditTrail;
    const QString a = f.issue(small);
    const QString b = f.issue(whole, u"viv"_s, Paper::Letter);
    const int fewer = pagesOf(a);
    const int more = pagesOf(b);
    QVERIFY2(more > fewer && more >= 3, qPrintable(u"%1 vs %2"_s.arg(fewer).arg(more)));
    QVERIFY(run(u"pdfinfo"_s, {b}).contains(u"612 x 792"_s)); // US Letter
    // The events table runs over every page after the first, its header row each time.
    for (int p = 2; p <= more; ++p) {
        const QString page = pageText(b, p);
        QVERIFY2(page.contains(QRegularExpression(u"Seq\\.\\s+Time \\(UTC\\)\\s+Action"_s)),
                 qPrintable(u"page %1: %2"_s.arg(p).arg(page.left(400))));
    }
}

void tst_Reports::verifyDocument()
{
    Fixture &f = *m_fixture;
    const QString path = f.issue(batchRequest(DocumentKind::ReviewReport, f.batches.at(0)));
    DocumentCheck fresh = f.verify(path);
    QVERIFY2(fresh.ok(), qPrintable(fresh.findings.join(u'\n')));
    QVERIFY(fresh.findings.first().startsWith(u"VALID"_s));

    // One byte changed: the file is not the one issued, though the record still matches.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const QString altered = path + u".altered.pdf"_s;
    const qsizetype at = bytes.indexOf("/MediaBox");
    QVERIFY(at > 0);
    bytes[at + 12] = bytes[at + 12] == '0' ? '1' : '0';
    QFile out(altered);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    out.close();
    const DocumentCheck alteredCheck = f.verify(altered);
    QVERIFY(!alteredCheck.ok());
    QVERIFY(!alteredCheck.fileIntact);
    QVERIFY(alteredCheck.recordUnchanged);

    // A PDF from elsewhere.
    const QString foreign = f.dir.filePath(u"foreign.pdf"_s);
    QFile other(foreign);
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write("%PDF-1.4\n%%EOF\n") > 0);
    other.close();
    const DocumentCheck foreignCheck = f.verify(foreign);
    QVERIFY(!foreignCheck.ok());
    QVERIFY(foreignCheck.findings.first().contains(u"no ReleaseDesk document id"_s));

    // The record changes after issue: a result is superseded on the released batch.
    std::unique_ptr<Session> quinn = f.store.open(u"quinn"_s);
    QList<QcResult> again;
    for (const QcResult &r : std::as_const(f.results))
        if (r.batchNumber == f.batches.at(0) && r.testCode == u"VIAB"_s)
            again << r;
    QVERIFY(!again.isEmpty());
    again.first().testedAt = again.first().testedAt.addSecs(3600);
    const QList<ImportInput> late = {
        {u"late.csv"_s, Serializer::resultsCsvDocument({again.first()})}};
    // The batch is released: the result is refused unless it comes under change control.
    QVERIFY(!Importer(*quinn).run(late, {}).ok());
    ImportOptions controlled;
    controlled.changeControl = u"CC-2026-014: late viability repeat"_s;
    QVERIFY(Importer(*quinn).run(late, controlled).ok());
    quinn.reset();
    const DocumentCheck changed = f.verify(path);
    QVERIFY(!changed.ok());
    QVERIFY(changed.fileIntact);
    QVERIFY(!changed.recordUnchanged);
    QVERIFY(changed.findings.join(u'\n').contains(u"record changed"_s));
}

void tst_Reports::provisionalThenFinal()
{
    Fixture &f = *m_fixture;
    const QString batch = f.batches.at(1);
    const QString provisional = f.issue(batchRequest(DocumentKind::CertificateOfAnalysis, batch));
    std::unique_ptr<Session> viv = f.store.open(u"viv"_s);
    Result<QList<IssuedDocument>> before =
        DocumentRegistry(*viv).issued(DocumentKind::CertificateOfAnalysis, batch);
    QVERIFY(before && !before->isEmpty());
    const QString provisionalId = before->last().documentId;
    QVERIFY(before->last().provisional);
    viv.reset();
    QVERIFY(allText(provisional).contains(u"pending"_s));

    // The sterility result arrives, and the release is confirmed.
    QcResult steril;
    for (const QcResult &r : std::as_const(f.results))
        if (r.batchNumber == batch && r.testCode == u"STERIL"_s)
            steril = r;
    steril.status = ResultStatus::Final;
    steril.text = u"No growth"_s;
    steril.testedAt = steril.testedAt.addDays(14);
    std::unique_ptr<Session> quinn = f.store.open(u"quinn"_s);
    QVERIFY(
        Importer(*quinn).run({{u"steril.csv"_s, Serializer::resultsCsvDocument({steril})}}, {}));
    quinn.reset();
    QVERIFY(f.sign(u"pieter"_s, 1, Meaning::Released));
    const QString final = f.issue(batchRequest(DocumentKind::CertificateOfAnalysis, batch));
    const QString text = allText(final);
    QVERIFY(!text.contains(u"PROVISIONAL CERTIFICATE"_s));
    QVERIFY2(text.contains(u"FINAL CERTIFICATE"_s) && text.contains(provisionalId),
             qPrintable(text.left(600)));
    QVERIFY(text.contains(u"version 2"_s));
    // The provisional one no longer matches the record; the final one does.
    QVERIFY(!f.verify(provisional).recordUnchanged);
    QVERIFY(f.verify(final).ok());
}

void tst_Reports::badRequestsSayWhy()
{
    Fixture &f = *m_fixture;
    std::unique_ptr<Session> viv = f.store.open(u"viv"_s);
    ReportRequest noBatch;
    noBatch.kind = DocumentKind::ReleaseCertificate;
    Result<Document> a = ReportBuilder(*viv).build(noBatch);
    QVERIFY(!a);
    QVERIFY(a.error().message().contains(u"Batch Release Certificate"_s));
    Result<Document> b =
        ReportBuilder(*viv).build(batchRequest(DocumentKind::CertificateOfAnalysis, u"NOPE-1"_s));
    QVERIFY(!b);
    QVERIFY(b.error().message().contains(u"NOPE-1"_s));
    ReportRequest backwards;
    backwards.kind = DocumentKind::AuditTrail;
    backwards.from = QDate(2026, 5, 2);
    backwards.to = QDate(2026, 5, 1);
    QVERIFY(!ReportBuilder(*viv).build(backwards));
    // Nothing written to the register by a refused request.
    Result<QList<IssuedDocument>> none =
        DocumentRegistry(*viv).issued(DocumentKind::ReleaseCertificate, QString());
    QVERIFY(none && none->isEmpty());
}

void tst_Reports::printsInItsOwnLanguage_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("document");
    QTest::newRow("English on a Dutch screen") << u"nl"_s << u"en"_s;
    QTest::newRow("Dutch on an English screen") << u"en"_s << u"nl"_s;
    QTest::newRow("German on a Japanese screen") << u"ja"_s << u"de"_s;
    QTest::newRow("Japanese on a German screen") << u"de"_s << u"ja"_s;
}

// A document is printed in the language asked for, whatever the screen speaks: its title,
// its footer (which names the language), its dates; and its content hash is the same in every
// language, so a reprint in another language keeps its version.
void tst_Reports::printsInItsOwnLanguage()
{
    QFETCH(QString, screen);
    QFETCH(QString, document);
    Fixture &f = *m_fixture;
    Languages::install(screen);
    ReportRequest request = batchRequest(DocumentKind::CertificateOfAnalysis, f.batches.at(0));
    request.language = document;
    const QString path = f.issue(request);
    Languages::install(u"en"_s);
    QVERIFY(!path.isEmpty());
    const QString text = allText(path);
    QString title;
    QString language;
    {
        const ScopedLanguage in(document);
        title = QCoreApplication::translate("rd::reports::Documents", "Certificate of Analysis");
        language = QCoreApplication::translate("rd::reports::Renderer", "Language: %1")
                       .arg(Languages::nativeName(document));
    }
    QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY2(text.simplified().contains(language), qPrintable(language));
    if (document != u"en"_s) {
        QVERIFY(!text.contains(u"Certificate of Analysis"_s));
        QVERIFY(!text.contains(u"Language: "_s));
    }
    if (document == u"nl"_s) {
        static const QRegularExpression dutchDate(
            u"\\d\\d-(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)-\\d{4}"_s);
        QVERIFY(text.contains(dutchDate));
    }
    if (document == u"ja"_s)
        QVERIFY(text.contains(QRegularExpression(u"\\d{4}年\\d{1,2}月\\d\\d日"_s)));

    // The same facts in another language are the same content: the version stays.
    ReportRequest english = batchRequest(DocumentKind::CertificateOfAnalysis, f.batches.at(0));
    std::unique_ptr<Session> s = f.store.open(u"viv"_s);
    Result<Document> a = ReportBuilder(*s).build(english);
    Result<Document> b = ReportBuilder(*s).build(request);
    QVERIFY(a && b);
    QCOMPARE(a->contentHash(), b->contentHash());
    QCOMPARE(b->language, document);

    // A language ReleaseDesk does not speak is refused, saying which it does.
    request.language = u"fr"_s;
    Result<Document> refused = ReportBuilder(*s).build(request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Usage);
    QVERIFY2(refused.error().message().contains(u"\"fr\""_s) &&
                 refused.error().message().contains(u"en, nl, de, ja"_s),
             qPrintable(refused.error().message()));
}

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
