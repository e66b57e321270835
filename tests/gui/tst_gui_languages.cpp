// SPDX-License-Identifier: GPL-3.0-or-later
// The window in each language: it starts in Dutch, German and Japanese with every action of
// its menus translated; it changes language while running and keeps the session, the page and
// the search; Settings round-trip through the dialog; the dark palette keeps status colours
// legible; the window remembers its geometry and splitters.
#include "core/languages.h"
#include "core/preferences.h"
#include "support/teststore.h"
#include "support/widgets.h"
#include "ui/mainwindow.h"
#include "ui/queuepage.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::ui;

namespace {

// objectName (or menu title path) → text of every action the menu bar reaches.
QMap<QString, QString> actionTexts(QMenuBar *bar)
{
    QMap<QString, QString> texts;
    const std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu,
                                                                   const QString &path) {
        int i = 0;
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            ++i;
            if (a->isSeparator() || a->text().isEmpty())
                continue;
            const QString key =
                a->objectName().isEmpty() ? path + u'/' + QString::number(i) : a->objectName();
            texts.insert(key, a->text());
            if (a->menu())
                walk(a->menu(), key);
        }
    };
    int i = 0;
    const QList<QAction *> top = bar->actions();
    for (QAction *a : top) {
        const QString key = u"menu"_s + QString::number(++i);
        texts.insert(key, a->text());
        if (a->menu())
            walk(a->menu(), key);
    }
    return texts;
}

