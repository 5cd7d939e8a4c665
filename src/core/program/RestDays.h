#pragma once

#include <string>
#include <vector>

namespace askanyway::core {

class Database;

// Days the user chose to rest. A rest day keeps a streak alive without counting as practice.
class RestDays
{
public:
    explicit RestDays(Database& db) : m_db(db) {}

    // Marks a local date ("YYYY-MM-DD"); marking it twice is harmless. Returns false if it was
    // already marked. Throws ValidationError("date") for anything but a real date.
    bool mark(const std::string& date);
    std::vector<std::string> list() const;

private:
    Database& m_db;
};

} // namespace askanyway::core
