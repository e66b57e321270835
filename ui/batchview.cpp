// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/batchview.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "review/specificationservice.h"
#include "session/session.h"
#include "ui/reportflow.h"
#include "ui/signdialog.h"
#include "ui/theme.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? toLocalDisplay(t) : QString();
}

QString numberText(const std::optional<Number> &n)
{
    return n ? n->text : QString();
}

QString durationText(qint64 seconds)
{
    const bool negative = seconds < 0;
    seconds = std::abs(seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    const QString text = hours >= 48 ? BatchView::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24)
                                     : BatchView::tr("%1 h %2 min").arg(hours).arg(minutes);
    return negative ? u"−"_s + text : text;
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QString &accessible,
                        const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(objectName);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// Appends a row; cells may carry emphasis through `alarm` (bold, dark red; the text itself
// always says what is wrong).
int addRow(QTableWidget *t, const QStringList &cells, const QList<int> &alarmColumns = {})
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size() && c < t->columnCount(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (alarmColumns.contains(c)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            item->setForeground(statusColour(StatusTone::Alarm));
        }
        t->setItem(row, c, item);
    }
    return row;
}

QString severityMark(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return u"⛔ "_s + ExceptionEngine::severityName(s);
    case Severity::Major:
        return u"▲ "_s + ExceptionEngine::severityName(s);
    case Severity::Minor:
        return u"● "_s + ExceptionEngine::severityName(s);
    case Severity::Info:
        return u"ℹ "_s + ExceptionEngine::severityName(s);
    }
    return {};
}

QString statusText(ResultStatus s)
{
    switch (s) {
    case ResultStatus::Final:
        return BatchView::tr("final");
    case ResultStatus::Pending:
        return BatchView::tr("pending");
    case ResultStatus::Invalidated:
        return BatchView::tr("invalidated");
    }
    return {};
}

} // namespace

