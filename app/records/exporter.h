// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <optional>

namespace rd {

class Session;

// Writes what is stored in the native formats, values as imported, so that importing the
// export into another store (specifications and batches first, then results) reproduces it.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(rd::Exporter)

public:
    enum class What {
        Specifications,
        Batches,
        Results,
        Unassigned,
    };
    enum class Format {
        Csv,
        Json,
    };

    static std::optional<What> whatFromId(const QString &id);
    static QString whatId(What what);

    // The document; `batch` limits batches and results to one batch. Recorded in the audit
    // trail (what, how many, and the document's hash).
    static Result<QByteArray> produce(Session &session, What what, Format format,
                                      const QString &batch = QString());
};

} // namespace rd
