#include "program/Streaks.h"

#include <set>

namespace askanyway::core {

int currentStreak(const std::vector<std::int64_t>& practiceDays,
                  const std::vector<std::int64_t>& restDays, std::int64_t today)
{
    const std::set<std::int64_t> practice(practiceDays.begin(), practiceDays.end());
    const std::set<std::int64_t> rest(restDays.begin(), restDays.end());
    std::int64_t day = today;
    if (!practice.count(day) && !rest.count(day))
        --day; // today is not over yet
    int streak = 0;
    for (; practice.count(day) || rest.count(day); --day)
        if (practice.count(day))
            ++streak;
    return streak;
}

int longestStreak(const std::vector<std::int64_t>& practiceDays,
                  const std::vector<std::int64_t>& restDays)
{
    const std::set<std::int64_t> practice(practiceDays.begin(), practiceDays.end());
    const std::set<std::int64_t> rest(restDays.begin(), restDays.end());
    int best = 0;
    for (std::int64_t start : practice) {
        if (practice.count(start - 1) || rest.count(start - 1))
            continue; // not the first day of a run
        int streak = 0;
        for (std::int64_t day = start; practice.count(day) || rest.count(day); ++day)
            if (practice.count(day))
                ++streak;
        best = std::max(best, streak);
    }
    return best;
}

} // namespace askanyway::core