BatchView::BatchView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"batchView"_s);
    setAccessibleName(tr("Batch record"));

    // --- The header band.
    auto *back = new QPushButton(tr("◀ &Queue"), this);
    back->setObjectName(u"backToQueue"_s);
    back->setAccessibleName(tr("Back to the queue"));
    back->setToolTip(tr("Back to the queue (Esc or Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &BatchView::backRequested);
    auto *previous = new QPushButton(tr("Previous batch"), this);
    previous->setObjectName(u"previousBatch"_s);
    previous->setAccessibleName(tr("Previous batch"));
    previous->setToolTip(tr("Alt+Page Up"));
    connect(previous, &QPushButton::clicked, this, [this]() { emit nextBatchRequested(-1); });
    auto *next = new QPushButton(tr("Next batch"), this);
    next->setObjectName(u"nextBatch"_s);
    next->setAccessibleName(tr("Next batch"));
    next->setToolTip(tr("Alt+Page Down"));
    connect(next, &QPushButton::clicked, this, [this]() { emit nextBatchRequested(1); });

    m_signMenu = new QMenu(this);
    m_signMenu->setObjectName(u"signMenu"_s);
    for (const Meaning m : Workflow::meanings()) {
        QAction *a = m_signMenu->addAction(Workflow::displayName(m) + u"…"_s);
        a->setObjectName(u"sign_"_s + Workflow::id(m));
        a->setData(static_cast<int>(m));
        connect(a, &QAction::triggered, this, [this, m]() { sign(m); });
    }
    m_signButton = new QToolButton(this);
    m_signButton->setObjectName(u"signButton"_s);
    m_signButton->setAccessibleName(tr("Sign"));
    m_signButton->setText(tr("&Sign…"));
    m_signButton->setToolTip(tr("Sign a decision on this batch (Ctrl+Shift+S)"));
    m_signButton->setPopupMode(QToolButton::InstantPopup);
    m_signButton->setMenu(m_signMenu);
    m_signButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The release documents of this batch, each previewed before it is printed or exported.
    m_printMenu = new QMenu(tr("&Print"), this);
    m_printMenu->setObjectName(u"printMenu"_s);
    const QList<std::pair<reports::DocumentKind, QString>> documents = {
        {reports::DocumentKind::CertificateOfAnalysis, tr("&Certificate of Analysis…")},
        {reports::DocumentKind::ReleaseCertificate, tr("&Release certificate…")},
        {reports::DocumentKind::ReviewReport, tr("Re&view report…")},
        {reports::DocumentKind::AuditTrail, tr("&Audit trail of this batch…")},
    };
    for (const auto &[kind, text] : documents) {
        QAction *a = m_printMenu->addAction(text);
        a->setObjectName(u"print_"_s + reports::Documents::id(kind));
        const reports::DocumentKind k = kind;
        connect(a, &QAction::triggered, this, [this, k]() { printDocument(k); });
    }
    m_printMenu->actions().constFirst()->setShortcut(QKeySequence::Print);
    m_printMenu->actions().constFirst()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_printMenu->actions().constFirst());
    m_printButton = new QToolButton(this);
    m_printButton->setObjectName(u"printButton"_s);
    m_printButton->setAccessibleName(tr("Print"));
    m_printButton->setText(tr("&Print…"));
    m_printButton->setToolTip(tr("Certificate of Analysis (Ctrl+P), release certificate, review "
                                 "report or audit trail: preview, print or export PDF/A"));
    m_printButton->setPopupMode(QToolButton::InstantPopup);
    m_printButton->setMenu(m_printMenu);
    m_printButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_title = new QLabel(this);
    m_title->setObjectName(u"batchTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAccessibleName(tr("Batch"));
    m_facts = new QLabel(this);
    m_facts->setObjectName(u"batchFacts"_s);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_facts->setAccessibleName(tr("Batch facts"));
    m_signed = new QLabel(this);
    m_signed->setObjectName(u"batchSignatures"_s);
    m_signed->setWordWrap(true);
    m_signed->setAccessibleName(tr("Signatures so far"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"exceptionalBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #b00020; color: white; font-weight: bold; "
                            "padding: 6px; }"_s);
    m_banner->setAccessibleName(tr("Exceptional release"));
    m_banner->hide();
    m_identityBanner = new QLabel(this);
    m_identityBanner->setObjectName(u"identityBanner"_s);
    m_identityBanner->setWordWrap(true);
    m_identityBanner->setStyleSheet(u"QLabel { background: #b00020; color: white; font-weight: "
                                    "bold; padding: 6px; }"_s);
    m_identityBanner->setAccessibleName(tr("Chain of identity in doubt"));
    m_identityBanner->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(u"batchMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { "_s + statusStyle(StatusTone::Alarm) + u" }"_s);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(previous);
    buttons->addWidget(next);
    buttons->addStretch(1);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_signButton);

    // --- The tabs.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"batchTabs"_s);
    m_tabs->setAccessibleName(tr("Parts of the batch record"));

    // Exceptions: the list and the disposition editor.
    auto *exceptionsPage = new QWidget(m_tabs);
    exceptionsPage->setObjectName(u"exceptionsPage"_s);
    exceptionsPage->setAccessibleName(tr("Exceptions"));
    QTableWidget *exceptions =
        makeTable(exceptionsPage, u"exceptionsTable"_s, tr("Exceptions"),
                  {tr("#"), tr("Severity"), tr("Category"), tr("Exception"), tr("Disposition")});
    m_exceptionText = new QLabel(exceptionsPage);
    m_exceptionText->setObjectName(u"exceptionText"_s);
    m_exceptionText->setWordWrap(true);
    m_exceptionText->setAccessibleName(tr("Selected exception"));
    m_exceptionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history = new QLabel(exceptionsPage);
    m_history->setObjectName(u"dispositionHistory"_s);
    m_history->setWordWrap(true);
    m_history->setAccessibleName(tr("Disposition history"));
    m_comment = new QPlainTextEdit(exceptionsPage);
    m_comment->setObjectName(u"dispositionComment"_s);
    m_comment->setAccessibleName(tr("Disposition comment"));
    m_comment->setPlaceholderText(tr("Your assessment of this exception and why it is acceptable "
                                     "or what follows from it"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    m_deviation = new QLineEdit(exceptionsPage);
    m_deviation->setObjectName(u"dispositionDeviation"_s);
    m_deviation->setAccessibleName(tr("Deviation reference"));
    m_deviation->setPlaceholderText(
        tr("A deviation of this batch (DEV-2026-0142), or one held elsewhere (external: "
           "QMS-2026-0042); needed where the exception blocks release"));
    m_outcome = new QComboBox(exceptionsPage);
    m_outcome->setObjectName(u"dispositionOutcome"_s);
    m_outcome->setAccessibleName(tr("Outcome"));
    for (const DispositionOutcome o :
         {DispositionOutcome::NoImpact, DispositionOutcome::WithReference,
          DispositionOutcome::NotAcceptable})
        m_outcome->addItem(dispositionOutcomeName(o), dispositionOutcomeId(o));
    m_outcome->setToolTip(tr("Not acceptable: the batch can then only be rejected."));
    m_record = new QPushButton(tr("&Record disposition"), exceptionsPage);
    m_record->setObjectName(u"recordDisposition"_s);
    m_record->setAccessibleName(tr("Record disposition"));
    m_record->setToolTip(tr("Ctrl+Return"));
    m_jump = new QPushButton(tr("&Go to"), exceptionsPage);
    m_jump->setObjectName(u"jumpToException"_s);
    m_jump->setAccessibleName(tr("Go to where the exception points"));
    m_jump->setToolTip(tr("Show where this exception points (Ctrl+G)"));
    m_editorNote = new QLabel(exceptionsPage);
    m_editorNote->setObjectName(u"dispositionNote"_s);
    m_editorNote->setWordWrap(true);
    m_editorNote->setAccessibleName(tr("Who may record dispositions"));
    auto *editor = new QFormLayout;
    editor->setObjectName(u"dispositionForm"_s);
    editor->addRow(tr("Exception:"), m_exceptionText);
    editor->addRow(tr("History:"), m_history);
    editor->addRow(tr("&Outcome:"), m_outcome);
    editor->addRow(tr("&Comment:"), m_comment);
    editor->addRow(tr("&Deviation:"), m_deviation);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_jump);
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_editorNote, 3);
    editorButtons->addWidget(m_record);
    auto *editorBox = new QWidget(exceptionsPage);
    editorBox->setObjectName(u"dispositionEditor"_s);
    editorBox->setAccessibleName(tr("Disposition of the selected exception"));
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(editor);
    editorLayout->addLayout(editorButtons);
    auto *split = new QSplitter(Qt::Vertical, exceptionsPage);
    split->setObjectName(u"exceptionsSplitter"_s);
    split->setAccessibleName(tr("Exceptions and disposition"));
    split->addWidget(exceptions);
    split->addWidget(editorBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *exceptionsLayout = new QVBoxLayout(exceptionsPage);
    exceptionsLayout->addWidget(split);
    connect(exceptions, &QTableWidget::itemSelectionChanged, this, &BatchView::updateEditor);
    connect(exceptions, &QTableWidget::cellDoubleClicked, this, &BatchView::jumpToSelected);
    connect(m_record, &QPushButton::clicked, this, &BatchView::recordDisposition);
    connect(m_jump, &QPushButton::clicked, this, &BatchView::jumpToSelected);

    m_tables = {
        exceptions,
        makeTable(m_tabs, u"summaryTable"_s, tr("Summary"), {tr("Field"), tr("Value")}),
        makeTable(m_tabs, u"custodyTable"_s, tr("Chain of identity and custody"),
                  {tr("Event"), tr("Time"), tr("Since previous"), tr("By"), tr("Location"),
                   tr("Temperature °C"), tr("Check"), tr("Identifier read")}),
        makeTable(m_tabs, u"stepsTable"_s, tr("Process steps"),
                  {tr("Step"), tr("Name"), tr("Equipment"), tr("Started"), tr("Ended"),
                   tr("Operator"), tr("Verifier"), tr("Manual entry"), tr("Parameters"),
                   tr("Notes")}),
        makeTable(m_tabs, u"materialsTable"_s, tr("Materials and equipment"),
                  {tr("Kind"), tr("Code / id"), tr("Name"), tr("Lot"),
                   tr("Expiry / calibration due"), tr("Step"), tr("Check")}),
        makeTable(m_tabs, u"resultsTable"_s, tr("QC results against specification"),
                  {tr("Test"), tr("Sample"), tr("Result"), tr("Specification"), tr("Conclusion"),
                   tr("Status"), tr("Version"), tr("Tested"), tr("Analyst"),
                   tr("Method / instrument")}),
        makeTable(m_tabs, u"deviationsTable"_s, tr("Deviations"),
                  {tr("Id"), tr("Title"), tr("Class"), tr("Status"), tr("Opened"), tr("Closed"),
                   tr("Impact")}),
        makeTable(m_tabs, u"environmentTable"_s, tr("Environmental monitoring"),
                  {tr("Room"), tr("Grade"), tr("Location"), tr("Sampled"), tr("≥0.5 µm/m³"),
                   tr("≥5 µm/m³"), tr("CFU"), tr("Limits (alert / action)"), tr("Check")}),
        makeTable(m_tabs, u"signaturesTable"_s, tr("Signatures"),
                  {tr("Meaning"), tr("Signed by"), tr("Date and time"), tr("Covers the record"),
                   tr("Comment"), tr("Details")}),
        makeTable(m_tabs, u"batchAuditTable"_s, tr("Audit trail of this batch"),
                  {tr("#"), tr("Time"), tr("User"), tr("Action"), tr("Field"), tr("Old value"),
                   tr("New value"), tr("Reason")}),
    };
    m_tabs->addTab(exceptionsPage, tr("E&xceptions"));
    m_tabs->addTab(m_tables.at(SummaryTab), tr("Summary"));
    m_tabs->addTab(m_tables.at(CustodyTab), tr("Identity and custody"));
    m_tabs->addTab(m_tables.at(StepsTab), tr("Steps"));
    m_tabs->addTab(m_tables.at(MaterialsTab), tr("Materials and equipment"));
    m_tabs->addTab(m_tables.at(ResultsTab), tr("QC results"));
    m_tabs->addTab(m_tables.at(DeviationsTab), tr("Deviations"));
    m_tabs->addTab(m_tables.at(EnvironmentTab), tr("Environment"));
    m_tabs->addTab(m_tables.at(SignaturesTab), tr("Signatures"));
    m_tabs->addTab(m_tables.at(AuditTab), tr("Audit trail"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_signed);
    layout->addWidget(m_identityBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    // Keyboard paths, also offered in the window's Batch menu.
    const auto action = [this](const QString &text, const QKeySequence &keys, const QString &name,
                               auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions << a;
        return a;
    };
    action(tr("Back to the &queue"), QKeySequence(Qt::Key_Escape), u"actionBackToQueue"_s,
           [this]() { emit backRequested(); })
        ->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)});
    action(tr("&Next batch"), QKeySequence(Qt::ALT | Qt::Key_PageDown), u"actionNextBatch"_s,
           [this]() { emit nextBatchRequested(1); });
    action(tr("&Previous batch"), QKeySequence(Qt::ALT | Qt::Key_PageUp), u"actionPreviousBatch"_s,
           [this]() { emit nextBatchRequested(-1); });
    action(tr("Next &exception to disposition"), QKeySequence(Qt::Key_F8), u"actionNextException"_s,
           [this]() { nextException(); });
    action(tr("&Go to where the exception points"), QKeySequence(Qt::CTRL | Qt::Key_G),
           u"actionJumpToException"_s, [this]() { jumpToSelected(); });
    action(tr("&Record disposition"), QKeySequence(Qt::CTRL | Qt::Key_Return),
           u"actionRecordDisposition"_s, [this]() { recordDisposition(); });
    action(tr("&Sign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), u"actionSignMenu"_s,
           [this]() { m_signButton->showMenu(); });
    action(tr("&Judge against another specification version…"), QKeySequence(), u"actionRejudge"_s,
           [this]() { rejudge(); });
}

bool BatchView::rejudge()
{
    const QString product = m_review.productCode;
    Result<QList<Specification>> versions = SpecificationService(m_session).versions(product);
    if (!versions) {
        showMessage(versions.error().message());
        return false;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"rejudgeDialog"_s);
    dialog.setWindowTitle(tr("Judge batch %1 against another specification").arg(m_batch));
    auto *note = new QLabel(
        tr("Batch %1 is judged against version %2 of %3. Judged against another approved "
           "version, it goes back through QC approval and review; a decided batch needs change "
           "control and goes on hold.")
            .arg(m_batch, m_review.specVersion.isEmpty() ? tr("none") : m_review.specVersion,
                 product),
        &dialog);
    note->setWordWrap(true);
    auto *version = new QComboBox(&dialog);
    version->setObjectName(u"rejudgeVersion"_s);
    version->setAccessibleName(tr("Specification version"));
    for (const Specification &s : std::as_const(versions.value()))
        if (s.approval && s.version != m_review.specVersion)
            version->addItem(
                tr("version %1 — %2").arg(s.version, SpecificationService::standing(s)), s.version);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(u"rejudgeReason"_s);
    reason->setAccessibleName(tr("Reason"));
    auto *change = new QLineEdit(&dialog);
    change->setObjectName(u"rejudgeChangeControl"_s);
    change->setAccessibleName(tr("Change control"));
    change->setPlaceholderText(tr("A decided batch: CC-2026-014: reason"));
    auto *message = new QLabel(&dialog);
    message->setObjectName(u"rejudgeMessage"_s);
    message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Version:"), version);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Change control:"), change);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Judge against it"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(version->count() > 0);
    if (version->count() == 0)
        message->setText(tr("%1 has no other approved specification version.").arg(product));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&]() {
        // The core decides; the dialog stays open with its reason when it refuses.
        Result<SpecificationService::Rejudged> r = SpecificationService(m_session).rejudge(
            m_batch, version->currentData().toString(), reason->text(), change->text());
        if (!r) {
            message->setText(r.error().message());
            return;
        }
        dialog.accept();
    });
    reason->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showBatch(m_batch);
    emit changed(m_batch);
    return true;
}

