#include "common/Clock.h"
#include "common/Error.h"
#include "journal/AttemptRepository.h"
#include "journal/LadderProgress.h"
#include "journal/LadderRepository.h"
#include "program/StarterLadder.h"
#include "storage/Journal.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using namespace askanyway::test;

namespace {

const FixedClock kClock(*parseTimestamp("2026-03-20T08:00:00+01:00"));

Attempt onStep(const std::string& step, Outcome outcome, std::optional<int> peak, int noLikelihood = 30)
{
    Attempt a;
    a.title = "ask";
    a.stepId = step;
    a.outcome = outcome;
    a.anxiety.peak = peak;
    a.prediction.noLikelihood = noLikelihood;
    return a;
}

std::vector<std::string> texts(const Ladder& l)
{
    std::vector<std::string> out;
    for (const auto& s : l.steps)
        out.push_back(s.text);
    return out;
}

} // namespace

TEST_CASE("ready to move up: the last two asks peaked at half the rating or less", "[ladder][ready]")
{
    const LadderStep step{"s", "Ask for the wifi code", 6};
    // Peak 3 is half of 6: evidence. Peak 4 is not.
    CHECK(isMasteryEvidence(onStep("s", Outcome::Yes, 3), 6));
    CHECK_FALSE(isMasteryEvidence(onStep("s", Outcome::Yes, 4), 6));
    CHECK(isMasteryEvidence(onStep("s", Outcome::No, 3), 7)); // 3 × 2 = 6 ≤ 7
    CHECK_FALSE(isMasteryEvidence(onStep("s", Outcome::No, 4), 7));

    CHECK_FALSE(isReady(step, {onStep("s", Outcome::Yes, 2)})); // one ask is not enough
    CHECK(isReady(step, {onStep("s", Outcome::Yes, 3), onStep("s", Outcome::No, 3)}));
    CHECK_FALSE(isReady(step, {onStep("s", Outcome::Yes, 3), onStep("s", Outcome::No, 4)}));
    // It is the last two that count: an old calm ask does not rescue a recent hard one.
    CHECK_FALSE(isReady(step, {onStep("s", Outcome::Yes, 1), onStep("s", Outcome::Yes, 5), onStep("s", Outcome::Yes, 2)}));
    CHECK(isReady(step, {onStep("s", Outcome::Yes, 6), onStep("s", Outcome::Yes, 2), onStep("s", Outcome::Yes, 1)}));
    // Avoided attempts and plans are not asks: they neither help nor hurt.
    Attempt avoided = onStep("s", Outcome::Avoided, 9);
    CHECK(isReady(step, {onStep("s", Outcome::Yes, 2), avoided, onStep("s", Outcome::Yes, 2)}));
    // Other steps' attempts do not count.
    CHECK_FALSE(isReady(step, {onStep("s", Outcome::Yes, 2), onStep("other", Outcome::Yes, 1)}));
}

TEST_CASE("ready to move up: a no feared at 50 % or more that did not come", "[ladder][ready]")
{
    CHECK(isMasteryEvidence(onStep("s", Outcome::Yes, 8, 50), 6));
    CHECK(isMasteryEvidence(onStep("s", Outcome::Partial, 8, 90), 6));
    CHECK_FALSE(isMasteryEvidence(onStep("s", Outcome::Yes, 8, 49), 6));
    CHECK_FALSE(isMasteryEvidence(onStep("s", Outcome::No, 8, 80), 6)); // the no did come
    const LadderStep step{"s", "Ask for a number", 8};
    CHECK(isReady(step, {onStep("s", Outcome::Yes, 7, 70), onStep("s", Outcome::Partial, 6, 60)}));
}

TEST_CASE("step progress shows repetitions and predictions against outcomes", "[ladder]")
{
    const LadderStep step{"s", "Compliment a stranger", 6};
    Attempt plan;
    plan.stepId = "s";
    plan.title = "plan";
    const auto p = stepProgress(step, {onStep("s", Outcome::No, 7, 80), onStep("s", Outcome::Yes, 5, 60),
                                       onStep("s", Outcome::Avoided, std::nullopt, 90), plan});
    CHECK(p.attempts == 3);
    CHECK(p.peaks == std::vector<int>{7, 5});
    CHECK(p.lastPeak == 5);
    CHECK(*p.predictedNo == Approx(70.0)); // the avoided one was not an ask
    CHECK(*p.actualNo == Approx(50.0));
    CHECK(*p.peakAnxiety == Approx(6.0));
    CHECK_FALSE(p.ready);
}

