// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/batchcatalogue.h"

#include "session/session.h"

namespace rd {

BatchCatalogue::BatchCatalogue(Session &session)
    : m_session(session)
{}

Result<QList<BatchSummary>> BatchCatalogue::summaries() const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    return RecordStore(m_session.store().connection()).batchSummaries();
}

Result<BatchRecord> BatchCatalogue::record(qint64 recordId) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    return RecordStore(m_session.store().connection()).loadBatch(recordId);
}

Result<QList<QcResult>> BatchCatalogue::results(const QString &batchNumber) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    if (batchNumber.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Name a batch."));
    return RecordStore(m_session.store().connection()).currentResults(batchNumber);
}

} // namespace rd
