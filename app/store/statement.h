// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rd {

class Statement;

// Values for a statement's parameters, encoded ahead of the write: an import encodes each row on
// the thread that checks it, so that the thread that writes only binds. Rows of cells, each row
// tagged by its writer with what it is; texts are kept in UTF-8, all in one buffer. A null
// QString is SQL NULL, an empty one '' (as Statement::add).
class BoundRows
{
public:
    BoundRows &add(qint64 value);
    BoundRows &add(int value) { return add(static_cast<qint64>(value)); }
    BoundRows &add(bool value) { return add(static_cast<qint64>(value ? 1 : 0)); }
    BoundRows &add(double value);
    BoundRows &add(const QString &value);
    BoundRows &addNull();
    // The cells added since the last row end are a row, of kind `tag`.
    void endRow(int tag = 0);
    // Room for this many more cells and bytes of text, ahead of adding them.
    void reserve(qsizetype cells, qsizetype textBytes);

    qsizetype rows() const { return static_cast<qsizetype>(m_rows.size()); }
    int tag(qsizetype row) const { return m_rows[static_cast<std::size_t>(row)].tag; }

private:
    friend class Statement;
    struct Cell
    {
        unsigned char type; // SQLITE_INTEGER...
        qint64 integer;     // a text's offset in m_texts
        double real;
        qsizetype size; // a text's size
    };
    struct Row
    {
        std::size_t end; // one past its last cell
        int tag;
    };
    std::vector<Cell> m_cells;
    std::vector<Row> m_rows;
    QByteArray m_texts;
};

// Told of each row an INSERT statement wrote, right after it ran, while its bound values can
// still be read (Statement::boundValue): RecordBindings::Collector.
class RowObserver
{
public:
    virtual ~RowObserver() = default;
    virtual void inserted(const Statement &insert) = 0;
};

// A statement prepared on the SQLite handle of one of our connections, bound by type: for the
// bulk writes of an import and the long reads of the verifier. Through QSqlQuery every bound
// value is a QVariant and a named-placeholder lookup, which cost an import more than SQLite's
// own work on the row. The statement belongs to the connection's thread; it is finalized when
// destroyed, and it must not outlive the connection's QSqlDatabase.
class Statement
{
    Q_DECLARE_TR_FUNCTIONS(rd::Statement)

public:
    Statement(const QSqlDatabase &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    sqlite3 *connection() const { return m_db; }

    // Positional values, in the order of the statement's parameters (as addBindValue). A null
    // QString is SQL NULL; an empty one is ''.
    Statement &add(qint64 value);
    Statement &add(int value) { return add(static_cast<qint64>(value)); }
    Statement &add(bool value) { return add(static_cast<qint64>(value ? 1 : 0)); }
    Statement &add(double value);
    Statement &add(const QString &value);
    Statement &addNull();
    // The cells of one row of `rows`, at the next parameters. The texts are bound where `rows`
    // keeps them, not copied: `rows` must stay as it is until the statement has run and its
    // observer has read it.
    Statement &add(const BoundRows &rows, qsizetype row);

    // Runs the statement to its end with the values added since the last run, then makes it
    // ready for the next: an error names `what` and SQLite's message, as Store::errorFrom.
    Status exec(const QString &what)
    {
        return execAs([&what] { return what; });
    }
    // The same, with `what()` called only for an error (bulk writes need not build the text
    // of a message for every row).
    template<class What>
    Status execAs(const What &what)
    {
        const int rc = run();
        if (rc == 0) { // SQLITE_OK
            ready();
            return {};
        }
        // The message is read before the reset, which in older SQLite versions replaces it.
        Error e = error(what(), rc);
        ready();
        return e;
    }
    // Runs the statement, calling row() for each row it gives (read with value()), then makes
    // it ready for the next run; an error names what() as exec() does.
    template<class What, class Row>
    Status eachRow(const What &what, const Row &row)
    {
        int rc = m_stmt ? m_bindCode : m_prepareCode;
        while (rc == 0 && nextRow(&rc))
            row();
        if (rc == 0) {
            ready();
            return {};
        }
        Error e = error(what(), rc);
        ready();
        return e;
    }
    // A column of the row eachRow() is at, as QSqlQuery::value() gives it (NULL is a null
    // QVariant).
    QVariant value(int column) const;

    qint64 lastInsertId() const;

    // A value added since the last run, or run last: kept until the next add() to its
    // parameter, so that what a run wrote can be told after it (RecordBindings::Collector).
    struct Bound
    {
        int type = 5; // SQLITE_NULL
        qint64 integer = 0;
        double real = 0;
        QByteArrayView text; // UTF-8
    };
    int parameterCount() const { return static_cast<int>(m_texts.size()) - 1; }
    // A parameter the last run left unbound is NULL, as SQLite ran it.
    Bound boundValue(int parameter) const;

    // The error of the connection's last call, as Store::errorFrom makes it.
    Error error(const QString &what, int code) const;

private:
    // Binds a UTF-8 text kept by the caller until the run.
    Statement &addText(QByteArrayView utf8);
    // Keeps the first failed bind since the last run and moves on to the next parameter.
    Statement &bound(int rc);
    // Steps to the end: SQLITE_OK, or the error.
    int run();
    // Steps to the next row: true at a row; false at the end (*rc 0) or on an error (*rc).
    bool nextRow(int *rc);
    // Reset, bindings cleared, for the next run.
    void ready();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareCode = 0;
    QString m_prepareMessage;
    int m_next = 1;                      // the parameter the next add() binds
    int m_bindCode = 0;                  // the first failed bind since the last run
    int m_lastBound = 0;                 // the parameters bound for the last run: 1 to this
    std::vector<QByteArray> m_texts;     // texts add() converted to UTF-8, one buffer per parameter
    std::vector<QByteArrayView> m_views; // each bound text, in m_texts or in BoundRows
    // Each parameter's type and number as bound (SQLITE_INTEGER...), beside m_texts.
    std::vector<unsigned char> m_types;
    std::vector<qint64> m_integers;
    std::vector<double> m_reals;
};

} // namespace rd
