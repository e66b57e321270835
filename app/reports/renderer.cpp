// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/renderer.h"

#include "core/languages.h"
#include "core/version.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>
#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace rd::reports {

namespace {

// Layout happens in tenths of a point: fonts get whole pixel sizes that are device-independent,
// and the painter is scaled to the device, so a PDF, a printer and the preview get one layout.
constexpr double kUnit = 10;

constexpr double pt(double points)
{
    return points * kUnit;
}

struct Geometry
{
    double width = 0;
    double height = 0;
    double left = pt(48);
    double right = pt(48);
    double top = pt(34);
    double bottom = pt(28);
    double header = pt(50);
    double footer = pt(66);

    double bodyTop() const { return top + header; }
    double bodyBottom() const { return height - bottom - footer; }
    double bodyWidth() const { return width - left - right; }
};

Geometry geometryFor(const QSizeF &pagePoints)
{
    Geometry g;
    g.width = pt(pagePoints.width());
    g.height = pt(pagePoints.height());
    return g;
}

enum class Style {
    Title,
    HeaderLine,
    Heading,
    Body,
    Notice,
    FieldLabel,
    FieldValue,
    TableHeader,
    TableCell,
    TableCellStrong,
    Footer,
    FooterStrong,
    Watermark,
    ChartTitle,
    ChartLabel,
};

QFont fontFor(Style style)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    double size = 9;
    bool bold = false;
    switch (style) {
    case Style::Title:
        size = 15;
        bold = true;
        break;
    case Style::HeaderLine:
        size = 8.5;
        break;
    case Style::Heading:
        size = 11.5;
        bold = true;
        break;
    case Style::Body:
        size = 9;
        break;
    case Style::Notice:
        size = 9.5;
        bold = true;
        break;
    case Style::FieldLabel:
        size = 8.5;
        bold = true;
        break;
    case Style::FieldValue:
        size = 8.5;
        break;
    case Style::TableHeader:
        size = 7.5;
        bold = true;
        break;
    case Style::TableCell:
        size = 7.5;
        break;
    case Style::TableCellStrong:
        size = 7.5;
        bold = true;
        break;
    case Style::Footer:
        size = 7;
        break;
    case Style::FooterStrong:
        size = 8;
        bold = true;
        break;
    case Style::Watermark:
        size = 46;
        bold = true;
        break;
    case Style::ChartTitle:
        size = 8.5;
        bold = true;
        break;
    case Style::ChartLabel:
        size = 6.5;
        break;
    }
    f.setPixelSize(static_cast<int>(std::lround(pt(size))));
    f.setBold(bold);
    // No ligatures, so that "fi" stays two letters when the text is copied or searched
    // ("Certificate", not "Certi\uFB01cate"); scripts that need shaping still get it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Text in a box of a given width, wrapped at word boundaries (or anywhere, for a long hash).
class TextBlock
{
public:
    TextBlock(const QString &text, const QFont &font, double width,
              Qt::Alignment align = Qt::AlignLeft)
        : m_layout(QString(text).replace(u'\n', QChar::LineSeparator), font)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(align);
        m_layout.setTextOption(option);
        m_layout.setCacheEnabled(true);
        m_layout.beginLayout();
        for (;;) {
            QTextLine line = m_layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
        }
        m_layout.endLayout();
    }
    double height() const { return m_height; }
    void draw(QPainter &painter, const QPointF &at) const { m_layout.draw(&painter, at); }

private:
    QTextLayout m_layout;
    double m_height = 0;
};

double textHeight(const QString &text, Style style, double width)
{
    return TextBlock(text, fontFor(style), width).height();
}

double drawText(QPainter &painter, const QString &text, Style style, const QRectF &rect,
                Qt::Alignment align = Qt::AlignLeft)
{
    const TextBlock block(text, fontFor(style), rect.width(), align);
    block.draw(painter, rect.topLeft());
    return block.height();
}

