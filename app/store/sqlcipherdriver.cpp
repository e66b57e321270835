// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlcipherdriver.h"

#include "security/securebytes.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// Maps a declared column type to the Qt type its values come back as, following SQLite's own
// affinity rules (section 3.1 of "Datatypes In SQLite") plus BOOL for our boolean columns.
QMetaType metaTypeForDecl(const char *decl)
{
    if (!decl || !*decl)
        return QMetaType();
    const QByteArray t = QByteArray(decl).toUpper();
    if (t.contains("BOOL"))
        return QMetaType(QMetaType::Bool);
    if (t.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"))
        return QMetaType(QMetaType::QString);
    if (t.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    return QMetaType(QMetaType::Double); // NUMERIC affinity
}

bool startsWithInsert(const char *sql)
{
    if (!sql)
        return false;
    while (*sql == ' ' || *sql == '\t' || *sql == '\n' || *sql == '\r')
        ++sql;
    return sqlite3_strnicmp(sql, "INSERT", 6) == 0 || sqlite3_strnicmp(sql, "REPLACE", 7) == 0;
}

// True when only white space, semicolons and comments remain.
bool onlyTrivia(const char *p)
{
    while (p && *p) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ';') {
            ++p;
        } else if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                ++p;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = std::strstr(p + 2, "*/");
            if (!end)
                return true;
            p = end + 2;
        } else {
            return false;
        }
    }
    return true;
}

// Qt 6's QVariant::isNull() is false for a null QString or QByteArray; SQL NULL is what such a
// value means, so look inside.
bool isSqlNull(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(v.constData())->isNull();
    default:
        return false;
    }
}

} // namespace

// One statement. Forward-only results read values straight from the statement; scrollable
// ones keep every row stepped so far (rows are fetched lazily, only as far as asked).
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    void finalize();
    // A rollback ended the transaction this statement was reading in: it has no more rows, and
    // says so as an error rather than as the end of the data.
    void endAfterRollback();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    const SqlCipherDriver *owner() const { return static_cast<const SqlCipherDriver *>(driver()); }
    sqlite3 *db() const { return owner()->m_db; }
    void failWith(const QString &what, QSqlError::ErrorType type, int rc);
    bool bindAll(sqlite3_stmt *stmt, bool resolve);
    bool mapParameters(sqlite3_stmt *stmt, int count, int given);
    bool bindOne(sqlite3_stmt *stmt, int index, const QVariant &value);
    // Steps once; true for a row. On a row of a scrollable result the row is cached.
    bool step();
    QVariant columnValue(int column) const;
    QVariantList currentRow() const;
    void clearRows();

    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    // Each column's declared type, read for every value: QSqlRecord::field() makes a whole
    // QSqlField each time, which cost more than the value (a tenth of verifying the trail).
    QList<QMetaType> m_types;
    QList<QVariantList> m_rows; // scrollable cache
    QVariantList m_snapshot;    // forward-only: the last row, after stepping past it
    bool m_useSnapshot = false;
    bool m_pending = false; // forward-only: a row stepped by exec() but not yet fetched
    bool m_done = false;
    bool m_failed = false; // a step failed: the rows read are not all there are
    int m_rowsAffected = -1;
    int m_size = -1;
    bool m_sizeKnown = false;
    QVariant m_lastInsertId;
    QVariantList m_bound;         // value per SQLite parameter index - 1, kept for size()
    QList<int> m_positions;       // Qt's value position for each SQLite parameter
    QList<int> m_unusedPositions; // Qt positions no parameter reads
    int m_positionsGiven = -1;
    bool m_positionsValid = false;
    QList<QByteArray> m_keepAlive; // UTF-8 of bound text, alive until the next exec()
};

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver *d = owner())
        d->m_results.removeOne(this);
    finalize();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    clearRows();
}

