// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rd {

// One workstation user's preferences (QSettings): the language, the store to offer first and
// the recently opened ones, how documents are printed, the defaults of a new trend chart, the
// look of the window, and where its windows and splitters were left. Nothing here is a GMP
// rule: those are store settings that administrators change (the inactivity lock is one).
// Values read back are always valid: a value someone edited by hand into nonsense reads as the
// default.
class Preferences
{
    Q_DECLARE_TR_FUNCTIONS(rd::Preferences)

public:
    static constexpr int kMaxRecentStores = 8;

    enum class Paper {
        Automatic,
        A4,
        Letter
    }; // Automatic: Letter where the locale measures in inches
    enum class ChartKind {
        IndividualsMovingRange,
        LeveyJennings,
        Histogram
    };
    enum class RuleSet {
        Nelson,
        Westgard
    };
    enum class Theme {
        System,
        Light,
        Dark
    };

    // "" is the system's language; else a code of Languages::codes().
    static QString language();
    static Status setLanguage(const QString &code);

    static QString defaultStore();
    static void setDefaultStore(const QString &path);
    static QStringList recentStores();
    static void rememberStore(const QString &path, const QString &userName);
    static void clearRecentStores();
    static QString lastUser();

    static Paper paper();
    static void setPaper(Paper paper);
    static QString paperId(Paper paper);
    static Paper paperFromId(const QString &id, bool *ok = nullptr);
    // "" is the screen's language; else a code of Languages::codes().
    static QString documentLanguage();
    static Status setDocumentLanguage(const QString &code);

    static ChartKind chartKind();
    static void setChartKind(ChartKind kind);
    static int baselinePoints();
    static Status setBaselinePoints(int points);
    static constexpr int kMinBaselinePoints = 2;
    static constexpr int kMaxBaselinePoints = 1000;
    static RuleSet ruleSet();
    static void setRuleSet(RuleSet rules);

    static Theme theme();
    static void setTheme(Theme theme);

    // Window geometry and splitter or header states, by the widget's object name.
    static QByteArray layout(const QString &name);
    static void setLayout(const QString &name, const QByteArray &state);
};

} // namespace rd
