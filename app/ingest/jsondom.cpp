// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/jsondom.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

namespace rd {

namespace {

// Whether some number in `e` is a zero written with a fraction or an exponent ("0.0", "0e5",
// "-0.0", "1e-400"): simdjson reads those as a double, Qt's reader as 0 or not at all.
bool holdsDoubleZero(simdjson::dom::element e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::DOUBLE: {
        double d = 1;
        return e.get_double().get(d) != simdjson::SUCCESS || d == 0;
    }
    case simdjson::dom::element_type::ARRAY: {
        simdjson::dom::array a;
        if (e.get_array().get(a) != simdjson::SUCCESS)
            return true;
        for (const simdjson::dom::element item : a) {
            if (holdsDoubleZero(item))
                return true;
        }
        return false;
    }
    case simdjson::dom::element_type::OBJECT: {
        simdjson::dom::object o;
        if (e.get_object().get(o) != simdjson::SUCCESS)
            return true;
        for (const simdjson::dom::key_value_pair field : o) {
            if (holdsDoubleZero(field.value))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

// Trees of pieces read before, kept to be read into again: a tree's memory, once written, is
// reused rather than asked of the system for each piece. Never destroyed, so that a piece freed
// while the program ends still has somewhere to go.
struct Spares
{
    std::mutex mutex;
    std::vector<std::unique_ptr<DomItems>> kept;
    static constexpr std::size_t kKept = 4;
    static constexpr std::size_t kLargest = std::size_t(4) << 20; // bytes of JSON
};

Spares &spares()
{
    static auto *s = new Spares;
    return *s;
}

std::unique_ptr<DomItems> takeSpare()
{
    Spares &s = spares();
    const std::lock_guard lock(s.mutex);
    if (s.kept.empty())
        return std::make_unique<DomItems>();
    std::unique_ptr<DomItems> out = std::move(s.kept.back());
    s.kept.pop_back();
    return out;
}

void giveBack(DomItems *items)
{
    items->items.clear();
    Spares &s = spares();
    const std::lock_guard lock(s.mutex);
    // Only the trees of pieces of the size the importer reads are kept; a larger one's memory
    // goes back to the system.
    if (s.kept.size() < Spares::kKept && items->document.capacity() <= Spares::kLargest)
        s.kept.emplace_back(items);
    else
        delete items;
}

} // namespace

QString DomValue::toString() const
{
    std::string_view s;
    if (!isString() || m_e.get_string().get(s) != simdjson::SUCCESS)
        return QString();
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

double DomValue::toDouble() const
{
    // A whole number beyond 2^53 rounds to the nearest double, as Qt's reader gives it.
    double d = 0;
    if (!isDouble() || m_e.get_double().get(d) != simdjson::SUCCESS)
        return 0;
    return d;
}

qint64 DomValue::toInteger(qint64 fallback) const
{
    if (!m_defined)
        return fallback;
    switch (m_e.type()) {
    case simdjson::dom::element_type::INT64: {
        int64_t i = 0;
        return m_e.get_int64().get(i) == simdjson::SUCCESS ? static_cast<qint64>(i) : fallback;
    }
    case simdjson::dom::element_type::UINT64: {
        uint64_t u = 0;
        if (m_e.get_uint64().get(u) != simdjson::SUCCESS ||
            u > static_cast<uint64_t>(std::numeric_limits<qint64>::max()))
            return fallback;
        return static_cast<qint64>(u);
    }
    case simdjson::dom::element_type::DOUBLE: {
        // As QJsonValue: a whole number within qint64's range (2^63 itself is not).
        double d = 0;
        if (m_e.get_double().get(d) != simdjson::SUCCESS || std::floor(d) != d ||
            !(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return fallback;
        return static_cast<qint64>(d);
    }
    default:
        return fallback;
    }
}

bool DomValue::toBool() const
{
    bool b = false;
    return isBool() && m_e.get_bool().get(b) == simdjson::SUCCESS && b;
}

DomArray DomValue::toArray() const
{
    simdjson::dom::array a;
    if (!isArray() || m_e.get_array().get(a) != simdjson::SUCCESS)
        return DomArray();
    return DomArray(a);
}

DomObject DomValue::toObject() const
{
    simdjson::dom::object o;
    if (!isObject() || m_e.get_object().get(o) != simdjson::SUCCESS)
        return DomObject();
    return DomObject(o);
}

DomValue DomObject::value(QLatin1StringView key) const
{
    if (!m_valid)
        return DomValue();
    simdjson::dom::element found;
    if (m_o.at_key(std::string_view(key.data(), static_cast<size_t>(key.size()))).get(found) !=
        simdjson::SUCCESS)
        return DomValue();
    return DomValue(found);
}

QStringList DomObject::keys() const
{
    QStringList out;
    if (!m_valid)
        return out;
    for (const simdjson::dom::key_value_pair field : m_o)
        out << QString::fromUtf8(field.key.data(), static_cast<qsizetype>(field.key.size()));
    return out;
}

bool DomObject::onlyKeysIn(const QStringList &known) const
{
    if (!m_valid)
        return true;
    for (const simdjson::dom::key_value_pair field : m_o) {
        const std::string_view key = field.key;
        const bool ascii = std::all_of(key.begin(), key.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii
                ? !known.contains(QLatin1StringView(key.data(), static_cast<qsizetype>(key.size())))
                : !known.contains(
                      QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()))))
            return false;
    }
    return true;
}

DomArray::DomArray(simdjson::dom::array a)
{
    m_items.reserve(a.size());
    for (const simdjson::dom::element e : a)
        m_items.push_back(e);
}

std::shared_ptr<const DomItems> DomItems::read(const QByteArray &json)
{
    thread_local simdjson::dom::parser parser;
    const auto size = static_cast<std::size_t>(json.size());
    if (parser.capacity() < size || parser.max_depth() != kMaxDepth)
        if (parser.allocate(size, kMaxDepth) != simdjson::SUCCESS)
            return nullptr;
    const std::shared_ptr<DomItems> out(takeSpare().release(), giveBack);
    simdjson::dom::element root;
    // Read from the parser's own padded copy of the text (a copy costs little beside the
    // reading): whether a QByteArray has room behind its text is not told by its capacity.
    if (parser.parse_into_document(out->document, json.constData(), size, true).get(root) !=
            simdjson::SUCCESS ||
        holdsDoubleZero(root))
        return nullptr;
    // `[[` items `]]`: the items are the inner list's.
    simdjson::dom::array outer, inner;
    simdjson::dom::element only;
    if (root.get_array().get(outer) != simdjson::SUCCESS || outer.size() != 1 ||
        outer.at(0).get(only) != simdjson::SUCCESS ||
        only.get_array().get(inner) != simdjson::SUCCESS)
        return nullptr;
    out->items.reserve(inner.size());
    for (const simdjson::dom::element e : inner)
        out->items.emplace_back(e);
    return out;
}

} // namespace rd
