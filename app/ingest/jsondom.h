// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <memory>
#include <simdjson.h>
#include <vector>

namespace rd {

class DomArray;
class DomObject;

// A value of a piece of a JSON list as simdjson's DOM parser read it, with the part of
// QJsonValue's interface the record readers use (Fields, parseBatch), each answering as
// QJsonValue answers for the same text. JsonListPieces hands out such values only for a piece
// that Qt's reader reads to the same values (DomItems::read), so that a batch record read from
// either tree is the same record with the same problems; the reader of a piece skips building
// Qt's tree of it, which cost more than the rest of reading a batch record.
class DomValue
{
public:
    DomValue() = default; // undefined: a member the object does not have
    explicit DomValue(simdjson::dom::element e)
        : m_e(e)
        , m_defined(true)
    {}

    bool isUndefined() const { return !m_defined; }
    bool isNull() const { return m_defined && m_e.is_null(); }
    bool isString() const { return m_defined && m_e.is_string(); }
    bool isDouble() const { return m_defined && m_e.is_number(); } // every JSON number, as Qt
    bool isBool() const { return m_defined && m_e.is_bool(); }
    bool isArray() const { return m_defined && m_e.is_array(); }
    bool isObject() const { return m_defined && m_e.is_object(); }

    QString toString() const; // empty unless a string
    double toDouble() const;  // 0 unless a number
    // The number as an integer where it is a whole number a qint64 holds, else `fallback`.
    qint64 toInteger(qint64 fallback) const;
    bool toBool() const;
    DomArray toArray() const;   // empty unless a list
    DomObject toObject() const; // empty unless an object

private:
    simdjson::dom::element m_e;
    bool m_defined = false;
};

class DomObject
{
public:
    DomObject() = default; // empty
    explicit DomObject(simdjson::dom::object o)
        : m_o(o)
        , m_valid(true)
    {}

    DomValue value(QLatin1StringView key) const;
    QStringList keys() const; // as the file orders them
    // Whether every member's name is one of `known`, telling so without making their strings.
    bool onlyKeysIn(const QStringList &known) const;

private:
    simdjson::dom::object m_o;
    bool m_valid = false;
};

// A list's items, held so that each is at hand by its index (simdjson finds one by walking).
class DomArray
{
public:
    DomArray() = default;
    explicit DomArray(simdjson::dom::array a);

    qsizetype size() const { return static_cast<qsizetype>(m_items.size()); }
    DomValue at(qsizetype i) const { return DomValue(m_items[static_cast<std::size_t>(i)]); }

private:
    std::vector<simdjson::dom::element> m_items;
};

// The items of one piece (`[[` items `]]`) as simdjson read them, with the tree they live in.
struct DomItems
{
    simdjson::dom::document document;
    std::vector<DomValue> items;

    // The items of `json`, or nothing where they might not read as Qt's reader reads them: text
    // simdjson refuses or nests deeper than kMaxDepth (Qt's reader decides what is wrong with it),
    // and any number written as a zero with a fraction or an exponent, which is where the two
    // readers part (Qt's refuses a value that is too small to hold, such as 1e-400, that simdjson
    // reads as 0, and keeps no minus sign on -0.0).
    static std::shared_ptr<const DomItems> read(const QByteArray &json);
    static constexpr std::size_t kMaxDepth = 256;
};

} // namespace rd
