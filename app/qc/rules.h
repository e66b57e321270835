// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace rd::qc {

// The Westgard rules and the eight Nelson tests (docs/DESIGN.md section 10).
enum class Rule {
    Westgard12s, // warning: one point beyond 2σ
    Westgard13s, // one point beyond 3σ
    Westgard22s, // two in a row beyond 2σ, same side
    WestgardR4s, // two in a row, one beyond +2σ and the other beyond −2σ
    Westgard41s, // four in a row beyond 1σ, same side
    Westgard10x, // ten in a row on one side of the centre
    Nelson1,     // one point beyond 3σ
    Nelson2,     // nine in a row on one side
    Nelson3,     // six in a row steadily increasing or decreasing
    Nelson4,     // fourteen in a row alternating up and down
    Nelson5,     // two of three beyond 2σ, same side
    Nelson6,     // four of five beyond 1σ, same side
    Nelson7,     // fifteen in a row within 1σ
    Nelson8,     // eight in a row beyond 1σ, on both sides, none within
};

// One firing of a rule: the points (indexes into the series) that make it up. Overlapping
// firings of one rule on the same side are one violation: a run of twelve points on one side
// is one Nelson 2 violation of twelve points, not four.
struct Violation
{
    Rule rule = Rule::Nelson1;
    QList<qsizetype> points; // ascending
    int side = 0;            // +1 above the centre, −1 below, 0 for rules without a side
};

class Rules
{
    Q_DECLARE_TR_FUNCTIONS(rd::qc::Rules)

public:
    static QList<Rule> all();
    static QList<Rule> westgard();
    static QList<Rule> nelson();
    static QString id(Rule rule); // "westgard-1-2s", "nelson-2"
    static std::optional<Rule> fromId(const QString &id);
    static QString name(Rule rule); // "Westgard 1-2s", "Nelson 2"
    static QString description(Rule rule);
    static bool isWarning(Rule rule) { return rule == Rule::Westgard12s; }
    // "westgard", "nelson" or a comma-separated list of ids.
    static std::optional<QList<Rule>> parse(const QString &text);

    // Every violation of the chosen rules, given the centre line and sigma. Linear in the
    // number of points. Sigma must be positive (the caller reports a series without variation).
    static QList<Violation> evaluate(std::span<const double> values, double centre, double sigma,
                                     const QList<Rule> &rules);
};

} // namespace rd::qc