const QColor kRule(0x90, 0x90, 0x90);
const QColor kHeaderFill(0xe4, 0xe7, 0xeb);
const QColor kNoticeFill(0xf4, 0xf4, 0xf4);
const QColor kWatermark(0xdc, 0xdc, 0xdc);

constexpr double kCellPad = pt(3);
constexpr double kNoticePad = pt(7);
constexpr double kChartHeight = pt(190);
constexpr double kFieldLabelShare = 0.32;

// One thing placed on a page: a block, or one row of it (table rows, field rows).
struct Placed
{
    int block = 0;
    int row = -1; // tables: -1 is the (repeated) header row; fields: the pair's index
    double y = 0;
    double height = 0;
};

struct PageLayout
{
    QList<Placed> items;
};

QList<double> columnWidths(const Block &b, double total)
{
    const qsizetype n = b.columns.size();
    QList<double> w;
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += b.widths.value(i, 1.0);
    for (qsizetype i = 0; i < n; ++i)
        w << total * b.widths.value(i, 1.0) / (sum > 0 ? sum : 1);
    return w;
}

double rowHeight(const QList<Cell> &cells, const QList<double> &widths, bool header)
{
    double h = 0;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const Cell cell = cells.value(c);
        const Style style =
            header ? Style::TableHeader : (cell.strong ? Style::TableCellStrong : Style::TableCell);
        h = std::max(h, textHeight(cell.text, style, widths.at(c) - 2 * kCellPad));
    }
    return h + 2 * kCellPad;
}

QList<Cell> headerCells(const Block &b)
{
    QList<Cell> cells;
    for (const QString &c : b.columns)
        cells << Cell{c, true};
    return cells;
}

double spaceBefore(const Block &b)
{
    switch (b.type) {
    case Block::Type::Heading:
        return pt(12);
    case Block::Type::PageBreak:
        return 0;
    default:
        return pt(6);
    }
}

QList<PageLayout> layOut(const Document &doc, const Geometry &g)
{
    QList<PageLayout> pages(1);
    double y = g.bodyTop();
    const double width = g.bodyWidth();
    auto newPage = [&]() {
        pages.append(PageLayout());
        y = g.bodyTop();
    };
    auto atTop = [&]() { return pages.last().items.isEmpty(); };
    auto fits = [&](double h) { return y + h <= g.bodyBottom() + 0.5; };
    auto place = [&](int block, int row, double h) {
        pages.last().items.append({block, row, y, h});
        y += h;
    };
    auto skip = [&](double h) {
        if (!atTop())
            y += h;
    };

    for (int i = 0; i < doc.blocks.size(); ++i) {
        const Block &b = doc.blocks.at(i);
        switch (b.type) {
        case Block::Type::PageBreak:
            if (!atTop())
                newPage();
            break;
        case Block::Type::Heading: {
            const double h = textHeight(b.text, Style::Heading, width) + pt(3);
            // A heading is never the last thing on a page.
            if (!fits(spaceBefore(b) + h + pt(40)) && !atTop())
                newPage();
            skip(spaceBefore(b));
            place(i, -1, h);
            break;
        }
        case Block::Type::Paragraph:
        case Block::Type::Notice: {
            const bool notice = b.type == Block::Type::Notice;
            const double h =
                notice ? textHeight(b.text, Style::Notice, width - 2 * kNoticePad) + 2 * kNoticePad
                       : textHeight(b.text, Style::Body, width);
            if (!fits(spaceBefore(b) + h) && !atTop())
                newPage();
            skip(spaceBefore(b));
            place(i, -1, h);
            break;
        }
        case Block::Type::Fields: {
            skip(spaceBefore(b));
            const double labelWidth = width * kFieldLabelShare;
            for (int r = 0; r < b.fields.size(); ++r) {
                const double h =
                    std::max(
                        textHeight(b.fields.at(r).first, Style::FieldLabel, labelWidth - pt(6)),
                        textHeight(b.fields.at(r).second, Style::FieldValue, width - labelWidth)) +
                    pt(2.5);
                if (!fits(h) && !atTop())
                    newPage();
                place(i, r, h);
            }
            break;
        }
        case Block::Type::Table: {
            skip(spaceBefore(b));
            const QList<double> widths = columnWidths(b, width);
            const double headerHeight = rowHeight(headerCells(b), widths, true);
            bool headerOnPage = false;
            if (b.rows.isEmpty()) {
                if (!fits(headerHeight) && !atTop())
                    newPage();
                place(i, -1, headerHeight);
                break;
            }
            for (int r = 0; r < b.rows.size(); ++r) {
                const double h = rowHeight(b.rows.at(r), widths, false);
                const double need = headerOnPage ? h : headerHeight + h;
                if (!fits(need) && !atTop()) {
                    newPage();
                    headerOnPage = false;
                }
                if (!headerOnPage) {
                    place(i, -1, headerHeight);
                    headerOnPage = true;
                }
                place(i, r, h);
            }
            break;
        }
        case Block::Type::Chart:
            if (!fits(spaceBefore(b) + kChartHeight) && !atTop())
                newPage();
            skip(spaceBefore(b));
            place(i, -1, kChartHeight);
            break;
        }
    }
    return pages;
}