QList<QAction *> BatchView::keyboardActions() const
{
    return m_actions;
}

QMenu *BatchView::signMenu() const
{
    return m_signMenu;
}

QMenu *BatchView::printMenu() const
{
    return m_printMenu;
}

void BatchView::printDocument(reports::DocumentKind kind)
{
    if (m_batch.isEmpty())
        return;
    reports::ReportRequest request;
    request.kind = kind;
    request.batchNumber = m_batch;
    ReportFlow::preview(this, m_session, request);
}

QTableWidget *BatchView::table(Tab tab) const
{
    return m_tables.value(tab);
}

QString BatchView::headerText() const
{
    return m_title->text() + u'\n' + m_facts->text() + u'\n' + m_signed->text() +
           (m_identityBanner->isVisible() ? u'\n' + m_identityBanner->text() : QString()) +
           (m_banner->isVisible() ? u'\n' + m_banner->text() : QString());
}

QString BatchView::lastMessage() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void BatchView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool BatchView::showBatch(const QString &batchNumber)
{
    Result<BatchReview> r = ReviewService(m_session).review(batchNumber);
    if (!r) {
        showMessage(r.error().message());
        return false;
    }
    const bool sameBatch = batchNumber == m_batch;
    const int selected = sameBatch ? table(ExceptionsTab)->currentRow() : 0;
    m_batch = batchNumber;
    m_review = std::move(r.value());
    showMessage(QString());
    buildHeader();
    fillExceptions();
    fillRecord();
    fillSignatures();
    fillAudit();
    updateSignActions();
    if (!sameBatch)
        m_tabs->setCurrentIndex(ExceptionsTab);
    if (table(ExceptionsTab)->rowCount() > 0)
        table(ExceptionsTab)
            ->selectRow(std::clamp(selected, 0, table(ExceptionsTab)->rowCount() - 1));
    updateEditor();
    return true;
}

