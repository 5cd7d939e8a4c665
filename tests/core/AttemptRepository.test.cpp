#include "common/Clock.h"
#include "common/Error.h"
#include "common/Uuid.h"
#include "journal/AttemptRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "storage/Journal.h"

#include "Files.h"
#include "Samples.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using namespace askanyway::test;

namespace {
const FixedClock kClock(*parseTimestamp("2026-03-20T08:00:00+01:00"));
}

TEST_CASE("an attempt is stored whole and read back the same", "[attempt][repository]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    AttemptRepository repo(journal.database(), kClock);

    const std::string id = repo.add(sampleAttempt());
    CHECK(isUuid(id));
    Attempt expected = sampleAttempt();
    expected.id = id;
    CHECK(repo.find(id) == expected);
}

TEST_CASE("an attempt without a time is logged now, on the clock's terms", "[attempt][repository]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    AttemptRepository repo(journal.database(), kClock);
    Attempt plan;
    plan.title = "Ask for a table by the window";
    const auto stored = repo.find(repo.add(plan));
    CHECK(stored->at == "2026-03-20T08:00:00+01:00");
    CHECK(stored->isPlan());
}

TEST_CASE("an invalid attempt is refused and nothing is written", "[attempt][repository]")
{
    TempDir dir;
    const auto file = dir / "j.sqlite";
    {
        auto journal = Journal::open(file, kClock);
        AttemptRepository(journal.database(), kClock).add(sampleAttempt("kept"));
    }
    const std::string before = readBytes(file);
    {
        auto journal = Journal::open(file, kClock);
        AttemptRepository repo(journal.database(), kClock);
        Attempt bad = sampleAttempt();
        bad.anxiety.peak = 11;
        CHECK_THROWS_WITH(repo.add(bad), "anxiety.peak: must be 0-10, got 11");
        bad = sampleAttempt();
        bad.title = "";
        CHECK_THROWS_WITH(repo.add(bad), "title: must not be empty");
        bad = sampleAttempt();
        bad.stepId = newUuid();
        CHECK_THROWS_WITH(repo.add(bad), Catch::StartsWith("step_id: no ladder step has id"));
        CHECK(repo.list().size() == 1);
    }
    CHECK(readBytes(file) == before);
}

TEST_CASE("editing replaces the fields and keeps links to the attempt", "[attempt][repository]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    AttemptRepository repo(journal.database(), kClock);
    ThoughtRecordRepository records(journal.database(), kClock);
    const std::string id = repo.add(sampleAttempt());
    ThoughtRecord record;
    record.automaticThought = "Everyone saw";
    record.attemptId = id;
    const std::string recordId = records.add(record);

    Attempt edited = *repo.find(id);
    edited.title = "Asked for 10 % off";
    edited.tags = {"shop"};
    edited.outcome = Outcome::Partial;
    repo.update(edited);

    CHECK(repo.find(id) == edited);
    CHECK(records.find(recordId)->attemptId == id);

    Attempt unknown = edited;
    unknown.id = newUuid();
    CHECK_THROWS_WITH(repo.update(unknown), Catch::StartsWith("id: no stored attempt"));
}

TEST_CASE("a deleted attempt can be put back exactly as it was", "[attempt][repository]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    AttemptRepository repo(journal.database(), kClock);
    const std::string id = repo.add(sampleAttempt());
    const auto original = repo.find(id);

    const auto removed = repo.remove(id);
    CHECK(removed == original);
    CHECK_FALSE(repo.exists(id));
    CHECK_FALSE(repo.remove(id));

    repo.add(*removed); // undo
    CHECK(repo.find(id) == original);
    CHECK_THROWS_WITH(repo.add(*removed), Catch::Contains("already stored"));
}

TEST_CASE("listing is oldest first and filters on the attempt's own local date", "[attempt][repository]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    AttemptRepository repo(journal.database(), kClock);
    auto at = [&](const char* when, const char* title) {
        Attempt a = sampleAttempt(title);
        a.at = when;
        repo.add(a);
    };
    at("2026-03-02T23:30:00-05:00", "late in New York"); // 04:30 on the 3rd in UTC
    at("2026-03-01T09:00:00+01:00", "first");
    at("2026-03-03T10:00:00+01:00", "third");

    auto titles = [](const std::vector<Attempt>& list) {
        std::vector<std::string> out;
        for (const auto& a : list)
            out.push_back(a.title);
        return out;
    };
    CHECK(titles(repo.list()) == std::vector<std::string>{"first", "late in New York", "third"});
    CHECK(titles(repo.list({"2026-03-02", "2026-03-02"})) == std::vector<std::string>{"late in New York"});
    CHECK(titles(repo.list({"2026-03-03", std::nullopt})) == std::vector<std::string>{"third"});
    CHECK(titles(repo.list({std::nullopt, "2026-03-01"})) == std::vector<std::string>{"first"});
}
