// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "records/recordstore.h"

#include <QCoreApplication>

namespace rd {

class Session;

// Reading batch records for the window: the list, one record in full, and its current results.
// Any signed-in user may read them.
class BatchCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(rd::BatchCatalogue)

public:
    explicit BatchCatalogue(Session &session);

    Result<QList<BatchSummary>> summaries() const;
    Result<BatchRecord> record(qint64 recordId) const;
    Result<QList<QcResult>> results(const QString &batchNumber) const;

private:
    Session &m_session;
};

} // namespace rd
