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

    Result<QList<InboxItem>> items(const QString &state = QStringLiteral("open")) const;
    Status assign(qint64 itemId, const QString &sampleId, const QString &reason);
    Status reject(qint64 itemId, const QString &reason);

private:
    Result<InboxItem> openItem(RecordStore &records, qint64 itemId, const QString &reason) const;

    Session &m_session;
};

} // namespace rd
