#include "progress/Stats.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace askanyway::core {

int currentStreak(std::vector<std::int64_t> days, std::int64_t today)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    auto it = std::upper_bound(days.begin(), days.end(), today);
    std::int64_t expected = today;
    if (it == days.begin() || *(it - 1) < today - 1)
        return 0;
    if (*(it - 1) == today - 1)
        expected = today - 1;
    int streak = 0;
    while (it != days.begin() && *(it - 1) == expected) {
        ++streak;
        --expected;
        --it;
    }
    return streak;
}

JournalStats computeStats(Database& db, const Clock& clock)
{
    JournalStats s;
    auto counts = db.prepare("SELECT outcome, count(*) FROM attempts GROUP BY outcome");
    while (counts.step()) {
        const int n = static_cast<int>(counts.integer(1));
        const auto outcome = counts.optionalText(0);
        if (!outcome)
            s.plans = n;
        else if (*outcome == "no")
            s.no = n;
        else if (*outcome == "yes")
            s.yes = n;
        else if (*outcome == "partial")
            s.partial = n;
        else if (*outcome == "avoided")
            s.avoided = n;
    }
    s.attempts = s.no + s.yes + s.partial + s.avoided;
    s.noSurvived = s.no;

    std::vector<std::int64_t> days;
    auto dates = db.prepare("SELECT DISTINCT substr(at, 1, 10) FROM attempts "
                            "WHERE outcome IN ('no', 'yes', 'partial')");
    while (dates.step())
        if (auto day = parseDate(dates.text(0)))
            days.push_back(*day);
    s.practiceDays = static_cast<int>(days.size());
    s.currentStreak = currentStreak(days, *parseDate(localDate(clock.now())));
    return s;
}

} // namespace askanyway::core
