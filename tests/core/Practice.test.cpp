// The 7-day program driven day by day through the practice engine, on a clock in Tokyo
// (UTC+9), where the local date and the UTC date differ every morning.
#include "common/Error.h"
#include "journal/ProgramRunRepository.h"

#include "PracticeSim.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using askanyway::test::PracticeSim;

namespace {

std::vector<std::string> ids(const std::vector<TodayTask>& tasks)
{
    std::vector<std::string> out;
    for (const auto& t : tasks)
        out.push_back(t.challenge.id);
    return out;
}

std::vector<std::string> suggested(const TodayView& t, SuggestionKind kind)
{
    std::vector<std::string> out;
    for (const auto& s : t.suggestions)
        if (s.kind == kind)
            out.push_back(s.challenge.id);
    return out;
}

// Completes a program day's tasks at the clock's time with the given peak anxiety.
void finishDay(PracticeSim& sim, int day, int peak = 5)
{
    for (const auto& id : sevenDayProgram()[static_cast<std::size_t>(day - 1)].challengeIds)
        sim.log(id, Outcome::Yes, 5, peak);
}

} // namespace

TEST_CASE("without a run, today invites the user to start one", "[program]")
{
    PracticeSim sim("2026-03-02T08:00:00+09:00");
    const auto t = sim.today();
    CHECK_FALSE(t.program);
    CHECK(t.tasks.empty());
    CHECK_FALSE(t.pledgeAccepted);
}

TEST_CASE("days open one local calendar day after the previous one is done", "[program][pacing]")
{
    PracticeSim sim("2026-03-02T08:00:00+09:00"); // 2026-03-01 23:00 in UTC
    sim.practice.startProgram();
    auto t = sim.today();
    REQUIRE(t.program);
    CHECK(t.program->currentDay == 1);
    CHECK(ids(t.tasks) == std::vector<std::string>{"favour-directions", "discount-coffee", "photo-with-dog"});
    CHECK(t.program->days[0].state == DayState::Open);
    CHECK(t.program->days[1].state == DayState::Locked);
    CHECK_FALSE(t.program->days[1].opensOn); // not until day 1 is done

    sim.at("2026-03-02T12:00:00+09:00");
    sim.log("favour-directions", Outcome::Yes);
    sim.log("discount-coffee", Outcome::Avoided); // honest, but it does not complete the task
    sim.log("photo-with-dog", Outcome::No);
    t = sim.today();
    CHECK(t.program->currentDay == 1);
    CHECK(t.tasks[0].done);
    CHECK_FALSE(t.tasks[1].done);
    CHECK(t.tasks[1].attempts == 1);
    CHECK(t.tasks[2].done); // a no completes a task as well as a yes

    sim.at("2026-03-02T23:50:00+09:00");
    sim.log("discount-coffee", Outcome::No);
    t = sim.today();
    CHECK(t.program->days[0].state == DayState::Done);
    CHECK(t.program->days[0].doneOn == "2026-03-02");
    CHECK(t.program->currentDay == 1); // finished today; day 2 waits for tomorrow
    CHECK(t.program->days[1].state == DayState::Locked);
    CHECK(t.program->days[1].opensOn == "2026-03-03");

    sim.at("2026-03-02T23:59:59+09:00");
    CHECK(sim.today().program->days[1].state == DayState::Locked);
    sim.at("2026-03-03T00:00:30+09:00"); // still 2026-03-02 in UTC
    t = sim.today();
    CHECK(t.program->currentDay == 2);
    CHECK(t.program->days[1].state == DayState::Open);
    CHECK(ids(t.tasks) == std::vector<std::string>{"favour-recommendation", "discount-ten-percent", "photo-pet-dog"});
}

