// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QJsonObject>
#include <QStringList>

namespace rd {

// Writes records in the native formats, exactly as Formats::parse reads them, so that an
// export imported elsewhere reproduces the store. The same forms feed the content hashes that
// tell an identical re-import from a conflicting one.
class Serializer
{
public:
    static QJsonObject toJson(const Specification &spec);
    static QJsonObject toJson(const BatchRecord &record);
    static QJsonObject toJson(const QcResult &result);
    // The CSV fields in the order of Formats::resultColumns().
    static QStringList toCsvFields(const QcResult &result);

    static QByteArray specificationDocument(const QList<Specification> &specs);
    static QByteArray batchRecordDocument(const QList<BatchRecord> &records);
    static QByteArray resultsJsonDocument(const QList<QcResult> &results);
    static QByteArray resultsCsvDocument(const QList<QcResult> &results);

    // QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact), written directly.
    static QByteArray compactJson(const BatchRecord &record);
    // SHA-256 (hex) of the record's canonical form, compactJson().
    static QString contentHash(const BatchRecord &record);
    // Whether two results carry the same facts (the key fields and everything measured).
    static bool sameResult(const QcResult &a, const QcResult &b);

    // As the native formats write a time: to the second, or with as many decimals as it has
    // (`nanos`: past the millisecond).
    static QString timeText(const QDateTime &utc, int nanos = 0);
};

} // namespace rd
