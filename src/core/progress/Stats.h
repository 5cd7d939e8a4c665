#pragma once

#include <cstdint>
#include <vector>

namespace askanyway::core {

class Clock;
class Database;

struct JournalStats
{
    int attempts = 0; // completed attempts, plans not counted
    int plans = 0;
    int no = 0;
    int yes = 0;
    int partial = 0;
    int avoided = 0;
    int noSurvived = 0;   // every "no" logged is one survived
    int practiceDays = 0; // local dates with at least one ask made (no, yes or partial)
    int currentStreak = 0;
    int longestStreak = 0;
};

JournalStats computeStats(Database& db, const Clock& clock);

// Local dates (days since the epoch) on which the user asked: outcome no, yes or partial.
std::vector<std::int64_t> practiceDays(Database& db);
std::vector<std::int64_t> restDays(Database& db);

} // namespace askanyway::core
