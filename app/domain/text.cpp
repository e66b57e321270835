// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/text.h"

namespace rd {

QString Text::unprintable(QStringView text, bool lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            continue; // printable ASCII, most of every file
        // Invisible characters that change what a reader sees: zero-width spaces and joiners,
        // bidirectional overrides and isolates, line and paragraph separators. A name with one
        // reads like another person's; an event type with one slips past its check.
        if (c.category() == QChar::Other_Format || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph) {
            return tr("contains an invisible formatting character (U+%1)")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
        // A name, code or title is one line: a line break in it would print as a line of the
        // document's own. Only the longer texts (notes, impact, reasons) keep theirs, and they
        // are shown enclosed (enclosedText).
        if ((c == u'\n' || c == u'\t') && !lines) {
            return c == u'\n'
                       ? tr("contains a line break; only a text such as notes or a reason may "
                            "hold one")
                       : tr("contains a tab; only a text such as notes or a reason may hold one");
        }
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t') {
            return tr("contains a control character (U+%1)")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
        // A JSON escape such as "\ud800" alone is no character: it could not be stored as the
        // UTF-8 text every store keeps, nor read back as it was.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::category(ucs4) == QChar::Other_Format) { // tag characters, for example
                return tr("contains an invisible formatting character (U+%1)")
                    .arg(static_cast<uint>(ucs4), 5, 16, QLatin1Char('0'));
            }
            ++i;
        } else if (c.isSurrogate()) {
            return tr("contains half of a surrogate pair (U+%1), which is no character")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    return QString();
}

Status Text::typed(QStringView text, bool lines, const QString &message)
{
    if (const QString why = unprintable(text, lines); !why.isEmpty())
        return Error(ErrorCode::InvalidInput, message.arg(why));
    return {};
}

} // namespace rd
