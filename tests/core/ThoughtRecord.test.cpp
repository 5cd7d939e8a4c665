#include "common/Clock.h"
#include "common/Error.h"
#include "common/Uuid.h"
#include "journal/AttemptRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "storage/Journal.h"

#include "Samples.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using namespace askanyway::test;

namespace {

const FixedClock kClock(*parseTimestamp("2026-03-20T21:00:00+01:00"));

ThoughtRecord sampleRecord()
{
    ThoughtRecord r;
    r.situation = "Asked for a number after a long talk; she said no";
    r.automaticThought = "Nobody will ever want me";
    r.belief = 85;
    r.emotions = {{"shame", 70, 30}, {"sadness", 60, std::nullopt}};
    r.distortions = {"overgeneralising", "mind-reading"};
    r.evidenceFor = "She said no";
    r.evidenceAgainst = "We laughed for twenty minutes; two friends say I'm good company";
    r.balancedThought = "One no from one person on one night";
    r.balancedBelief = 70;
    return r;
}

} // namespace

TEST_CASE("a thought record keeps its emotions and distortions in order", "[thought]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    ThoughtRecordRepository repo(journal.database(), kClock);
    const std::string attemptId = AttemptRepository(journal.database(), kClock).add(sampleAttempt());
    ThoughtRecord r = sampleRecord();
    r.attemptId = attemptId;
    const std::string id = repo.add(r);

    r.id = id;
    r.at = "2026-03-20T21:00:00+01:00";
    CHECK(repo.find(id) == r);
    CHECK(repo.list().size() == 1);
    CHECK(repo.remove(id));
    CHECK(repo.list().empty());
}

TEST_CASE("thought record values are checked and name their field", "[thought][validation]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    ThoughtRecordRepository repo(journal.database(), kClock);
    auto refused = [&](auto edit) {
        ThoughtRecord r = sampleRecord();
        edit(r);
        try {
            repo.add(r);
        } catch (const ValidationError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK(refused([](ThoughtRecord& r) { r.belief = 101; }) == "belief: must be 0-100, got 101");
    CHECK(refused([](ThoughtRecord& r) { r.automaticThought = ""; }) == "automatic_thought: must not be empty");
    CHECK(refused([](ThoughtRecord& r) { r.emotions[1].intensity = -3; }) ==
          "emotions[1].intensity: must be 0-100, got -3");
    CHECK(refused([](ThoughtRecord& r) { r.emotions[0].rerated = 140; }) ==
          "emotions[0].rerated: must be 0-100, got 140");
    CHECK(refused([](ThoughtRecord& r) { r.balancedBelief = -1; }) == "balanced_belief: must be 0-100, got -1");
    CHECK(refused([](ThoughtRecord& r) { r.attemptId = newUuid(); }).rfind("attempt_id: no attempt", 0) == 0);
    CHECK(repo.list().empty());
}

TEST_CASE("editing a thought record replaces its fields and keeps its time", "[thought]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    ThoughtRecordRepository repo(journal.database(), kClock);
    const std::string id = repo.add(sampleRecord());
    ThoughtRecord edited = *repo.find(id);
    edited.balancedThought = "One no is one data point";
    edited.emotions = {{"shame", 70, 20}};
    edited.distortions = {"labelling"};
    edited.at.clear();
    repo.update(edited);
    const auto stored = repo.find(id);
    CHECK(stored->balancedThought == "One no is one data point");
    CHECK(stored->emotions == edited.emotions);
    CHECK(stored->distortions == std::vector<std::string>{"labelling"});
    CHECK(stored->at == "2026-03-20T21:00:00+01:00");

    edited.belief = 120;
    CHECK_THROWS_WITH(repo.update(edited), "belief: must be 0-100, got 120");
    CHECK(repo.find(id)->belief == 85);
    edited = *stored;
    edited.id = "7d0b9f52-51a4-4c1e-9d3e-0a1b2c3d4e5f";
    CHECK_THROWS_WITH(repo.update(edited), Catch::StartsWith("id: no stored thought record"));
}
