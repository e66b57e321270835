// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/jsonkeys.h"

#include <algorithm>
#include <simdjson.h>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

namespace od = simdjson::ondemand;

class Walker
{
public:
    static constexpr std::size_t kFew = 16;
    std::optional<JsonDuplicate> found;

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
            std::size_t index = 0;
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
        }
        // A number, string, true, false or null holds no names; On-Demand skips it.
        return simdjson::SUCCESS;
    }

private:
    // Where the walk is: member names and array indices, made into a path only when needed.
    std::vector<std::variant<std::string_view, std::size_t>> m_path;

    static QString text(std::string_view s)
    {
        return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    }

    QString path() const
    {
        QString out = u"$"_s;
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

std::variant<std::monostate, JsonDuplicate, QString> firstDuplicateKey(const QByteArray &json)
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
    if (const auto e = parser.iterate(view).get(document))
        return failed(e);
    od::value root;
    if (const auto e = document.get_value().get(root))
        return failed(e);
    Walker walker;
    if (const auto e = walker.walk(root))
        return failed(e);
    if (walker.found)
        return *walker.found;
    return std::monostate{};
}

} // namespace rd