TEST_CASE("a day finished in one sitting still leaves the next for tomorrow", "[program][pacing]")
{
    PracticeSim sim("2026-03-02T09:00:00+09:00");
    sim.practice.startProgram();
    finishDay(sim, 1);
    finishDay(sim, 2); // done early, on day 1's date
    auto t = sim.today();
    CHECK(t.program->days[1].state == DayState::Locked);
    CHECK(t.program->currentDay == 1);

    sim.at("2026-03-03T09:00:00+09:00");
    t = sim.today();
    // Day 2 opened today with its tasks already done: it is done on its opening day.
    CHECK(t.program->days[1].state == DayState::Done);
    CHECK(t.program->days[1].doneOn == "2026-03-03");
    CHECK(t.program->days[2].opensOn == "2026-03-04");
}

TEST_CASE("nine days: a full run with a rest day, a restart and completion", "[program]")
{
    PracticeSim sim("2026-03-01T08:00:00+09:00");
    sim.practice.acceptPledge();
    const auto first = sim.practice.startProgram();
    finishDay(sim, 1); // day 1: 03-01
    sim.at("2026-03-02T08:00:00+09:00");
    finishDay(sim, 2); // day 2: 03-02
    sim.at("2026-03-03T20:00:00+09:00");
    sim.practice.markRestDay("2026-03-03"); // day 3 of the calendar: rest
    CHECK(sim.today().program->currentDay == 3);
    CHECK(sim.today().progress.currentStreak == 2);

    // A restart ends the run as "restarted" and begins again from day 1.
    sim.at("2026-03-04T08:00:00+09:00");
    const auto second = sim.practice.startProgram();
    auto history = sim.practice.history();
    REQUIRE(history.size() == 2);
    CHECK(history[0].run.id == first.id);
    CHECK(history[0].run.endReason == RunEnd::Restarted);
    CHECK_FALSE(history[0].completed);
    CHECK(sim.today().program->run.id == second.id);
    CHECK(sim.today().program->currentDay == 1);

    // Seven days on, one a day, from 03-04 to 03-10.
    for (int day = 1; day <= 7; ++day) {
        sim.at("2026-03-" + std::string(day + 3 < 10 ? "0" : "") + std::to_string(day + 3) + "T19:00:00+09:00");
        CHECK(sim.today().program->currentDay == day);
        finishDay(sim, day);
    }
    auto t = sim.today();
    CHECK(t.program->completed);
    CHECK(t.program->completedOn == "2026-03-10");
    CHECK(t.progress.currentStreak == 9); // 03-01 … 03-10 with 03-03 resting
    CHECK(t.suggestions.empty());

    auto earned = [&] {
        std::vector<std::string> out;
        for (const auto& b : sim.practice.progress().badges)
            if (b.earned)
                out.push_back(b.id);
        return out;
    };
    const auto badges = earned();
    CHECK(std::count(badges.begin(), badges.end(), std::string("program-complete")) == 1);
    CHECK(std::count(badges.begin(), badges.end(), std::string("week-streak")) == 1);

    // Starting again now ends the finished run as completed.
    sim.at("2026-03-11T08:00:00+09:00");
    sim.practice.startProgram();
    history = sim.practice.history();
    REQUIRE(history.size() == 3);
    CHECK(history[1].run.endReason == RunEnd::Completed);
}

TEST_CASE("a task rated 8 or more brings warm-ups but 7 does not", "[program][adaptive]")
{
    PracticeSim sim("2026-03-02T09:00:00+09:00");
    sim.practice.startProgram();
    finishDay(sim, 1);
    sim.at("2026-03-03T09:00:00+09:00");

    // A plan predicted at 7: manageable, no warm-up.
    sim.log("discount-ten-percent", std::nullopt, 7);
    CHECK(suggested(sim.today(), SuggestionKind::WarmUp).empty());

    // Predicted at 8: easier asks first. Its own kind has nothing gentler outside the program,
    // so the gentlest everyday asks are offered.
    sim.log("discount-ten-percent", std::nullopt, 8);
    auto warmUps = suggested(sim.today(), SuggestionKind::WarmUp);
    REQUIRE(warmUps.size() == 2);
    for (const auto& id : warmUps) {
        const Challenge* c = ChallengeCatalog::builtIn().find(id);
        CHECK(c->difficulty == 1);
        CHECK_FALSE(ChallengeCatalog::builtIn().isRomantic(c->category));
    }

    // Felt at 8 at the peak, though predicted low: the same offer, for a task with easier kin.
    sim.log("photo-pet-dog", Outcome::Avoided, 4);
    CHECK(suggested(sim.today(), SuggestionKind::WarmUp).size() == 2);
    sim.log("favour-recommendation", Outcome::Avoided, 3);
    CHECK(suggested(sim.today(), SuggestionKind::WarmUp).size() == 2);

    // Once the task is done, its warm-ups go away.
    sim.log("discount-ten-percent", Outcome::No, 8, 6);
    CHECK(suggested(sim.today(), SuggestionKind::WarmUp).empty());
}

