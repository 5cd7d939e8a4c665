#include "cbt/Distortions.h"
#include "cbt/Reframes.h"
#include "cbt/ThoughtOffer.h"
#include "common/Clock.h"
#include "io/Csv.h"
#include "journal/Attempt.h"
#include "journal/ThoughtRecordRepository.h"
#include "storage/Journal.h"

#include "Samples.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <set>

using namespace askanyway::core;
using namespace askanyway::test;

namespace {

std::set<std::string> matches(const std::string& thought)
{
    std::set<std::string> ids;
    for (const auto& r : matchingReframes(thought))
        ids.insert(r.id);
    return ids;
}

} // namespace

TEST_CASE("about twelve thinking traps ship, each with a definition", "[cbt]")
{
    CHECK(distortions().size() >= 10);
    std::set<std::string> ids;
    for (const auto& d : distortions()) {
        CHECK_FALSE(d.name.empty());
        CHECK(d.definition.size() > 20);
        CHECK(ids.insert(d.id).second);
    }
    CHECK(findDistortion("mind-reading")->name == "Mind reading");
    CHECK_FALSE(findDistortion("Mind reading"));
}

TEST_CASE("reframes match the common rejection beliefs however they are phrased", "[cbt][reframe]")
{
    for (const char* t : {"Rejection means I'm unlovable", "Nobody will ever want me.",
                          "no one could LOVE me", "I’m not lovable, clearly"})
        CHECK(matches(t).count("unlovable"));
    for (const char* t : {"I should have known she wasn't interested", "I should've known!",
                          "It was stupid to ask", "I shouldn't have asked"})
        CHECK(matches(t).count("should-have-known"));
    for (const char* t : {"That was so embarrassing", "Everyone saw it", "I feel humiliated",
                          "they were laughing at me"})
        CHECK(matches(t).count("embarrassing"));
    for (const char* t : {"I can't handle rejection", "I cannot cope with this", "It's unbearable",
                          "I CANT HANDLE IT"})
        CHECK(matches(t).count("cant-handle"));
    CHECK(matches("I'll end up alone forever").count("always-alone"));
    CHECK(matches("I'm not attractive enough for anyone").count("not-good-enough"));
    // Two beliefs in one thought: both reframes.
    CHECK(matches("Everyone saw, and nobody will ever want me") == std::set<std::string>{"unlovable", "embarrassing"});
    // Nothing matches a neutral thought, and words are not matched inside other words.
    CHECK(matches("The coffee was good").empty());
    CHECK(matches("").empty());
    for (const auto& r : reframes())
        CHECK(r.reframe.size() > 40);
    CHECK(reframes().size() >= 6);
}

TEST_CASE("a painful no is offered a thought record prefilled from the attempt", "[cbt][offer]")
{
    Attempt a = sampleAttempt(); // a no with a peak of 8
    a.id = "0b6a86ad-4f1b-4bb2-8a9e-7c6d5e4f3a2b";
    const auto offer = thoughtRecordOffer(a);
    REQUIRE(offer);
    CHECK(offer->attemptId == a.id);
    CHECK(offer->situation.rfind("Asked a barista for 5 % off (2026-03-14): they said no.", 0) == 0);
    CHECK(offer->automaticThought == "A queue of people staring"); // the feared outcome
    CHECK(offer->belief == 80);

    a.anxiety.peak = 6; // below 7: uncomfortable, not painful
    CHECK_FALSE(thoughtRecordOffer(a));
    a.anxiety.peak = 7;
    CHECK(thoughtRecordOffer(a));
    a.outcome = Outcome::Yes;
    CHECK_FALSE(thoughtRecordOffer(a));
    a.outcome = Outcome::No;
    a.prediction.worstOutcome.clear();
    CHECK(thoughtRecordOffer(a)->automaticThought == "They will laugh at me");
}

TEST_CASE("thought records name unknown distortions and export to CSV", "[cbt][csv]")
{
    TempDir dir;
    const FixedClock clock(*parseTimestamp("2026-03-20T21:00:00+01:00"));
    auto journal = Journal::open(dir / "j.sqlite", clock);
    ThoughtRecordRepository repo(journal.database(), clock);
    ThoughtRecord r;
    r.automaticThought = "Everyone saw, \"obviously\"";
    r.belief = 90;
    r.emotions = {{"shame", 80, 30}};
    r.distortions = {"spotlight-effect", "being-a-loser"};
    CHECK_THROWS_WITH(repo.add(r), Catch::StartsWith("distortions[1]: must be one of all-or-nothing,"));
    r.distortions = {"spotlight-effect", "mind-reading"};
    const auto id = repo.add(r);
    const std::string csv = exportThoughtRecordsCsv(journal.database(), clock);
    CHECK(csv.rfind("id,at,attempt_id,situation,automatic_thought,belief,emotions,distortions,", 0) == 0);
    CHECK(csv.find(id + ",2026-03-20T21:00:00+01:00,,,\"Everyone saw, \"\"obviously\"\"\",90,shame 80\xe2\x86\x92" "30,"
                        "spotlight-effect; mind-reading,") != std::string::npos);
}
