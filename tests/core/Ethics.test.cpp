#include "common/Error.h"
#include "ethics/Pledge.h"
#include "io/Interchange.h"
#include "journal/AttemptRepository.h"

#include "Files.h"
#include "PracticeSim.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using namespace askanyway::test;

TEST_CASE("difficulty 4 and 5 can be neither planned nor logged before the pledge", "[ethics][pledge]")
{
    PracticeSim sim("2026-03-02T19:00:00+01:00");
    CHECK_THROWS_WITH(sim.log("dating-ask-number", std::nullopt),
                      Catch::StartsWith("difficulty: asks of difficulty 4 and 5 open once the "
                                        "practice pledge is accepted"));
    Attempt own;
    own.title = "Ask my crush to the cinema";
    own.difficulty = 5;
    CHECK_THROWS_AS(sim.practice.logAttempt(own), ValidationError);
    own.difficulty = 3;
    CHECK_NOTHROW(sim.practice.logAttempt(own));
    CHECK(AttemptRepository(sim.journal.database(), sim.clock).list().size() == 1);

    sim.practice.acceptPledge();
    CHECK(sim.practice.pledgeAccepted());
    CHECK_NOTHROW(sim.log("dating-ask-number", std::nullopt));
    CHECK(Pledge(sim.journal.database(), sim.clock).acceptedAt() == "2026-03-02T19:00:00+01:00");
    sim.at("2026-03-05T10:00:00+01:00");
    sim.practice.acceptPledge(); // accepting again keeps the first date
    CHECK(Pledge(sim.journal.database(), sim.clock).acceptedAt() == "2026-03-02T19:00:00+01:00");
    CHECK(Pledge::promises().size() == 4);
}

TEST_CASE("no new ask is planned or logged to a nickname that said no", "[ethics][person]")
{
    PracticeSim sim("2026-03-02T19:00:00+01:00");
    sim.practice.acceptPledge();
    auto ask = [&](const std::string& person, std::optional<Outcome> outcome) {
        Attempt a;
        a.challengeId = "dating-ask-coffee";
        a.person = person;
        a.outcome = outcome;
        return sim.practice.logAttempt(a);
    };
    ask("Blue scarf", Outcome::No);
    const std::string before = readBytes(sim.dir / "j.sqlite");

    sim.at("2026-03-09T19:00:00+01:00");
    for (const char* again : {"Blue scarf", "blue scarf", "  BLUE SCARF "}) {
        try {
            ask(again, std::nullopt); // even as a plan
            FAIL("a second ask was accepted");
        } catch (const ValidationError& e) {
            CHECK(e.field() == "person");
            CHECK_THAT(e.what(), Catch::Contains("already said no on 2026-03-02"));
            CHECK_THAT(e.what(), Catch::Contains("never plans or logs another ask to the same person"));
        }
    }
    CHECK(AttemptRepository(sim.journal.database(), sim.clock).list().size() == 1);
    CHECK_NOTHROW(ask("Green coat", std::nullopt));

    // A yes does not close the door; and editing the original no itself stays possible.
    ask("Red hat", Outcome::Yes);
    CHECK_NOTHROW(ask("Red hat", std::nullopt));
    auto original = AttemptRepository(sim.journal.database(), sim.clock).list().front();
    original.reflection.learned = "I said thank you and left. It was fine.";
    CHECK_NOTHROW(sim.practice.updateAttempt(original));
}

TEST_CASE("logging by challenge takes its difficulty and category, unknown ids are named", "[ethics][catalog]")
{
    PracticeSim sim("2026-03-02T19:00:00+01:00");
    const std::string id = sim.log("compliment-three-strangers", Outcome::Yes);
    const auto a = AttemptRepository(sim.journal.database(), sim.clock).find(id);
    CHECK(a->difficulty == 2);
    CHECK(a->category == "compliments");
    CHECK(a->title == "Compliment three strangers");
    CHECK_THROWS_WITH(sim.log("juggle-in-the-square", Outcome::Yes),
                      Catch::StartsWith("challenge_id: no challenge has id \"juggle-in-the-square\""));
}

TEST_CASE("the user's own challenges are checked, listed and exported", "[catalog][custom]")
{
    PracticeSim sim("2026-03-02T19:00:00+01:00");
    const std::string id = sim.practice.addChallenge({"", "Ask the bus driver how their day is", "", "favours", 1, true});
    CHECK(id.rfind("my-", 0) == 0);
    const Challenge* c = sim.practice.catalog().find(id);
    REQUIRE(c);
    CHECK(c->custom);
    CHECK_THROWS_WITH(sim.practice.addChallenge({"", "x", "", "juggling", 1, true}),
                      Catch::StartsWith("category: must be one of favours,"));
    CHECK_THROWS_WITH(sim.practice.addChallenge({"", "x", "", "favours", 6, true}),
                      "difficulty: must be 1-5, got 6");
    CHECK_THROWS_WITH(sim.practice.addChallenge({"discount-coffee", "x", "", "favours", 1, true}),
                      Catch::Contains("already exists"));
    CHECK(sim.log(id, Outcome::Yes).size() == 36);

    const std::string exported = exportJournalText(sim.journal.database(), sim.clock);
    PracticeSim other("2026-03-03T10:00:00+01:00");
    const auto summary = importJournal(other.journal.database(), other.clock, exported);
    CHECK(summary.challenges.added == 1);
    CHECK(other.practice.catalog().find(id));
}

TEST_CASE("rest days and the pledge travel with an export", "[interchange][program]")
{
    PracticeSim sim("2026-03-02T19:00:00+01:00");
    sim.practice.acceptPledge();
    sim.practice.markRestDay("2026-03-01");
    CHECK_FALSE(sim.practice.markRestDay("2026-03-01"));
    CHECK_THROWS_WITH(sim.practice.markRestDay("someday"), Catch::StartsWith("date: must be a date"));
    const std::string exported = exportJournalText(sim.journal.database(), sim.clock);

    PracticeSim other("2026-03-03T10:00:00+01:00");
    const auto summary = importJournal(other.journal.database(), other.clock, exported);
    CHECK(summary.restDays.added == 1);
    CHECK(summary.pledgeAccepted);
    CHECK(other.practice.pledgeAccepted());
    CHECK(importJournal(other.journal.database(), other.clock, exported).restDays.skipped == 1);
}