void paintWatermark(QPainter &p, const Geometry &g)
{
    p.save();
    p.translate(g.width / 2, g.height / 2);
    p.rotate(-std::atan2(g.height, g.width) * 180.0 / M_PI);
    p.setPen(kWatermark);
    const QString text = Renderer::tr("DRAFT — NOT FOR RELEASE");
    const double w = std::hypot(g.width, g.height) * 0.9;
    const double h = textHeight(text, Style::Watermark, w);
    drawText(p, text, Style::Watermark, QRectF(-w / 2, -h / 2, w, h), Qt::AlignHCenter);
    p.restore();
}

void paintHeader(QPainter &p, const Document &doc, const Geometry &g)
{
    p.setPen(Qt::black);
    const double w = g.bodyWidth();
    double y = g.top;
    if (doc.draft) {
        // Besides the watermark: a line that reads straight, and survives text extraction.
        p.setPen(QColor(0xb7, 0x1c, 0x1c));
        drawText(p, Renderer::tr("DRAFT — NOT FOR RELEASE"), Style::FooterStrong,
                 QRectF(g.left, y + pt(2), w, pt(12)), Qt::AlignRight);
        p.setPen(Qt::black);
    }
    y += drawText(p, doc.title, Style::Title, QRectF(g.left, y, w * 0.7, pt(30)));
    drawText(p, doc.headerLine, Style::HeaderLine, QRectF(g.left, y + pt(1), w, pt(24)));
    p.setPen(QPen(kRule, pt(0.6)));
    const double ruleY = g.top + g.header - pt(8);
    p.drawLine(QPointF(g.left, ruleY), QPointF(g.width - g.right, ruleY));
    p.setPen(Qt::black);
}

void paintFooter(QPainter &p, const Document &doc, const Geometry &g, int page, int pages)
{
    const double top = g.height - g.bottom - g.footer + pt(8);
    p.setPen(QPen(kRule, pt(0.6)));
    p.drawLine(QPointF(g.left, top), QPointF(g.width - g.right, top));
    p.setPen(Qt::black);
    const double qr = pt(50);
    const double textWidth = g.bodyWidth() - qr - pt(10);
    double y = top + pt(4);
    y += drawText(p, Renderer::tr("Page %1 of %2").arg(page).arg(pages), Style::FooterStrong,
                  QRectF(g.left, y, textWidth, pt(12)));
    y += drawText(p,
                  Renderer::tr("Document %1 · version %2 · document hash %3")
                          .arg(doc.documentId)
                          .arg(doc.version)
                          .arg(doc.shortHash()) +
                      u" · "_s +
                      Renderer::tr("Language: %1").arg(Languages::nativeName(doc.language)),
                  Style::Footer, QRectF(g.left, y + pt(1), textWidth, pt(12)));
    drawText(p, doc.printedText(), Style::Footer, QRectF(g.left, y + pt(2), textWidth, pt(24)));
    Renderer::paintQrCode(p, QRectF(g.width - g.right - qr, top + pt(4), qr, qr), doc.qrText());
}

