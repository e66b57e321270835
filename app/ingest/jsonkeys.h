// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <string_view>
#include <utility>
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
// With `written`, also collects the numbers whose text Qt's reader does not keep (below).
class WrittenNumbers;
std::variant<std::monostate, JsonDuplicate, QString>
firstDuplicateKey(const QByteArray &json, WrittenNumbers *written = nullptr);

// The same for a piece of a list (JsonListPieces): `json` is `[[item, item, ...]]`, the items of
// the list at `listPath` ("$.results") from its item `firstItem` on; paths are the file's.
// `refusedWhole` says whether a failure was simdjson refusing the text as a whole, before the
// walk (a control character in a string, which Qt's reader allows).
std::variant<std::monostate, JsonDuplicate, QString>
firstDuplicateKeyInList(const QByteArray &json, std::string_view listPath, qsizetype firstItem,
                        WrittenNumbers *written = nullptr, bool *refusedWhole = nullptr);

// The numbers of a JSON file whose text is not the form ReleaseDesk makes of the value Qt's
// reader gives (its digits if it is an integer, else the shortest form that reads back the
// same): "1.50", "-0", "1e3", "123456789012345678901234567890". Kept small, as a file may hold
// millions of them ("95.0"): a 64-bit hash of the path ("$.results[3].value") -> where the text
// is in the file, which it shares.
class WrittenNumbers
{
public:
    // The text of the number at `path`.`key` as written, or an empty string.
    QString textAt(const QString &path, QLatin1StringView key) const;
    bool isEmpty() const { return m_at.isEmpty(); }

    // The FNV-1a hash of a path, in steps: `hash(hash(seed, "$"), ".results")`, …
    static quint64 hash(quint64 h, std::string_view part);
    static constexpr quint64 kSeed = 14695981039346656037ull;

private:
    friend struct JsonWalk;
    QByteArray m_json;
    QHash<quint64, std::pair<qint64, qint32>> m_at; // offset and length in m_json
};

} // namespace rd
