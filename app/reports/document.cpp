// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/document.h"

#include "security/crypto.h"
#include "security/esignature.h"

using namespace Qt::StringLiterals;

namespace rd::reports {

QByteArray Document::contentHash() const
{
    return crypto::blake2b256(binding);
}

QString Document::shortHash() const
{
    const QString hex = QString::fromLatin1(contentHash().toHex().toUpper()).left(16);
    return hex.mid(0, 4) + u' ' + hex.mid(4, 4) + u' ' + hex.mid(8, 4) + u' ' + hex.mid(12, 4);
}

QString Document::qrText() const
{
    return Documents::qrPrefix() + u'|' + storeId + u'|' + documentId + u'|' +
           QString::number(version) + u'|' + QString::fromLatin1(contentHash().toHex());
}

QString Document::printedText() const
{
    const QString printed =
        tr("Printed by %1 on %2")
            .arg(printedBy, ESignatures::timeText(printedAt, printedUtcOffset, printedZone,
                                                  TimeStyle::Document));
    if (rootFingerprint.isEmpty())
        return printed;
    return tr("%1 · store root %2").arg(printed, rootFingerprint);
}

void Document::heading(const QString &text)
{
    Block b;
    b.type = Block::Type::Heading;
    b.text = text;
    blocks << b;
}

void Document::paragraph(const QString &text)
{
    Block b;
    b.type = Block::Type::Paragraph;
    b.text = text;
    blocks << b;
}

void Document::notice(const QString &text)
{
    Block b;
    b.type = Block::Type::Notice;
    b.text = text;
    blocks << b;
}

void Document::fieldList(const QList<std::pair<QString, QString>> &fields)
{
    Block b;
    b.type = Block::Type::Fields;
    b.fields = fields;
    blocks << b;
}

void Document::table(const QStringList &columns, const QList<double> &widths,
                     const QList<QList<Cell>> &rows)
{
    Block b;
    b.type = Block::Type::Table;
    b.columns = columns;
    b.widths = widths;
    b.rows = rows;
    blocks << b;
}

void Document::chartBlock(const ChartData &chart)
{
    Block b;
    b.type = Block::Type::Chart;
    b.chart = chart;
    blocks << b;
}

void Document::pageBreak()
{
    Block b;
    b.type = Block::Type::PageBreak;
    blocks << b;
}

QList<DocumentKind> Documents::kinds()
{
    return {DocumentKind::CertificateOfAnalysis, DocumentKind::ReleaseCertificate,
            DocumentKind::ReviewReport, DocumentKind::AuditTrail, DocumentKind::Trend};
}

QString Documents::id(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::CertificateOfAnalysis:
        return u"coa"_s;
    case DocumentKind::ReleaseCertificate:
        return u"release"_s;
    case DocumentKind::ReviewReport:
        return u"review"_s;
    case DocumentKind::AuditTrail:
        return u"audit"_s;
    case DocumentKind::Trend:
        return u"trend"_s;
    }
    return QString();
}

std::optional<DocumentKind> Documents::kindFromId(const QString &id)
{
    for (const DocumentKind k : kinds())
        if (Documents::id(k) == id)
            return k;
    return std::nullopt;
}

QString Documents::kindIdsText()
{
    QStringList ids;
    for (const DocumentKind k : kinds())
        ids << id(k);
    return ids.join(u", "_s);
}

QString Documents::title(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::CertificateOfAnalysis:
        return tr("Certificate of Analysis");
    case DocumentKind::ReleaseCertificate:
        return tr("Batch Release Certificate");
    case DocumentKind::ReviewReport:
        return tr("Batch Review Report");
    case DocumentKind::AuditTrail:
        return tr("Audit-Trail Report");
    case DocumentKind::Trend:
        return tr("Trend Report");
    }
    return QString();
}

bool Documents::isBatchDocument(DocumentKind kind)
{
    return kind == DocumentKind::CertificateOfAnalysis ||
           kind == DocumentKind::ReleaseCertificate || kind == DocumentKind::ReviewReport;
}

QString Documents::id(Paper paper)
{
    return paper == Paper::Letter ? u"letter"_s : u"a4"_s;
}

std::optional<Paper> Documents::paperFromId(const QString &id)
{
    if (id.compare(u"a4"_s, Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (id.compare(u"letter"_s, Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

QSizeF Documents::pageSizePoints(Paper paper)
{
    return paper == Paper::Letter ? QSizeF(612, 792) : QSizeF(595.28, 841.89);
}

QString Documents::qrPrefix()
{
    return u"RDDOC1"_s;
}

} // namespace rd::reports