void paintTableRow(QPainter &p, const Block &b, int row, const QRectF &rect)
{
    const QList<double> widths = columnWidths(b, rect.width());
    const bool header = row < 0;
    const QList<Cell> cells = header ? headerCells(b) : b.rows.at(row);
    if (header)
        p.fillRect(rect, kHeaderFill);
    double x = rect.left();
    p.setPen(Qt::black);
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const Cell cell = cells.value(c);
        const Style style =
            header ? Style::TableHeader : (cell.strong ? Style::TableCellStrong : Style::TableCell);
        drawText(p, cell.text, style,
                 QRectF(x + kCellPad, rect.top() + kCellPad, widths.at(c) - 2 * kCellPad,
                        rect.height() - 2 * kCellPad));
        x += widths.at(c);
    }
    p.setPen(QPen(kRule, pt(0.4)));
    p.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
    p.setPen(Qt::black);
}

void paintItem(QPainter &p, const Document &doc, const Geometry &g, const Placed &item)
{
    const Block &b = doc.blocks.at(item.block);
    const double w = g.bodyWidth();
    const QRectF rect(g.left, item.y, w, item.height);
    switch (b.type) {
    case Block::Type::Heading:
        drawText(p, b.text, Style::Heading, rect);
        break;
    case Block::Type::Paragraph:
        drawText(p, b.text, Style::Body, rect);
        break;
    case Block::Type::Notice:
        p.fillRect(rect, kNoticeFill);
        p.setPen(QPen(Qt::black, pt(1.2)));
        p.drawRect(rect);
        p.setPen(Qt::black);
        drawText(p, b.text, Style::Notice, rect.adjusted(kNoticePad, kNoticePad, -kNoticePad, 0));
        break;
    case Block::Type::Fields: {
        const auto &[label, value] = b.fields.at(item.row);
        const double labelWidth = w * kFieldLabelShare;
        p.setPen(QColor(0x33, 0x33, 0x33));
        drawText(p, label, Style::FieldLabel,
                 QRectF(g.left, item.y, labelWidth - pt(6), item.height));
        p.setPen(Qt::black);
        drawText(p, value, Style::FieldValue,
                 QRectF(g.left + labelWidth, item.y, w - labelWidth, item.height));
        break;
    }
    case Block::Type::Table:
        paintTableRow(p, b, item.row, rect);
        break;
    case Block::Type::Chart:
        Renderer::paintChart(p, rect.adjusted(0, pt(2), 0, -pt(4)), b.chart);
        break;
    case Block::Type::PageBreak:
        break;
    }
}

// Round numbers for a chart axis: 1, 2 or 5 times a power of ten.
double niceStep(double range, int wanted)
{
    const double raw = range / std::max(1, wanted);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

QString axisNumber(double v, double step)
{
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step))), 0, 6);
    return QString::number(v, 'f', decimals);
}

QString limitNumber(double v)
{
    return QString::number(v, 'g', 4);
}

QByteArray xmpDate(const QDateTime &local)
{
    const int offset = local.offsetFromUtc();
    QString zone = u"Z"_s;
    if (offset != 0)
        zone = u"%1%2:%3"_s.arg(offset < 0 ? u"-"_s : u"+"_s)
                   .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                   .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return (local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + zone).toUtf8();
}

