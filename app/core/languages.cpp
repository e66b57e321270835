// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages.h"

#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <array>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr int kLanguages = 4;
constexpr std::array<const char *, kLanguages> kCodes = {"en", "nl", "de", "ja"};
constexpr int kNoOverride = -1;

thread_local int t_override = kNoOverride;

int indexOf(const QString &code)
{
    for (int i = 0; i < kLanguages; ++i) {
        if (code == QLatin1StringView(kCodes[static_cast<size_t>(i)]))
            return i;
    }
    return -1;
}

// Our one installed translator: it answers in the screen's language, or in the language a
// ScopedLanguage set on the asking thread. The catalogues are loaded once, on the GUI thread,
// and only read afterwards, so any thread may ask.
class Router : public QTranslator
{
public:
    explicit Router(QObject *parent)
        : QTranslator(parent)
    {
        for (int i = 1; i < kLanguages; ++i) {
            auto catalogue = std::make_unique<QTranslator>();
            const QString name = u"releasedesk_"_s + QLatin1StringView(kCodes[size_t(i)]);
            for (const QString &dir : Languages::searchPaths()) {
                if (catalogue->load(name, dir)) {
                    m_catalogues[size_t(i)] = std::move(catalogue);
                    break;
                }
            }
        }
    }

    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        const int language =
            t_override != kNoOverride ? t_override : m_screen.load(std::memory_order_relaxed);
        const auto &catalogue = m_catalogues[size_t(language)];
        return catalogue ? catalogue->translate(context, source, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return false; }

    bool loaded(int language) const { return language == 0 || m_catalogues[size_t(language)]; }
    int screen() const { return m_screen.load(); }
    void setScreen(int language) { m_screen.store(language); }

private:
    std::array<std::unique_ptr<QTranslator>, kLanguages> m_catalogues;
    std::atomic<int> m_screen{0};
};

QPointer<Router> g_router;
QPointer<QTranslator> g_qtCatalogue;

} // namespace

QStringList Languages::codes()
{
    QStringList list;
    for (const char *c : kCodes)
        list << QLatin1StringView(c);
    return list;
}

bool Languages::isKnown(const QString &code)
{
    return indexOf(code) >= 0;
}

QString Languages::nativeName(const QString &code)
{
    switch (indexOf(code)) {
    case 0:
        return u"English"_s;
    case 1:
        return u"Nederlands"_s;
    case 2:
        return u"Deutsch"_s;
    case 3:
        return u"日本語"_s;
    default:
        return code;
    }
}

QString Languages::forLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Dutch:
        return u"nl"_s;
    case QLocale::German:
        return u"de"_s;
    case QLocale::Japanese:
        return u"ja"_s;
    default:
        return u"en"_s;
    }
}

QStringList Languages::searchPaths()
{
    const QString bin = QCoreApplication::applicationDirPath();
    return {bin + u"/translations"_s, bin + u"/../translations"_s,
            bin + u"/../share/releasedesk/translations"_s};
}

QString Languages::install(const QString &requested)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return u"en"_s;
    const QString code = isKnown(requested) ? requested : forLocale(QLocale::system());
    // Dates and numbers: the system's conventions when it speaks this language (a Dutch user
    // in Belgium keeps Belgian dates); ISO forms in the C locale (scripts read the command
    // line's output); else the language's own in the system's territory.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::C)
        QLocale::setDefault(code == u"en"_s ? QLocale::c() : QLocale(code));
    else if (forLocale(system) == code)
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(QLocale(code).language(), system.territory()));
    // Qt's own catalogue (dialog buttons) answers only Qt's contexts, ours only ours.
    if (g_qtCatalogue) {
        QCoreApplication::removeTranslator(g_qtCatalogue);
        delete g_qtCatalogue;
    }
    if (code != u"en"_s) {
        auto *qt = new QTranslator(app);
        if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            g_qtCatalogue = qt;
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    // The router is installed once and never taken out, so that a document being built on
    // another thread never meets a moment without its catalogue; a switch only moves the
    // screen's language and tells the widgets.
    if (!g_router) {
        g_router = new Router(app);
        g_router->setScreen(indexOf(code));
        QCoreApplication::installTranslator(g_router);
    } else {
        g_router->setScreen(indexOf(code));
        QCoreApplication::postEvent(app, new QEvent(QEvent::LanguageChange));
    }
    return code;
}

QString Languages::current()
{
    if (t_override != kNoOverride)
        return QLatin1StringView(kCodes[size_t(t_override)]);
    return QLatin1StringView(kCodes[size_t(g_router ? g_router->screen() : 0)]);
}

bool Languages::catalogueLoaded(const QString &code)
{
    const int i = indexOf(code);
    return i >= 0 && g_router && g_router->loaded(i);
}

ScopedLanguage::ScopedLanguage(const QString &code)
    : m_previous(t_override)
{
    const int i = indexOf(code);
    if (i >= 0)
        t_override = i;
}

ScopedLanguage::~ScopedLanguage()
{
    t_override = m_previous;
}

} // namespace rd
