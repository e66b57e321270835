// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportbuilder.h"

#include <QCoreApplication>

class QWidget;

namespace rd {
class Session;
}

namespace rd::ui {

// Release documents in the window (docs/DESIGN.md section 11): the document is built off the GUI
// thread and shown in the print preview, with page set-up and printing to any printer; "Export
// PDF/A…" in its tool bar writes the file off the GUI thread. Every print and export goes into
// the document register, as on the command line.
class ReportFlow
{
    Q_DECLARE_TR_FUNCTIONS(rd::ui::ReportFlow)

public:
    // Builds the document, in the language Settings chose for documents (the screen's by
    // default), and opens its preview (window-modal, not blocking).
    static void preview(QWidget *parent, Session &session, reports::ReportRequest request);
    // The paper Settings chose; by default Letter where the locale measures in inches, else A4.
    static reports::Paper defaultPaper();
    static QString documentLanguage();
    // Asks for a PDF and says whether it matches the register and the record.
    static void verifyDocument(QWidget *parent, Session &session);
};

} // namespace rd::ui
