// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preferences.h"

#include "core/languages.h"

#include <QDir>
#include <QSettings>

#include <array>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

const QString kLanguage = u"language"_s;
const QString kDefaultStore = u"stores/default"_s;
const QString kRecent = u"stores/recent"_s;
const QString kLastUser = u"stores/lastUser"_s;
const QString kPaper = u"documents/paper"_s;
const QString kDocumentLanguage = u"documents/language"_s;
const QString kChartKind = u"trends/chart"_s;
const QString kBaselinePoints = u"trends/baselinePoints"_s;
const QString kRuleSet = u"trends/rules"_s;
const QString kTheme = u"appearance/theme"_s;

// The enum's value for the stored id, or `fallback` for anything else.
template<typename E, size_t N>
E fromId(const QString &id, const std::array<std::pair<E, const char *>, N> &table, E fallback,
         bool *ok = nullptr)
{
    for (const auto &[value, name] : table) {
        if (id == QLatin1StringView(name)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

template<typename E, size_t N>
QString toId(E value, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QLatin1StringView(name);
    }
    return QLatin1StringView(table.front().second);
}

constexpr std::array<std::pair<Preferences::Paper, const char *>, 3> kPapers = {{
    {Preferences::Paper::Automatic, "auto"},
    {Preferences::Paper::A4, "a4"},
    {Preferences::Paper::Letter, "letter"},
}};
constexpr std::array<std::pair<Preferences::ChartKind, const char *>, 3> kCharts = {{
    {Preferences::ChartKind::IndividualsMovingRange, "imr"},
    {Preferences::ChartKind::LeveyJennings, "levey-jennings"},
    {Preferences::ChartKind::Histogram, "histogram"},
}};
constexpr std::array<std::pair<Preferences::RuleSet, const char *>, 2> kRuleSets = {{
    {Preferences::RuleSet::Nelson, "nelson"},
    {Preferences::RuleSet::Westgard, "westgard"},
}};
constexpr std::array<std::pair<Preferences::Theme, const char *>, 3> kThemes = {{
    {Preferences::Theme::System, "system"},
    {Preferences::Theme::Light, "light"},
    {Preferences::Theme::Dark, "dark"},
}};

// "" (follow the system, or the screen) or a language ReleaseDesk speaks.
QString readLanguage(const QString &key)
{
    const QString code = QSettings().value(key).toString();
    return Languages::isKnown(code) ? code : QString();
}

Status writeLanguage(const QString &key, const QString &code)
{
    if (!code.isEmpty() && !Languages::isKnown(code)) {
        return Error(ErrorCode::InvalidInput,
                     Preferences::tr("Unknown language \"%1\": choose one of %2.")
                         .arg(code, Languages::codes().join(u", "_s)));
    }
    QSettings().setValue(key, code);
    return {};
}

} // namespace

QString Preferences::language()
{
    return readLanguage(kLanguage);
}

Status Preferences::setLanguage(const QString &code)
{
    return writeLanguage(kLanguage, code);
}

QString Preferences::defaultStore()
{
    return QSettings().value(kDefaultStore).toString();
}

void Preferences::setDefaultStore(const QString &path)
{
    QSettings().setValue(kDefaultStore,
                         path.isEmpty() ? QString() : QDir::toNativeSeparators(path));
}

QStringList Preferences::recentStores()
{
    QStringList recent = QSettings().value(kRecent).toStringList();
    recent.removeAll(QString());
    return recent.mid(0, kMaxRecentStores);
}

void Preferences::rememberStore(const QString &path, const QString &userName)
{
    QSettings settings;
    QStringList recent = settings.value(kRecent).toStringList();
    const QString native = QDir::toNativeSeparators(path);
    recent.removeAll(native);
    recent.prepend(native);
    while (recent.size() > kMaxRecentStores)
        recent.removeLast();
    settings.setValue(kRecent, recent);
    settings.setValue(kLastUser, userName);
}

void Preferences::clearRecentStores()
{
    QSettings().remove(kRecent);
}

QString Preferences::lastUser()
{
    return QSettings().value(kLastUser).toString();
}

Preferences::Paper Preferences::paper()
{
    return fromId(QSettings().value(kPaper).toString(), kPapers, Paper::Automatic);
}

void Preferences::setPaper(Paper paper)
{
    QSettings().setValue(kPaper, toId(paper, kPapers));
}

QString Preferences::paperId(Paper paper)
{
    return toId(paper, kPapers);
}

Preferences::Paper Preferences::paperFromId(const QString &id, bool *ok)
{
    return fromId(id, kPapers, Paper::Automatic, ok);
}

QString Preferences::documentLanguage()
{
    return readLanguage(kDocumentLanguage);
}

Status Preferences::setDocumentLanguage(const QString &code)
{
    return writeLanguage(kDocumentLanguage, code);
}

Preferences::ChartKind Preferences::chartKind()
{
    return fromId(QSettings().value(kChartKind).toString(), kCharts,
                  ChartKind::IndividualsMovingRange);
}

void Preferences::setChartKind(ChartKind kind)
{
    QSettings().setValue(kChartKind, toId(kind, kCharts));
}

int Preferences::baselinePoints()
{
    bool ok = false;
    const int n = QSettings().value(kBaselinePoints).toInt(&ok);
    return ok && n >= kMinBaselinePoints && n <= kMaxBaselinePoints ? n : 20;
}

Status Preferences::setBaselinePoints(int points)
{
    if (points < kMinBaselinePoints || points > kMaxBaselinePoints) {
        return Error(ErrorCode::InvalidInput,
                     tr("Baseline points must be between %1 and %2; %3 was given.")
                         .arg(kMinBaselinePoints)
                         .arg(kMaxBaselinePoints)
                         .arg(points));
    }
    QSettings().setValue(kBaselinePoints, points);
    return {};
}

Preferences::RuleSet Preferences::ruleSet()
{
    return fromId(QSettings().value(kRuleSet).toString(), kRuleSets, RuleSet::Nelson);
}

void Preferences::setRuleSet(RuleSet rules)
{
    QSettings().setValue(kRuleSet, toId(rules, kRuleSets));
}

Preferences::Theme Preferences::theme()
{
    return fromId(QSettings().value(kTheme).toString(), kThemes, Theme::System);
}

void Preferences::setTheme(Theme theme)
{
    QSettings().setValue(kTheme, toId(theme, kThemes));
}

QByteArray Preferences::layout(const QString &name)
{
    return QSettings().value(u"layout/"_s + name).toByteArray();
}

void Preferences::setLayout(const QString &name, const QByteArray &state)
{
    QSettings().setValue(u"layout/"_s + name, state);
}

} // namespace rd