QByteArray xmp(const Document &doc, const QString &creator, const QDateTime &created)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
    const QByteArray date = xmpDate(created);
    QByteArray x;
    x += "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
         "   <dc:format>application/pdf</dc:format>\n"
         "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         esc(doc.metadataTitle) +
         "</rdf:li></rdf:Alt></dc:title>\n"
         "   <dc:creator><rdf:Seq><rdf:li>" +
         esc(doc.printedBy) +
         "</rdf:li></rdf:Seq></dc:creator>\n"
         "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         esc(doc.subject) +
         "</rdf:li></rdf:Alt></dc:description>\n"
         "   <dc:identifier>" +
         esc(doc.documentId) +
         "</dc:identifier>\n"
         // What verify-document compares with the record: the hash of the facts printed and
         // the root of the store that issued it.
         "   <dc:source>releasedesk:content-hash:" +
         doc.contentHash().toHex() +
         "</dc:source>\n"
         "   <dc:relation><rdf:Bag><rdf:li>releasedesk:store-root:" +
         esc(doc.rootFingerprint) +
         "</rdf:li></rdf:Bag></dc:relation>\n"
         "   <dc:language><rdf:Bag><rdf:li>" +
         esc(doc.language) +
         "</rdf:li></rdf:Bag></dc:language>\n"
         "  </rdf:Description>\n"
         "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
         "xmp:CreatorTool=\"" +
         esc(creator) + "\" xmp:CreateDate=\"" + date + "\" xmp:ModifyDate=\"" + date +
         "\" xmp:MetadataDate=\"" + date +
         "\"/>\n"
         "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
         "pdf:Producer=\"Qt " +
         QByteArray(qVersion()) +
         "\"/>\n"
         "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
         "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
         " </rdf:RDF>\n"
         "</x:xmpmeta>\n"
         "<?xpacket end='w'?>";
    return x;
}

// The creation date Qt wrote into the document information dictionary, to the second.
QByteArray infoCreationDate(const QByteArray &pdf)
{
    const qsizetype at = pdf.indexOf("/CreationDate (D:");
    if (at < 0)
        return QByteArray();
    return pdf.mid(at + 17, 14);
}

} // namespace

int Renderer::pageCount(const Document &doc, const QSizeF &pagePoints)
{
    const ScopedLanguage inLanguage(doc.language);
    return static_cast<int>(layOut(doc, geometryFor(pagePoints)).size());
}

Result<int> Renderer::paint(const Document &doc, QPagedPaintDevice &device,
                            const QSizeF &pagePoints, const Progress &progress)
{
    const ScopedLanguage inLanguage(doc.language);
    const Geometry g = geometryFor(pagePoints);
    const QList<PageLayout> pages = layOut(doc, g);
    QPainter painter;
    if (!painter.begin(&device))
        return Error(ErrorCode::Io, tr("Cannot start printing: the printer or file refused."));
    const double sx = device.logicalDpiX() / (72.0 * kUnit);
    const double sy = device.logicalDpiY() / (72.0 * kUnit);
    const int total = static_cast<int>(pages.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Error(ErrorCode::Io, tr("Cannot start page %1.").arg(i + 1));
        }
        painter.save();
        painter.scale(sx, sy);
        painter.setRenderHint(QPainter::Antialiasing, true);
        if (doc.draft)
            paintWatermark(painter, g);
        paintHeader(painter, doc, g);
        for (const Placed &item : pages.at(i).items)
            paintItem(painter, doc, g, item);
        paintFooter(painter, doc, g, i + 1, total);
        painter.restore();
        if (progress && !progress(i + 1, total)) {
            painter.end();
            return Error(ErrorCode::Cancelled, tr("Printing was cancelled."));
        }
    }
    if (!painter.end())
        return Error(ErrorCode::Io, tr("Cannot finish printing the document."));
    return total;
}

