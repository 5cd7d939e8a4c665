#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

// Reads one JSON object of an imported file, knowing where it sits ("attempts[3].anxiety"), so
// that every complaint names the entry and the field. Unknown keys are ignored; a missing
// optional key takes its default; a wrong type or an out-of-range value throws ValidationError.
class JsonReader
{
public:
    JsonReader(const nlohmann::json& value, std::string path);

    std::string string(const char* key) const;
    std::string string(const char* key, const std::string& fallback) const;
    std::optional<std::string> nullableString(const char* key) const;

    int integer(const char* key, long long low, long long high) const;
    int integer(const char* key, long long low, long long high, int fallback) const;
    std::optional<int> nullableInteger(const char* key, long long low, long long high) const;
    std::optional<bool> nullableBoolean(const char* key) const;

    JsonReader object(const char* key) const;
    std::optional<JsonReader> optionalObject(const char* key) const;
    // The array's elements (missing = empty); `each` objects are wrapped with their index.
    std::vector<JsonReader> objects(const char* key) const;
    std::vector<std::string> strings(const char* key) const;

    const std::string& path() const { return m_path; }
    std::string field(const char* key) const;

private:
    const nlohmann::json* find(const char* key) const;
    int checkedInteger(const nlohmann::json& v, const std::string& field, long long low,
                       long long high) const;
    const nlohmann::json& m_value;
    std::string m_path;
};

// Reads an import document as nlohmann::json, refusing what could hurt on the way: more than
// kMaxDepth levels of nesting, invalid JSON or UTF-8, numbers beyond double range. Errors name
// "document".
nlohmann::json parseImportDocument(std::string_view text);

constexpr int kMaxJsonDepth = 16;

} // namespace askanyway::core
