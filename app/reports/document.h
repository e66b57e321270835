// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::reports {

// The release documents of docs/DESIGN.md section 11.
enum class DocumentKind {
    CertificateOfAnalysis,
    ReleaseCertificate,
    ReviewReport,
    AuditTrail,
    Trend,
};

enum class Paper {
    A4,
    Letter,
};

// One control chart as printed: the points, the lines drawn across them and the points a rule
// flagged. Drawn as vector graphics by the renderer.
struct ChartData
{
    QString title;
    QString unit;
    QList<double> values;
    QStringList labels; // one per point (the batch number)
    std::optional<double> centre, ucl, lcl;
    std::optional<double> lsl, usl; // specification limits
    QList<bool> flagged;            // one per point
};

struct Cell
{
    QString text;
    bool strong = false; // printed bold: a result that does not conform, a failed check
};

// One piece of a document's body, laid out top to bottom.
struct Block
{
    enum class Type {
        Heading,
        Paragraph,
        Notice, // a boxed statement that must not be missed (provisional, exceptional release)
        Fields, // label and value pairs
        Table,  // a header row repeated on every page it runs over
        Chart,
        PageBreak, // the next block starts on a new page
    };
    Type type = Type::Paragraph;
    QString text;
    QList<std::pair<QString, QString>> fields;
    QStringList columns;
    QList<double> widths; // relative column widths
    QList<QList<Cell>> rows;
    ChartData chart;
    bool documentControl = false; // added by the document register, not built from the record
};

// A release document as content: what the renderer lays out on pages and what the document
// registry binds to the record. The body is built from the store by ReportBuilder; `binding`
// holds the language-neutral facts it was built from (record version and content hash, state,
// signatures, dispositions, audit events, series values), so that the same record gives the
// same hash whatever language the document was printed in.
struct Document
{
    Q_DECLARE_TR_FUNCTIONS(rd::reports::Document)

public:
    DocumentKind kind = DocumentKind::CertificateOfAnalysis;
    QString title;         // "Certificate of Analysis"
    QString headerLine;    // under the title on every page: product and batch
    QString batchNumber;   // empty for store-wide documents
    QString metadataTitle; // the PDF's title
    QString subject;       // the PDF's subject
    bool draft = false;    // watermarked on every page: the batch is not released
    QString draftReason;   // why a decided batch's document is a draft; empty otherwise
    bool provisional = false;
    QList<Block> blocks;
    QByteArray binding;                      // canonical bytes of the facts printed (see above)
    QJsonObject request;                     // how to build it again (ReportRequest::toJson)
    QString language = QStringLiteral("en"); // what it is printed in; never part of the binding

    // Document control, filled by DocumentRegistry::prepare() and never part of the binding.
    QString storeId;
    QString documentId;
    int version = 1;
    QString supersedes;  // e.g. the provisional certificate a final one replaces
    QString printedBy;   // printed name and user name
    QDateTime printedAt; // UTC
    int printedUtcOffset = 0;
    QString printedZone;
    QString rootFingerprint; // of the store that issued it, printed on every page

    QByteArray contentHash() const; // BLAKE2b-256 of `binding`
    QString shortHash() const;      // the first 16 hex digits in groups of four
    QString qrText() const;         // what the QR code on every page says
    QString printedText() const;    // "Printed by ... on ... UTC (... local, zone)"

    void heading(const QString &text);
    void paragraph(const QString &text);
    void notice(const QString &text);
    void fieldList(const QList<std::pair<QString, QString>> &fields);
    void table(const QStringList &columns, const QList<double> &widths,
               const QList<QList<Cell>> &rows);
    void chartBlock(const ChartData &chart);
    void pageBreak();
};

class Documents
{
    Q_DECLARE_TR_FUNCTIONS(rd::reports::Documents)

public:
    static QList<DocumentKind> kinds();
    static QString id(DocumentKind kind); // coa, release, review, audit, trend
    static std::optional<DocumentKind> kindFromId(const QString &id);
    static QString kindIdsText();
    static QString title(DocumentKind kind);
    static bool isBatchDocument(DocumentKind kind);

    static QString id(Paper paper); // a4, letter
    static std::optional<Paper> paperFromId(const QString &id);
    static QSizeF pageSizePoints(Paper paper);
    static QString qrPrefix(); // "RDDOC1"
};

} // namespace rd::reports
