// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawdb.h"

#include <QFile>

#include <sqlite3.h>

namespace rd::test {

RawDb::RawDb(const QString &file, const SecureBytes &key, int pageSize)
{
    const QByteArray path = QFile::encodeName(file);
    if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 5000);
    if (!key.isEmpty()) {
        QByteArray blob =
            "x'" + QByteArray(key.constChar(), static_cast<qsizetype>(key.size())).toHex() + "'";
        sqlite3_key(m_db, blob.constData(), static_cast<int>(blob.size()));
        const QVariant version = value(QStringLiteral("PRAGMA cipher_version"));
        if (version.toString().section(u'.', 0, 0).toInt() >= 4)
            exec(QStringLiteral("PRAGMA cipher_compatibility = 3"));
        exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(pageSize));
    }
}

RawDb::~RawDb()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

int RawDb::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    m_error = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    return rc;
}

QVariant RawDb::value(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    QVariant out;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return out;
    }
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        switch (sqlite3_column_type(stmt, 0)) {
        case SQLITE_INTEGER:
            out = static_cast<qint64>(sqlite3_column_int64(stmt, 0));
            break;
        case SQLITE_FLOAT:
            out = sqlite3_column_double(stmt, 0);
            break;
        case SQLITE_BLOB:
            out = QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, 0)),
                             sqlite3_column_bytes(stmt, 0));
            break;
        case SQLITE_NULL:
            break;
        default:
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
    } else if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_finalize(stmt);
    return out;
}

int RawDb::execAroundTriggers(const QString &sql)
{
    // Every trigger exactly as it was, so that the schema reads as ReleaseDesk made it.
    QList<std::pair<QString, QByteArray>> triggers;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'", -1,
                           &stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return SQLITE_ERROR;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        triggers.append(
            {QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
             QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)))});
    }
    sqlite3_finalize(stmt);
    QString script = QStringLiteral("BEGIN;");
    for (const auto &[name, text] : std::as_const(triggers))
        script += QStringLiteral("DROP TRIGGER \"%1\";").arg(name);
    script += sql + u';';
    for (const auto &[name, text] : std::as_const(triggers))
        script += QString::fromUtf8(text) + u';';
    script += QStringLiteral("COMMIT;");
    const int rc = exec(script);
    if (rc != SQLITE_OK)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return rc;
}

} // namespace rd::test
