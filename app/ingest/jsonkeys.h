// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <variant>

namespace rd {

// A member name given twice in one JSON object. QJsonDocument keeps the last of them, so
// `"status":"open","status":"closed"` would be read as closed while a reader of the file sees
// open first: such a file is refused, not read one way or the other.
struct JsonDuplicate
{
    QString path; // of the object: "$.batches[0].deviations[1]"
    QString key;  // as unescaped
};

// Walks `json` (already valid JSON) with simdjson's On-Demand parser, which builds no tree,
// and returns the first repeated member name, or nothing; a string says why the file could
// not be walked. `json` may be given extra capacity for simdjson's padding (else it is copied).
//
// With `written`, also collects the numbers whose text Qt's reader does not keep: for each number
// whose text is not the form ReleaseDesk writes for its value (its digits if it is an integer,
// else the shortest form that reads back the same), its path ("$.results[3].value") -> its text
// as written ("1.50", "-0", "1e3", "123456789012345678901234567890").
std::variant<std::monostate, JsonDuplicate, QString>
firstDuplicateKey(const QByteArray &json, QHash<QString, QString> *written = nullptr);

} // namespace rd
