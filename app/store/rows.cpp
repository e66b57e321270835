// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rows.h"

#include "store/store.h"

#include <QSqlError>

namespace rd {

Status endOfRows(const QSqlQuery &query, const QString &what)
{
    // exec() clears the error, so one still set was left by the step that ended the rows.
    if (query.lastError().isValid())
        return Store::errorFrom(what, query.lastError());
    return {};
}

Result<bool> nextRow(QSqlQuery &query, const QString &what)
{
    if (query.next())
        return true;
    if (Status s = endOfRows(query, what); !s)
        return s.error();
    return false;
}

} // namespace rd
