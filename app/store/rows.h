// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlQuery>
#include <QString>

#include <type_traits>

namespace rd {

// Reading the rows of a query without taking a failed read for the end of the data.
// QSqlQuery::next() answers false both after the last row and when SQLite cannot step to the
// next one (a page that fails its HMAC check, a disk error); only lastError() tells the two
// apart, and a loop that does not ask turns a damaged store into a shorter answer. These turn
// the failure into an Error in the store's words (Store::errorFrom), named by `what`.

// After next() has answered false: an Error if a failed step ended the rows, else ok.
Status endOfRows(const QSqlQuery &query, const QString &what);

// next() for a query of at most one row, or whose rows are read one at a time: true at a row,
// false after the last, an Error when the read failed.
Result<bool> nextRow(QSqlQuery &query, const QString &what);

// Calls row() at each row of an executed query. A row() that returns a Status stops the
// reading at its first Error and returns it.
template<class Row>
Status eachRow(QSqlQuery &query, const QString &what, Row &&row)
{
    while (query.next()) {
        if constexpr (std::is_void_v<std::invoke_result_t<Row &>>) {
            row();
        } else if (Status s = row(); !s) {
            return s;
        }
    }
    return endOfRows(query, what);
}

} // namespace rd
