// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/memory.h"

#include <QFile>
#include <QList>

using namespace Qt::StringLiterals;

namespace rd::test {

qint64 processMemory(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile f(u"/proc/self/clear_refs"_s);
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

} // namespace rd::test
