// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "records/recordstore.h"

#include <QCoreApplication>

namespace rd {

class Session;

// The unassigned-results inbox: results whose sample matched no QC sample of any batch wait
// here, every value kept, until a QC analyst assigns them to a batch sample or rejects them,
// each with a reason that goes into the audit trail together with the source file.
class Inbox
{
    Q_DECLARE_TR_FUNCTIONS(rd::Inbox)

public:
    explicit Inbox(Session &session);

    // Whether the signed-in user may assign and reject.
    Status mayResolve() const;
    Result<qint64> openCount() const;
    Result<QList<InboxItem>> items(const QString &state = QStringLiteral("open")) const;
    // Several items go together or not at all, each with its own audit event.
    // The QC samples of `productCode` drawn in the three days up to the earliest measurement
    // of these items, by sample id, each with its chain of identity: where a result without a
    // known sample may belong. Never other products' samples, never ranked by time.
    Result<QList<SampleChoice>> candidates(const QList<qint64> &itemIds,
                                           const QString &productCode) const;
    // A sample of a decided batch takes results only under `changeControl` (BatchLocks); a
    // result measured before the sample was drawn is refused.
    Status assign(const QList<qint64> &itemIds, const QString &sampleId, const QString &reason,
                  const QString &changeControl = QString());
    Status reject(const QList<qint64> &itemIds, const QString &reason);
    Status assign(qint64 itemId, const QString &sampleId, const QString &reason);
    Status reject(qint64 itemId, const QString &reason);

private:
    Result<QList<InboxItem>> openItems(RecordStore &records, const QList<qint64> &itemIds,
                                       const QString &reason) const;

    Session &m_session;
};

} // namespace rd