Result<Renderer::Pdf> Renderer::pdf(const Document &doc, Paper paper, const Progress &progress)
{
    const QString creator = u"ReleaseDesk "_s + QLatin1StringView(kVersion);
    // Qt stamps the information dictionary with the time it starts writing; PDF/A needs the
    // XMP dates to say the same, so a file written across a second boundary is written again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        int pageCount = 0;
        QDateTime created = QDateTime::currentDateTime();
        created.setTime(
            QTime(created.time().hour(), created.time().minute(), created.time().second()));
        {
            QPdfWriter writer(&buffer);
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            writer.setTitle(doc.metadataTitle);
            writer.setCreator(creator);
            writer.setResolution(1200);
            writer.setPageLayout(
                QPageLayout(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4),
                            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
            writer.setDocumentXmpMetadata(xmp(doc, creator, created));
            Result<int> pages = paint(doc, writer, Documents::pageSizePoints(paper), progress);
            if (!pages)
                return pages.error();
            pageCount = pages.value();
        }
        if (infoCreationDate(out) == created.toString(u"yyyyMMddHHmmss"_s).toLatin1())
            return Pdf{out, pageCount};
    }
    return Error(ErrorCode::Failed, tr("Cannot write the PDF: its creation time kept changing."));
}

namespace {
// The text between `open` and `close` in the XMP packet of a PDF we wrote, unescaped.
QString xmpText(const QByteArray &pdf, const QByteArray &open, const QByteArray &close)
{
    const qsizetype a = pdf.indexOf(open);
    if (a < 0)
        return QString();
    const qsizetype b = pdf.indexOf(close, a);
    if (b < 0 || b - a > 200)
        return QString();
    return QString::fromUtf8(pdf.mid(a + open.size(), b - a - open.size()))
        .replace(u"&amp;"_s, u"&"_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s);
}
} // namespace

QString Renderer::documentIdOfPdf(const QByteArray &pdf)
{
    return xmpText(pdf, "<dc:identifier>", "</dc:identifier>");
}

QByteArray Renderer::contentHashOfPdf(const QByteArray &pdf)
{
    const QString hex = xmpText(pdf, "<dc:source>releasedesk:content-hash:", "</dc:source>");
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    return bytes.size() == 32 ? bytes : QByteArray();
}

QString Renderer::rootFingerprintOfPdf(const QByteArray &pdf)
{
    return xmpText(pdf, "<rdf:li>releasedesk:store-root:", "</rdf:li>");
}

