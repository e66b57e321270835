// SPDX-License-Identifier: GPL-3.0-or-later
#include "qc/rules.h"

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace rd::qc {

namespace {

struct RuleInfo
{
    Rule rule;
    const char *id;
    const char *name;
    const char *description;
};

constexpr RuleInfo kRules[] = {
    {Rule::Westgard12s, "westgard-1-2s", "Westgard 1-2s",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "One point beyond 2 SD (warning).")},
    {Rule::Westgard13s, "westgard-1-3s", "Westgard 1-3s",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "One point beyond 3 SD.")},
    {Rule::Westgard22s, "westgard-2-2s", "Westgard 2-2s",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "Two points in a row beyond 2 SD on the same side.")},
    {Rule::WestgardR4s, "westgard-r-4s", "Westgard R-4s",
     QT_TRANSLATE_NOOP("rd::qc::Rules",
                       "Two points in a row, one beyond +2 SD and the other beyond −2 SD.")},
    {Rule::Westgard41s, "westgard-4-1s", "Westgard 4-1s",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "Four points in a row beyond 1 SD on the same side.")},
    {Rule::Westgard10x, "westgard-10x", "Westgard 10x",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "Ten points in a row on the same side of the mean.")},
    {Rule::Nelson1, "nelson-1", "Nelson 1",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "One point more than 3 SD from the mean.")},
    {Rule::Nelson2, "nelson-2", "Nelson 2",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "Nine points in a row on the same side of the mean.")},
    {Rule::Nelson3, "nelson-3", "Nelson 3",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "Six points in a row steadily increasing or decreasing.")},
    {Rule::Nelson4, "nelson-4", "Nelson 4",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "Fourteen points in a row alternating up and down.")},
    {Rule::Nelson5, "nelson-5", "Nelson 5",
     QT_TRANSLATE_NOOP("rd::qc::Rules",
                       "Two of three points in a row more than 2 SD from the mean, same side.")},
    {Rule::Nelson6, "nelson-6", "Nelson 6",
     QT_TRANSLATE_NOOP("rd::qc::Rules",
                       "Four of five points in a row more than 1 SD from the mean, same side.")},
    {Rule::Nelson7, "nelson-7", "Nelson 7",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "Fifteen points in a row within 1 SD of the mean.")},
    {Rule::Nelson8, "nelson-8", "Nelson 8",
     QT_TRANSLATE_NOOP("rd::qc::Rules", "Eight points in a row more than 1 SD from the mean, "
                                        "on both sides, none within.")},
};

const RuleInfo &info(Rule rule)
{
    for (const RuleInfo &r : kRules) {
        if (r.rule == rule)
            return r;
    }
    return kRules[0];
}

// Collects the firings of one rule and merges those that overlap on the same side.
class Collector
{
public:
    Collector(Rule rule, QList<Violation> &out)
        : m_rule(rule)
        , m_out(out)
    {}

    // The window [first, last] fired; `flagged` says which of its points make it up.
    void fire(qsizetype first, qsizetype last, int side,
              const std::function<bool(qsizetype)> &flagged)
    {
        const bool merge = m_open && first <= m_lastEnd && side == m_side;
        if (!merge) {
            m_out.append(Violation{m_rule, {}, side});
            m_open = true;
            m_side = side;
        }
        QList<qsizetype> &points = m_out.last().points;
        for (qsizetype i = first; i <= last; ++i) {
            if (flagged(i) && (points.isEmpty() || i > points.last()))
                points << i;
        }
        m_lastEnd = last;
    }

private:
    Rule m_rule;
    QList<Violation> &m_out;
    bool m_open = false;
    qsizetype m_lastEnd = -1;
    int m_side = 0;
};

int sideOf(double z)
{
    return z > 0 ? 1 : (z < 0 ? -1 : 0);
}

} // namespace

QList<Rule> Rules::all()
{
    QList<Rule> out;
    for (const RuleInfo &r : kRules)
        out << r.rule;
    return out;
}

QList<Rule> Rules::westgard()
{
    return {Rule::Westgard12s, Rule::Westgard13s, Rule::Westgard22s,
            Rule::WestgardR4s, Rule::Westgard41s, Rule::Westgard10x};
}

QList<Rule> Rules::nelson()
{
    return {Rule::Nelson1, Rule::Nelson2, Rule::Nelson3, Rule::Nelson4,
            Rule::Nelson5, Rule::Nelson6, Rule::Nelson7, Rule::Nelson8};
}

QString Rules::id(Rule rule)
{
    return QString::fromLatin1(info(rule).id);
}

std::optional<Rule> Rules::fromId(const QString &id)
{
    for (const RuleInfo &r : kRules) {
        if (id.trimmed().compare(QLatin1StringView(r.id), Qt::CaseInsensitive) == 0)
            return r.rule;
    }
    return std::nullopt;
}

QString Rules::name(Rule rule)
{
    return QString::fromLatin1(info(rule).name);
}

QString Rules::description(Rule rule)
{
    return tr(info(rule).description);
}

