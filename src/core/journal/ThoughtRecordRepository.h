#pragma once

#include "journal/ThoughtRecord.h"

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

class Clock;
class Database;

class ThoughtRecordRepository
{
public:
    ThoughtRecordRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Validates, stores in one transaction and returns the id (a given id is kept).
    std::string add(ThoughtRecord record);
    // Replaces a stored record (emotions and distortions included) in one transaction.
    void update(const ThoughtRecord& record);
    std::optional<ThoughtRecord> find(const std::string& id) const;
    bool exists(const std::string& id) const;
    // Oldest first.
    std::vector<ThoughtRecord> list() const;
    bool remove(const std::string& id);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace askanyway::core
