// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/jsonkeys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QList>

#include <initializer_list>
#include <memory>
#include <optional>
#include <string_view>

namespace rd {

struct DomItems;

// A JSON file whose root object holds one long list (the "results" of a QC results file, the
// "batches" of a batch-record file), cut between the list's items into pieces that are each
// read on their own: what a large file needs at once is a piece, not a tree of the whole file.
//
// The cutting follows strings and brackets only; what it cuts is then read by Qt's JSON reader,
// which decides whether it is JSON (or by simdjson's where that reads the same, see read()). A
// piece is the text of whole items, read as `[[` items `]]` (the same depth as in the file). Cuts
// are made only at a comma between the list's items that follows an item, so the pieces read as
// JSON exactly when the list does: each piece's items are then the file's items, in order. The rest
// of the file, with the list emptied, is read whole.
class JsonListPieces
{
public:
    // The list in `bytes` (UTF-8) that is the value of the root object's member named one of
    // `members`, cut into pieces of about `pieceBytes`, at least `minimumPieces` of them where
    // there are that many items. Nothing when the file is no object, has none or several such
    // members, or its strings and brackets do not close: such a file is read whole.
    static std::optional<JsonListPieces> cut(QByteArrayView bytes,
                                             std::initializer_list<std::string_view> members,
                                             qsizetype pieceBytes, int minimumPieces = 1);

    // The member whose list was cut: "results".
    const QByteArray &member() const { return m_member; }
    // The file with the list emptied (`"results":[]`), and where an offset in it is in the file.
    QByteArray rest() const;
    qsizetype fileOffset(qsizetype restOffset) const;
    // Where the list's '[' is in rest().
    qsizetype listOffsetInRest() const { return m_open; }

    qsizetype itemCount() const { return m_items; }
    qsizetype pieceCount() const { return m_pieces.size(); }
    qsizetype firstItem(qsizetype piece) const { return m_pieces.at(piece).firstItem; }
    qsizetype pieceBytes(qsizetype piece) const
    {
        return m_pieces.at(piece).to - m_pieces.at(piece).from;
    }

    // One piece as read: its items, or why it is not JSON.
    struct Piece
    {
        QJsonArray items;
        // Read with `tree`, where simdjson's tree reads as Qt's would: its items, and `items`
        // is left empty.
        std::shared_ptr<const DomItems> tree;
        WrittenNumbers written; // the numbers Qt's reader does not keep as written
        // Not JSON: the offset in the file, and Qt's reason.
        qsizetype errorOffset = -1;
        QString error;
        // A member name given twice in one object of the items.
        std::optional<JsonDuplicate> duplicate;
        QString walkFailed;            // could not be checked for that (simdjson's reason)
        bool walkRefusedWhole = false; // simdjson refused the piece's text before walking it
        bool readable() const { return error.isEmpty() && !duplicate && walkFailed.isEmpty(); }
    };
    // With `tree`, the items are simdjson's tree where it reads as Qt's reader would
    // (DomItems::read): Qt's tree is then not made.
    Piece read(qsizetype piece, bool tree = false) const;

private:
    struct Range
    {
        qsizetype from = 0; // the first byte of the first item
        qsizetype to = 0;   // past the last byte of the last item
        qsizetype firstItem = 0;
    };
    QByteArrayView m_bytes;
    QByteArray m_member;
    QByteArray m_listPath; // "$.results"
    qsizetype m_open = 0;  // the list's '['
    qsizetype m_close = 0; // its ']'
    qsizetype m_items = 0;
    QList<Range> m_pieces;
};

} // namespace rd
