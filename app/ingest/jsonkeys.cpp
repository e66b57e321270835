// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/jsonkeys.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <simdjson.h>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

namespace od = simdjson::ondemand;

// Whether Qt's reading of the number `raw` gives back the same text in the form ReleaseDesk
// writes a number it read as a double (Fields::number): a plain integer, or a decimal of at most
// 15 digits that does not end in 0 and needs no exponent. Anything else is checked by the slow
// path, on Qt's own terms.
bool plainForm(std::string_view raw)
{
    std::size_t i = raw.size() && raw.front() == '-' ? 1 : 0;
    const std::size_t start = i;
    std::size_t digits = 0, point = std::string_view::npos;
    for (; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == '.' && point == std::string_view::npos)
            point = i;
        else
            return false; // an exponent
    }
    if (point == std::string_view::npos)    // an integer: no leading zeros in JSON, so its digits
        return digits <= 18 && raw != "-0"; // Qt reads -0 as 0
    if (raw.back() == '0' || digits > 15)
        return false;
    // 0.000123 is written 0.000123, but 0.0000123 as 1.23e-05.
    if (raw[start] == '0') {
        std::size_t zeros = 0;
        for (std::size_t j = point + 1; j < raw.size() && raw[j] == '0'; ++j)
            ++zeros;
        return zeros < 4;
    }
    return point - start < 16;
}

// The text Fields::number makes of the number `raw` as Qt's JSON reader gives it: the digits of
// an integral value that fits 64 bits, else the shortest form; a zero is 0 (Qt drops its sign).
QString qtForm(std::string_view raw)
{
    const QByteArray text(raw.data(), static_cast<qsizetype>(raw.size()));
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (!ok)
        return QString();
    if (d == 0)
        return u"0"_s;
    if (d >= -9.2e18 && d <= 9.2e18 && static_cast<double>(static_cast<qint64>(d)) == d)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

class Walker
{
public:
    static constexpr std::size_t kFew = 16;
    std::optional<JsonDuplicate> found;
    // Where the numbers' texts go, by the hash of their path, with the text's offset from the
    // start of the input.
    QHash<quint64, std::pair<qint64, qint32>> *written = nullptr;
    const char *base = nullptr;
    qint64 skipped = 0;
    // The path of the value walked first ("$", or "$.results" for a piece of that list, whose
    // items are numbered from `firstItem`).
    std::string_view root = "$";
    std::size_t firstItem = 0;

    simdjson::error_code walk(od::value value)
    {
        od::json_type type{};
        if (const auto e = value.type().get(type))
            return e;
        if (type == od::json_type::object) {
            od::object object;
            if (const auto e = value.get_object().get(object))
                return e;
            // The views point into the parser's string buffer, which lives as long as the
            // document. Most objects hold a handful of members, where a list beats a hash; a
            // large one (a crafted file, say) moves to a hash set so that it stays linear.
            std::vector<std::string_view> few;
            std::unordered_set<std::string_view> many;
            for (auto field : object) {
                std::string_view key;
                if (const auto e = field.unescaped_key().get(key))
                    return e;
                bool repeated = false;
                if (many.empty()) {
                    repeated = std::find(few.cbegin(), few.cend(), key) != few.cend();
                    few.push_back(key);
                    if (few.size() > kFew)
                        many.insert(few.cbegin(), few.cend());
                } else {
                    repeated = !many.insert(key).second;
                }
                if (repeated) {
                    found = JsonDuplicate{path(), text(key)};
                    return simdjson::SUCCESS;
                }
                od::value member;
                if (const auto e = field.value().get(member))
                    return e;
                m_path.emplace_back(key);
                const auto e = walk(member);
                m_path.pop_back();
                if (e || found)
                    return e;
            }
        } else if (type == od::json_type::array) {
            od::array array;
            if (const auto e = value.get_array().get(array))
                return e;
            std::size_t index = m_path.empty() ? firstItem : 0;
            for (auto element : array) {
                od::value item;
                if (const auto e = element.get(item))
                    return e;
                m_path.emplace_back(index++);
                const auto e = walk(item);
                m_path.pop_back();
                if (e || found)
                    return e;
            }
        } else if (type == od::json_type::number && written) {
            std::string_view raw = value.raw_json_token();
            while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' ||
                                    raw.back() == '\t'))
                raw.remove_suffix(1);
            if (!plainForm(raw) &&
                qtForm(raw) != QLatin1StringView(raw.data(), static_cast<qsizetype>(raw.size())))
                written->insert(pathHash(),
                                {raw.data() - base + skipped, static_cast<qint32>(raw.size())});
        }
        // A string, true, false or null holds no names; On-Demand skips it.
        return simdjson::SUCCESS;
    }

