#pragma once

#include "journal/Attempt.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

class Clock;
class Database;

// Inclusive bounds on the attempt's own local calendar date ("YYYY-MM-DD").
struct AttemptFilter
{
    std::optional<std::string> sinceDate;
    std::optional<std::string> untilDate;
};

// Attempts in the journal. Every write validates first and is one transaction: either the whole
// attempt with its tags is stored, or nothing is.
class AttemptRepository
{
public:
    AttemptRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Stores a new attempt and returns its id. An empty id gets a fresh UUID and an empty `at`
    // the clock's now; a given id is kept (undo of a delete puts the same attempt back).
    std::string add(Attempt attempt);
    // Replaces a stored attempt. Throws ValidationError("id") if there is none with that id.
    void update(const Attempt& attempt);
    // Removes the attempt and returns what it was, for undo. Nothing if it did not exist.
    std::optional<Attempt> remove(const std::string& id);

    std::optional<Attempt> find(const std::string& id) const;
    bool exists(const std::string& id) const;
    // Oldest first, by time then by the order they were stored, so listings and exports are
    // stable and an import keeps the order of the file.
    std::vector<Attempt> list(const AttemptFilter& filter = {}) const;
    // The same order, with only what the engine computes from (no free text, no tags): the
    // program, scoring, streaks and ladders read these, which keeps them quick on long journals.
    std::vector<Attempt> summaries(std::optional<std::int64_t> sinceEpoch = std::nullopt) const;
    // The newest `count` attempts, newest first, whole (tags included).
    std::vector<Attempt> recent(int count) const;

private:
    void write(const Attempt& attempt, bool replace);
    void checkStep(const Attempt& attempt) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace askanyway::core
