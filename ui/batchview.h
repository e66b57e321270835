// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/document.h"
#include "review/reviewservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;
class QMenu;

namespace rd {
class Session;
}

namespace rd::ui {

// One batch as QA reviews it: a header band (product, batch, chain of identity, state, the
// signatures so far) over tabs — the exceptions with their dispositions first, then the record
// itself. Every exception jumps to where it points. Signing opens the signature dialog; what
// the core refuses is offered disabled with the core's reason.
class BatchView : public QWidget
{
    Q_OBJECT

public:
    enum Tab {
        ExceptionsTab,
        SummaryTab,
        CustodyTab,
        StepsTab,
        MaterialsTab,
        ResultsTab,
        DeviationsTab,
        EnvironmentTab,
        SignaturesTab,
        AuditTab,
    };

    explicit BatchView(Session &session, QWidget *parent = nullptr);

    // Loads (or reloads) a batch; false with the message shown when it cannot.
    bool showBatch(const QString &batchNumber);
    const QString &batchNumber() const { return m_batch; }
    const BatchReview &review() const { return m_review; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *table(Tab tab) const;
    QString headerText() const;
    // Selects exception `number` (1-based).
    void selectException(int number);
    void nextException();
    // Goes to where the selected exception points.
    void jumpToSelected();
    // Records the disposition typed in the editor for the selected exception.
    bool recordDisposition();
    // Opens the signature dialog for a meaning.
    void sign(Meaning meaning);
    // Asks for another approved specification version, a reason and, for a decided batch, a
    // change control, and re-judges the batch through the core (SpecificationService).
    bool rejudge();
    QAction *signAction(Meaning meaning) const;
    // Back, next/previous batch, next exception, go to, record, sign: with their shortcuts,
    // for the window's Batch menu.
    QList<QAction *> keyboardActions() const;
    QMenu *signMenu() const;
    // The batch's release documents (Ctrl+P: its Certificate of Analysis).
    QMenu *printMenu() const;
    void printDocument(reports::DocumentKind kind);
    QString lastMessage() const;

signals:
    void backRequested();
    void nextBatchRequested(int step); // +1 next, -1 previous
    void changed(const QString &batchNumber);

private:
    void buildHeader();
    void fillExceptions();
    void fillRecord();
    void fillSignatures();
    void fillAudit();
    void updateEditor();
    void updateSignActions();
    void showMessage(const QString &text);

    Session &m_session;
    QString m_batch;
    BatchReview m_review;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_signed = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_identityBanner = nullptr; // a chain of identity in doubt
    QLabel *m_message = nullptr;
    QToolButton *m_signButton = nullptr;
    QMenu *m_signMenu = nullptr;
    QMenu *m_printMenu = nullptr;
    QToolButton *m_printButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QTableWidget *> m_tables;
    QList<QAction *> m_actions;
    QLabel *m_exceptionText = nullptr;
    QLabel *m_history = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLineEdit *m_deviation = nullptr;
    QComboBox *m_outcome = nullptr; // DispositionOutcome ids as item data
    QPushButton *m_record = nullptr;
    QPushButton *m_jump = nullptr;
    QLabel *m_editorNote = nullptr;
};

} // namespace rd::ui