std::optional<QList<Rule>> Rules::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"westgard"_s)
        return westgard();
    if (t == u"nelson"_s)
        return nelson();
    if (t == u"all"_s)
        return all();
    QList<Rule> out;
    for (const QString &part : t.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<Rule> r = fromId(part);
        if (!r)
            return std::nullopt;
        if (!out.contains(*r))
            out << *r;
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

QList<Violation> Rules::evaluate(std::span<const double> values, double centre, double sigma,
                                 const QList<Rule> &rules)
{
    QList<Violation> out;
    const qsizetype n = static_cast<qsizetype>(values.size());
    if (n == 0 || !(sigma > 0))
        return out;
    std::vector<double> z(static_cast<std::size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        z[static_cast<std::size_t>(i)] = (values[static_cast<std::size_t>(i)] - centre) / sigma;
    const auto Z = [&z](qsizetype i) { return z[static_cast<std::size_t>(i)]; };
    const auto X = [&values](qsizetype i) { return values[static_cast<std::size_t>(i)]; };
    const auto all = [](qsizetype) { return true; };

    for (const Rule rule : rules) {
        Collector c(rule, out);
        switch (rule) {
        case Rule::Westgard12s:
        case Rule::Westgard13s:
        case Rule::Nelson1: {
            const double limit = rule == Rule::Westgard12s ? 2.0 : 3.0;
            for (qsizetype i = 0; i < n; ++i) {
                if (std::abs(Z(i)) > limit)
                    c.fire(i, i, sideOf(Z(i)), all);
            }
            break;
        }
        case Rule::Westgard22s:
            for (qsizetype i = 1; i < n; ++i) {
                if ((Z(i) > 2 && Z(i - 1) > 2) || (Z(i) < -2 && Z(i - 1) < -2))
                    c.fire(i - 1, i, sideOf(Z(i)), all);
            }
            break;
        case Rule::WestgardR4s:
            for (qsizetype i = 1; i < n; ++i) {
                if ((Z(i) > 2 && Z(i - 1) < -2) || (Z(i) < -2 && Z(i - 1) > 2))
                    c.fire(i - 1, i, 0, all);
            }
            break;
        case Rule::Westgard41s:
        case Rule::Westgard10x:
        case Rule::Nelson2: {
            // Runs on one side: beyond 1 SD (4-1s) or of the centre line (10x, Nelson 2). A
            // point on the line belongs to neither side and ends a run.
            const qsizetype need =
                rule == Rule::Westgard41s ? 4 : (rule == Rule::Westgard10x ? 10 : 9);
            const double beyond = rule == Rule::Westgard41s ? 1.0 : 0.0;
            qsizetype up = 0, down = 0;
            for (qsizetype i = 0; i < n; ++i) {
                up = Z(i) > beyond ? up + 1 : 0;
                down = Z(i) < -beyond ? down + 1 : 0;
                if (up >= need)
                    c.fire(i - need + 1, i, 1, all);
                else if (down >= need)
                    c.fire(i - need + 1, i, -1, all);
            }
            break;
        }
        case Rule::Nelson3: {
            qsizetype rising = 0, falling = 0; // steps in the current run
            for (qsizetype i = 1; i < n; ++i) {
                rising = X(i) > X(i - 1) ? rising + 1 : 0;
                falling = X(i) < X(i - 1) ? falling + 1 : 0;
                if (rising >= 5)
                    c.fire(i - 5, i, 1, all);
                else if (falling >= 5)
                    c.fire(i - 5, i, -1, all);
            }
            break;
        }
        case Rule::Nelson4: {
            qsizetype run = 0; // differences in the current alternating run
            int previous = 0;
            for (qsizetype i = 1; i < n; ++i) {
                const int d = X(i) > X(i - 1) ? 1 : (X(i) < X(i - 1) ? -1 : 0);
                if (d == 0)
                    run = 0;
                else if (previous != 0 && d == -previous)
                    ++run;
                else
                    run = 1;
                previous = d;
                if (run >= 13)
                    c.fire(i - 13, i, 0, all);
            }
            break;
        }
        case Rule::Nelson5:
        case Rule::Nelson6: {
            const qsizetype window = rule == Rule::Nelson5 ? 3 : 5;
            const qsizetype need = rule == Rule::Nelson5 ? 2 : 4;
            const double beyond = rule == Rule::Nelson5 ? 2.0 : 1.0;
            qsizetype up = 0, down = 0; // in the window ending at i
            for (qsizetype i = 0; i < n; ++i) {
                up += Z(i) > beyond ? 1 : 0;
                down += Z(i) < -beyond ? 1 : 0;
                if (i >= window) {
                    up -= Z(i - window) > beyond ? 1 : 0;
                    down -= Z(i - window) < -beyond ? 1 : 0;
                }
                if (i + 1 < window)
                    continue;
                const qsizetype first = i - window + 1;
                if (up >= need)
                    c.fire(first, i, 1, [&](qsizetype k) { return Z(k) > beyond; });
                else if (down >= need)
                    c.fire(first, i, -1, [&](qsizetype k) { return Z(k) < -beyond; });
            }
            break;
        }
        case Rule::Nelson7: {
            qsizetype within = 0;
            for (qsizetype i = 0; i < n; ++i) {
                within = std::abs(Z(i)) < 1 ? within + 1 : 0;
                if (within >= 15)
                    c.fire(i - 14, i, 0, all);
            }
            break;
        }
        case Rule::Nelson8: {
            qsizetype outside = 0;
            for (qsizetype i = 0; i < n; ++i) {
                outside = std::abs(Z(i)) > 1 ? outside + 1 : 0;
                if (outside < 8)
                    continue;
                bool above = false, below = false;
                for (qsizetype k = i - 7; k <= i; ++k) {
                    above = above || Z(k) > 1;
                    below = below || Z(k) < -1;
                }
                if (above && below)
                    c.fire(i - 7, i, 0, all);
            }
            break;
        }
        }
    }
    return out;
}

} // namespace rd::qc
