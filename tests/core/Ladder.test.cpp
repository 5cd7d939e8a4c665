#include "common/Clock.h"
#include "common/Error.h"
#include "journal/AttemptRepository.h"
#include "journal/LadderRepository.h"
#include "storage/Journal.h"

#include "Samples.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using namespace askanyway::test;

namespace {
const FixedClock kClock(*parseTimestamp("2026-03-20T08:00:00+01:00"));
}

TEST_CASE("a ladder is stored with its steps in the user's order", "[ladder]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    LadderRepository repo(journal.database(), kClock);
    const std::string id =
        repo.add({"", "Coffee shops", "", {{"", "Ask for the wifi password", 2}, {"", "Ask for 5 % off", 6}}});
    const std::string added = repo.addStep(id, {"", "Ask the barista's favourite", 4});

    const auto ladder = repo.find(id);
    REQUIRE(ladder);
    CHECK(ladder->name == "Coffee shops");
    CHECK(ladder->createdAt == "2026-03-20T08:00:00+01:00");
    REQUIRE(ladder->steps.size() == 3);
    // The new step went where its rating puts it, between 2 and 6.
    CHECK(ladder->steps[1].id == added);
    CHECK(ladder->steps[2].text == "Ask for 5 % off");
    CHECK(repo.list().size() == 1);

    repo.rename(id, "Cafés");
    CHECK(repo.find(id)->name == "Cafés");
}

TEST_CASE("ladder values are checked and name their field", "[ladder][validation]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    LadderRepository repo(journal.database(), kClock);
    CHECK_THROWS_WITH(repo.add({"", " ", "", {}}), "name: must not be empty");
    CHECK_THROWS_WITH(repo.add({"", "L", "", {{"", "ok", 3}, {"", "too much", 11}}}),
                      "steps[1].rating: must be 0-10, got 11");
    CHECK_THROWS_WITH(repo.add({"", "L", "", {{"", "", 3}}}), "steps[0].text: must not be empty");
    CHECK(repo.list().empty());

    const std::string id = repo.add({"", "L", "", {}});
    CHECK_THROWS_WITH(repo.addStep(id, {"", "x", -1}), "rating: must be 0-10, got -1");
    CHECK_THROWS_WITH(repo.addStep("nope", {"", "x", 1}), Catch::StartsWith("ladder_id: no ladder"));
    CHECK_THROWS_WITH(repo.rename(id, ""), "name: must not be empty");
    CHECK(repo.find(id)->steps.empty());
}

TEST_CASE("deleting a ladder keeps its attempts and clears their link", "[ladder]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    LadderRepository ladders(journal.database(), kClock);
    AttemptRepository attempts(journal.database(), kClock);
    const std::string id = ladders.add({"", "Parties", "", {{"", "Say hello to the host", 3}}});
    Attempt a = sampleAttempt();
    a.stepId = ladders.find(id)->steps[0].id;
    const std::string attemptId = attempts.add(a);

    CHECK(ladders.remove(id));
    CHECK_FALSE(ladders.exists(id));
    const auto kept = attempts.find(attemptId);
    REQUIRE(kept);
    CHECK_FALSE(kept->stepId);
    CHECK(kept->title == a.title);
}