void SqlCipherResult::endAfterRollback()
{
    if (!m_stmt || m_done)
        return;
    if (isActive() && isSelect()) {
        // SQLite would answer the next step with SQLITE_ABORT; say the same, so that a read
        // loop does not take the rows before the rollback for all there are.
        m_failed = true;
        setLastError(QSqlError(
            SqlCipherDriver::tr("The transaction the statement was reading in was rolled back"),
            QString(), QSqlError::StatementError, QString::number(SQLITE_ABORT)));
    }
    sqlite3_reset(m_stmt);
    m_done = true;
    m_pending = false;
    if (isForwardOnly() && !m_useSnapshot)
        setAt(QSql::AfterLastRow);
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_snapshot.clear();
    m_useSnapshot = false;
    m_pending = false;
    m_done = false;
    m_failed = false;
    m_rowsAffected = -1;
    m_size = -1;
    m_sizeKnown = false;
    m_lastInsertId.clear();
}

void SqlCipherResult::failWith(const QString &what, QSqlError::ErrorType type, int rc)
{
    const QString text =
        db() ? QString::fromUtf8(sqlite3_errmsg(db())) : QString::fromUtf8(sqlite3_errstr(rc));
    setLastError(QSqlError(what, text, type, QString::number(rc & 0xff)));
}

bool SqlCipherResult::reset(const QString &query)
{
    if (!prepare(query))
        return false;
    return exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    if (!driver() || !driver()->isOpen() || driver()->isOpenError() || !db())
        return false;
    finalize();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();
    m_types.clear();
    m_positionsValid = false;

    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc =
        sqlite3_prepare_v2(db(), sql.constData(), static_cast<int>(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        failWith(SqlCipherDriver::tr("Unable to prepare the statement"), QSqlError::StatementError,
                 rc);
        finalize();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(SqlCipherDriver::tr("The statement is empty"), QString(),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    if (!onlyTrivia(tail)) {
        setLastError(QSqlError(SqlCipherDriver::tr("Only one statement can be executed at a time"),
                               QString(), QSqlError::StatementError,
                               QString::number(SQLITE_MISUSE)));
        finalize();
        return false;
    }
    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, c)),
                        metaTypeForDecl(sqlite3_column_decltype(m_stmt, c)));
        m_record.append(field);
        m_types.append(field.metaType());
    }
    return true;
}