private:
    // Where the walk is: member names and array indices, made into a path only when needed.
    std::vector<std::variant<std::string_view, std::size_t>> m_path;

    static QString text(std::string_view s)
    {
        return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    }

    // The hash of the path (WrittenNumbers::hash), made only for the rare number Qt's reader
    // would not keep as written.
    quint64 pathHash() const
    {
        quint64 h = WrittenNumbers::hash(WrittenNumbers::kSeed, root);
        for (const auto &step : m_path) {
            if (const auto *name = std::get_if<std::string_view>(&step)) {
                h = WrittenNumbers::hash(WrittenNumbers::hash(h, "."), *name);
            } else {
                const std::string index = '[' + std::to_string(std::get<std::size_t>(step)) + ']';
                h = WrittenNumbers::hash(h, index);
            }
        }
        return h;
    }

    QString path() const
    {
        QString out = text(root);
        for (const auto &step : m_path) {
            if (const auto *name = std::get_if<std::string_view>(&step))
                out += u'.' + text(*name);
            else
                out += u'[' + QString::number(std::get<std::size_t>(step)) + u']';
        }
        return out;
    }
};

} // namespace

quint64 WrittenNumbers::hash(quint64 h, std::string_view part)
{
    for (const char c : part) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

QString WrittenNumbers::textAt(const QString &path, QLatin1StringView key) const
{
    if (m_at.isEmpty())
        return QString();
    const QByteArray utf8 = path.toUtf8();
    quint64 h = hash(kSeed, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    h = hash(hash(h, "."), std::string_view(key.data(), static_cast<size_t>(key.size())));
    const auto it = m_at.constFind(h);
    if (it == m_at.constEnd())
        return QString();
    return QString::fromUtf8(m_json.constData() + it->first, it->second);
}

// The walk of a whole file or of a piece of its list: `inList` unwraps the piece's `[[ ]]`.
struct JsonWalk
{
    static std::variant<std::monostate, JsonDuplicate, QString>
    run(const QByteArray &json, std::optional<std::pair<std::string_view, qsizetype>> inList,
        WrittenNumbers *written, bool *refusedWhole = nullptr)
    {
        const auto failed = [](simdjson::error_code e) {
            return QString::fromLatin1(simdjson::error_message(e));
        };
        // simdjson reads up to SIMDJSON_PADDING bytes past the end: a copy when there is no room.
        QByteArray padded;
        const QByteArray *input = &json;
        if (static_cast<size_t>(json.capacity() - json.size()) < simdjson::SIMDJSON_PADDING) {
            padded.reserve(json.size() + static_cast<qsizetype>(simdjson::SIMDJSON_PADDING));
            padded.append(json);
            input = &padded;
        }
        // A UTF-8 byte-order mark, which Qt's reader allows and simdjson's does not, is skipped.
        const qsizetype skip = input->startsWith("\xEF\xBB\xBF") ? 3 : 0;
        const simdjson::padded_string_view view(input->constData() + skip,
                                                static_cast<size_t>(input->size() - skip),
                                                static_cast<size_t>(input->capacity() - skip));
        od::parser parser;
        od::document document;
        if (const auto e = parser.iterate(view).get(document)) {
            if (refusedWhole)
                *refusedWhole = true;
            return failed(e);
        }
        od::value root;
        if (const auto e = document.get_value().get(root))
            return failed(e);
        Walker walker;
        if (inList) {
            walker.root = inList->first;
            walker.firstItem = static_cast<std::size_t>(inList->second);
            // The piece's one element, which is the list of its items.
            od::array outer;
            if (const auto e = root.get_array().get(outer))
                return failed(e);
            auto first = outer.begin();
            if (first == outer.end())
                return failed(simdjson::INCORRECT_TYPE);
            if (const auto e = (*first).get(root))
                return failed(e);
        }
        if (written) {
            written->m_json = json; // shared, not copied
            written->m_at.clear();
            walker.written = &written->m_at;
            walker.base = view.data();
            walker.skipped = skip;
        }
        if (const auto e = walker.walk(root))
            return failed(e);
        if (walker.found)
            return *walker.found;
        return std::monostate{};
    }
};

std::variant<std::monostate, JsonDuplicate, QString> firstDuplicateKey(const QByteArray &json,
                                                                       WrittenNumbers *written)
{
    return JsonWalk::run(json, std::nullopt, written);
}

std::variant<std::monostate, JsonDuplicate, QString>
firstDuplicateKeyInList(const QByteArray &json, std::string_view listPath, qsizetype firstItem,
                        WrittenNumbers *written, bool *refusedWhole)
{
    return JsonWalk::run(json, std::pair{listPath, firstItem}, written, refusedWhole);
}

} // namespace rd
