// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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
std::variant<std::monostate, JsonDuplicate, QString> firstDuplicateKey(const QByteArray &json);

} // namespace rd