// Sources the translators deliberately kept as they are ("Trends", "Audit trail" may be the
// same word in a language): an action may read as the English only when its catalogue says so.
QSet<QString> keptAsSource(const QString &language)
{
    QFile file(qEnvironmentVariable("RELEASEDESK_SOURCE_DIR") + u"/translations/releasedesk_"_s +
               language + u".ts"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression pair(
        u"<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?<translation>([^<]*)</translation>"_s);
    QSet<QString> same;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1) == m.captured(2))
            same.insert(m.captured(1).replace(u"&amp;"_s, u"&"_s));
    }
    return same;
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class tst_GuiLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        rd::test::initTestProcess();
        m_owned = std::make_unique<rd::test::TestStore>();
        QVERIFY(store().isValid());
        QVERIFY(store().addUser(u"rosa"_s, Role::QaReviewer));
    }
    void cleanup() { Languages::install(u"en"_s); }

    void startsInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << u"nl"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("ja") << u"ja"_s;
    }
    void startsInEachLanguage()
    {
        QFETCH(QString, language);
        Languages::install(u"en"_s);
        QMap<QString, QString> english;
        QStringList englishPages;
        {
            MainWindow window(store().open());
            english = actionTexts(window.menuBar());
            auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
            for (int i = 0; i < nav->count(); ++i)
                englishPages << nav->item(i)->text();
        }
        QVERIFY(english.size() > 15);

        QCOMPARE(Languages::install(language), language);
        QVERIFY(Languages::catalogueLoaded(language));
        MainWindow window(store().open());
        const QMap<QString, QString> translated = actionTexts(window.menuBar());
        QCOMPARE(translated.keys(), english.keys());
        const QSet<QString> same = keptAsSource(language);
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (translated.value(it.key()) == it.value() && !same.contains(it.value()))
                untranslated << it.key() + u": "_s + it.value();
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        for (int i = 0; i < nav->count(); ++i) {
            const QString page = nav->item(i)->text();
            QVERIFY2(page != englishPages.value(i) || same.contains(page), qPrintable(page));
        }
        // Qt's own dialogs speak it too (the catalogue of qtbase is installed).
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY2(cancel != u"Cancel"_s, qPrintable(cancel));
        // Dates and numbers follow the language's locale.
        QCOMPARE(QLocale().language(), QLocale(language).language());
        // For looking at it: RELEASEDESK_SHOT_DIR=folder keeps pictures of the window and of
        // its Settings in each language.
        if (const QString dir = qEnvironmentVariable("RELEASEDESK_SHOT_DIR"); !dir.isEmpty()) {
            window.resize(1400, 860);
            window.show();
            QVERIFY(window.showPage(u"trendsPage"_s));
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + u"/window_"_s + language + u".png"_s));
            SettingsDialog settings(window.session(), &window);
            settings.show();
            QTest::qWait(100);
            QVERIFY(settings.grab().save(dir + u"/settings_"_s + language + u".png"_s));
        }
    }

    void switchesWithoutRestart()
    {
        Languages::install(u"en"_s);
        MainWindow window(store().open(u"rosa"_s));
        window.show();
        Session *session = window.session();
        auto *queue = window.findChild<QueuePage *>();
        QVERIFY(queue);
        queue->setSearchText(u"CD19"_s);
        QVERIFY(window.showPage(u"trendsPage"_s));
        const QString storeMenuEnglish = window.menuBar()->actions().first()->text();
        QCOMPARE(storeMenuEnglish, u"&Store"_s);

        Languages::install(u"de"_s);
        QTRY_VERIFY(window.menuBar()->actions().first()->text() != storeMenuEnglish);
        QCOMPARE(window.menuBar()->actions().first()->text(),
                 QCoreApplication::translate("rd::ui::MainWindow", "&Store"));
        QCOMPARE(window.session(), session); // still signed in: no second password
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(nav->item(nav->currentRow())->data(Qt::UserRole).toString(), u"trendsPage"_s);
        QCOMPARE(window.findChild<QueuePage *>()->searchText(), u"CD19"_s);
        QVERIFY(window.findChild<QAction *>(u"actionSettings"_s)->text() != u"Se&ttings…"_s);

        Languages::install(u"en"_s);
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), storeMenuEnglish);
    }

    void settingsRoundTrip()
    {
        MainWindow window(store().open());
        {
            SettingsDialog dialog(window.session(), &window);
            auto *language = rd::test::child<QComboBox>(&dialog, u"settingsLanguage"_s);
            auto *paper = rd::test::child<QComboBox>(&dialog, u"settingsPaper"_s);
            auto *docLanguage = rd::test::child<QComboBox>(&dialog, u"settingsDocumentLanguage"_s);
            auto *chart = rd::test::child<QComboBox>(&dialog, u"settingsChart"_s);
            auto *baseline = rd::test::child<QSpinBox>(&dialog, u"settingsBaseline"_s);
            auto *defaultStore = rd::test::child<QLineEdit>(&dialog, u"settingsDefaultStore"_s);
            auto *lock = rd::test::child<QSpinBox>(&dialog, u"settingsLockMinutes"_s);
            QVERIFY(language && paper && docLanguage && chart && baseline && defaultStore && lock);
            QVERIFY(lock->isEnabled()); // alice is the administrator
            language->setCurrentIndex(language->findData(u"nl"_s));
            paper->setCurrentIndex(paper->findData(u"letter"_s));
            docLanguage->setCurrentIndex(docLanguage->findData(u"en"_s));
            chart->setCurrentIndex(chart->findData(int(Preferences::ChartKind::Histogram)));
            baseline->setValue(25);
            defaultStore->setText(store().path());
            lock->setValue(7);
            QVERIFY(dialog.apply());
        }
        QCOMPARE(Preferences::language(), u"nl"_s);
        QCOMPARE(Languages::current(), u"nl"_s);
        QCOMPARE(Preferences::paper(), Preferences::Paper::Letter);
        QCOMPARE(Preferences::documentLanguage(), u"en"_s);
        QCOMPARE(Preferences::chartKind(), Preferences::ChartKind::Histogram);
        QCOMPARE(Preferences::baselinePoints(), 25);
        QCOMPARE(Preferences::defaultStore(), QDir::toNativeSeparators(store().path()));
        QCOMPARE(window.session()->inactivityMinutes().value(), 7); // the store's, audited
        {
            // A new dialog shows what was saved.
            SettingsDialog again(window.session(), &window);
            QCOMPARE(rd::test::child<QComboBox>(&again, u"settingsLanguage"_s)->currentData(),
                     QVariant(u"nl"_s));
            QCOMPARE(rd::test::child<QSpinBox>(&again, u"settingsBaseline"_s)->value(), 25);
            QCOMPARE(rd::test::child<QSpinBox>(&again, u"settingsLockMinutes"_s)->value(), 7);
        }
        QVERIFY(Preferences::setLanguage(QString()));

        // A reviewer sees the store's lock but cannot change it.
        MainWindow reviewer(store().open(u"rosa"_s));
        SettingsDialog dialog(reviewer.session(), &reviewer);
        QVERIFY(!rd::test::child<QSpinBox>(&dialog, u"settingsLockMinutes"_s)->isEnabled());
        QVERIFY(rd::test::child<QWidget>(&dialog, u"settingsLockNote"_s));
    }

    void statusColoursStayLegible_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Preferences::Theme::Light);
        QTest::newRow("dark") << int(Preferences::Theme::Dark);
    }
    void statusColoursStayLegible()
    {
        QFETCH(int, theme);
        applyTheme(static_cast<Preferences::Theme>(theme));
        const QPalette palette = QApplication::palette();
        for (const StatusTone tone : {StatusTone::Alarm, StatusTone::Warning, StatusTone::Good}) {
            for (const QColor &background :
                 {palette.color(QPalette::Base), palette.color(QPalette::Window)}) {
                const double ratio = contrast(statusColour(tone), background);
                QVERIFY2(ratio >= 4.5, qPrintable(u"contrast %1 of %2 on %3"_s.arg(ratio).arg(
                                           statusColour(tone).name(), background.name())));
            }
        }
        QCOMPARE(palette.color(QPalette::Window).lightness() < 128,
                 theme == int(Preferences::Theme::Dark));
        if (const QString dir = qEnvironmentVariable("RELEASEDESK_SHOT_DIR"); !dir.isEmpty()) {
            MainWindow window(store().open());
            window.resize(1400, 860);
            window.show();
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + u"/theme_%1.png"_s.arg(theme)));
        }
        applyTheme(Preferences::Theme::System);
    }

    void remembersGeometryAndSplitters()
    {
        QList<int> sizes;
        {
            MainWindow window(store().open());
            window.show();
            window.resize(1450, 880);
            auto *split = window.findChild<QSplitter *>(u"mainSplitter"_s);
            QVERIFY(split);
            split->setSizes({300, 1000});
            QCoreApplication::processEvents();
            sizes = split->sizes();
            window.close();
        }
        MainWindow again(store().open());
        again.show();
        QCoreApplication::processEvents();
        QCOMPARE(again.size(), QSize(1450, 880));
        QCOMPARE(again.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    }

private:
    // Made once the test process is set up (libsodium started).
    std::unique_ptr<rd::test::TestStore> m_owned;
    rd::test::TestStore &store() { return *m_owned; }
};

QTEST_MAIN(tst_GuiLanguages)
#include "tst_gui_languages.moc"
