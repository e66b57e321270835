// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reportflow.h"

#include "core/languages.h"
#include "core/preferences.h"
#include "core/userfiles.h"
#include "reports/documentregistry.h"
#include "reports/renderer.h"
#include "session/session.h"
#include "ui/background.h"
#include "ui/dialogs.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPaintEngine>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

using reports::Document;

// The paper the printer is set to, as the register records it.
QString paperName(const QPrinter &printer)
{
    return printer.pageLayout().pageSize().name();
}

reports::Paper pdfPaper(const QPrinter &printer)
{
    return printer.pageLayout().pageSize().id() == QPageSize::Letter ? reports::Paper::Letter
                                                                     : reports::Paper::A4;
}

void exportPdf(QWidget *parent, Session &session, std::shared_ptr<Document> doc,
               reports::Paper paper)
{
    const QString suggested = doc->documentId +
                              (doc->batchNumber.isEmpty() ? QString() : u'-' + doc->batchNumber) +
                              u".pdf"_s;
    const QString path =
        Dialogs::saveFile(parent, ReportFlow::tr("Export %1 as PDF/A").arg(doc->title), suggested,
                          ReportFlow::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Session *s = &session;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Background::run<Result<reports::IssuedDocument>>(
        parent,
        [s, doc, paper, path]() {
            const ThreadConnection connection(s->store());
            return reports::DocumentRegistry(*s).exportPdf(*doc, paper, path);
        },
        [parent, path](Result<reports::IssuedDocument> issued) {
            QApplication::restoreOverrideCursor();
            if (!issued) {
                Dialogs::warning(parent, ReportFlow::tr("Export PDF/A"), issued.error().message());
                return;
            }
            Dialogs::information(
                parent, ReportFlow::tr("Export PDF/A"),
                ReportFlow::tr("%1 version %2 written to %3 (%n page(s)).", nullptr, issued->pages)
                    .arg(issued->documentId)
                    .arg(issued->version)
                    .arg(QFileInfo(path).fileName()));
        });
}

void showPreview(QWidget *parent, Session &session, std::shared_ptr<Document> doc)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setFullPage(true);
    printer->setDocName(doc->metadataTitle);
    printer->setCreator(u"ReleaseDesk"_s);
    const bool letter = ReportFlow::defaultPaper() == reports::Paper::Letter;
    printer->setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4),
                                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(u"reportPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(ReportFlow::tr("Print preview — %1 %2 (%3)")
                               .arg(doc->title, doc->batchNumber, doc->documentId));
    dialog->resize(1000, 900);
    // The dialog does not own its printer; the printer goes with it.
    QObject::connect(dialog, &QObject::destroyed, qApp, [printer]() { delete printer; });
    Session *s = &session;
    QObject::connect(
        dialog, &QPrintPreviewDialog::paintRequested, dialog, [dialog, s, doc](QPrinter *p) {
            const QSizeF size = p->pageLayout().fullRect(QPageLayout::Point).size();
            // The preview paints into pictures; a real print goes to the printer's own engine.
            const bool printing = p->paintEngine()->type() != QPaintEngine::Picture;
            // "Print to file" in the print dialog writes by name, when painting begins: the
            // file is checked and made private first, as every output of the window is.
            if (printing && !p->outputFileName().isEmpty()) {
                if (const Status ready = UserFiles::prepareOutput(p->outputFileName()); !ready) {
                    Dialogs::warning(dialog, ReportFlow::tr("Print"), ready.error().message());
                    return;
                }
            }
            Result<int> pages = reports::Renderer::paint(*doc, *p, size);
            if (!pages) {
                Dialogs::warning(dialog, ReportFlow::tr("Print"), pages.error().message());
                return;
            }
            if (!printing)
                return;
            Result<reports::IssuedDocument> recorded =
                reports::DocumentRegistry(*s).recordPrinted(*doc, paperName(*p), pages.value());
            if (!recorded)
                Dialogs::warning(dialog, ReportFlow::tr("Print"),
                                 ReportFlow::tr("Printed, but not recorded in the register: %1")
                                     .arg(recorded.error().message()));
        });
    if (auto *bar = dialog->findChild<QToolBar *>()) {
        bar->addSeparator();
        QAction *pdf = bar->addAction(ReportFlow::tr("Export PDF/A…"));
        pdf->setObjectName(u"actionExportPdf"_s);
        pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        pdf->setToolTip(ReportFlow::tr("Write this document as a PDF/A file (Ctrl+E)"));
        QObject::connect(pdf, &QAction::triggered, dialog, [dialog, s, doc, printer]() {
            exportPdf(dialog, *s, doc, pdfPaper(*printer));
        });
    }
    dialog->open();
}

} // namespace

reports::Paper ReportFlow::defaultPaper()
{
    switch (Preferences::paper()) {
    case Preferences::Paper::A4:
        return reports::Paper::A4;
    case Preferences::Paper::Letter:
        return reports::Paper::Letter;
    case Preferences::Paper::Automatic:
        break;
    }
    // The system's units, not the window language's: an English window in Germany prints A4.
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
               ? reports::Paper::Letter
               : reports::Paper::A4;
}

QString ReportFlow::documentLanguage()
{
    const QString chosen = Preferences::documentLanguage();
    return chosen.isEmpty() ? Languages::current() : chosen;
}

void ReportFlow::preview(QWidget *parent, Session &session, reports::ReportRequest request)
{
    request.language = documentLanguage();
    Session *s = &session;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Background::run<Result<Document>>(
        parent,
        [s, request]() -> Result<Document> {
            const ThreadConnection connection(s->store());
            Result<Document> doc = reports::ReportBuilder(*s).build(request);
            if (!doc)
                return doc;
            if (Status p = reports::DocumentRegistry(*s).prepare(doc.value()); !p)
                return p.error();
            return doc;
        },
        [parent, s](Result<Document> doc) {
            QApplication::restoreOverrideCursor();
            if (!doc) {
                Dialogs::warning(parent, tr("Print"), doc.error().message());
                return;
            }
            showPreview(parent, *s, std::make_shared<Document>(std::move(doc.value())));
        });
}

void ReportFlow::verifyDocument(QWidget *parent, Session &session)
{
    const QStringList files =
        Dialogs::openFiles(parent, tr("Verify a document"), QString(), tr("PDF documents (*.pdf)"));
    if (files.isEmpty())
        return;
    const QString path = files.first();
    Session *s = &session;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Background::run<Result<reports::DocumentCheck>>(
        parent,
        [s, path]() {
            const ThreadConnection connection(s->store());
            return reports::DocumentRegistry(*s).verifyPdf(path);
        },
        [parent](Result<reports::DocumentCheck> check) {
            QApplication::restoreOverrideCursor();
            if (!check) {
                Dialogs::warning(parent, tr("Verify a document"), check.error().message());
                return;
            }
            const QString text = check->findings.join(u"\n\n"_s);
            if (check->ok())
                Dialogs::information(parent, tr("Verify a document"), text);
            else
                Dialogs::warning(parent, tr("Verify a document"), text);
        });
}

} // namespace rd::ui
