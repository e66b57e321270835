// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/records.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd {

QStringList custodyEventTypes()
{
    return {
        u"collected"_s,
        u"shipped to manufacturing"_s,
        u"received at manufacturing"_s,
        u"processing started"_s,
        u"cryopreserved"_s,
        u"stored"_s,
        u"thawed"_s,
        u"released for shipment"_s,
        u"shipped to treatment centre"_s,
        u"received at treatment centre"_s,
        u"returned"_s,
        u"destroyed"_s,
    };
}

QString deviationClassId(DeviationClass c)
{
    switch (c) {
    case DeviationClass::Minor:
        return u"minor"_s;
    case DeviationClass::Major:
        return u"major"_s;
    case DeviationClass::Critical:
        return u"critical"_s;
    }
    return {};
}

std::optional<DeviationClass> deviationClassFromId(const QString &id)
{
    for (DeviationClass c :
         {DeviationClass::Minor, DeviationClass::Major, DeviationClass::Critical}) {
        if (deviationClassId(c) == id)
            return c;
    }
    return std::nullopt;
}

QString resultStatusId(ResultStatus s)
{
    switch (s) {
    case ResultStatus::Final:
        return u"final"_s;
    case ResultStatus::Pending:
        return u"pending"_s;
    case ResultStatus::Invalidated:
        return u"invalidated"_s;
    }
    return {};
}

std::optional<ResultStatus> resultStatusFromId(const QString &id)
{
    for (ResultStatus s : {ResultStatus::Final, ResultStatus::Pending, ResultStatus::Invalidated}) {
        if (resultStatusId(s) == id)
            return s;
    }
    return std::nullopt;
}

const Specification *specificationInForce(const QList<Specification> &specs, const QString &product,
                                          const QDateTime &at)
{
    const Specification *found = nullptr;
    const QDate on = at.toUTC().date();
    for (const Specification &s : specs) {
        if (s.product.code != product || !s.approval || s.approval->at > at ||
            s.approval->effectiveFrom > on)
            continue;
        const SpecApproval &a = *s.approval;
        if (!found || a.effectiveFrom > found->approval->effectiveFrom ||
            (a.effectiveFrom == found->approval->effectiveFrom && a.at >= found->approval->at))
            found = &s;
    }
    return found;
}

bool isChainOfIdentity(const QString &read, const QString &din)
{
    const auto compact = [](QString id) {
        id.remove(u' ');
        return id.toUpper();
    };
    return !read.isEmpty() && compact(read) == compact(din);
}

QString enclosedText(const QString &text)
{
    // Every way a line can end, so that text stored before the checks of today (or read from
    // elsewhere) cannot break a line unseen: CR LF, CR, NEL, line and paragraph separators.
    const auto breaks = [](QChar c) {
        return c == u'\n' || c == u'\r' || c == QChar(0x85) || c == QChar::LineSeparator ||
               c == QChar::ParagraphSeparator;
    };
    if (std::none_of(text.cbegin(), text.cend(), breaks))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!breaks(c)) {
            out += c;
            continue;
        }
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        out += u"\n\u2502 "_s;
    }
    return out;
}

const Specification *specificationStatedFor(const QList<Specification> &specs,
                                            const QString &product, const QDate &on)
{
    const Specification *found = nullptr;
    for (const Specification &s : specs) {
        if (s.product.code == product && s.effectiveFrom <= on &&
            (!found || s.effectiveFrom >= found->effectiveFrom))
            found = &s;
    }
    return found;
}

bool drawnAfter(const QcSample &a, const QcSample &b)
{
    if (a.drawnAt != b.drawnAt)
        return a.drawnAt > b.drawnAt;
    if (a.step != b.step)
        return a.step > b.step;
    return a.id > b.id;
}

} // namespace rd