TEST_CASE("the next step is the lowest one not yet ready", "[ladder]")
{
    const Ladder ladder{"l", "Cafés", "", {{"a", "wifi", 2}, {"b", "tip", 4}, {"c", "discount", 7}}};
    CHECK(ladderView(ladder, {}).nextStepId == "a");
    const std::vector<Attempt> calm{onStep("a", Outcome::Yes, 1), onStep("a", Outcome::Yes, 1)};
    CHECK(ladderView(ladder, calm).nextStepId == "b");
    auto all = calm;
    for (const char* id : {"b", "b", "c", "c"})
        all.push_back(onStep(id, Outcome::Yes, 0));
    CHECK_FALSE(ladderView(ladder, all).nextStepId); // the whole ladder climbed
}

TEST_CASE("steps go in by rating, keep manual moves and close up on delete", "[ladder]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    LadderRepository repo(journal.database(), kClock);
    const std::string id = repo.add({"", "Parties", "", {}});
    const auto five = repo.addStep(id, {"", "five", 5});
    repo.addStep(id, {"", "two", 2});
    const auto eight = repo.addStep(id, {"", "eight", 8});
    repo.addStep(id, {"", "five again", 5}); // after the existing 5
    CHECK(texts(*repo.find(id)) == std::vector<std::string>{"two", "five", "five again", "eight"});

    repo.moveStep(eight, 0); // the user knows better
    CHECK(texts(*repo.find(id)) == std::vector<std::string>{"eight", "two", "five", "five again"});
    repo.addStep(id, {"", "three", 3});
    CHECK(texts(*repo.find(id)) == std::vector<std::string>{"eight", "two", "three", "five", "five again"});
    repo.editStep(five, std::string("five, edited"), 9); // rating changes keep the place
    CHECK(texts(*repo.find(id)) == std::vector<std::string>{"eight", "two", "three", "five, edited", "five again"});
    CHECK(repo.find(id)->steps[3].rating == 9);

    CHECK_THROWS_WITH(repo.moveStep(eight, 5), "position: must be 0-4, got 5");
    CHECK_THROWS_WITH(repo.editStep(eight, std::nullopt, 11), "rating: must be 0-10, got 11");
    CHECK_THROWS_WITH(repo.editStep(eight, std::string(""), std::nullopt), "text: must not be empty");
    CHECK_THROWS_WITH(repo.removeStep("nope"), Catch::StartsWith("id: no ladder step"));

    AttemptRepository attempts(journal.database(), kClock);
    Attempt a = onStep(eight, Outcome::Yes, 3);
    const auto attemptId = attempts.add(a);
    repo.removeStep(eight);
    CHECK(texts(*repo.find(id)) == std::vector<std::string>{"two", "three", "five, edited", "five again"});
    CHECK_FALSE(attempts.find(attemptId)->stepId); // kept, unlinked
    repo.moveStep(repo.find(id)->steps[3].id, 3); // positions closed up: 0-3
}

TEST_CASE("the starter ladder copies the program's kinds of ask, lowest first", "[ladder][program]")
{
    const Ladder starter = starterLadder();
    CHECK(starter.name == "Starter ladder");
    REQUIRE(starter.steps.size() == 12);
    CHECK(starter.steps.front().text == "Ask for directions");
    CHECK(starter.steps.front().rating == 2);
    for (std::size_t i = 1; i < starter.steps.size(); ++i)
        CHECK(starter.steps[i - 1].rating <= starter.steps[i].rating);
    CHECK(starter.steps.back().rating == 10);

    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    LadderRepository repo(journal.database(), kClock);
    const std::string id = repo.add(starterLadder("Mine"));
    const auto stored = repo.find(id);
    CHECK(stored->steps.size() == 12);
    repo.editStep(stored->steps[0].id, std::nullopt, 4); // the user makes it their own
    CHECK(repo.find(id)->steps[0].rating == 4);
}

TEST_CASE("a deleted step or ladder comes back in place with its attempts relinked", "[ladder][undo]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    LadderRepository repo(journal.database(), kClock);
    AttemptRepository attempts(journal.database(), kClock);
    const std::string id = repo.add({"", "Cafés", "", {{"", "low", 2}, {"", "middle", 5}, {"", "high", 8}}});
    const auto before = *repo.find(id);
    const auto attemptId = attempts.add(onStep(before.steps[1].id, Outcome::Yes, 3));

    const DeletedStep step = repo.removeStep(before.steps[1].id);
    CHECK(step.position == 1);
    CHECK(step.attemptIds == std::vector<std::string>{attemptId});
    CHECK(texts(*repo.find(id)) == std::vector<std::string>{"low", "high"});
    repo.restoreStep(step);
    CHECK(*repo.find(id) == before);
    CHECK(attempts.find(attemptId)->stepId == before.steps[1].id);

    const auto ladder = repo.removeForUndo(id);
    REQUIRE(ladder);
    CHECK_FALSE(repo.exists(id));
    CHECK_FALSE(attempts.find(attemptId)->stepId);
    repo.restore(*ladder);
    CHECK(*repo.find(id) == before);
    CHECK(attempts.find(attemptId)->stepId == before.steps[1].id);
    CHECK_FALSE(repo.removeForUndo("nope"));
}
