// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/specificationspage.h"

#include "accounts/role.h"
#include "core/clock.h"
#include "review/specificationservice.h"
#include "session/session.h"
#include "ui/specapprovaldialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

QTableWidget *readOnlyTable(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, bool italic = false)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (italic) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
        t->setItem(row, c, item);
    }
}

QString limitsText(const SpecTest &t)
{
    if (t.isQualitative())
        return t.expected;
    if (t.lower && t.upper)
        return SpecificationsPage::tr("%1 to %2").arg(t.lower->text, t.upper->text);
    if (t.lower)
        return SpecificationsPage::tr("at least %1").arg(t.lower->text);
    if (t.upper)
        return SpecificationsPage::tr("at most %1").arg(t.upper->text);
    return QString();
}

} // namespace

SpecificationsPage::SpecificationsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"specificationsPage"_s);
    setAccessibleName(tr("Specifications"));
    auto *title = new QLabel(tr("<h2>Specifications</h2>"), this);
    title->setObjectName(u"specificationsTitle"_s);
    auto *note = new QLabel(tr("An administrator imports a specification version as a draft. It "
                               "judges batches once a QA reviewer other than its importer "
                               "approves it, from the date it states or the day of approval, "
                               "whichever is later. A batch keeps the version in force when it "
                               "was made."),
                            this);
    note->setObjectName(u"specificationsNote"_s);
    note->setWordWrap(true);

    m_table = readOnlyTable(this, {tr("Product"), tr("Version"), tr("Stated effective"),
                                   tr("Imported"), tr("Standing")});
    m_table->setObjectName(u"specVersionsTable"_s);
    m_table->setAccessibleName(tr("Specification versions"));

    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(u"approveSpecButton"_s);
    m_approve->setToolTip(tr("Approve the selected draft with your electronic signature."));
    auto *buttons = new QHBoxLayout();
    buttons->addWidget(m_approve);
    buttons->addStretch();

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"specDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tests = readOnlyTable(this, {tr("Test"), tr("Name"), tr("Limits"), tr("Unit"),
                                   tr("Release-critical"), tr("May be pending")});
    m_tests->setObjectName(u"specTestsTable"_s);
    m_tests->setAccessibleName(tr("Tests of the selected version"));
    m_changes = new QListWidget(this);
    m_changes->setObjectName(u"specChanges"_s);
    m_changes->setAccessibleName(tr("What changed from the version before"));

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(u"specSplitter"_s);
    lower->setAccessibleName(tr("Tests and changes"));
    lower->addWidget(m_tests);
    lower->addWidget(m_changes);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(u"specMessage"_s);
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_detail);
    layout->addWidget(lower, 3);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SpecificationsPage::showSelected);
    connect(m_approve, &QPushButton::clicked, this, &SpecificationsPage::approveSelected);
    refresh();
}

void SpecificationsPage::refresh()
{
    const Specification *current = selected();
    const QString product = current ? current->product.code : QString();
    const QString version = current ? current->version : QString();
    Result<QList<Specification>> versions = SpecificationService(m_session).versions();
    m_table->setRowCount(0);
    m_versions.clear();
    if (!versions) {
        m_message->setText(versions.error().message());
        showSelected();
        return;
    }
    m_versions = versions.value();
    m_table->setRowCount(static_cast<int>(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const Specification &s = m_versions.at(row);
        setRow(m_table, row,
               {s.product.code, s.version, dateText(s.effectiveFrom, TimeStyle::Screen),
                tr("%1 by %2").arg(toLocalDisplay(s.importedAt), s.importedBy),
                SpecificationService::standing(s)},
               !s.approval);
    }
    m_table->resizeColumnsToContents();
    if (!product.isEmpty()) {
        select(product, version);
    } else if (!m_versions.isEmpty()) {
        // A draft first: it is what someone has to act on.
        const auto draft = std::find_if(m_versions.cbegin(), m_versions.cend(),
                                        [](const Specification &s) { return !s.approval; });
        m_table->selectRow(
            draft != m_versions.cend() ? static_cast<int>(draft - m_versions.cbegin()) : 0);
    }
    showSelected();
}

const Specification *SpecificationsPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

void SpecificationsPage::select(const QString &product, const QString &version)
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).product.code == product && m_versions.at(row).version == version)
            m_table->selectRow(row);
    }
}

QString SpecificationsPage::message() const
{
    return m_message->text();
}

QStringList SpecificationsPage::shownDifferences() const
{
    QStringList out;
    for (int i = 0; i < m_changes->count(); ++i)
        out << m_changes->item(i)->text();
    return out;
}

void SpecificationsPage::showSelected()
{
    const Specification *s = selected();
    m_tests->setRowCount(0);
    m_changes->clear();
    m_approve->setEnabled(s && !s->approval);
    if (!s) {
        m_detail->setText(m_versions.isEmpty() ? tr("The store has no specifications yet: an "
                                                    "administrator imports them.")
                                               : tr("Select a version to see its tests."));
        return;
    }
    m_detail->setText(tr("<b>%1 version %2</b>: %3<br>%4")
                          .arg(s->product.code.toHtmlEscaped(), s->version.toHtmlEscaped(),
                               s->product.name.toHtmlEscaped(),
                               SpecificationService::standing(*s).toHtmlEscaped()));
    m_tests->setRowCount(static_cast<int>(s->tests.size()));
    for (int row = 0; row < s->tests.size(); ++row) {
        const SpecTest &t = s->tests.at(row);
        setRow(m_tests, row,
               {t.code, t.name, limitsText(t), t.unit, t.releaseCritical ? tr("yes") : tr("no"),
                t.mayBePendingAtRelease ? tr("yes") : tr("no")});
    }
    m_tests->resizeColumnsToContents();
    const Specification *before = SpecificationService::previous(m_versions, *s);
    if (!before) {
        m_changes->addItem(tr("The first version of %1.").arg(s->product.code));
        return;
    }
    m_changes->addItem(tr("Changed from version %1:").arg(before->version));
    const QStringList changes = SpecificationService::differences(before, *s);
    if (changes.isEmpty())
        m_changes->addItem(tr("nothing but the version and dates"));
    for (const QString &c : changes)
        m_changes->addItem(c);
}

void SpecificationsPage::approveSelected()
{
    const Specification *s = selected();
    if (!s || s->approval)
        return;
    SpecApprovalDialog dialog(m_session, *s, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.approved())
        return;
    m_message->setText(tr("Specification %1 version %2: %3.")
                           .arg(dialog.approved()->product.code, dialog.approved()->version,
                                SpecificationService::standing(*dialog.approved())));
    refresh();
    emit approved();
}

} // namespace rd::ui
