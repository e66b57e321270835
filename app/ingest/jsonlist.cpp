// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/jsonlist.h"

#include "ingest/jsondom.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <simdjson.h>

namespace rd {

namespace {

constexpr qsizetype kAhead = 8;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

qsizetype skipSpace(const char *s, qsizetype n, qsizetype i)
{
    while (i < n && isSpace(s[i]))
        ++i;
    return i;
}

// The closing quote of the string that opens at `i`, or -1. A quote ends the string when an even
// number of backslashes comes right before it (each pair is one escaped backslash).
qsizetype stringEnd(const char *s, qsizetype n, qsizetype i)
{
    qsizetype k = i + 1;
    for (;;) {
        const void *q = k < n ? std::memchr(s + k, '"', static_cast<size_t>(n - k)) : nullptr;
        if (!q)
            return -1;
        const qsizetype at = static_cast<const char *>(q) - s;
        qsizetype backslashes = 0;
        while (at - backslashes - 1 > i && s[at - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return at;
        k = at + 1;
    }
}

} // namespace

std::optional<JsonListPieces> JsonListPieces::cut(QByteArrayView bytes,
                                                  std::initializer_list<std::string_view> members,
                                                  qsizetype pieceBytes, int minimumPieces)
{
    const char *s = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = skipSpace(s, n, bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    if (i >= n || s[i] != '{')
        return std::nullopt;
    JsonListPieces out;
    out.m_bytes = bytes;
    bool found = false;
    int depth = 0;
    bool nameNext = false; // in the root object, the next string names a member

    // The list that opens at `j`: its items cut into pieces; the offset of its ']', or -1.
    const qsizetype target =
        std::max<qsizetype>(1, std::min(pieceBytes, (n - i) / std::max(1, minimumPieces)));
    const auto cutList = [&](qsizetype j) -> qsizetype {
        int d = 0;
        bool content = false; // of an item since the last comma between items
        Range piece{-1, -1, 0};
        qsizetype pendingCut = -1; // a comma to cut at, once an item follows it
        for (qsizetype k = j + 1; k < n;) {
            const char c = s[k];
            if (isSpace(c)) {
                ++k;
                // Indentation, eight spaces at a time.
                while (k + 8 <= n && std::memcmp(s + k, "        ", 8) == 0)
                    k += 8;
                continue;
            }
            if (pendingCut >= 0) {
                // Cut only where an item follows the comma: ",," and ",]" stay in one piece,
                // where Qt's reader finds them.
                if (c != ',' && c != ']') {
                    piece.to = pendingCut;
                    out.m_pieces << piece;
                    piece = Range{k, -1, out.m_items};
                }
                pendingCut = -1;
            }
            if (piece.from < 0)
                piece.from = k;
            if (d == 0 && (c == ',' || c == ']')) {
                if (content)
                    ++out.m_items;
                if (c == ']') {
                    if (out.m_items > 0 || k > piece.from) {
                        piece.to = k;
                        out.m_pieces << piece;
                    }
                    return k;
                }
                if (content && k - piece.from >= target)
                    pendingCut = k;
                content = false;
                ++k;
                continue;
            }
            content = true;
            if (c == '"') {
                k = stringEnd(s, n, k);
                if (k < 0)
                    return -1;
            } else if (c == '{' || c == '[') {
                ++d;
            } else if (c == '}' || c == ']') {
                if (--d < 0)
                    return -1;
            }
            ++k;
        }
        return -1;
    };

    while (i < n) {
        const char c = s[i];
        if (c == '"') {
            const qsizetype end = stringEnd(s, n, i);
            if (end < 0)
                return std::nullopt;
            if (depth != 1 || !nameNext) {
                i = end + 1;
                continue;
            }
            nameNext = false;
            const std::string_view name(s + i + 1, static_cast<size_t>(end - i - 1));
            qsizetype j = skipSpace(s, n, end + 1);
            if (j >= n || s[j] != ':') {
                i = j; // not JSON: Qt's reader says so
                continue;
            }
            j = skipSpace(s, n, j + 1);
            const bool wanted = std::find(members.begin(), members.end(), name) != members.end();
            if (wanted && j < n && s[j] == '[') {
                if (found)
                    return std::nullopt; // given twice: read whole, which refuses it
                found = true;
                out.m_member = QByteArray(name.data(), static_cast<qsizetype>(name.size()));
                out.m_listPath = "$." + out.m_member;
                out.m_open = j;
                out.m_close = cutList(j);
                if (out.m_close < 0)
                    return std::nullopt;
                i = out.m_close + 1;
                continue;
            }
            i = j;
            continue;
        }
        if (c == '{' || c == '[') {
            if (++depth == 1)
                nameNext = true;
        } else if (c == '}' || c == ']') {
            if (--depth < 0)
                return std::nullopt;
            if (depth == 0)
                break; // what follows the root, if anything, is for Qt's reader to refuse
        } else if (c == ',' && depth == 1) {
            nameNext = true;
        }
        ++i;
    }
    if (depth != 0 || !found)
        return std::nullopt;
    return out;
}

QByteArray JsonListPieces::rest() const
{
    QByteArray out;
    out.reserve(m_bytes.size() - (m_close - m_open - 1));
    out.append(m_bytes.first(m_open + 1));
    out.append(m_bytes.sliced(m_close));
    return out;
}

qsizetype JsonListPieces::fileOffset(qsizetype restOffset) const
{
    return restOffset <= m_open ? restOffset : restOffset + (m_close - m_open - 1);
}

JsonListPieces::Piece JsonListPieces::read(qsizetype i, bool tree) const
{
    const Range &range = m_pieces.at(i);
    Piece out;
    // "[[" items "]]", with room for simdjson's padding so that it reads the text in place. As
    // many bytes follow the items as in the file, up to eight: Qt's reader looks that far ahead
    // of a cut-short `true`, `false` or `null`, and says where it stopped.
    QByteArray json;
    json.reserve(range.to - range.from + 4 + kAhead +
                 static_cast<qsizetype>(simdjson::SIMDJSON_PADDING));
    json.append("[[");
    json.append(m_bytes.sliced(range.from, range.to - range.from));
    json.append("]]");
    json.append(std::max<qsizetype>(0, std::min(m_bytes.size() - range.to, kAhead) - 2), ' ');
    // simdjson's tree where it reads as Qt's would; else Qt's, which also says what is wrong
    // with text that is not JSON.
    if (tree)
        out.tree = DomItems::read(json);
    QJsonDocument doc;
    if (!out.tree) {
        QJsonParseError error{};
        doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            out.errorOffset = range.from + error.offset - 2;
            out.error = error.errorString();
            return out;
        }
    }
    const auto duplicate = firstDuplicateKeyInList(
        json, std::string_view(m_listPath.constData(), static_cast<size_t>(m_listPath.size())),
        range.firstItem, &out.written, &out.walkRefusedWhole);
    if (const auto *d = std::get_if<JsonDuplicate>(&duplicate)) {
        out.duplicate = *d;
        return out;
    }
    if (const auto *why = std::get_if<QString>(&duplicate)) {
        out.walkFailed = *why;
        return out;
    }
    if (!out.tree)
        out.items = doc.array().at(0).toArray();
    return out;
}

} // namespace rd
