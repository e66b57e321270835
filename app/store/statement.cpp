// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statement.h"

#include "store/sqlcipherdriver.h"
#include "store/store.h"

#include <QSqlError>

#include <sqlite3.h>

namespace rd {

namespace {

// Writes `value` in UTF-8 into `out` from `at` on, to its end: the store's texts are UTF-8, and
// SQLite's own conversion from UTF-16 is slower than this for the ASCII that most texts are.
void putUtf8(QByteArray &out, qsizetype at, const QString &value)
{
    const qsizetype size = value.size();
    out.resize(at + size);
    const char16_t *in = reinterpret_cast<const char16_t *>(value.constData());
    char *o = out.data() + at;
    qsizetype i = 0;
    for (; i < size && in[i] < 0x80; ++i)
        o[i] = static_cast<char>(in[i]);
    if (i < size) {
        out.resize(at);
        out += QStringView(value).toUtf8();
    }
}

} // namespace

BoundRows &BoundRows::add(qint64 value)
{
    m_cells.push_back({SQLITE_INTEGER, value, 0, 0});
    return *this;
}

BoundRows &BoundRows::add(double value)
{
    m_cells.push_back({SQLITE_FLOAT, 0, value, 0});
    return *this;
}

BoundRows &BoundRows::add(const QString &value)
{
    if (value.isNull())
        return addNull();
    const qsizetype at = m_texts.size();
    putUtf8(m_texts, at, value);
    m_cells.push_back({SQLITE_TEXT, at, 0, m_texts.size() - at});
    return *this;
}

BoundRows &BoundRows::addNull()
{
    m_cells.push_back({SQLITE_NULL, 0, 0, 0});
    return *this;
}

void BoundRows::endRow(int tag)
{
    m_rows.push_back({m_cells.size(), tag});
}

void BoundRows::reserve(qsizetype cells, qsizetype textBytes)
{
    m_cells.reserve(m_cells.size() + static_cast<std::size_t>(cells));
    m_texts.reserve(m_texts.size() + textBytes);
}

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
        m_views.resize(n);
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
    if (!m_stmt || m_next >= static_cast<int>(m_texts.size()))
        return bound(SQLITE_RANGE);
    // Converted here, into the parameter's own buffer (reused row after row), and kept until the
    // next value, so SQLite need not copy it.
    QByteArray &kept = m_texts[static_cast<std::size_t>(m_next)];
    putUtf8(kept, 0, value);
    return addText(QByteArrayView(kept));
}

Statement &Statement::addText(QByteArrayView utf8)
{
    int rc = SQLITE_RANGE;
    if (m_stmt && m_next < static_cast<int>(m_texts.size())) {
        // Never a null pointer, which SQLite would bind as NULL.
        rc = sqlite3_bind_text(m_stmt, m_next, utf8.isNull() ? "" : utf8.data(),
                               static_cast<int>(utf8.size()), SQLITE_STATIC);
        m_types[static_cast<std::size_t>(m_next)] = SQLITE_TEXT;
        m_views[static_cast<std::size_t>(m_next)] = utf8;
    }
    return bound(rc);
}

Statement &Statement::add(const BoundRows &rows, qsizetype row)
{
    if (row < 0 || row >= rows.rows()) { // no such row: the run fails
        if (m_bindCode == SQLITE_OK)
            m_bindCode = SQLITE_RANGE;
        return *this;
    }
    const auto r = static_cast<std::size_t>(row);
    const std::size_t first = r > 0 ? rows.m_rows[r - 1].end : 0;
    for (std::size_t i = first; i < rows.m_rows[r].end; ++i) {
        const BoundRows::Cell &c = rows.m_cells[i];
        switch (c.type) {
        case SQLITE_INTEGER:
            add(c.integer);
            break;
        case SQLITE_FLOAT:
            add(c.real);
            break;
        case SQLITE_TEXT:
            addText(QByteArrayView(rows.m_texts.constData() + c.integer, c.size));
            break;
        default:
            addNull();
        }
    }
    return *this;
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
        b.text = m_views[i];
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