void BatchView::buildHeader()
{
    const BatchReview &r = m_review;
    const QString productName = r.spec ? r.spec->product.name : QString();
    m_title->setText(tr("%1 — %2").arg(r.batchNumber, r.productCode));
    const QString expiry =
        ExceptionEngine::expiryText(r.record.expiresAt, r.state, Clock::instance().nowUtc());
    m_facts->setText(
        tr("%1 · Site %2 · COI %3 · Patient %4 · State: %5 · Planned shipment %6 · Expiry %7")
            .arg(productName.isEmpty() ? r.productCode : productName, r.site, r.coiDin,
                 r.record.coi.patientReference, Workflow::displayName(r.state),
                 timeText(r.plannedShipmentAt), expiry.isEmpty() ? tr("not given") : expiry));
    QStringList signatures;
    for (const Meaning m : {Meaning::QcApproved, Meaning::Reviewed}) {
        QString line = Workflow::displayName(m) + u": "_s + tr("not yet");
        for (const SignatureView &s : r.signatures) {
            if (s.meaning == m)
                line = Workflow::displayName(m) + u": "_s + s.signature.fullName + u", "_s +
                       ESignatures::timeText(s.signature) +
                       (s.coversCurrent ? QString() : tr(" — ✖ NO LONGER COVERS the record"));
        }
        signatures << line;
    }
    QString decision = tr("Decision: none yet");
    for (const SignatureView &s : r.signatures) {
        if (s.meaning && Workflow::isReleaseDecision(*s.meaning))
            decision = tr("Decision: %1 by %2, %3")
                           .arg(Workflow::displayName(*s.meaning), s.signature.fullName,
                                ESignatures::timeText(s.signature));
    }
    signatures << decision;
    m_signed->setText(signatures.join(u"  ·  "_s));
    // Whose material this is comes before everything else: every reason it is in doubt, in
    // full, on the batch itself rather than in a cell of another tab.
    QStringList identity;
    for (const ExceptionView &e : r.exceptions) {
        if (e.exception.category == ExceptionCategory::ChainOfIdentity)
            identity << e.exception.text;
    }
    if (!identity.isEmpty()) {
        m_identityBanner->setText(tr("⚠ CHAIN OF IDENTITY IN DOUBT — no release of any kind:\n%1")
                                      .arg(identity.join(u'\n')));
        m_identityBanner->show();
    } else {
        m_identityBanner->hide();
    }
    if (r.exceptionalRelease()) {
        QString reference;
        for (const SignatureView &s : r.signatures) {
            if (s.meaning == Meaning::ExceptionallyReleased)
                reference = enclosedText(s.signature.physicianRequest);
        }
        m_banner->setText(tr("⚠ EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT at the "
                             "treating physician's request (%1). This batch does not meet its "
                             "specification.")
                              .arg(reference));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void BatchView::fillExceptions()
{
    QTableWidget *t = table(ExceptionsTab);
    t->setRowCount(0);
    for (const ExceptionView &e : m_review.exceptions) {
        QString disposition;
        if (e.dispositioned())
            disposition = u"✔ %1: %2"_s.arg(dispositionOutcomeName(e.disposition->outcome),
                                            enclosedText(e.disposition->comment));
        else if (e.disposition)
            disposition = tr("✖ data changed since the disposition — needs a new one");
        else
            disposition = tr("✖ needs a disposition");
        QList<int> alarm;
        if (e.exception.severity == Severity::Critical)
            alarm << 1;
        const int row = addRow(
            t,
            {QString::number(e.number), severityMark(e.exception.severity),
             ExceptionEngine::categoryName(e.exception.category),
             e.exception.text + (e.exception.blocksRelease ? tr(" [blocks release]") : QString()),
             disposition},
            alarm);
        t->item(row, 0)->setData(Qt::UserRole, e.number);
        if (!e.dispositioned())
            t->item(row, 4)->setForeground(statusColour(StatusTone::Warning));
    }
    t->resizeColumnsToContents();
    t->setColumnWidth(3, std::min(t->columnWidth(3), 700));
    m_tabs->setTabText(
        ExceptionsTab,
        m_review.exceptions.isEmpty()
            ? tr("E&xceptions (none)")
            : tr("E&xceptions (%1, %2 open)").arg(m_review.exceptions.size()).arg(m_review.open()));
}

void BatchView::fillRecord()
{
    const BatchReview &r = m_review;
    const BatchRecord &b = r.record;

    // Which rows an exception points to, by kind and index, to mark them.
    QSet<QString> flagged;
    for (const ExceptionView &e : r.exceptions)
        flagged.insert(QString::number(static_cast<int>(e.exception.target.kind)) + u'|' +
                       (e.exception.target.index >= 0 ? QString::number(e.exception.target.index)
                                                      : e.exception.target.ref));
    const auto isFlagged = [&flagged](ExceptionTarget::Kind kind, const QString &ref) {
        return flagged.contains(QString::number(static_cast<int>(kind)) + u'|' + ref);
    };

    QTableWidget *summary = table(SummaryTab);
    summary->setRowCount(0);
    const QList<std::pair<QString, QString>> fields = {
        {tr("Batch"), b.batchNumber},
        {tr("Product"), b.productCode + (r.spec ? u" — "_s + r.spec->product.name : QString())},
        {tr("Site"), b.site},
        {tr("Master batch record"), b.masterBatchRecordVersion},
        {tr("Started"), timeText(b.startedAt)},
        {tr("Ended"), timeText(b.endedAt)},
        {tr("Record status"), b.recordStatus},
        {tr("Presentation"), b.presentation},
        {tr("Expiry"), timeText(b.expiresAt)},
        {tr("Planned shipment"), timeText(b.plannedShipmentAt)},
        {tr("Treatment centre"), b.coi.treatmentCentre},
        {tr("Specification"),
         r.specVersion.isEmpty() ? tr("none in force") : tr("version %1").arg(r.specVersion)},
        {tr("Record version"), QString::number(r.recordVersion)},
        {tr("Content hash (signed)"), QString::fromLatin1(r.contentHash.toHex())},
        {tr("State"), Workflow::displayName(r.state)},
    };
    for (const auto &[name, value] : fields)
        addRow(summary, {name, value});
    summary->resizeColumnToContents(0);

    QTableWidget *custody = table(CustodyTab);
    custody->setRowCount(0);
    addRow(custody,
           {tr("Chain of identity"), QString(), QString(), QString(), QString(), QString(),
            tr("DIN %1 · patient %2 · collection %3 at %4, %5")
                .arg(b.coi.din, b.coi.patientReference, b.coi.collectionId, b.coi.collectionSite,
                     timeText(b.coi.collectedAt))},
           isFlagged(ExceptionTarget::Kind::Record, u"coi"_s) ? QList<int>{6} : QList<int>{});
    for (qsizetype i = 0; i < b.custody.size(); ++i) {
        const CustodyEvent &c = b.custody.at(i);
        const QString since = i > 0 && c.at.isValid() && b.custody.at(i - 1).at.isValid()
                                  ? durationText(b.custody.at(i - 1).at.secsTo(c.at))
                                  : QString();
        const bool bad = isFlagged(ExceptionTarget::Kind::CustodyEvent, QString::number(i));
        QString read = c.identifier.isEmpty() ? tr("not recorded") : c.identifier;
        const bool sameIdentity = isChainOfIdentity(c.identifier, b.coi.din);
        if (!c.identifier.isEmpty())
            read += sameIdentity ? tr(" = chain of identity") : tr(" ≠ chain of identity");
        QList<int> alarm;
        if (bad)
            alarm << 5 << 6;
        if (!c.identifier.isEmpty() && !sameIdentity)
            alarm << 7;
        addRow(custody,
               {c.event, timeText(c.at), since, c.by, c.location, numberText(c.temperatureC),
                bad ? tr("✖ see exceptions") : tr("ok"), read},
               alarm);
    }
    custody->resizeColumnsToContents();

    QTableWidget *steps = table(StepsTab);
    steps->setRowCount(0);
    for (qsizetype i = 0; i < b.steps.size(); ++i) {
        const ProcessStep &s = b.steps.at(i);
        QStringList parameters;
        for (const ProcessParameter &p : s.parameters)
            parameters << tr("%1 %2 %3 (%4–%5)")
                              .arg(p.name, numberText(p.actual), p.unit, numberText(p.low),
                                   numberText(p.high));
        const bool bad = isFlagged(ExceptionTarget::Kind::Step, QString::number(i));
        addRow(steps,
               {QString::number(s.sequence), s.name, s.equipmentId, timeText(s.startedAt),
                timeText(s.endedAt), s.operatorName,
                s.verifier.isEmpty() ? tr("✖ not verified") : s.verifier,
                s.manualEntry ? tr("yes") : tr("no"), parameters.join(u"; "_s),
                enclosedText(s.notes)},
               bad ? QList<int>{0, 1} : QList<int>{});
    }
    steps->resizeColumnsToContents();

    QTableWidget *materials = table(MaterialsTab);
    materials->setRowCount(0);
    for (qsizetype i = 0; i < b.materials.size(); ++i) {
        const MaterialUse &m = b.materials.at(i);
        const bool bad = isFlagged(ExceptionTarget::Kind::Material, QString::number(i));
        addRow(materials,
               {tr("Material"), m.code, m.name, m.lot,
                QLocale().toString(m.expiry, QLocale::ShortFormat), QString::number(m.step),
                bad ? tr("✖ expired when used") : tr("ok")},
               bad ? QList<int>{4, 6} : QList<int>{});
    }
    for (qsizetype i = 0; i < b.equipment.size(); ++i) {
        const EquipmentUse &e = b.equipment.at(i);
        const bool bad = isFlagged(ExceptionTarget::Kind::Equipment, QString::number(i));
        addRow(materials,
               {tr("Equipment"), e.id, e.name, QString(),
                QLocale().toString(e.calibrationDue, QLocale::ShortFormat), QString(),
                bad ? tr("✖ past calibration when used") : tr("ok")},
               bad ? QList<int>{4, 6} : QList<int>{});
    }
    materials->resizeColumnsToContents();

    QTableWidget *results = table(ResultsTab);
    results->setRowCount(0);
    QHash<QString, const TestStanding *> judged; // result key -> standing
    QHash<QString, SpecTest> tests;
    for (const TestStanding &s : r.standings) {
        tests.insert(s.test.code, s.test);
        if (s.result)
            judged.insert(RecordStore::key(s.result->result.sampleId, s.result->result.testCode,
                                           s.result->result.testedAt),
                          &s);
    }
    for (const TestStanding &s : r.standings) {
        if (s.status == TestStanding::Status::Missing)
            addRow(results,
                   {s.test.code + u" — "_s + s.test.name, QString(), QString(),
                    ExceptionEngine::limitsText(s.test), tr("✖ MISSING"), QString(), QString(),
                    QString(), QString(), s.test.method},
                   {4});
    }
    for (const StoredResult &sr : r.results) {
        const QcResult &q = sr.result;
        const QString key = RecordStore::key(q.sampleId, q.testCode, q.testedAt);
        const TestStanding *standing = judged.value(key);
        QString conclusion = tr("(in-process, not judged)");
        QList<int> alarm;
        if (standing) {
            switch (standing->status) {
            case TestStanding::Status::Conforms:
                conclusion = tr("✔ conforms");
                break;
            case TestStanding::Status::DoesNotConform:
                conclusion = tr("✖ DOES NOT CONFORM");
                alarm << 2 << 4;
                break;
            case TestStanding::Status::Pending:
                conclusion = tr("⧗ pending");
                break;
            case TestStanding::Status::Missing:
                break;
            }
        } else if (q.status == ResultStatus::Invalidated) {
            conclusion = tr("✖ invalidated: %1").arg(enclosedText(q.reason));
        }
        const QString value =
            q.value ? q.value->text + (q.unit.isEmpty() ? QString() : u' ' + q.unit) : q.text;
        const auto test = tests.constFind(q.testCode);
        addRow(results,
               {test != tests.cend() ? q.testCode + u" — "_s + test->name : q.testCode, q.sampleId,
                value, test != tests.cend() ? ExceptionEngine::limitsText(*test) : QString(),
                conclusion, statusText(q.status),
                sr.version > 1 ? tr("v%1 (supersedes v%2)").arg(sr.version).arg(sr.version - 1)
                               : tr("v1"),
                timeText(q.testedAt), q.analyst,
                q.instrument.isEmpty() ? q.method : q.method + u" · "_s + q.instrument},
               alarm);
        results->item(results->rowCount() - 1, 0)->setData(Qt::UserRole, key);
    }
    results->resizeColumnsToContents();
    m_tabs->setTabText(ResultsTab, r.specVersion.isEmpty()
                                       ? tr("QC results")
                                       : tr("QC results (specification v%1)").arg(r.specVersion));

    QTableWidget *deviations = table(DeviationsTab);
    deviations->setRowCount(0);
    for (const Deviation &d : b.deviations) {
        const bool critical = d.deviationClass == DeviationClass::Critical;
        addRow(deviations,
               {d.id, enclosedText(d.title), deviationClassId(d.deviationClass),
                d.open ? tr("OPEN") : tr("closed"), timeText(d.openedAt), timeText(d.closedAt),
                enclosedText(d.impact)},
               d.open ? (critical ? QList<int>{2, 3} : QList<int>{3}) : QList<int>{});
    }
    deviations->resizeColumnsToContents();

    QTableWidget *em = table(EnvironmentTab);
    em->setRowCount(0);
    for (qsizetype i = 0; i < b.em.size(); ++i) {
        const EmSample &s = b.em.at(i);
        const bool bad = isFlagged(ExceptionTarget::Kind::EmSample, QString::number(i));
        addRow(em,
               {s.room, s.grade, s.location, timeText(s.sampledAt), numberText(s.particles05),
                numberText(s.particles5), numberText(s.cfu),
                tr("%1/%2 · %3/%4 · %5/%6")
                    .arg(numberText(s.alert05), numberText(s.action05), numberText(s.alert5),
                         numberText(s.action5), numberText(s.alertCfu), numberText(s.actionCfu)),
                bad ? tr("✖ excursion, see exceptions") : tr("ok")},
               bad ? QList<int>{8} : QList<int>{});
    }
    em->resizeColumnsToContents();
}

void BatchView::fillSignatures()
{
    QTableWidget *t = table(SignaturesTab);
    t->setRowCount(0);
    for (const SignatureView &s : m_review.signatures) {
        QStringList details;
        if (!s.signature.conditions.isEmpty())
            details << tr("pending at signing: %1").arg(s.signature.conditions.join(u", "_s));
        if (!s.signature.physicianRequest.isEmpty())
            details << tr("physician's request %1; risk evaluation: %2")
                           .arg(enclosedText(s.signature.physicianRequest),
                                enclosedText(s.signature.riskEvaluation));
        details << tr("%1 → %2").arg(s.signature.stateFrom, s.signature.stateTo);
        const int row =
            addRow(t,
                   {s.meaning ? Workflow::displayName(*s.meaning) : s.signature.meaning,
                    tr("%1 (%2)").arg(s.signature.fullName, s.signature.userName),
                    ESignatures::timeText(s.signature),
                    s.coversCurrent ? tr("✔ yes") : tr("✖ NO — the record changed after signing"),
                    enclosedText(s.signature.comment), details.join(u"; "_s)},
                   s.coversCurrent ? QList<int>{} : QList<int>{3});
        t->item(row, 0)->setData(Qt::UserRole, s.signature.id);
    }
    t->resizeColumnsToContents();
}

void BatchView::fillAudit()
{
    QTableWidget *t = table(AuditTab);
    t->setRowCount(0);
    AuditQuery q;
    q.entityId = m_batch;
    q.limit = 2000;
    Result<QList<AuditEvent>> events = m_session.audit().read(q);
    if (!events) {
        showMessage(events.error().message()); // an empty tab would say nothing happened
        return;
    }
    for (const AuditEvent &e : std::as_const(events.value()))
        addRow(t,
               {QString::number(e.seq), timeText(e.utc), e.user, audit::displayName(e.entry.action),
                e.entry.field, enclosedText(e.entry.oldValue), enclosedText(e.entry.newValue),
                enclosedText(e.entry.reason)});
    t->resizeColumnsToContents();
}

void BatchView::updateSignActions()
{
    Result<QList<std::pair<Meaning, Status>>> signable = ReviewService(m_session).signable(m_batch);
    bool any = false;
    for (QAction *a : m_signMenu->actions()) {
        const auto meaning = static_cast<Meaning>(a->data().toInt());
        const Status may = ReviewService::signableStatus(signable, meaning);
        a->setEnabled(may.ok());
        a->setToolTip(may.ok() ? Workflow::declaration(meaning) : may.error().message());
        a->setStatusTip(a->toolTip());
        any = any || may.ok();
    }
    m_signMenu->setToolTipsVisible(true);
    m_signButton->setToolTip(
        any ? tr("Sign a decision on this batch (Ctrl+Shift+S)")
            : tr("Nothing you can sign on this batch now; the menu says why."));
}

QAction *BatchView::signAction(Meaning meaning) const
{
    return m_signMenu->findChild<QAction *>(u"sign_"_s + Workflow::id(meaning));
}

void BatchView::selectException(int number)
{
    QTableWidget *t = table(ExceptionsTab);
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0)->data(Qt::UserRole).toInt() == number) {
            m_tabs->setCurrentIndex(ExceptionsTab);
            t->selectRow(row);
            return;
        }
    }
}