bool Renderer::paintQrCode(QPainter &painter, const QRectF &square, const QString &text)
{
    const QByteArray data = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(data.size()),
                          reinterpret_cast<const unsigned char *>(data.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return false;
    const int n = code->width;
    // The quiet zone of four modules is part of the square.
    const double module = std::min(square.width(), square.height()) / (n + 8);
    QPainterPath path;
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (code->data[y * n + x] & 1)
                path.addRect(QRectF(square.left() + (x + 4) * module,
                                    square.top() + (y + 4) * module, module, module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    path.setFillRule(Qt::WindingFill);
    painter.fillPath(path, Qt::black);
    painter.restore();
    return true;
}

void Renderer::paintChart(QPainter &p, const QRectF &rect, const ChartData &chart)
{
    p.save();
    p.setPen(Qt::black);
    const double titleHeight =
        drawText(p, chart.unit.isEmpty() ? chart.title : chart.title + u" (" + chart.unit + u')',
                 Style::ChartTitle, rect);
    const QRectF plot(rect.left() + pt(42), rect.top() + titleHeight + pt(6),
                      rect.width() - pt(42) - pt(62), rect.height() - titleHeight - pt(6) - pt(22));
    const qsizetype n = chart.values.size();

    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    auto include = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    for (const double v : chart.values)
        include(v);
    for (const auto &line : {chart.centre, chart.ucl, chart.lcl, chart.lsl, chart.usl})
        if (line)
            include(*line);
    if (lo > hi) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo < 1e-12) {
        const double pad = std::abs(hi) > 0 ? std::abs(hi) * 0.1 : 1;
        lo -= pad;
        hi += pad;
    }
    const double padding = (hi - lo) * 0.06;
    lo -= padding;
    hi += padding;
    auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    auto xOf = [&](qsizetype i) {
        return plot.left() + (static_cast<double>(i) + 0.5) * plot.width() /
                                 static_cast<double>(std::max<qsizetype>(1, n));
    };

    // Grid and y axis.
    const double step = niceStep(hi - lo, 6);
    p.setPen(QPen(QColor(0xe2, 0xe2, 0xe2), pt(0.4)));
    for (double v = std::ceil(lo / step) * step; v <= hi; v += step) {
        const double y = yOf(v);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    p.setPen(Qt::black);
    for (double v = std::ceil(lo / step) * step; v <= hi; v += step) {
        const double y = yOf(v);
        drawText(p, axisNumber(v, step), Style::ChartLabel,
                 QRectF(rect.left(), y - pt(4), pt(38), pt(10)), Qt::AlignRight);
    }

    // x axis: point numbers at round intervals.
    if (n > 0) {
        const qsizetype every =
            std::max<qsizetype>(1, static_cast<qsizetype>(niceStep(static_cast<double>(n), 10)));
        for (qsizetype i = 0; i < n; ++i) {
            if ((i + 1) % every != 0 && i != 0)
                continue;
            drawText(p, QString::number(i + 1), Style::ChartLabel,
                     QRectF(xOf(i) - pt(15), plot.bottom() + pt(2), pt(30), pt(10)),
                     Qt::AlignHCenter);
        }
        drawText(p, Renderer::tr("Point (batches in order of manufacture)"), Style::ChartLabel,
                 QRectF(plot.left(), plot.bottom() + pt(11), plot.width(), pt(10)),
                 Qt::AlignHCenter);
    }

    // Limit lines, labelled at the right.
    struct Line
    {
        std::optional<double> value;
        QString label;
        QColor colour;
        Qt::PenStyle style;
    };
    const QList<Line> lines = {
        {chart.usl, tr("USL"), QColor(0x15, 0x65, 0xc0), Qt::DashDotLine},
        {chart.ucl, tr("UCL"), QColor(0xc6, 0x28, 0x28), Qt::DashLine},
        {chart.centre, tr("CL"), QColor(0x2e, 0x7d, 0x32), Qt::SolidLine},
        {chart.lcl, tr("LCL"), QColor(0xc6, 0x28, 0x28), Qt::DashLine},
        {chart.lsl, tr("LSL"), QColor(0x15, 0x65, 0xc0), Qt::DashDotLine},
    };
    for (const Line &line : lines) {
        if (!line.value || !std::isfinite(*line.value))
            continue;
        const double y = yOf(*line.value);
        QPen pen(line.colour, pt(0.8), line.style);
        p.setPen(pen);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(line.colour);
        drawText(p, line.label + u' ' + limitNumber(*line.value), Style::ChartLabel,
                 QRectF(plot.right() + pt(3), y - pt(4), pt(60), pt(10)));
    }

    // The data.
    if (n > 0) {
        QPolygonF polyline;
        for (qsizetype i = 0; i < n; ++i)
            polyline << QPointF(xOf(i), yOf(chart.values.at(i)));
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), pt(0.6)));
        p.drawPolyline(polyline);
        const bool markers = n <= 400;
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF at = polyline.at(i);
            if (chart.flagged.value(i)) {
                const double r = pt(2.4);
                p.fillRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), QColor(0xc6, 0x28, 0x28));
            } else if (markers) {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0x20, 0x20, 0x20));
                p.drawEllipse(at, pt(1.3), pt(1.3));
                p.setBrush(Qt::NoBrush);
            }
        }
    }
    p.setPen(QPen(Qt::black, pt(0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.restore();
}

} // namespace rd::reports
