#pragma once

#include "journal/ProgramRun.h"

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

class Clock;
class Database;

class ProgramRunRepository
{
public:
    ProgramRunRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Stores a run as given (ids kept) and returns its id.
    std::string add(ProgramRun run);
    // Ends the run now with the given reason. Throws if it is unknown or already ended.
    void end(const std::string& id, RunEnd reason);

    std::optional<ProgramRun> find(const std::string& id) const;
    std::optional<ProgramRun> active() const;
    bool exists(const std::string& id) const;
    // Oldest first: the whole history of runs.
    std::vector<ProgramRun> list() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace askanyway::core
