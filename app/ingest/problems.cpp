// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/problems.h"

using namespace Qt::StringLiterals;

namespace rd {

QString Problem::text() const
{
    QString out = file;
    if (!where.isEmpty())
        out += u", "_s + where;
    if (!field.isEmpty())
        out += u", "_s + Problems::tr("field \"%1\"").arg(field);
    return out + u": "_s + reason;
}

void Problems::add(const QString &file, const QString &where, const QString &field,
                   const QString &reason)
{
    ++m_count;
    if (m_kept.size() < kMaxKept)
        m_kept.append({file, where, field, reason});
}

void Problems::takeFrom(const Problems &part, qsizetype &cursor, int n)
{
    for (int i = 0; i < n; ++i) {
        // A part keeps its first kMaxKept; by the time those are taken, so many are kept here.
        if (cursor < part.m_kept.size()) {
            const Problem &p = part.m_kept.at(cursor++);
            add(p.file, p.where, p.field, p.reason);
        } else {
            ++m_count;
        }
    }
}

QString Problems::report(const QString &what) const
{
    QString out = m_count == 1 ? tr("%1: 1 problem; nothing was written.").arg(what)
                               : tr("%1: %2 problems; nothing was written.").arg(what).arg(m_count);
    for (const Problem &p : m_kept)
        out += u"\n  "_s + p.text();
    if (m_count > m_kept.size())
        out += u"\n  "_s + tr("... and %1 more.").arg(m_count - m_kept.size());
    return out;
}

} // namespace rd