void BatchView::nextException()
{
    // The next one that still needs a disposition, after the current one.
    const int count = static_cast<int>(m_review.exceptions.size());
    if (count == 0)
        return;
    const int current = std::max(0, table(ExceptionsTab)->currentRow());
    for (int step = 1; step <= count; ++step) {
        const ExceptionView &e = m_review.exceptions.at((current + step) % count);
        if (!e.dispositioned()) {
            selectException(e.number);
            m_comment->setFocus();
            return;
        }
    }
    selectException(m_review.exceptions.at((current + 1) % count).number);
}

void BatchView::updateEditor()
{
    const int row = table(ExceptionsTab)->currentRow();
    const ExceptionView *e =
        row >= 0 && row < m_review.exceptions.size() ? &m_review.exceptions.at(row) : nullptr;
    m_exceptionText->setText(e ? e->exception.text : tr("No exception selected."));
    QStringList history;
    if (e) {
        for (const Disposition &d : m_review.dispositionHistory) {
            if (d.exceptionKey == e->exception.key)
                history << tr("%1, %2: %3 — %4%5")
                               .arg(d.fullName, timeText(d.at), dispositionOutcomeName(d.outcome),
                                    enclosedText(d.comment),
                                    d.deviationRef.isEmpty()
                                        ? QString()
                                        : tr(" (deviation %1)").arg(enclosedText(d.deviationRef)));
        }
    }
    m_history->setText(history.isEmpty() ? tr("No disposition yet.") : history.join(u'\n'));

    // The core says who may record dispositions and when; the editor follows.
    const Status may = ReviewService(m_session).mayDispose(m_review);
    const QString note = may ? QString() : may.error().message();
    const bool editable = e && note.isEmpty();
    m_comment->setEnabled(editable);
    m_deviation->setEnabled(editable);
    m_outcome->setEnabled(editable);
    m_record->setEnabled(editable);
    m_jump->setEnabled(e != nullptr);
    m_editorNote->setText(note);
    if (editable && e->disposition && e->dispositioned()) {
        m_comment->setPlainText(e->disposition->comment);
        m_deviation->setText(e->disposition->deviationRef);
        m_outcome->setCurrentIndex(
            m_outcome->findData(dispositionOutcomeId(e->disposition->outcome)));
    } else {
        m_comment->clear();
        m_deviation->clear();
        // What the exception allows at best: one that blocks release needs its reference.
        m_outcome->setCurrentIndex(m_outcome->findData(
            dispositionOutcomeId(e && e->exception.blocksRelease ? DispositionOutcome::WithReference
                                                                 : DispositionOutcome::NoImpact)));
    }
}

