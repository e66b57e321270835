// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include "core/languages.h"
#include "session/session.h"
#include "ui/dialogs.h"
#include "ui/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

// "" with `followText` first, then every language in its own name; `current` selected.
void addLanguages(QComboBox *box, const QString &followText, const QString &current)
{
    box->addItem(followText, QString());
    for (const QString &code : Languages::codes())
        box->addItem(Languages::nativeName(code), code);
    selectData(box, current);
}

} // namespace

SettingsDialog::SettingsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"settingsLanguage"_s);
    addLanguages(m_language,
                 tr("System language (%1)")
                     .arg(Languages::nativeName(Languages::forLocale(QLocale::system()))),
                 Preferences::language());

    m_defaultStore = new QLineEdit(Preferences::defaultStore(), this);
    m_defaultStore->setObjectName(u"settingsDefaultStore"_s);
    m_defaultStore->setPlaceholderText(tr("the store opened last"));
    m_defaultStore->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"settingsBrowseStore"_s);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseStore);
    auto *forget = new QPushButton(tr("&Forget recent stores"), this);
    forget->setObjectName(u"settingsForgetRecent"_s);
    forget->setEnabled(!Preferences::recentStores().isEmpty());
    connect(forget, &QPushButton::clicked, this, [forget]() {
        Preferences::clearRecentStores();
        forget->setEnabled(false);
    });
    auto *storeRow = new QHBoxLayout();
    storeRow->addWidget(m_defaultStore, 1);
    storeRow->addWidget(browse);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(u"settingsPaper"_s);
    m_paper->addItem(tr("By the system's measurement units (A4 or Letter)"),
                     Preferences::paperId(Preferences::Paper::Automatic));
    m_paper->addItem(tr("A4"), Preferences::paperId(Preferences::Paper::A4));
    m_paper->addItem(tr("US Letter"), Preferences::paperId(Preferences::Paper::Letter));
    selectData(m_paper, Preferences::paperId(Preferences::paper()));
    m_documentLanguage = new QComboBox(this);
    m_documentLanguage->setObjectName(u"settingsDocumentLanguage"_s);
    addLanguages(m_documentLanguage, tr("The language of the window"),
                 Preferences::documentLanguage());

    m_chart = new QComboBox(this);
    m_chart->setObjectName(u"settingsChart"_s);
    m_chart->addItem(tr("I and MR chart"), int(Preferences::ChartKind::IndividualsMovingRange));
    m_chart->addItem(tr("Levey-Jennings"), int(Preferences::ChartKind::LeveyJennings));
    m_chart->addItem(tr("Histogram and capability"), int(Preferences::ChartKind::Histogram));
    selectData(m_chart, int(Preferences::chartKind()));
    m_baseline = new QSpinBox(this);
    m_baseline->setObjectName(u"settingsBaseline"_s);
    m_baseline->setRange(Preferences::kMinBaselinePoints, Preferences::kMaxBaselinePoints);
    m_baseline->setValue(Preferences::baselinePoints());
    m_baseline->setSuffix(tr(" points"));
    m_rules = new QComboBox(this);
    m_rules->setObjectName(u"settingsRules"_s);
    m_rules->addItem(tr("Nelson tests"), int(Preferences::RuleSet::Nelson));
    m_rules->addItem(tr("Westgard rules"), int(Preferences::RuleSet::Westgard));
    selectData(m_rules, int(Preferences::ruleSet()));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"settingsTheme"_s);
    m_theme->addItem(tr("As the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    selectData(m_theme, int(Preferences::theme()));

    auto *general = new QGroupBox(tr("This workstation"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(tr("&Theme:"), m_theme);
    generalForm->addRow(tr("Default &store:"), storeRow);
    generalForm->addRow(QString(), forget);

    auto *documents = new QGroupBox(tr("Printed documents"), this);
    auto *documentForm = new QFormLayout(documents);
    documentForm->addRow(tr("&Paper:"), m_paper);
    documentForm->addRow(tr("Print &in:"), m_documentLanguage);

    auto *charts = new QGroupBox(tr("New trend charts"), this);
    auto *chartForm = new QFormLayout(charts);
    chartForm->addRow(tr("&Chart:"), m_chart);
    chartForm->addRow(tr("&Baseline:"), m_baseline);
    chartForm->addRow(tr("&Rules:"), m_rules);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(documents);
    layout->addWidget(charts);

    if (m_session) {
        auto *store = new QGroupBox(tr("This store (every workstation)"), this);
        auto *storeForm = new QFormLayout(store);
        m_lockMinutes = new QSpinBox(this);
        m_lockMinutes->setObjectName(u"settingsLockMinutes"_s);
        m_lockMinutes->setRange(1, Session::kMaxInactivityMinutes);
        m_lockMinutes->setSuffix(tr(" min"));
        const Result<int> minutes = m_session->inactivityMinutes();
        m_storedLockMinutes = minutes ? minutes.value() : Session::kDefaultInactivityMinutes;
        m_lockMinutes->setValue(m_storedLockMinutes);
        const bool admin = m_session->user().role == Role::Administrator;
        m_lockMinutes->setEnabled(admin);
        storeForm->addRow(tr("Lock after &inactivity:"), m_lockMinutes);
        if (!admin) {
            auto *note = new QLabel(tr("Set by an administrator."), this);
            note->setObjectName(u"settingsLockNote"_s);
            storeForm->addRow(QString(), note);
        }
        layout->addWidget(store);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(u"settingsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { "_s + statusStyle(StatusTone::Alarm) + u" }"_s);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"settingsButtons"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (const Status s = apply(); !s) {
            m_message->setText(s.error().message());
            m_message->show();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::browseStore()
{
    const QString start =
        m_defaultStore->text().isEmpty() ? QDir::homePath() : m_defaultStore->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Default store"), start);
    if (!dir.isEmpty())
        m_defaultStore->setText(QDir::toNativeSeparators(dir));
}

Status SettingsDialog::apply()
{
    // The store's setting first: when it is refused, nothing else changes either.
    if (m_session && m_lockMinutes && m_lockMinutes->isEnabled() &&
        m_lockMinutes->value() != m_storedLockMinutes) {
        if (Status s = m_session->setInactivityMinutes(m_lockMinutes->value()); !s)
            return s;
        m_storedLockMinutes = m_lockMinutes->value();
        emit inactivityMinutesChanged(m_storedLockMinutes);
    }
    const QString language = m_language->currentData().toString();
    const QString documentLanguage = m_documentLanguage->currentData().toString();
    if (Status s = Preferences::setLanguage(language); !s)
        return s;
    if (Status s = Preferences::setDocumentLanguage(documentLanguage); !s)
        return s;
    Preferences::setDefaultStore(m_defaultStore->text().trimmed());
    Preferences::setPaper(Preferences::paperFromId(m_paper->currentData().toString()));
    Preferences::setChartKind(static_cast<Preferences::ChartKind>(m_chart->currentData().toInt()));
    if (Status s = Preferences::setBaselinePoints(m_baseline->value()); !s)
        return s;
    Preferences::setRuleSet(static_cast<Preferences::RuleSet>(m_rules->currentData().toInt()));
    const auto theme = static_cast<Preferences::Theme>(m_theme->currentData().toInt());
    if (theme != Preferences::theme()) {
        Preferences::setTheme(theme);
        applyTheme(theme);
    }
    const QString wanted = language.isEmpty() ? Languages::forLocale(QLocale::system()) : language;
    if (wanted != Languages::current())
        Languages::install(language);
    return {};
}

} // namespace rd::ui
