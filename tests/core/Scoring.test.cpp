#include "program/Badges.h"
#include "program/Scoring.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;

namespace {

Attempt ask(int difficulty, std::optional<Outcome> outcome, std::optional<bool> graceful = std::nullopt,
            std::optional<std::string> person = std::nullopt)
{
    Attempt a;
    a.title = "ask";
    a.difficulty = difficulty;
    a.outcome = outcome;
    a.acceptedGracefully = graceful;
    a.person = person;
    return a;
}

} // namespace

TEST_CASE("points reward asking by difficulty, whatever the answer", "[scoring]")
{
    const auto points = pointsPerAttempt({
        ask(1, Outcome::Yes),
        ask(3, Outcome::Partial),
        ask(2, Outcome::No),
        ask(2, Outcome::No, true), // the graceful bonus
        ask(2, Outcome::No, false),
        ask(5, Outcome::Avoided), // honest, and worth nothing
        ask(4, std::nullopt),     // a plan
    });
    CHECK(points == std::vector<int>{10, 30, 20, 30, 20, 0, 0});
}

TEST_CASE("asking someone again after their no earns nothing, ever", "[scoring][ethics]")
{
    const auto points = pointsPerAttempt({
        ask(4, Outcome::No, true, std::string("Blue scarf")),
        ask(4, Outcome::Yes, std::nullopt, std::string(" blue SCARF ")),
        ask(4, Outcome::Yes, std::nullopt, std::string("Green coat")),
    });
    CHECK(points == std::vector<int>{50, 0, 40});
    // A yes before a no was fine at the time.
    CHECK(pointsPerAttempt({ask(4, Outcome::Yes, std::nullopt, std::string("A")),
                            ask(4, Outcome::No, std::nullopt, std::string("A"))}) ==
          std::vector<int>{40, 40});
}

TEST_CASE("levels start at 0, 50, 150, 300 points", "[scoring]")
{
    CHECK(levelFor(0).level == 1);
    CHECK(levelFor(49).level == 1);
    CHECK(levelFor(50).level == 2);
    CHECK(levelFor(149).level == 2);
    CHECK(levelFor(150).level == 3);
    CHECK(levelFor(300).level == 4);
    const Level l = levelFor(170);
    CHECK(l.floor == 150);
    CHECK(l.nextAt == 300);
}

TEST_CASE("badges are earned exactly at their thresholds", "[scoring][badges]")
{
    auto earned = [](const BadgeInputs& in) {
        std::vector<std::string> ids;
        for (const Badge& b : badges(in))
            if (b.earned)
                ids.push_back(b.id);
        return ids;
    };
    CHECK(earned({}).empty());
    CHECK(badges({}).size() >= 6);
    CHECK(earned({1, 0, 0, 0, 0}) == std::vector<std::string>{"first-ask"});
    CHECK(earned({9, 9, 0, 0, 6}) == std::vector<std::string>{"first-ask", "first-no"});
    CHECK(earned({10, 10, 0, 0, 7}) == std::vector<std::string>{"first-ask", "first-no", "ten-nos", "week-streak"});
    CHECK(earned({50, 50, 1, 1, 0}) ==
          std::vector<std::string>{"first-ask", "first-no", "first-thought-record", "ten-nos",
                                   "program-complete", "fifty-nos"});
    CHECK(earned({49, 49, 0, 0, 0}).size() == 3);
}