bool BatchView::recordDisposition()
{
    const int row = table(ExceptionsTab)->currentRow();
    if (row < 0 || row >= m_review.exceptions.size() || !m_record->isEnabled())
        return false;
    const QString key = m_review.exceptions.at(row).exception.key;
    Result<Disposition> d = ReviewService(m_session).dispose(
        m_batch, key, m_comment->toPlainText(), m_deviation->text(),
        dispositionOutcomeFromId(m_outcome->currentData().toString()));
    if (!d) {
        showMessage(d.error().message());
        return false;
    }
    showBatch(m_batch);
    emit changed(m_batch);
    nextException();
    return true;
}

void BatchView::jumpToSelected()
{
    const int row = table(ExceptionsTab)->currentRow();
    if (row < 0 || row >= m_review.exceptions.size())
        return;
    const ExceptionTarget &target = m_review.exceptions.at(row).exception.target;
    Tab tab = SummaryTab;
    int targetRow = -1;
    switch (target.kind) {
    case ExceptionTarget::Kind::Record:
        tab = target.ref == u"coi"_s ? CustodyTab : SummaryTab;
        targetRow = 0;
        break;
    case ExceptionTarget::Kind::CustodyEvent:
        tab = CustodyTab;
        targetRow = target.index >= 0 ? target.index + 1 : 0;
        break;
    case ExceptionTarget::Kind::Step:
        tab = StepsTab;
        targetRow = target.index;
        break;
    case ExceptionTarget::Kind::Material:
        tab = MaterialsTab;
        targetRow = target.index;
        break;
    case ExceptionTarget::Kind::Equipment:
        tab = MaterialsTab;
        targetRow = static_cast<int>(m_review.record.materials.size()) + target.index;
        break;
    case ExceptionTarget::Kind::Deviation:
        tab = DeviationsTab;
        targetRow = target.index;
        break;
    case ExceptionTarget::Kind::EmSample:
        tab = EnvironmentTab;
        targetRow = target.index;
        break;
    case ExceptionTarget::Kind::Result:
    case ExceptionTarget::Kind::Test: {
        tab = ResultsTab;
        QTableWidget *t = table(ResultsTab);
        for (int r = 0; r < t->rowCount(); ++r) {
            const QString key = t->item(r, 0)->data(Qt::UserRole).toString();
            if ((target.kind == ExceptionTarget::Kind::Result && key == target.ref) ||
                (target.kind == ExceptionTarget::Kind::Test &&
                 t->item(r, 0)->text().startsWith(target.ref + u" "_s))) {
                targetRow = r;
                break;
            }
        }
        break;
    }
    case ExceptionTarget::Kind::Signature: {
        tab = SignaturesTab;
        QTableWidget *t = table(SignaturesTab);
        for (int r = 0; r < t->rowCount(); ++r) {
            if (QString::number(t->item(r, 0)->data(Qt::UserRole).toLongLong()) == target.ref)
                targetRow = r;
        }
        break;
    }
    }
    m_tabs->setCurrentIndex(tab);
    QTableWidget *t = table(tab);
    if (targetRow >= 0 && targetRow < t->rowCount()) {
        t->selectRow(targetRow);
        t->scrollToItem(t->item(targetRow, 0), QAbstractItemView::PositionAtCenter);
    }
    t->setFocus();
}

void BatchView::sign(Meaning meaning)
{
    SignDialog dialog(m_session, m_review, meaning, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showBatch(m_batch);
    emit changed(m_batch);
}

} // namespace rd::ui
