// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/exporter.h"

#include "audit/audittrail.h"
#include "ingest/serializer.h"
#include "records/recordstore.h"
#include "security/crypto.h"
#include "session/session.h"

using namespace Qt::StringLiterals;

namespace rd {

std::optional<Exporter::What> Exporter::whatFromId(const QString &id)
{
    for (What w : {What::Specifications, What::Batches, What::Results, What::Unassigned}) {
        if (whatId(w) == id)
            return w;
    }
    return std::nullopt;
}

QString Exporter::whatId(What what)
{
    switch (what) {
    case What::Specifications:
        return u"specifications"_s;
    case What::Batches:
        return u"batches"_s;
    case What::Results:
        return u"results"_s;
    case What::Unassigned:
        return u"unassigned"_s;
    }
    return {};
}

Result<QByteArray> Exporter::produce(Session &session, What what, Format format,
                                     const QString &batch)
{
    if (Status s = session.requireUsable(); !s)
        return s.error();
    if (format == Format::Csv && (what == What::Batches || what == What::Specifications)) {
        return Error(ErrorCode::Usage,
                     tr("%1 are exported as JSON only: their nested parts do not fit CSV rows.")
                         .arg(whatId(what)));
    }
    QSqlDatabase db = session.store().connection();
    RecordStore records(db);
    QByteArray document;
    qsizetype count = 0;
    switch (what) {
    case What::Specifications: {
        Result<QList<Specification>> specs = records.specifications();
        if (!specs)
            return specs.error();
        count = specs->size();
        document = Serializer::specificationDocument(specs.value());
        break;
    }
    case What::Batches: {
        Result<QHash<QString, StoredBatch>> current = records.currentBatches();
        if (!current)
            return current.error();
        QList<StoredBatch> chosen;
        for (const StoredBatch &b : current.value()) {
            if (batch.isEmpty() || b.batchNumber == batch)
                chosen << b;
        }
        if (!batch.isEmpty() && chosen.isEmpty())
            return Error(ErrorCode::NotFound, tr("There is no batch %1.").arg(batch));
        std::sort(chosen.begin(), chosen.end(), [](const StoredBatch &a, const StoredBatch &b) {
            return a.startedAt != b.startedAt ? a.startedAt < b.startedAt
                                              : a.batchNumber < b.batchNumber;
        });
        QList<BatchRecord> loaded;
        loaded.reserve(chosen.size());
        for (const StoredBatch &b : std::as_const(chosen)) {
            Result<BatchRecord> r = records.loadBatch(b.id);
            if (!r)
                return r.error();
            loaded << std::move(r).value();
        }
        count = loaded.size();
        document = Serializer::batchRecordDocument(loaded);
        break;
    }
    case What::Results:
    case What::Unassigned: {
        QList<QcResult> results;
        if (what == What::Results) {
            Result<QList<QcResult>> r = records.currentResults(batch);
            if (!r)
                return r.error();
            results = std::move(r).value();
        } else {
            Result<QList<InboxItem>> items = records.inbox(u"open"_s);
            if (!items)
                return items.error();
            for (const InboxItem &i : items.value())
                results << i.result;
        }
        count = results.size();
        document = format == Format::Csv ? Serializer::resultsCsvDocument(results)
                                         : Serializer::resultsJsonDocument(results);
        break;
    }
    }

    // Who took which data out, and the hash to recognise the document by.
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kRecordsExported);
    e.entityType = u"export"_s;
    e.entityId = whatId(what) + (batch.isEmpty() ? QString() : u" "_s + batch);
    e.field = format == Format::Csv ? u"csv"_s : u"json"_s;
    e.newValue = tr("%1 items, SHA-256 %2")
                     .arg(count)
                     .arg(QString::fromLatin1(crypto::sha256(document).toHex()));
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the export"), db.lastError());
    Result<AuditEvent> r = session.audit().append(session.user().userName, e);
    if (!r || !db.commit()) {
        const Error err =
            r ? Store::errorFrom(tr("Cannot record the export"), db.lastError()) : r.error();
        db.rollback();
        return err;
    }
    return document;
}

} // namespace rd
