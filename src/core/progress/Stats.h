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
};

JournalStats computeStats(Database& db, const Clock& clock);

// Consecutive practice days up to today. A streak that ended yesterday is still alive today,
// until the day is over. `days` are days since the epoch, in any order.
int currentStreak(std::vector<std::int64_t> days, std::int64_t today);

} // namespace askanyway::core
