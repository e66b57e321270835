// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assigndialog.h"

#include "core/clock.h"
#include "records/inbox.h"
#include "records/recordstore.h"
#include "session/session.h"
#include "ui/formwidgets.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

AssignDialog::AssignDialog(Session &session, const QList<InboxItem> &items, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"assignDialog"_s);
    setWindowTitle(tr("Assign results to a QC sample"));
    QSet<QString> samples;
    QStringList tests;
    for (const InboxItem &item : items) {
        m_ids << item.id;
        samples.insert(item.result.sampleId);
        tests << item.result.testCode;
    }
    auto *what = new QLabel(
        tr("%n result(s) (%1) measured on \"%2\".", nullptr, static_cast<int>(items.size()))
            .arg(tests.join(u", "_s), QStringList(samples.cbegin(), samples.cend()).join(u", "_s)),
        this);
    what->setObjectName(u"assignWhat"_s);
    what->setWordWrap(true);

    // The product first: samples are offered only of the product chosen, never by time alone.
    m_product = new QComboBox(this);
    m_product->setObjectName(u"assignProduct"_s);
    m_product->setAccessibleName(tr("Product"));
    m_product->addItem(tr("Choose the product the sample is of…"), QString());
    const Result<QList<Specification>> specs =
        RecordStore(m_session.store().connection()).specifications();
    QStringList products;
    if (specs)
        for (const Specification &spec : specs.value())
            if (!products.contains(spec.product.code)) {
                products << spec.product.code;
                m_product->addItem(spec.product.code + u" — "_s + spec.product.name,
                                   spec.product.code);
            }

    m_sample = new QComboBox(this);
    m_sample->setObjectName(u"assignSample"_s);
    m_sample->setAccessibleName(tr("QC sample"));
    m_sample->setEditable(true);
    m_sample->setInsertPolicy(QComboBox::NoInsert);
    m_sample->setMinimumContentsLength(48);
    m_sample->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sample->view()->setTextElideMode(Qt::ElideNone);
    m_sample->lineEdit()->setPlaceholderText(tr("Sample id, or choose the product first"));

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"assignReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why these results belong to that sample"));

    m_changeControl = new QLineEdit(this);
    m_changeControl->setObjectName(u"assignChangeControl"_s);
    m_changeControl->setAccessibleName(tr("Change control"));
    m_changeControl->setPlaceholderText(
        tr("Only for a decided batch, e.g. CC-2026-014: repeat count after a counter fault"));
    m_changeControl->setToolTip(
        tr("A released or rejected batch changes only under change control: it goes on hold "
           "and its review and decision are signed again."));

    m_message = new FormMessage(u"assignMessage"_s, this);
    if (!specs)
        m_message->showMessage(specs.error().message());

    auto *form = new QFormLayout();
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Sample:"), m_sample);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Change control:"), m_changeControl);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Assign"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"assignButton"_s);
    m_ok->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::assign);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_product, &QComboBox::currentIndexChanged, this, &AssignDialog::offerSamples);
    connect(m_sample, &QComboBox::editTextChanged, this, &AssignDialog::updateButton);
    connect(m_reason, &QLineEdit::textChanged, this, &AssignDialog::updateButton);
    updateButton();
}

void AssignDialog::offerSamples()
{
    m_sample->clear();
    const QString product = m_product->currentData().toString();
    if (product.isEmpty())
        return;
    const Result<QList<SampleChoice>> choices = Inbox(m_session).candidates(m_ids, product);
    if (!choices) { // a shorter list of samples would pass for all there are
        m_message->showMessage(choices.error().message());
        return;
    }
    // Each line names whose cells the sample is of, so that a look-alike time proves nothing.
    for (const SampleChoice &c : choices.value())
        m_sample->addItem(tr("%1 — batch %2, COI %3, patient %4, drawn %5")
                              .arg(c.sampleId, c.batchNumber, c.coiDin, c.patientReference,
                                   toLocalDisplay(c.drawnAt)),
                          c.sampleId);
    int widest = 0;
    for (int i = 0; i < m_sample->count(); ++i)
        widest = std::max(widest, m_sample->fontMetrics().horizontalAdvance(m_sample->itemText(i)));
    m_sample->view()->setMinimumWidth(widest + 40);
    m_sample->setCurrentIndex(-1);
    m_sample->setEditText(QString());
    if (choices->isEmpty())
        m_message->showMessage(tr("No sample of %1 was drawn in the three days before these "
                                  "results were measured.")
                                   .arg(product));
    else
        m_message->clearMessage();
}

QString AssignDialog::sampleId() const
{
    // A chosen line carries the bare id; typed text is the id itself.
    const int index = m_sample->findText(m_sample->currentText());
    if (index >= 0)
        return m_sample->itemData(index).toString();
    return m_sample->currentText().trimmed();
}

QString AssignDialog::message() const
{
    return m_message->message();
}

void AssignDialog::updateButton()
{
    m_ok->setEnabled(!sampleId().isEmpty() && !m_reason->text().trimmed().isEmpty());
}

void AssignDialog::assign()
{
    if (!m_ok->isEnabled())
        return;
    const Status done =
        Inbox(m_session).assign(m_ids, sampleId(), m_reason->text(), m_changeControl->text());
    if (!done) {
        m_message->showMessage(done.error().message());
        return;
    }
    accept();
}

} // namespace rd::ui
