// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues: every message of the code is in every language and finished, with the same
// placeholders and one accelerator where the source has one; no user-visible literal in the
// code escapes tr(); dates read as each language and locale expect; the router translates per
// thread; preferences round-trip and refuse nonsense.
#include "core/clock.h"
#include "core/languages.h"
#include "core/preferences.h"
#include "support/teststore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <thread>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations;
};

// Every message of a catalogue, with its translation or plural forms.
QList<Message> readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path;
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            m.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            m.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            m.type = xml.attributes().value("type"_L1).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == "numerusform"_L1) {
            m.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

QString catalogue(const QString &language)
{
    return qEnvironmentVariable("RELEASEDESK_SOURCE_DIR") + u"/translations/releasedesk_"_s +
           language + u".ts"_s;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(L?\\d+|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

int accelerators(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression entity(u"&[a-z]+;|&#\\d+;"_s);
    text.remove(entity);
    return static_cast<int>(text.count(u'&'));
}

// Calls that hand a user-visible literal with words in it to a widget, an action, a message
// box, an error or the terminal without tr(): (offset, the call).
QList<std::pair<qsizetype, QString>> untranslatedLiterals(const QString &text)
{
    static const QRegularExpression call(
        u"\\b(?:(?:setText|setWindowTitle|setToolTip|setStatusTip|setPlaceholderText|"
        "setAccessibleName|setAccessibleDescription|setWhatsThis|addAction|addMenu|setTitle|"
        "setLabelText|setSuffix|setPrefix|showMessage|addItem|addTab|addRow|"
        "setHeaderLabels|setHorizontalHeaderLabels|warning|information|question|critical|"
        "new Q(?:Label|PushButton|CheckBox|GroupBox|Action|RadioButton|ToolButton|Menu)|"
        "Terminal::(?:out|err))\\(|Error\\(ErrorCode::\\w+,)\\s*"
        "(?:u\"|QStringLiteral\\(\"|QLatin1String(?:View)?\\(\"|\")"
        "(?<literal>(?:[^\"\\\\]|\\\\.)*)\""_s);
    static const QRegularExpression markup(u"<[^>]*>|&[a-z]+;|%\\d+|%n"_s);
    static const QRegularExpression words(u"[A-Za-z]{2,}"_s);
    QList<std::pair<qsizetype, QString>> found;
    for (auto m = call.globalMatch(text); m.hasNext();) {
        const QRegularExpressionMatch hit = m.next();
        QString literal = hit.captured(u"literal"_s);
        literal.remove(markup);
        if (words.match(literal).hasMatch())
            found.append({hit.capturedStart(), hit.captured(0).simplified()});
    }
    return found;
}

QString key(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { rd::test::initTestProcess(); }

    void everyMessageIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("forms");
        QTest::newRow("nl") << u"nl"_s << 2;
        QTest::newRow("de") << u"de"_s << 2;
        QTest::newRow("ja") << u"ja"_s << 1;
    }
    void everyMessageIsFinished()
    {
        QFETCH(QString, language);
        QFETCH(int, forms);
        QString error;
        const QList<Message> messages = readAll(catalogue(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1500);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": \""_s + m.source.left(60) + u'"';
            if (!m.type.isEmpty()) {
                problems << where + u" is "_s + m.type;
                continue;
            }
            if (m.numerus && m.translations.size() != forms) {
                problems << where + u" has %1 plural forms, not %2"_s.arg(m.translations.size())
                                        .arg(forms);
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    problems << where + u" has an empty translation"_s;
                else if (placeholders(t) != placeholders(m.source))
                    problems << where + u" has placeholders "_s + placeholders(t).join(u' ');
                else if (!m.source.contains(u'<') && accelerators(t) != accelerators(m.source))
                    problems << where + u" has %1 accelerators"_s.arg(accelerators(t));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s):\n"_s.arg(problems.size()) +
                                                problems.mid(0, 30).join(u'\n')));
    }

    // lupdate over the code now finds no message that a catalogue lacks: a new tr() without
    // a refreshed, translated catalogue fails here.
    void catalogueCoversTheCode()
    {
        const QString lupdate = qEnvironmentVariable("RELEASEDESK_LUPDATE");
        QVERIFY2(QFile::exists(lupdate), "RELEASEDESK_LUPDATE names no lupdate");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = qEnvironmentVariable("RELEASEDESK_SOURCE_DIR");
        const QString fresh = dir.filePath(u"fresh.ts"_s);
        QProcess p;
        // The include paths let lupdate see each class's namespace, as the build's target does.
        p.start(lupdate, {u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s,
                          source, u"-I"_s, source + u"/app"_s, source + u"/app"_s,
                          source + u"/ui"_s, u"-ts"_s, fresh});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QString error;
        const QList<Message> code = readAll(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(code.size() > 1500);
        for (const QString &language : {u"nl"_s, u"de"_s, u"ja"_s}) {
            QSet<QString> known;
            for (const Message &m : readAll(catalogue(language), &error))
                known.insert(key(m));
            QStringList missing;
            for (const Message &m : code) {
                if (!known.contains(key(m)))
                    missing << m.context + u": \""_s + m.source.left(60) + u'"';
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(language +
                                u" lacks %1 message(s); run the update_translations "
                                "target and translate them:\n"_s.arg(missing.size()) +
                                missing.mid(0, 20).join(u'\n')));
        }
    }

    // A user-visible literal handed to a widget, an action, a message box or an error without
    // tr() would stay English in every language.
    void noLiteralEscapesTranslation()
    {
        const QString source = qEnvironmentVariable("RELEASEDESK_SOURCE_DIR");
        QStringList found;
        for (const QString &dir : {u"/app"_s, u"/ui"_s}) {
            QDirIterator it(source + dir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (const auto &[offset, call] : untranslatedLiterals(text)) {
                    const int line = static_cast<int>(text.left(offset).count(u'\n')) + 1;
                    found << path.mid(source.size() + 1) + u':' + QString::number(line) + u": "_s +
                                 call;
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(u"not wrapped in tr():\n"_s + found.join(u'\n')));
    }

    // The scanner that noLiteralEscapesTranslation runs: what it must catch and what not.
    void scannerFindsUnwrappedLiterals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("caught");
        QTest::newRow("label") << u"label->setText(u\"Batch released\"_s);"_s << true;
        QTest::newRow("wrapped") << u"label->setText(tr(\"Batch released\"));"_s << false;
        QTest::newRow("new button")
            << u"auto *b = new QPushButton(QStringLiteral(\"Sign\"), this);"_s << true;
        QTest::newRow("error") << u"return Error(ErrorCode::Io,\n    u\"Disk full\"_s);"_s << true;
        QTest::newRow("markup only") << u"w->setText(u\"<b>%1</b>\"_s.arg(x));"_s << false;
        QTest::newRow("object name") << u"w->setObjectName(u\"signButton\"_s);"_s << false;
    }
    void scannerFindsUnwrappedLiterals()
    {
        QFETCH(QString, code);
        QFETCH(bool, caught);
        QCOMPARE(!untranslatedLiterals(code).isEmpty(), caught);
    }

    void printedDatesAreUnambiguous_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"en"_s << u"03-Apr-2026"_s;
        QTest::newRow("nl") << u"nl"_s << u"03-apr-2026"_s;
        QTest::newRow("de") << u"de"_s << u"03. Apr 2026"_s;
        QTest::newRow("ja") << u"ja"_s << u"2026年4月03日"_s;
    }
    void printedDatesAreUnambiguous()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        Languages::install(u"en"_s);
        QVERIFY(Languages::catalogueLoaded(language));
        const ScopedLanguage in(language);
        QCOMPARE(dateText(QDate(2026, 4, 3), TimeStyle::Document), expected);
        QCOMPARE(Languages::current(), language);
    }

    void screenDatesFollowTheLocale()
    {
        const QDateTime t(QDate(2026, 4, 3), QTime(14, 5, 9), Qt::UTC);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(dateTimeText(t, TimeStyle::Screen), u"03.04.2026 14:05:09"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(dateText(t.date(), TimeStyle::Screen), u"4/3/2026"_s);
        QVERIFY(dateTimeText(t, TimeStyle::Screen).contains(u"2:05:09"_s));
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(dateText(t.date(), TimeStyle::Screen), u"2026/04/03"_s);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(dateTimeText(t, TimeStyle::Screen), u"2026-04-03 14:05:09"_s);
    }

    // The screen speaks Dutch while a worker thread builds a document in English, and the
    // other way round: each thread gets its own language.
    void languageIsPerThread()
    {
        Languages::install(u"nl"_s);
        const char *context = "rd::reports::Documents";
        const char *source = "Certificate of Analysis";
        const QString dutch = QCoreApplication::translate(context, source);
        QVERIFY(dutch != QLatin1StringView(source));
        QString onWorker;
        QString onWorkerJapanese;
        std::thread worker([&]() {
            {
                const ScopedLanguage english(u"en"_s);
                onWorker = QCoreApplication::translate(context, source);
            }
            const ScopedLanguage japanese(u"ja"_s);
            onWorkerJapanese = QCoreApplication::translate(context, source);
        });
        worker.join();
        QCOMPARE(onWorker, QLatin1StringView(source));
        QVERIFY(onWorkerJapanese != dutch && onWorkerJapanese != QLatin1StringView(source));
        QCOMPARE(QCoreApplication::translate(context, source), dutch);
        Languages::install(u"en"_s);
        QCOMPARE(QCoreApplication::translate(context, source), QLatin1StringView(source));
    }

    void preferencesRoundTrip()
    {
        QVERIFY(Preferences::setLanguage(u"ja"_s));
        QCOMPARE(Preferences::language(), u"ja"_s);
        QVERIFY(Preferences::setLanguage(QString()));
        QCOMPARE(Preferences::language(), QString());
        const Status bad = Preferences::setLanguage(u"fr"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message().contains(u"\"fr\""_s));
        QCOMPARE(Preferences::language(), QString());

        QVERIFY(Preferences::setDocumentLanguage(u"en"_s));
        QCOMPARE(Preferences::documentLanguage(), u"en"_s);
        Preferences::setPaper(Preferences::Paper::Letter);
        QCOMPARE(Preferences::paper(), Preferences::Paper::Letter);
        Preferences::setChartKind(Preferences::ChartKind::LeveyJennings);
        QCOMPARE(Preferences::chartKind(), Preferences::ChartKind::LeveyJennings);
        QVERIFY(Preferences::setBaselinePoints(30));
        QCOMPARE(Preferences::baselinePoints(), 30);
        QVERIFY(!Preferences::setBaselinePoints(1));
        QCOMPARE(Preferences::baselinePoints(), 30);
        Preferences::setRuleSet(Preferences::RuleSet::Westgard);
        QCOMPARE(Preferences::ruleSet(), Preferences::RuleSet::Westgard);
        Preferences::setTheme(Preferences::Theme::Dark);
        QCOMPARE(Preferences::theme(), Preferences::Theme::Dark);
        Preferences::setDefaultStore(u"/srv/qa/Leiden.rdstore"_s);
        QCOMPARE(Preferences::defaultStore(), u"/srv/qa/Leiden.rdstore"_s);

        Preferences::clearRecentStores();
        for (int i = 0; i < Preferences::kMaxRecentStores + 3; ++i)
            Preferences::rememberStore(u"/srv/qa/S%1.rdstore"_s.arg(i), u"rosa"_s);
        Preferences::rememberStore(u"/srv/qa/S4.rdstore"_s, u"pieter"_s);
        const QStringList recent = Preferences::recentStores();
        QCOMPARE(recent.size(), Preferences::kMaxRecentStores);
        QCOMPARE(recent.first(), u"/srv/qa/S4.rdstore"_s);
        QCOMPARE(recent.count(u"/srv/qa/S4.rdstore"_s), 1);
        QCOMPARE(Preferences::lastUser(), u"pieter"_s);

        // Values edited by hand into nonsense read as the defaults.
        QSettings settings;
        settings.setValue(u"language"_s, u"klingon"_s);
        settings.setValue(u"documents/paper"_s, u"a3"_s);
        settings.setValue(u"trends/baselinePoints"_s, u"-4"_s);
        settings.setValue(u"appearance/theme"_s, 17);
        QCOMPARE(Preferences::language(), QString());
        QCOMPARE(Preferences::paper(), Preferences::Paper::Automatic);
        QCOMPARE(Preferences::baselinePoints(), 20);
        QCOMPARE(Preferences::theme(), Preferences::Theme::System);
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
