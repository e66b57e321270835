// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/records.h"
#include "security/esignature.h"
#include "security/securebytes.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rd {

class Session;

// What makes a specification version judge batches (docs/DESIGN.md section 8,
// "Specifications"): an administrator imports it as a draft; a QA reviewer who is not the
// importer's person approves it with an electronic signature, and it takes effect on the later
// of the date it states and the day of its approval, for batches made after the approval. A
// batch keeps the version in force at its manufacture unless a QA reviewer re-judges it against
// another approved version, which is audited and sends the batch back through QC approval and
// review (or, once decided, on hold under change control).
class SpecificationService
{
    Q_DECLARE_TR_FUNCTIONS(rd::SpecificationService)

public:
    explicit SpecificationService(Session &session);

    // Every version of one product, or of all products (empty), as RecordStore reads them.
    Result<QList<Specification>> versions(const QString &product = QString()) const;

    // The version of the same product imported last before `spec`, or none: what it was
    // written to replace, whatever dates either states.
    static const Specification *previous(const QList<Specification> &versions,
                                         const Specification &spec);
    // What changed from `before` to `after`, one line per test and property:
    // "VIAB: lower limit 70 → 50". Without `before`, every test is listed as added.
    static QStringList differences(const Specification *before, const Specification &after);
    // How a version's standing reads: "draft", "approved by Rosa Martens on 06-Dec-2026,
    // effective 06-Dec-2026".
    static QString standing(const Specification &spec);
    // The day a version approved at `approvedAt` takes effect: the later of the date it states
    // and the day of approval (UTC), never before the approval.
    static QDate takesEffect(const Specification &spec, const QDateTime &approvedAt);
    // The subject its approval signature names ("specification RD-CD19 2.0").
    static QString subject(const Specification &spec);
    // The hash of a version's content that its approval signs.
    static QByteArray contentHash(const QString &storeId, const Specification &spec);

    // Whether the signed-in user may approve that version now; everything but the password.
    Status mayApprove(const QString &product, const QString &version) const;
    // Approves after confirming the password again; returns the version as approved.
    Result<Specification> approve(const QString &product, const QString &version,
                                  const SecureBytes &password);

    // Checks that every approval stands on its signature: a specification-approved signature
    // (verified with the rest by ESignatures::verifyAll) of exactly that version's content and
    // subject, by a QA reviewer who is not the importer's person, dated as the approval row
    // says; only versions taken over at the upgrade stand without one. Returns the first
    // problem, or an empty string.
    static Result<QString> verifyApprovals(QSqlDatabase db, const QString &storeId);

    // Judges `batchNumber` against approved `version` of its product from now on. `reason` is
    // required; a decided batch also needs `changeControl` ("REFERENCE: reason").
    struct Rejudged
    {
        QString from; // the version it was judged against, or empty
        QString to;
        QString state; // the batch's state afterwards (Workflow id)
    };
    Result<Rejudged> rejudge(const QString &batchNumber, const QString &version,
                             const QString &reason, const QString &changeControl = QString());

private:
    Session &m_session;
};

} // namespace rd
