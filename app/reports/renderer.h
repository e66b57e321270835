// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "reports/document.h"

#include <QCoreApplication>
#include <QSizeF>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace rd::reports {

// Lays a Document out on pages and paints them: the header (title, product, batch) and the
// footer ("Page n of m", document id, version and hash, who printed it and when, the QR code)
// on every page, table header rows repeated where a table runs over, charts as vector
// graphics, and the diagonal draft watermark under the content of every page of a draft.
// The same code paints PDF files, printers and the print preview. It uses fonts, so it needs a
// QGuiApplication, but no widget and no GUI thread.
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(rd::reports::Renderer)

public:
    // Called after each page with (pages painted, pages in all); return false to cancel.
    using Progress = std::function<bool(int, int)>;

    // How many pages the document takes on paper of this size (points).
    static int pageCount(const Document &doc, const QSizeF &pagePoints);
    // Paints every page on `device`, which must be at its first, empty page with a full-page
    // layout of `pagePoints`. Returns the number of pages.
    static Result<int> paint(const Document &doc, QPagedPaintDevice &device,
                             const QSizeF &pagePoints, const Progress &progress = {});
    struct Pdf
    {
        QByteArray bytes;
        int pages = 0;
    };
    // The document as a PDF/A-1b file with title, author and subject in its XMP metadata and
    // the document id as its dc:identifier.
    static Result<Pdf> pdf(const Document &doc, Paper paper, const Progress &progress = {});
    // The document id a PDF written by pdf() carries, read from its metadata; empty if none.
    static QString documentIdOfPdf(const QByteArray &pdf);
    // The content hash and the store root a PDF we wrote carries in its metadata; empty when
    // it carries none.
    static QByteArray contentHashOfPdf(const QByteArray &pdf);
    static QString rootFingerprintOfPdf(const QByteArray &pdf);

    // Draws a QR code of `text` filling `square` (vector: one rectangle per dark module).
    static bool paintQrCode(QPainter &painter, const QRectF &square, const QString &text);
    // Draws a control chart in `rect` (points).
    static void paintChart(QPainter &painter, const QRectF &rect, const ChartData &chart);
};

} // namespace rd::reports
