#include "progress/Stats.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "program/Streaks.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace askanyway::core {
namespace {

std::vector<std::int64_t> dates(Database& db, const char* sql)
{
    std::vector<std::int64_t> out;
    auto st = db.prepare(sql);
    while (st.step())
        if (auto day = parseDate(st.text(0)))
            out.push_back(*day);
    return out;
}

} // namespace

std::vector<std::int64_t> practiceDays(Database& db)
{
    return dates(db, "SELECT DISTINCT substr(at, 1, 10) FROM attempts "
                     "WHERE outcome IN ('no', 'yes', 'partial')");
}

std::vector<std::int64_t> restDays(Database& db)
{
    return dates(db, "SELECT date FROM rest_days");
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

    const auto practice = practiceDays(db);
    const auto rest = restDays(db);
    s.practiceDays = static_cast<int>(practice.size());
    s.currentStreak = currentStreak(practice, rest, *parseDate(localDate(clock.now())));
    s.longestStreak = longestStreak(practice, rest);
    return s;
}

} // namespace askanyway::core
