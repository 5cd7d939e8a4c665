#include "common/Clock.h"
#include "journal/AttemptRepository.h"
#include "program/Streaks.h"
#include "progress/Stats.h"
#include "storage/Journal.h"

#include "Samples.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using namespace askanyway::test;

TEST_CASE("the streak counts consecutive practice days up to today or yesterday", "[stats][streak]")
{
    CHECK(currentStreak({}, {}, 100) == 0);
    CHECK(currentStreak({100}, {}, 100) == 1);
    CHECK(currentStreak({99}, {}, 100) == 1); // yesterday still counts until today is over
    CHECK(currentStreak({98}, {}, 100) == 0); // a missed day breaks it
    CHECK(currentStreak({97, 98, 99, 100}, {}, 100) == 4);
    CHECK(currentStreak({100, 98, 99, 99, 95}, {}, 100) == 3); // any order, duplicates ignored
    CHECK(currentStreak({101, 102}, {}, 100) == 0);            // backfilled future days do not count
    CHECK(currentStreak({96, 97, 99}, {}, 100) == 1);
}

TEST_CASE("rest days bridge a streak without counting as practice", "[stats][streak]")
{
    CHECK(currentStreak({96, 97, 99}, {98}, 100) == 3);
    CHECK(currentStreak({97, 98}, {99, 100}, 100) == 2); // resting today and yesterday
    CHECK(currentStreak({}, {99, 100}, 100) == 0);
    CHECK(currentStreak({95, 96}, {97}, 100) == 0); // 98 and 99 were neither
    CHECK(longestStreak({1, 2, 3, 10, 11, 13, 14, 15, 16}, {12}) == 6);
    CHECK(longestStreak({1, 2, 3, 10, 11, 13, 14, 15, 16}, {}) == 4);
    CHECK(longestStreak({}, {5, 6}) == 0);
}

TEST_CASE("stats count outcomes, no's survived and practice days", "[stats]")
{
    TempDir dir;
    const FixedClock clock(*parseTimestamp("2026-03-05T20:00:00+01:00"));
    auto journal = Journal::open(dir / "j.sqlite", clock);
    AttemptRepository repo(journal.database(), clock);
    auto log = [&](const char* at, std::optional<Outcome> outcome) {
        Attempt a = sampleAttempt();
        a.at = at;
        a.outcome = outcome;
        repo.add(a);
    };
    log("2026-03-01T10:00:00+01:00", Outcome::No);
    log("2026-03-03T10:00:00+01:00", Outcome::Yes);
    log("2026-03-04T10:00:00+01:00", Outcome::No);
    log("2026-03-04T18:00:00+01:00", Outcome::Partial);
    log("2026-03-05T09:00:00+01:00", Outcome::Avoided); // not a practice day by itself
    log("2026-03-06T09:00:00+01:00", std::nullopt);     // a plan

    const auto s = computeStats(journal.database(), clock);
    CHECK(s.attempts == 5);
    CHECK(s.plans == 1);
    CHECK(s.no == 2);
    CHECK(s.yes == 1);
    CHECK(s.partial == 1);
    CHECK(s.avoided == 1);
    CHECK(s.noSurvived == 2);
    CHECK(s.practiceDays == 3);
    CHECK(s.currentStreak == 2); // the 3rd and 4th; the 5th is still open
    CHECK(s.longestStreak == 2);
}
