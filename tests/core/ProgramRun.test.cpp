#include "common/Clock.h"
#include "common/Error.h"
#include "journal/ProgramRunRepository.h"
#include "storage/Journal.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using namespace askanyway::test;

TEST_CASE("program runs end and stay in history", "[program]")
{
    TempDir dir;
    FixedClock clock(*parseTimestamp("2026-03-01T08:00:00+01:00"));
    auto journal = Journal::open(dir / "j.sqlite", clock);
    ProgramRunRepository runs(journal.database(), clock);

    const std::string first = runs.add({});
    CHECK(runs.active()->id == first);
    clock.advanceSeconds(3 * 86400);
    runs.end(first, RunEnd::Restarted);
    CHECK_FALSE(runs.active());
    CHECK_THROWS_WITH(runs.end(first, RunEnd::Completed), Catch::StartsWith("id: no running program"));

    const std::string second = runs.add({});
    const auto history = runs.list();
    REQUIRE(history.size() == 2);
    CHECK(history[0].endedAt == "2026-03-04T08:00:00+01:00");
    CHECK(history[0].endReason == RunEnd::Restarted);
    CHECK(history[1].id == second);
    CHECK(history[1].isActive());
}

TEST_CASE("program run values are checked", "[program][validation]")
{
    CHECK_THROWS_WITH(validateProgramRun({"", "2026-03-01T08:00:00Z", "2026-03-02T08:00:00Z", std::nullopt}),
                      "end_reason: must be given exactly when ended_at is");
    CHECK_THROWS_WITH(validateProgramRun({"", "soon", std::nullopt, std::nullopt}),
                      Catch::StartsWith("started_at: must be a date and time"));
    CHECK_NOTHROW(validateProgramRun({"", "2026-03-01T08:00:00Z", "2026-03-08T08:00:00Z", RunEnd::Completed}));
}
