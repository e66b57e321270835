// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storefiles.h"
#include "security/securebytes.h"

#include <QString>
#include <QVariant>

struct sqlite3;

namespace rd::test {

// records.db through the SQLCipher C API with the raw key, as someone holding the key would
// reach it from outside ReleaseDesk: to tamper with it, or to look at it.
class RawDb
{
public:
    // With an empty key the file is opened unencrypted.
    // `pageSize` as keyslots.json records it; new stores have kNewStorePageSize.
    RawDb(const QString &file, const SecureBytes &key, int pageSize = kNewStorePageSize);
    ~RawDb();
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    // Runs statements; returns the SQLite result code, with the message in lastError().
    int exec(const QString &sql);
    // Runs statements with every trigger dropped first and made again afterwards, exactly as
    // it was, in one transaction: what someone holding the key does to get past the
    // append-only triggers without leaving them changed.
    int execAroundTriggers(const QString &sql);
    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql);
    QString lastError() const { return m_error; }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace rd::test
