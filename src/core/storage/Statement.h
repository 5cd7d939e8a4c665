#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace askanyway::core {

class Database;

// A prepared statement. Parameters are 1-based as in SQLite, columns 0-based.
class Statement
{
public:
    Statement(Database& db, const std::string& sql);
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Runs one step: true while a row is available, false when done. Throws on error.
    bool step();
    // Runs to completion, for statements that return no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt* st) const;
    };
    Database* m_db;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

} // namespace askanyway::core
