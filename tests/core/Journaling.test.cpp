#include "demo/DemoJournal.h"
#include "journal/AttemptRepository.h"
#include "journal/AttemptSearch.h"
#include "journal/LadderProgress.h"
#include "journal/LadderRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "progress/Forecast.h"

#include "PracticeSim.h"
#include "Samples.h"

#include <catch2/catch.hpp>

#include <set>

using namespace askanyway::core;
using namespace askanyway::test;

namespace {

std::vector<std::string> titles(const std::vector<Attempt>& list)
{
    std::vector<std::string> out;
    for (const auto& a : list)
        out.push_back(a.title);
    return out;
}

} // namespace

TEST_CASE("journal search combines text, outcome, plans, category and dates", "[journal][search]")
{
    Attempt a = sampleAttempt("Asked a barista for 5 % off"); // no, favours, 2026-03-14, learned "A no is just a word"
    Attempt b = sampleAttempt("Complimented a stranger's jacket");
    b.outcome = Outcome::Yes;
    b.category = "compliments";
    b.at = "2026-03-16T10:00:00+01:00";
    b.reflection.learned = "People light up";
    b.tags = {"street"};
    Attempt plan;
    plan.title = "Ask for a second date";
    plan.at = "2026-03-20T19:00:00+01:00";
    const std::vector<Attempt> all{a, b, plan};

    CHECK(titles(searchAttempts(all, {})).size() == 3);
    CHECK(titles(searchAttempts(all, {.text = "BARISTA"})) == std::vector<std::string>{a.title});
    CHECK(titles(searchAttempts(all, {.text = "light up"})) == std::vector<std::string>{b.title}); // reflections
    CHECK(titles(searchAttempts(all, {.text = "street"})) == std::vector<std::string>{b.title});   // tags
    CHECK(titles(searchAttempts(all, {.text = "strangers jacket"})) == std::vector<std::string>{b.title});
    CHECK(titles(searchAttempts(all, {.outcome = Outcome::No})) == std::vector<std::string>{a.title});
    AttemptSearch plans;
    plans.plansOnly = true;
    CHECK(titles(searchAttempts(all, plans)) == std::vector<std::string>{plan.title});
    AttemptSearch done;
    done.completedOnly = true;
    CHECK(searchAttempts(all, done).size() == 2);
    AttemptSearch kind;
    kind.category = "compliments";
    CHECK(titles(searchAttempts(all, kind)) == std::vector<std::string>{b.title});
    AttemptSearch range;
    range.fromDate = "2026-03-15";
    range.toDate = "2026-03-16";
    CHECK(titles(searchAttempts(all, range)) == std::vector<std::string>{b.title});
    CHECK(searchAttempts(all, {.text = "nothing like this"}).empty());
}

TEST_CASE("the last forecast compares the prediction with the felt peak", "[progress][forecast]")
{
    CHECK_FALSE(lastForecast({}));
    Attempt a = sampleAttempt(); // predicted 7, peak 8
    Attempt b = sampleAttempt();
    b.prediction.anxiety = 8;
    b.anxiety.peak = 5;
    Attempt avoided = sampleAttempt();
    avoided.outcome = Outcome::Avoided;
    const auto f = lastForecast({a, b, avoided});
    REQUIRE(f);
    CHECK(f->predicted == 8);
    CHECK(f->felt == 5);
    CHECK(f->error() == 3);
    CHECK(lastForecast({a})->error() == -1);
    CHECK(anxietyBand(3) == AnxietyBand::Calm);
    CHECK(anxietyBand(4) == AnxietyBand::Practice);
    CHECK(anxietyBand(7) == AnxietyBand::Practice);
    CHECK(anxietyBand(8) == AnxietyBand::High);
}

TEST_CASE("a deleted attempt comes back with its thought records relinked", "[journal][undo]")
{
    PracticeSim sim("2026-03-14T20:00:00+01:00");
    const std::string id = sim.practice.logAttempt(sampleAttempt());
    ThoughtRecord r;
    r.automaticThought = "Everyone saw";
    r.attemptId = id;
    const std::string record = ThoughtRecordRepository(sim.journal.database(), sim.clock).add(r);
    const auto before = AttemptRepository(sim.journal.database(), sim.clock).find(id);

    const auto deleted = sim.practice.deleteAttempt(id);
    REQUIRE(deleted);
    CHECK(deleted->thoughtRecordIds == std::vector<std::string>{record});
    CHECK_FALSE(AttemptRepository(sim.journal.database(), sim.clock).exists(id));
    CHECK_FALSE(ThoughtRecordRepository(sim.journal.database(), sim.clock).find(record)->attemptId);

    sim.practice.restoreAttempt(*deleted);
    CHECK(AttemptRepository(sim.journal.database(), sim.clock).find(id) == before);
    CHECK(ThoughtRecordRepository(sim.journal.database(), sim.clock).find(record)->attemptId == id);
    CHECK_FALSE(sim.practice.deleteAttempt("not-there"));
}

TEST_CASE("the demo journal is a lived-in month that obeys every rule", "[demo]")
{
    PracticeSim sim("2026-03-31T09:30:00+02:00");
    fillDemoJournal(sim.journal.database(), sim.clock);
    const auto attempts = AttemptRepository(sim.journal.database(), sim.clock).list();
    CHECK(attempts.size() >= 40);
    std::set<std::string> outcomes;
    int plans = 0;
    for (const auto& a : attempts) {
        if (a.outcome)
            outcomes.insert(std::string(toString(*a.outcome)));
        else
            ++plans;
        CHECK(a.at <= "2026-03-31T09:30:00+02:00");
        CHECK(a.at >= "2026-03-01");
    }
    CHECK(outcomes == std::set<std::string>{"avoided", "no", "partial", "yes"});
    CHECK(plans == 1);

    const auto history = sim.practice.history();
    REQUIRE(history.size() == 3);
    CHECK(history[0].run.endReason == RunEnd::Restarted);
    CHECK(history[1].completed);
    const auto today = sim.today();
    REQUIRE(today.program);
    CHECK(today.program->currentDay == 4);
    CHECK(today.program->days[3].state == DayState::Open);
    CHECK_FALSE(today.suggestions.empty()); // the plan predicted at 8 asks for a warm-up
    CHECK(today.pledgeAccepted);
    CHECK(today.progress.currentStreak >= 3);

    const auto ladders = LadderRepository(sim.journal.database(), sim.clock).list();
    REQUIRE(ladders.size() == 1);
    const auto view = ladderView(ladders[0], attempts);
    CHECK(view.steps[1].ready);
    CHECK(view.nextStepId == view.steps[0].step.id); // the lowest rung has not been practised
    CHECK(ThoughtRecordRepository(sim.journal.database(), sim.clock).list().size() == 2);

    // The forecast ran ahead of the feeling, as the charts will show.
    int predicted = 0, felt = 0;
    for (const auto& a : attempts)
        if (a.anxiety.peak) {
            predicted += a.prediction.anxiety;
            felt += *a.anxiety.peak;
        }
    CHECK(predicted > felt);
}