bool SqlCipherResult::bindOne(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    if (isSqlNull(value)) {
        rc = sqlite3_bind_null(stmt, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
            rc = sqlite3_bind_int(stmt, index, value.toBool() ? 1 : 0);
            break;
        case QMetaType::Int:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::UInt:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(stmt, index, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong u = value.toULongLong();
            if (u > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                m_keepAlive.append(QByteArray::number(u));
                rc = sqlite3_bind_text(stmt, index, m_keepAlive.last().constData(),
                                       static_cast<int>(m_keepAlive.last().size()), SQLITE_STATIC);
            } else {
                rc = sqlite3_bind_int64(stmt, index, static_cast<qint64>(u));
            }
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(stmt, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            m_keepAlive.append(value.toByteArray());
            const QByteArray &b = m_keepAlive.last();
            // A non-null empty array is an empty blob, not NULL.
            rc = sqlite3_bind_blob64(stmt, index, b.isEmpty() ? "" : b.constData(),
                                     static_cast<sqlite3_uint64>(b.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::QDateTime:
            m_keepAlive.append(value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
            rc = sqlite3_bind_text(stmt, index, m_keepAlive.last().constData(),
                                   static_cast<int>(m_keepAlive.last().size()), SQLITE_STATIC);
            break;
        case QMetaType::QDate:
            m_keepAlive.append(value.toDate().toString(Qt::ISODate).toUtf8());
            rc = sqlite3_bind_text(stmt, index, m_keepAlive.last().constData(),
                                   static_cast<int>(m_keepAlive.last().size()), SQLITE_STATIC);
            break;
        case QMetaType::QTime:
            m_keepAlive.append(value.toTime().toString(Qt::ISODateWithMs).toUtf8());
            rc = sqlite3_bind_text(stmt, index, m_keepAlive.last().constData(),
                                   static_cast<int>(m_keepAlive.last().size()), SQLITE_STATIC);
            break;
        default:
            if (!value.canConvert<QString>()) {
                setLastError(QSqlError(
                    SqlCipherDriver::tr("Cannot bind a value of type %1 to parameter %2")
                        .arg(QString::fromLatin1(value.metaType().name()))
                        .arg(index),
                    QString(), QSqlError::StatementError, QString::number(SQLITE_MISMATCH)));
                return false;
            }
            m_keepAlive.append(value.toString().toUtf8());
            rc = sqlite3_bind_text64(stmt, index, m_keepAlive.last().constData(),
                                     static_cast<sqlite3_uint64>(m_keepAlive.last().size()),
                                     SQLITE_STATIC, SQLITE_UTF8);
            break;
        }
    }
    if (rc != SQLITE_OK) {
        failWith(SqlCipherDriver::tr("Unable to bind parameter %1").arg(index),
                 QSqlError::StatementError, rc);
        return false;
    }
    return true;
}

// Binds Qt's values to SQLite's parameters. With `resolve`, works out which value belongs to
// which parameter (named parameters by name, '?' by position) and remembers the result;
// without, rebinds what was remembered (for the counting statement of size()).
bool SqlCipherResult::bindAll(sqlite3_stmt *stmt, bool resolve)
{
    const int count = sqlite3_bind_parameter_count(stmt);
    if (!resolve) {
        for (int i = 0; i < count && i < m_bound.size(); ++i) {
            if (!bindOne(stmt, i + 1, m_bound.at(i)))
                return false;
        }
        return true;
    }

    m_bound.clear();
    m_keepAlive.clear();
    const QList<QVariant> &values = boundValues();
    const int given = boundValueCount();
    // Which of Qt's value positions feeds which SQLite parameter depends only on the statement
    // and on how many values Qt holds, so it is worked out once, not on every execution.
    if (!m_positionsValid || m_positionsGiven != given) {
        if (!mapParameters(stmt, count, given))
            return false;
    }
    for (int i = 1; i <= count; ++i) {
        const QVariant &value = values.at(m_positions.at(i - 1));
        m_bound.append(value);
        if (!bindOne(stmt, i, value))
            return false;
    }
    // A value bound at a position the statement does not have is a mistake, not a no-op.
    int extra = 0;
    for (int pos : std::as_const(m_unusedPositions)) {
        if (values.at(pos).isValid())
            ++extra;
    }
    if (extra > 0) {
        setLastError(QSqlError(
            SqlCipherDriver::tr("Too many values bound: the statement has %1 parameters, %2 given")
                .arg(count)
                .arg(count + extra),
            QString(), QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    return true;
}

// Qt hands the statement over with '?' renamed to :0, :1, ..., so every parameter SQLite sees
// usually has a name; Qt keeps each value at the position of its placeholder.
bool SqlCipherResult::mapParameters(sqlite3_stmt *stmt, int count, int given)
{
    m_positionsValid = false;
    m_positions.clear();
    m_unusedPositions.clear();
    QHash<QString, int> positionOf;
    positionOf.reserve(given);
    for (int pos = given - 1; pos >= 0; --pos)
        positionOf.insert(boundValueName(pos), pos); // the first position of a repeated name wins
    std::vector<bool> used(static_cast<std::size_t>(std::max(given, 0)), false);
    for (int i = 1; i <= count; ++i) {
        const char *name = sqlite3_bind_parameter_name(stmt, i);
        int pos = -1;
        if (!name)
            pos = i <= given ? i - 1 : -1;
        else if (name[0] == '?')
            pos = QByteArray(name + 1).toInt() - 1;
        else
            pos = positionOf.value(QString::fromUtf8(name), -1);
        if (pos < 0 || pos >= given) {
            setLastError(QSqlError(SqlCipherDriver::tr("No value bound for parameter %1")
                                       .arg(name ? QString::fromUtf8(name) : QString::number(i)),
                                   QString(), QSqlError::StatementError,
                                   QString::number(SQLITE_RANGE)));
            return false;
        }
        m_positions.append(pos);
        used[static_cast<std::size_t>(pos)] = true;
    }
    // Positions no parameter reads. A repeated named placeholder leaves its later positions
    // unread but holding the same name: those are not extra values.
    QSet<QString> usedNames;
    for (int pos = 0; pos < given; ++pos) {
        if (used[static_cast<std::size_t>(pos)])
            usedNames.insert(boundValueName(pos));
    }
    for (int pos = 0; pos < given; ++pos) {
        if (!used[static_cast<std::size_t>(pos)] && !usedNames.contains(boundValueName(pos)))
            m_unusedPositions.append(pos);
    }
    m_positionsGiven = given;
    m_positionsValid = true;
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        setLastError(QSqlError(SqlCipherDriver::tr("No statement has been prepared"), QString(),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearRows();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!bindAll(m_stmt, true))
        return false;

    // sqlite3_changes() and sqlite3_last_insert_rowid() keep their values from earlier
    // statements; the connection's running total tells whether this one changed anything.
    const int totalBefore = sqlite3_total_changes(db());
    const int rc = sqlite3_step(m_stmt);
    const bool hasColumns = sqlite3_column_count(m_stmt) > 0;
    if (rc == SQLITE_ROW) {
        setSelect(true);
        if (isForwardOnly())
            m_pending = true;
        else
            m_rows.append(currentRow());
    } else if (rc == SQLITE_DONE) {
        setSelect(hasColumns);
        m_done = true;
        if (hasColumns) {
            m_size = 0;
            m_sizeKnown = true;
        } else {
            const bool changed = sqlite3_total_changes(db()) != totalBefore;
            m_rowsAffected = changed ? sqlite3_changes(db()) : 0;
            if (changed && m_rowsAffected > 0 && startsWithInsert(sqlite3_sql(m_stmt)))
                m_lastInsertId = QVariant(static_cast<qint64>(sqlite3_last_insert_rowid(db())));
            sqlite3_reset(m_stmt); // release locks now rather than at the next exec()
        }
    } else {
        failWith(SqlCipherDriver::tr("Unable to execute the statement"), QSqlError::StatementError,
                 rc);
        sqlite3_reset(m_stmt);
        return false;
    }
    setActive(true);
    return true;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    const QMetaType declared = m_types.value(column);
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return QVariant(declared);
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_column_int64(m_stmt, column);
        if (declared.id() == QMetaType::Bool)
            return QVariant(v != 0);
        // The precision policy is about non-integer numbers; integers stay exact.
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return QVariant(static_cast<int>(v));
        return QVariant(v);
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(static_cast<int>(v));
        case QSql::LowPrecisionInt64:
            return QVariant(static_cast<qint64>(v));
        default:
            return QVariant(v);
        }
    }
    case SQLITE_BLOB: {
        const void *p = sqlite3_column_blob(m_stmt, column);
        const int n = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QByteArray(p ? static_cast<const char *>(p) : "", n));
    }
    default: {
        const unsigned char *p = sqlite3_column_text(m_stmt, column);
        const int n = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(p), n));
    }
    }
}

QVariantList SqlCipherResult::currentRow() const
{
    const int columns = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c)
        row.append(columnValue(c));
    return row;
}

bool SqlCipherResult::step()
{
    if (m_done || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        if (!isForwardOnly())
            m_rows.append(currentRow());
        return true;
    }
    m_done = true;
    // QSqlQuery::next() answers false either way; only the error tells a damaged page or a
    // failed read from the end of the rows.
    if (rc != SQLITE_DONE) {
        m_failed = true;
        failWith(SqlCipherDriver::tr("Unable to fetch the row"), QSqlError::StatementError, rc);
    }
    if (!isForwardOnly()) {
        m_size = static_cast<int>(m_rows.size());
        m_sizeKnown = (rc == SQLITE_DONE);
    }
    sqlite3_reset(m_stmt);
    return false;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;
    if (!isForwardOnly()) {
        while (m_rows.size() <= index && step()) {
        }
        if (index < m_rows.size()) {
            setAt(index);
            return true;
        }
        setAt(QSql::AfterLastRow);
        return false;
    }

    // Forward-only: the statement only moves ahead.
    if (index < at() || m_useSnapshot)
        return index == at() && at() >= 0;
    while (at() < index) {
        if (m_pending) {
            m_pending = false;
        } else if (!step()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        setAt(at() < 0 ? 0 : at() + 1);
    }
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (!isForwardOnly()) {
        while (step()) {
        }
        // After a failed step the last row read is not the last row.
        if (m_rows.isEmpty() || m_failed)
            return false;
        setAt(static_cast<int>(m_rows.size() - 1));
        return true;
    }
    // Forward-only: keep a copy of each row before stepping past it, so the last one can still
    // be read once the statement has finished.
    int position = at();
    bool haveRow = false;
    if (m_pending) {
        m_pending = false;
        position = position < 0 ? 0 : position + 1;
        haveRow = true;
    } else if (position >= 0 && !m_done) {
        haveRow = true;
    }
    while (!m_done) {
        QVariantList row = haveRow ? currentRow() : QVariantList();
        if (!step()) {
            if (!haveRow || m_failed) {
                setAt(QSql::AfterLastRow);
                return false;
            }
            m_snapshot = std::move(row);
            m_useSnapshot = true;
            setAt(position);
            return true;
        }
        position = position < 0 ? 0 : position + 1;
        haveRow = true;
    }
    return false;
}

QVariant SqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return QVariant();
    if (!isForwardOnly())
        return at() < m_rows.size() ? m_rows.at(at()).at(column) : QVariant();
    if (m_useSnapshot)
        return m_snapshot.value(column);
    return columnValue(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return true;
    if (!isForwardOnly() || m_useSnapshot)
        return data(column).isNull();
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    if (!isActive() || !isSelect())
        return -1;
    if (m_sizeKnown)
        return m_size;
    // Count with a second statement of the same text and bindings, so that asking for the
    // size neither moves this result nor loads its rows into memory.
    sqlite3_stmt *counter = nullptr;
    if (sqlite3_prepare_v2(db(), sqlite3_sql(m_stmt), -1, &counter, nullptr) != SQLITE_OK)
        return -1;
    int rows = 0;
    if (bindAll(counter, false)) {
        int rc;
        while ((rc = sqlite3_step(counter)) == SQLITE_ROW)
            ++rows;
        if (rc != SQLITE_DONE)
            rows = -1;
    } else {
        rows = -1;
    }
    sqlite3_finalize(counter);
    if (rows >= 0) {
        m_size = rows;
        m_sizeKnown = true;
    }
    return rows;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect())
        return QSqlRecord();
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_pending = false;
    m_done = true;
}

// ---------------------------------------------------------------------------------------------

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case QuerySize:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case SimpleLocking:
    case FinishQuery:
        return true;
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError SqlCipherDriver::makeError(const QString &what, QSqlError::ErrorType type, int code) const
{
    const QString text =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, text, type, QString::number(code & 0xff));
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &, const QString &,
                           int, const QString &connectOptions)
{
    if (isOpen())
        close();

    int busyTimeout = 5000;
    // Each connection belongs to one thread (Store::connection() keeps one per thread, and Qt
    // binds a connection to the thread that made it), so SQLite need not lock the connection
    // around every call: that locking was a tenth of verifying a large audit trail.
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    m_beginImmediate = true;
    const QStringList options = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : options) {
        const QString option = raw.trimmed();
        if (option.startsWith(u"QSQLCIPHER_BUSY_TIMEOUT="_s)) {
            bool ok = false;
            const int ms = option.mid(option.indexOf(u'=') + 1).toInt(&ok);
            if (ok && ms >= 0)
                busyTimeout = ms;
        } else if (option == u"QSQLCIPHER_OPEN_READONLY"_s) {
            flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
        } else if (option == u"QSQLCIPHER_NO_CREATE"_s) {
            flags &= ~SQLITE_OPEN_CREATE;
        } else if (option == u"QSQLCIPHER_BEGIN_DEFERRED"_s) {
            m_beginImmediate = false;
        } else if (!option.isEmpty()) {
            setLastError(QSqlError(tr("Unknown connect option: %1").arg(option), QString(),
                                   QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
            setOpenError(true);
            return false;
        }
    }

    const QByteArray path = db.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Unable to open the database"), QSqlError::ConnectionError, rc));
        if (m_db) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
        setOpenError(true);
        return false;
    }
    sqlite3_busy_timeout(m_db, busyTimeout);
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    const QList<SqlCipherResult *> results = m_results;
    for (SqlCipherResult *result : results)
        result->finalize();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::readFailed(const QString &what, int code) const
{
    // Qt's catalogue calls are const and answer with a value: the driver's error is the one
    // way left to say that the answer is not whole.
    const_cast<SqlCipherDriver *>(this)->setLastError(
        makeError(what, QSqlError::StatementError, code));
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &what)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(what, QSqlError::TransactionError, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return execSimple(m_beginImmediate ? "BEGIN IMMEDIATE" : "BEGIN",
                      tr("Unable to begin the transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    if (execSimple("COMMIT", tr("Unable to commit the transaction")))
        return true;
    // A failed sync of the write-ahead log leaves the whole transaction in it, commit frame and
    // all, while SQLite reports the failure and rolls it back in memory: the next process to
    // open the file after a crash would find it committed. Copy what is committed into the
    // database and empty the log, so that what was reported stays true (best effort: a reader
    // in another process keeps the log, and the next write then overwrites those frames).
    const int rc = sqlite3_extended_errcode(m_db);
    if ((rc & 0xff) == SQLITE_IOERR && sqlite3_get_autocommit(m_db))
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    return false;
}

bool SqlCipherDriver::rollbackTransaction()
{
    // Statements still reading would keep the transaction open; end them first (they must
    // not start over from the first row on the next fetch).
    for (SqlCipherResult *result : std::as_const(m_results))
        result->endAfterRollback();
    return execSimple("ROLLBACK", tr("Unable to roll back the transaction"));
}

bool SqlCipherDriver::executeScript(const QString &sql)
{
    if (!m_db)
        return false;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Unable to execute the script"), QSqlError::StatementError, rc));
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QStringList conditions;
    if (type & QSql::Tables)
        conditions << u"(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')"_s;
    if (type & QSql::Views)
        conditions << u"type = 'view'"_s;
    if (type & QSql::SystemTables)
        conditions << u"(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')"_s;
    if (conditions.isEmpty())
        return names;
    const QByteArray sql = (u"SELECT name FROM sqlite_master WHERE "_s +
                            conditions.join(u" OR "_s) + u" ORDER BY name"_s)
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            names << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    if (rc != SQLITE_DONE)
        readFailed(tr("Unable to read the list of tables"), rc); // while SQLite has the message
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return {};
    if ((type & QSql::SystemTables) && !names.contains(u"sqlite_master"_s))
        names << u"sqlite_master"_s;
    return names;
}

namespace {
struct ColumnInfo
{
    QString name;
    QByteArray declared;
    bool notNull = false;
    QVariant defaultValue;
    int pkOrdinal = 0;
};

// The columns of a table; *rc is SQLITE_DONE when all of them were read.
QList<ColumnInfo> tableInfo(sqlite3 *db, const QString &escapedTable, int *rc)
{
    QList<ColumnInfo> columns;
    const QByteArray sql = (u"PRAGMA table_info("_s + escapedTable + u')').toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if ((*rc = sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr)) != SQLITE_OK)
        return columns;
    while ((*rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ColumnInfo c;
        c.name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
        c.declared = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)));
        c.notNull = sqlite3_column_int(stmt, 3) != 0;
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
            c.defaultValue =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4)));
        c.pkOrdinal = sqlite3_column_int(stmt, 5);
        columns << c;
    }
    sqlite3_finalize(stmt);
    return columns;
}
} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!isOpen())
        return record;
    const QString table = isIdentifierEscaped(tableName, TableName)
                              ? stripDelimiters(tableName, TableName)
                              : tableName;
    int rc = SQLITE_OK;
    const QList<ColumnInfo> columns = tableInfo(m_db, escapeIdentifier(table, TableName), &rc);
    if (rc != SQLITE_DONE) {
        readFailed(tr("Unable to read the columns of %1").arg(table), rc);
        return record;
    }
    const int pkColumns = static_cast<int>(std::count_if(
        columns.cbegin(), columns.cend(), [](const ColumnInfo &c) { return c.pkOrdinal > 0; }));
    for (const ColumnInfo &c : columns) {
        QSqlField field(c.name, metaTypeForDecl(c.declared.constData()), table);
        field.setRequiredStatus(c.notNull ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(c.defaultValue);
        // INTEGER PRIMARY KEY is the rowid: SQLite fills it in.
        field.setAutoValue(c.pkOrdinal > 0 && pkColumns == 1 &&
                           c.declared.toUpper() == QByteArrayLiteral("INTEGER"));
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = isIdentifierEscaped(tableName, TableName)
                              ? stripDelimiters(tableName, TableName)
                              : tableName;
    QSqlIndex index(table, QString());
    if (!isOpen())
        return index;
    int rc = SQLITE_OK;
    QList<ColumnInfo> columns = tableInfo(m_db, escapeIdentifier(table, TableName), &rc);
    if (rc != SQLITE_DONE) {
        readFailed(tr("Unable to read the columns of %1").arg(table), rc);
        return index;
    }
    std::sort(columns.begin(), columns.end(),
              [](const ColumnInfo &a, const ColumnInfo &b) { return a.pkOrdinal < b.pkOrdinal; });
    for (const ColumnInfo &c : std::as_const(columns)) {
        if (c.pkOrdinal > 0)
            index.append(QSqlField(c.name, metaTypeForDecl(c.declared.constData()), table));
    }
    if (!index.isEmpty())
        index.setName(u"sqlite_autoindex_"_s + table + u"_1"_s);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString out = identifier;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

bool SqlCipherDriver::applyRawKey(const SecureBytes &key)
{
    if (!m_db || key.isEmpty())
        return false;
    // SQLCipher takes a raw key as the text x'<hex>'; build it in locked memory.
    const SecureBytes hex = key.toHex();
    SecureBytes text(hex.size() + 3);
    text.data()[0] = 'x';
    text.data()[1] = '\'';
    std::copy_n(hex.data(), hex.size(), text.data() + 2);
    text.data()[text.size() - 1] = '\'';
    const int rc = sqlite3_key(m_db, text.data(), static_cast<int>(text.size()));
    if (rc != SQLITE_OK) {
        setLastError(
            makeError(tr("Unable to set the database key"), QSqlError::ConnectionError, rc));
        return false;
    }
    return true;
}

QString SqlCipherDriver::libraryVersion()
{
    QString cipher;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            cipher =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    if (cipher.isEmpty())
        cipher = tr("none");
    return tr("%1 on SQLite %2").arg(cipher, QString::fromLatin1(sqlite3_libversion()));
}

int SqlCipherDriver::sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // No statistics of SQLite's memory: keeping them takes a process-wide lock on every
        // allocation of every connection. Only possible before SQLite starts; refused (and
        // harmless) if it already has.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        // SQLCipher 4 writes its own lines to stderr (a page that fails its HMAC, at level
        // WARN and above) beside the one line the command line gives for the same failure;
        // every failure reaches the caller as an error anyway. The level is the process's, set
        // on any connection; SQLCipher 3 does not know the pragma and ignores it.
        sqlite3 *quiet = nullptr;
        if (sqlite3_open_v2(":memory:", &quiet, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
            sqlite3_exec(quiet, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
        sqlite3_close(quiet);
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(SqlCipherDriver::kDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

} // namespace rd
