#include "io/JsonReader.h"

#include "common/Error.h"

#include <nlohmann/json.hpp>

namespace askanyway::core {
using nlohmann::json;
namespace {

std::string shown(const json& v)
{
    std::string text = v.dump(-1, ' ', false, json::error_handler_t::replace);
    return text.size() > 40 ? text.substr(0, 37) + "..." : text;
}

std::string range(long long low, long long high)
{
    return std::to_string(low) + "-" + std::to_string(high);
}

// Counts nesting outside strings without building anything, so a file of a million '[' is
// turned away before the parser (and later the destructor) recurses through it.
int nestingDepth(std::string_view text)
{
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

} // namespace

JsonReader::JsonReader(const json& value, std::string path) : m_value(value), m_path(std::move(path))
{
}

std::string JsonReader::field(const char* key) const
{
    return m_path.empty() ? key : m_path + "." + key;
}

const json* JsonReader::find(const char* key) const
{
    const auto it = m_value.find(key);
    return it == m_value.end() ? nullptr : &*it;
}

std::string JsonReader::string(const char* key) const
{
    const json* v = find(key);
    if (!v)
        throw ValidationError(field(key), "is required (text)");
    if (!v->is_string())
        throw ValidationError(field(key), "must be text, got " + shown(*v));
    return v->get<std::string>();
}

std::string JsonReader::string(const char* key, const std::string& fallback) const
{
    const json* v = find(key);
    return v && !v->is_null() ? string(key) : fallback;
}

std::optional<std::string> JsonReader::nullableString(const char* key) const
{
    const json* v = find(key);
    if (!v || v->is_null())
        return std::nullopt;
    return string(key);
}

int JsonReader::checkedInteger(const json& v, const std::string& name, long long low,
                               long long high) const
{
    if (!v.is_number_integer())
        throw ValidationError(name, "must be a whole number " + range(low, high) + ", got " +
                                        shown(v));
    if (v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(high))
        throw ValidationError(name, "must be " + range(low, high) + ", got " + shown(v));
    const auto n = v.get<long long>();
    if (n < low || n > high)
        throw ValidationError(name, "must be " + range(low, high) + ", got " + std::to_string(n));
    return static_cast<int>(n);
}

int JsonReader::integer(const char* key, long long low, long long high) const
{
    const json* v = find(key);
    if (!v)
        throw ValidationError(field(key), "is required (a whole number " + range(low, high) + ")");
    return checkedInteger(*v, field(key), low, high);
}

int JsonReader::integer(const char* key, long long low, long long high, int fallback) const
{
    const json* v = find(key);
    return v && !v->is_null() ? checkedInteger(*v, field(key), low, high) : fallback;
}

std::optional<int> JsonReader::nullableInteger(const char* key, long long low, long long high) const
{
    const json* v = find(key);
    if (!v || v->is_null())
        return std::nullopt;
    return checkedInteger(*v, field(key), low, high);
}

std::optional<bool> JsonReader::nullableBoolean(const char* key) const
{
    const json* v = find(key);
    if (!v || v->is_null())
        return std::nullopt;
    if (!v->is_boolean())
        throw ValidationError(field(key), "must be true, false or null, got " + shown(*v));
    return v->get<bool>();
}

JsonReader JsonReader::object(const char* key) const
{
    const json* v = find(key);
    if (!v)
        throw ValidationError(field(key), "is required (an object)");
    if (!v->is_object())
        throw ValidationError(field(key), "must be an object, got " + shown(*v));
    return JsonReader(*v, field(key));
}

std::optional<JsonReader> JsonReader::optionalObject(const char* key) const
{
    const json* v = find(key);
    if (!v || v->is_null())
        return std::nullopt;
    return object(key);
}

std::vector<JsonReader> JsonReader::objects(const char* key) const
{
    const json* v = find(key);
    std::vector<JsonReader> out;
    if (!v || v->is_null())
        return out;
    if (!v->is_array())
        throw ValidationError(field(key), "must be a list, got " + shown(*v));
    for (std::size_t i = 0; i < v->size(); ++i) {
        const std::string at = field(key) + "[" + std::to_string(i) + "]";
        if (!(*v)[i].is_object())
            throw ValidationError(at, "must be an object, got " + shown((*v)[i]));
        out.emplace_back((*v)[i], at);
    }
    return out;
}

std::vector<std::string> JsonReader::strings(const char* key) const
{
    const json* v = find(key);
    std::vector<std::string> out;
    if (!v || v->is_null())
        return out;
    if (!v->is_array())
        throw ValidationError(field(key), "must be a list of text, got " + shown(*v));
    for (std::size_t i = 0; i < v->size(); ++i) {
        if (!(*v)[i].is_string())
            throw ValidationError(field(key) + "[" + std::to_string(i) + "]",
                                  "must be text, got " + shown((*v)[i]));
        out.push_back((*v)[i].get<std::string>());
    }
    return out;
}

json parseImportDocument(std::string_view text)
{
    if (nestingDepth(text) > kMaxJsonDepth)
        throw ValidationError("document", "is nested more than " + std::to_string(kMaxJsonDepth) +
                                              " levels deep; an Ask Anyway export never is");
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        throw ValidationError("document", "is not valid JSON (near byte " +
                                              std::to_string(e.byte) +
                                              "); check that the file is a UTF-8 Ask Anyway export");
    } catch (const json::out_of_range&) {
        throw ValidationError("document", "holds a number too large to be any journal value");
    } catch (const json::exception&) {
        throw ValidationError("document", "is not valid JSON");
    }
}

} // namespace askanyway::core
