// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "ingest/jsonkeys.h"
#include "ingest/problems.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rd {

class DomArray;
class DomObject;
class DomValue;

// The value and list types that go with a JSON object type.
template<class Object>
struct JsonTypes;
template<>
struct JsonTypes<QJsonObject>
{
    using Value = QJsonValue;
    using Array = QJsonArray;
};
template<>
struct JsonTypes<DomObject>
{
    using Value = DomValue;
    using Array = DomArray;
};

// Strict reading of the values in an input file: every complaint names the file, the place
// (a CSV line or a JSON path) and the field, and goes to a Problems list so that all of them
// are reported at once. Text is length-limited, numbers must be finite, times must carry
// their zone.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(rd::Fields)

public:
    enum Need {
        Required,
        Optional,
    };
    static constexpr int kIdLength = 64;
    static constexpr int kNameLength = 256;
    static constexpr int kTextLength = 4000;

    Fields(Problems &problems, QString file);

    void problem(const QString &where, const QString &field, const QString &reason);
    // The numbers of a JSON file as written where Qt's reader does not keep their text (from
    // firstDuplicateKey): number() then keeps "1.50", "-0" and long integers as they are. They
    // must outlive this object's reading.
    void setWrittenNumbers(const WrittenNumbers *written) { m_written = written; }
    const WrittenNumbers *writtenNumbers() const { return m_written; }
    // The text of the number at `path`.`key` as written, or an empty string where Qt's reading
    // keeps it.
    QString writtenAs(const QString &path, QLatin1StringView key) const;
    // Whether `text` reads as `value`: a text found by its path is used only then, so that a
    // member whose name looks like a path ("a.b[0].value") cannot lend its text to another.
    static bool sameValue(const QString &text, double value);
    Problems &problems() { return m_problems; }
    const QString &file() const { return m_file; }

    // Text parsing shared by CSV and JSON. `where` and `field` name the place for messages.
    QString text(const QString &value, const QString &where, const QString &field, Need need,
                 int maxLength);
    std::optional<Number> number(const QString &value, const QString &where, const QString &field,
                                 Need need);
    // A time to the millisecond; with `nanos`, a finer fraction (up to nine decimals) is kept
    // there, and without, refused rather than cut.
    QDateTime dateTime(const QString &value, const QString &where, const QString &field, Need need,
                       int *nanos = nullptr);
    QDate date(const QString &value, const QString &where, const QString &field, Need need);

    // JSON members of `o` at JSON path `path`. `Object` is QJsonObject, or DomObject (a piece
    // of a list as simdjson read it, jsondom.h), which answers as QJsonObject does.
    template<class Object>
    QString text(const Object &o, const QString &path, const char *key, Need need,
                 int maxLength = kNameLength);
    template<class Object>
    std::optional<Number> number(const Object &o, const QString &path, const char *key, Need need);
    template<class Object>
    QDateTime dateTime(const Object &o, const QString &path, const char *key, Need need,
                       int *nanos = nullptr);
    template<class Object>
    QDate date(const Object &o, const QString &path, const char *key, Need need);
    template<class Object>
    bool boolean(const Object &o, const QString &path, const char *key, bool fallback);
    template<class Object>
    int integer(const Object &o, const QString &path, const char *key, Need need, int min, int max);
    template<class Object>
    typename JsonTypes<Object>::Array array(const Object &o, const QString &path, const char *key,
                                            Need need, int maxItems);
    // A list with more items than it may have.
    void tooManyItems(const QString &path, const QString &key, qsizetype items, int maxItems);
    template<class Object>
    Object object(const Object &o, const QString &path, const char *key, Need need);
    // Reports members that are not in `known` (a misspelt field is an error, not a no-op), in
    // the order of their names.
    template<class Object>
    void onlyKnown(const Object &o, const QString &path, const QStringList &known);

    // The forms of codes, checked by hand (they run for every row of a file):
    //   identifier (batch number, sample)  [A-Za-z0-9][A-Za-z0-9._/-]{0,63}
    //   test code                          [A-Z][A-Z0-9_]{0,31}
    //   product code                       [A-Z0-9][A-Z0-9-]{1,31}
    //   number text (JSON's grammar)       -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    static bool isIdentifier(QStringView v);
    static bool isTestCode(QStringView v);
    static bool isProductCode(QStringView v);
    static bool isNumberText(QStringView v);

    // The canonical text of a number read as a JSON double: the shortest form that reads back
    // as the same double.
    static QString numberText(double value);
    // A JSON member as text, whatever its type, for messages.
    static QString shown(const QJsonValue &value);
    static QString shown(const DomValue &value);

private:
    Problems &m_problems;
    QString m_file;
    const WrittenNumbers *m_written = nullptr;
};

} // namespace rd
