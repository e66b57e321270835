// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rd {

// One thing wrong with an input file: where (a CSV line or a JSON path), which field, and why.
struct Problem
{
    QString file;
    QString where; // "line 12" or "$.batches[3].steps[2]"
    QString field;
    QString reason;

    // "results.csv, line 12, field \"value\": is not a number (\"1,5\")"
    QString text() const;
};

// The problems found while reading and checking files. Keeps the first kMaxKept for the report
// and counts the rest, so that one run shows an analyst every mistake worth fixing.
class Problems
{
    Q_DECLARE_TR_FUNCTIONS(rd::Problems)

public:
    static constexpr int kMaxKept = 50;

    void add(const QString &file, const QString &where, const QString &field,
             const QString &reason);
    bool isEmpty() const { return m_count == 0; }
    int count() const { return m_count; }
    const QList<Problem> &kept() const { return m_kept; }

    // Adds the next `n` problems of `part` from its `cursor` on: the problems of parts of one
    // loop that ran on threads, put back in the loop's order.
    void takeFrom(const Problems &part, qsizetype &cursor, int n);
    // A first line that says how many problems and that nothing was written, then one line
    // per kept problem.
    QString report(const QString &what) const;

private:
    QList<Problem> m_kept;
    int m_count = 0;
};

} // namespace rd
