#include "common/Clock.h"
#include "demo/BulkJournal.h"
#include "journal/AttemptRepository.h"
#include "journal/LadderRepository.h"
#include "program/RestDays.h"
#include "progress/Series.h"
#include "storage/Journal.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using namespace askanyway::test;

namespace {

const FixedClock kClock(*parseTimestamp("2026-04-01T12:00:00+02:00"));

struct Journaled
{
    TempDir dir;
    Journal journal = Journal::open(dir / "j.sqlite", kClock);

    std::string log(const char* at, Outcome outcome, int predicted, std::optional<int> peak, int noLikelihood = 50,
                    std::optional<std::string> category = std::nullopt, std::optional<int> recovery = std::nullopt)
    {
        Attempt a;
        a.title = "ask";
        a.at = at;
        a.outcome = outcome;
        a.prediction.anxiety = predicted;
        a.prediction.noLikelihood = noLikelihood;
        a.anxiety.peak = peak;
        a.category = category;
        a.recoveryMinutes = recovery;
        return AttemptRepository(journal.database(), kClock).add(a);
    }
    ProgressSeries series(const ProgressFilter& f = {}) { return computeProgress(journal.database(), f, "2026-04-01"); }
};

std::vector<std::string> weeks(const ProgressSeries& s)
{
    std::vector<std::string> out;
    for (const auto& w : s.weeks)
        out.push_back(w.weekStart);
    return out;
}

} // namespace

TEST_CASE("the rolling mean skips gaps and spans at most the window", "[progress][series]")
{
    const auto r = rollingMean({4.0, std::nullopt, 6.0, 8.0, std::nullopt}, 2);
    CHECK(r[0] == 4.0);
    CHECK(r[1] == 4.0);
    CHECK(r[2] == 6.0);
    CHECK(r[3] == 7.0);
    CHECK(r[4] == 8.0);
    CHECK_FALSE(rollingMean({std::nullopt}, 3)[0]);
    CHECK(*rollingMean({1.0, 2.0, 3.0, 4.0}, 7)[3] == Approx(2.5));
}

TEST_CASE("weeks start on Monday, on local dates", "[progress][series]")
{
    CHECK(weekStart("2026-01-01") == "2025-12-29"); // a Thursday across the year boundary
    CHECK(weekStart("2026-03-29") == "2026-03-23"); // a Sunday
    CHECK(weekStart("2026-03-30") == "2026-03-30"); // a Monday
    CHECK(weekStart("2024-02-29") == "2024-02-26");
}

TEST_CASE("weekly buckets hold across a year boundary and a clock change", "[progress][series]")
{
    Journaled j;
    // New Year's Eve late at night and two days later: the same week, whatever UTC says.
    j.log("2025-12-31T23:30:00+01:00", Outcome::No, 8, 5, 80);
    j.log("2026-01-02T10:00:00+01:00", Outcome::Yes, 6, 6, 40);
    j.log("2026-01-05T09:00:00+01:00", Outcome::Avoided, 9, std::nullopt, 90);
    // Central Europe moves its clocks on 2026-03-29: before and after, one Sunday, one week.
    j.log("2026-03-29T01:30:00+01:00", Outcome::Partial, 5, 3);
    j.log("2026-03-29T23:30:00+02:00", Outcome::No, 7, 4);
    j.log("2026-03-30T00:30:00+02:00", Outcome::Yes, 4, 4);

    const auto s = j.series();
    CHECK(weeks(s) == std::vector<std::string>{"2025-12-29", "2026-01-05", "2026-03-23", "2026-03-30"});
    const WeekBucket& newYear = s.weeks[0];
    CHECK(newYear.asks == 2);
    CHECK(newYear.nos == 1);
    CHECK(*newYear.predictedNo == Approx(60.0));   // (80 + 40) / 2
    CHECK(*newYear.shareNo == Approx(50.0));       // one no of two asks
    CHECK(*newYear.predictedAnxiety == Approx(7.0));
    CHECK(*newYear.peakAnxiety == Approx(5.5));
    CHECK(*newYear.forecastError() == Approx(1.5)); // the forecast was 1.5 points too high
    CHECK(s.weeks[1].asks == 0);
    CHECK(s.weeks[1].avoided == 1);
    CHECK_FALSE(s.weeks[1].forecastError());
    CHECK(s.weeks[2].asks == 2);
    CHECK(s.weeks[3].asks == 1);

    // Overall: (8-5 + 6-6 + 5-3 + 7-4 + 4-4) / 5 = 1.6
    CHECK(*s.forecastError == Approx(1.6));
    CHECK(s.asks == 5);
    REQUIRE(s.anxiety.size() == 5);
    CHECK_FALSE(s.anxietyPerDay);
    CHECK(s.anxiety[1].date == "2026-01-02");
    CHECK(*s.anxiety[1].rollingPeak == Approx(5.5));
}

TEST_CASE("progress filters by dates, category and ladder", "[progress][series]")
{
    Journaled j;
    LadderRepository ladders(j.journal.database(), kClock);
    const auto ladder = ladders.find(ladders.add({"", "L", "", {{"", "step", 4}}}));
    j.log("2026-03-02T10:00:00+01:00", Outcome::Yes, 5, 4, 50, std::string("favours"), 10);
    j.log("2026-03-10T10:00:00+01:00", Outcome::No, 7, 6, 50, std::string("dating"), 30);
    Attempt onStep;
    onStep.title = "rung";
    onStep.at = "2026-03-20T10:00:00+01:00";
    onStep.outcome = Outcome::Yes;
    onStep.anxiety.peak = 2;
    onStep.stepId = ladder->steps[0].id;
    AttemptRepository(j.journal.database(), kClock).add(onStep);

    CHECK(j.series().asks == 3);
    CHECK(j.series({.fromDate = "2026-03-05"}).asks == 2);
    CHECK(j.series({.toDate = "2026-03-05"}).asks == 1);
    CHECK(j.series({.category = "dating"}).asks == 1);
    CHECK(j.series({.ladderId = ladder->id}).asks == 1);
    const auto recovery = j.series().recovery;
    REQUIRE(recovery.size() == 2);
    CHECK(recovery[1].minutes == 30);
}

TEST_CASE("the calendar covers the last year with asks and rest days", "[progress][series]")
{
    Journaled j;
    j.log("2026-04-01T09:00:00+02:00", Outcome::Yes, 5, 4);
    j.log("2026-04-01T10:00:00+02:00", Outcome::No, 5, 4);
    j.log("2025-04-01T10:00:00+02:00", Outcome::No, 5, 4); // 365 days ago: outside
    RestDays(j.journal.database()).mark("2026-03-31");
    const auto s = j.series();
    REQUIRE(s.calendar.size() == 365);
    CHECK(s.calendar.front().date == "2025-04-02");
    CHECK(s.calendar.back().date == "2026-04-01");
    CHECK(s.calendar.back().asks == 2);
    CHECK(s.calendar[363].rest);
    CHECK(s.calendar.front().asks == 0);
}

TEST_CASE("a long history is charted as daily means", "[progress][series]")
{
    Journaled j;
    fillBulkJournal(j.journal.database(), 4000, "2026-04-01");
    const auto s = j.series();
    CHECK(s.anxietyPerDay);
    CHECK(s.anxiety.size() <= 3 * 365 + 1);
    CHECK(s.anxiety.size() > 500);
    CHECK(s.weeks.size() >= 150);
    CHECK(s.forecastError.value_or(0) > 0);
    CHECK(s.recovery.size() == s.anxiety.size()); // daily means too
}