TEST_CASE("warm-ups are easier asks of the same kind when the library has them", "[program][adaptive]")
{
    PracticeSim sim("2026-03-02T09:00:00+09:00");
    sim.practice.startProgram();
    sim.log("favour-directions", std::nullopt, 9); // favours: nothing below difficulty 1
    sim.log("photo-with-dog", std::nullopt, 8);
    finishDay(sim, 1);
    sim.at("2026-03-03T09:00:00+09:00");
    finishDay(sim, 2);
    sim.at("2026-03-04T09:00:00+09:00");
    sim.log("compliment-three-strangers", std::nullopt, 8); // difficulty 2 compliments
    const auto warmUps = sim.today().suggestions;
    REQUIRE_FALSE(warmUps.empty());
    CHECK(warmUps[0].challenge.id == "compliment-staff");
    CHECK(warmUps[0].kind == SuggestionKind::WarmUp);
    CHECK(warmUps[0].forChallengeId == "compliment-three-strangers");
    CHECK(warmUps[0].anxiety == 8);
}

TEST_CASE("a day whose peaks all stayed at 3 or less brings a stretch but 4 does not", "[program][adaptive]")
{
    SECTION("peaks of 3")
    {
        PracticeSim sim("2026-03-02T09:00:00+09:00");
        sim.practice.startProgram();
        finishDay(sim, 1, 3);
        sim.at("2026-03-03T09:00:00+09:00");
        const auto stretch = suggested(sim.today(), SuggestionKind::Stretch);
        REQUIRE(stretch.size() == 1);
        const Challenge* c = ChallengeCatalog::builtIn().find(stretch[0]);
        CHECK(c->difficulty == 2); // one level above day 1's hardest ask
    }
    SECTION("one peak of 4")
    {
        PracticeSim sim("2026-03-02T09:00:00+09:00");
        sim.practice.startProgram();
        sim.log("favour-directions", Outcome::Yes, 5, 3);
        sim.log("discount-coffee", Outcome::Yes, 5, 4);
        sim.log("photo-with-dog", Outcome::Yes, 5, 2);
        sim.at("2026-03-03T09:00:00+09:00");
        CHECK(suggested(sim.today(), SuggestionKind::Stretch).empty());
    }
}

TEST_CASE("suggestions never open difficulty 4 or 5 before the pledge", "[program][adaptive][ethics]")
{
    PracticeSim sim("2026-03-02T09:00:00+09:00");
    sim.practice.startProgram();
    for (int day = 1; day <= 4; ++day) {
        sim.at("2026-03-0" + std::to_string(day + 1) + "T09:00:00+09:00");
        finishDay(sim, day, 1);
    }
    sim.at("2026-03-06T09:00:00+09:00");
    // Day 4's hardest ask was difficulty 3, so the stretch would be 4: closed without the pledge.
    CHECK(suggested(sim.today(), SuggestionKind::Stretch).empty());
    sim.practice.acceptPledge();
    const auto stretch = suggested(sim.today(), SuggestionKind::Stretch);
    REQUIRE(stretch.size() == 1);
    CHECK(ChallengeCatalog::builtIn().find(stretch[0])->difficulty == 4);
}
