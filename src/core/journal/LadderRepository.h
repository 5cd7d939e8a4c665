#pragma once

#include "journal/Ladder.h"

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

class Clock;
class Database;

class LadderRepository
{
public:
    LadderRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Stores a ladder with its steps in one transaction and returns its id. Given ids are kept.
    std::string add(Ladder ladder);
    void rename(const std::string& id, const std::string& name);
    // Deletes the ladder and its steps; attempts that were linked keep everything but the link.
    bool remove(const std::string& id);
    // Appends a step at the end of the ladder and returns the step's id.
    std::string addStep(const std::string& ladderId, LadderStep step);

    std::optional<Ladder> find(const std::string& id) const;
    bool exists(const std::string& id) const;
    bool stepExists(const std::string& stepId) const;
    // Oldest first.
    std::vector<Ladder> list() const;

private:
    void insertStep(const std::string& ladderId, const LadderStep& step, std::int64_t position);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace askanyway::core
