// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace rd {

// What a text may hold to be kept, shown and printed as written: the one rule for imported
// texts (ingest/fields.h) and for every text a person types (comments, reasons, references).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(rd::Text)

public:
    // Why `text` cannot be kept as written, or empty when it can: an invisible formatting
    // character (zero-width, bidirectional, tag), a line or paragraph separator, a control
    // character other than a line break and tab (those only where `lines`: notes, reasons,
    // comments; never in a name, code or reference), half of a surrogate pair.
    static QString unprintable(QStringView text, bool lines);
    // The same for a text a person typed: `message` with %1 replaced by why it is refused, as
    // an input error; ok when it can be kept as written.
    static Status typed(QStringView text, bool lines, const QString &message);
};

} // namespace rd
