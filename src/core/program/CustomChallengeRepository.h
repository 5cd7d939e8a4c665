#pragma once

#include "program/Challenge.h"

#include <string>
#include <vector>

namespace askanyway::core {

class ChallengeCatalog;
class Clock;
class Database;

// The user's own challenges, kept in the journal so they travel with exports.
class CustomChallengeRepository
{
public:
    CustomChallengeRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Validates against `library` (the category must exist, the id must be new) and stores the
    // challenge. An empty id becomes "my-" and eight hex digits. Returns the id.
    std::string add(Challenge challenge, const ChallengeCatalog& library);
    bool exists(const std::string& id) const;
    std::vector<Challenge> list() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace askanyway::core
