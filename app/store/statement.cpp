// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statement.h"

#include "store/sqlcipherdriver.h"
#include "store/store.h"

#include <QSqlError>

#include <sqlite3.h>

namespace rd {

Statement::Statement(const QSqlDatabase &db, const char *sql)
{
    auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
    m_db = driver ? driver->connection() : nullptr;
    if (!m_db) {
        m_prepareCode = SQLITE_MISUSE;
        return;
    }
    m_prepareCode = sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr);
    if (m_prepareCode != SQLITE_OK) {
        m_prepareMessage = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    } else {
        const auto n = static_cast<std::size_t>(sqlite3_bind_parameter_count(m_stmt)) + 1;
        m_texts.resize(n);
        m_types.assign(n, SQLITE_NULL);
        m_integers.assign(n, 0);
        m_reals.assign(n, 0);
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bound(int rc)
{
    if (rc != SQLITE_OK && m_bindCode == SQLITE_OK)
        m_bindCode = rc;
    ++m_next;
    return *this;
}

Statement &Statement::add(qint64 value)
{
    if (m_next < static_cast<int>(m_types.size())) {
        m_types[static_cast<std::size_t>(m_next)] = SQLITE_INTEGER;
        m_integers[static_cast<std::size_t>(m_next)] = value;
    }
    return bound(m_stmt ? sqlite3_bind_int64(m_stmt, m_next, value) : SQLITE_MISUSE);
}

Statement &Statement::add(double value)
{
    if (m_next < static_cast<int>(m_types.size())) {
        m_types[static_cast<std::size_t>(m_next)] = SQLITE_FLOAT;
        m_reals[static_cast<std::size_t>(m_next)] = value;
    }
    return bound(m_stmt ? sqlite3_bind_double(m_stmt, m_next, value) : SQLITE_MISUSE);
}

Statement &Statement::add(const QString &value)
{
    if (value.isNull())
        return addNull();
    int rc = SQLITE_RANGE;
    if (m_stmt && m_next < static_cast<int>(m_texts.size())) {
        // Converted here, into the parameter's own buffer (reused row after row), and kept
        // until the next value, so SQLite need not copy it: the store's texts are UTF-8, and
        // SQLite's own conversion from UTF-16 is slower than this.
        QByteArray &kept = m_texts[static_cast<std::size_t>(m_next)];
        const qsizetype size = value.size();
        kept.resize(size);
        const char16_t *in = reinterpret_cast<const char16_t *>(value.constData());
        char *out = kept.data();
        qsizetype i = 0;
        for (; i < size && in[i] < 0x80; ++i)
            out[i] = static_cast<char>(in[i]);
        if (i < size)
            kept = value.toUtf8();
        rc = sqlite3_bind_text(m_stmt, m_next, kept.constData(), static_cast<int>(kept.size()),
                               SQLITE_STATIC);
        m_types[static_cast<std::size_t>(m_next)] = SQLITE_TEXT;
    }
    return bound(rc);
}

Statement &Statement::addNull()
{
    if (m_next < static_cast<int>(m_types.size()))
        m_types[static_cast<std::size_t>(m_next)] = SQLITE_NULL;
    return bound(m_stmt ? sqlite3_bind_null(m_stmt, m_next) : SQLITE_MISUSE);
}

Statement::Bound Statement::boundValue(int parameter) const
{
    Bound b;
    // Before the next run's first add(), m_next is 1 and the last run's values are kept.
    const int bound = m_next > 1 ? m_next - 1 : m_lastBound;
    if (parameter < 1 || parameter > bound || parameter >= static_cast<int>(m_types.size()))
        return b;
    const auto i = static_cast<std::size_t>(parameter);
    b.type = m_types[i];
    b.integer = m_integers[i];
    b.real = m_reals[i];
    if (b.type == SQLITE_TEXT)
        b.text = QByteArrayView(m_texts[i]);
    return b;
}

int Statement::run()
{
    int rc = m_stmt ? m_bindCode : m_prepareCode;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(m_stmt);
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    return rc;
}

bool Statement::nextRow(int *rc)
{
    const int step = sqlite3_step(m_stmt);
    if (step == SQLITE_ROW)
        return true;
    *rc = step == SQLITE_DONE ? SQLITE_OK : step;
    return false;
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qint64>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QVariant(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                              sqlite3_column_bytes(m_stmt, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return QVariant();
    }
}

void Statement::ready()
{
    m_lastBound = m_next - 1;
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_next = 1;
    m_bindCode = SQLITE_OK;
}

qint64 Statement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

Error Statement::error(const QString &what, int code) const
{
    QString text;
    if (!m_stmt && !m_prepareMessage.isEmpty())
        text = m_prepareMessage;
    else if (m_db && code == sqlite3_errcode(m_db))
        text = QString::fromUtf8(sqlite3_errmsg(m_db));
    else
        text = QString::fromUtf8(sqlite3_errstr(code));
    return Store::errorFrom(
        what, QSqlError(QString(), text, QSqlError::StatementError, QString::number(code & 0xff)));
}

} // namespace rd
