#include "common/Clock.h"
#include "common/Error.h"
#include "io/Interchange.h"
#include "journal/AttemptRepository.h"
#include "journal/LadderRepository.h"
#include "journal/ProgramRunRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "storage/Journal.h"

#include "Files.h"
#include "Samples.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace askanyway::core;
using namespace askanyway::test;
using nlohmann::json;

namespace {

const FixedClock kClock(*parseTimestamp("2026-03-20T08:00:00+01:00"));

// A journal with one of everything, linked the way real use links them.
void fill(Database& db)
{
    LadderRepository ladders(db, kClock);
    const auto ladderId = ladders.add({"", "Dating apps", "", {{"", "Reply to a message", 3},
                                                               {"", "Suggest a coffee", 7}}});
    Attempt a = sampleAttempt();
    a.stepId = ladders.find(ladderId)->steps[1].id;
    a.person = "Blue scarf";
    const auto attemptId = AttemptRepository(db, kClock).add(a);
    Attempt plan;
    plan.title = "Ask for a second date";
    plan.at = "2026-03-21T19:00:00+01:00";
    AttemptRepository(db, kClock).add(plan);
    ThoughtRecord r;
    r.attemptId = attemptId;
    r.automaticThought = "I'm unlovable";
    r.emotions = {{"shame", 80, 40}};
    r.distortions = {"labelling"};
    ThoughtRecordRepository(db, kClock).add(r);
    ProgramRunRepository(db, kClock).add({});
}

json withoutStamp(json doc)
{
    doc.erase("exported_at");
    return doc;
}

} // namespace

TEST_CASE("an export holds every entry in the interchange shape", "[interchange]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    fill(journal.database());
    const json doc = exportJournal(journal.database(), kClock);
    CHECK(doc["format"] == "askanyway-journal");
    CHECK(doc["version"] == 1);
    CHECK(doc["exported_at"] == "2026-03-20T08:00:00+01:00");
    REQUIRE(doc["attempts"].size() == 2);
    const json& a = doc["attempts"][0];
    CHECK(a["anxiety"]["peak"] == 8);
    CHECK(a["prediction"]["no_likelihood"] == 80);
    CHECK(a["outcome"] == "no");
    CHECK(a["accepted_gracefully"] == true);
    CHECK(a["tags"] == json::array({"cafe", "morning, busy"}));
    CHECK(doc["attempts"][1]["outcome"].is_null()); // the plan
    CHECK(doc["thought_records"][0]["attempt_id"] == a["id"]);
    CHECK(doc["ladders"][0]["steps"][1]["id"] == a["step_id"]);
    CHECK(doc["program_runs"].size() == 1);
}

TEST_CASE("export, import into an empty journal, export again: the same document", "[interchange]")
{
    TempDir dir;
    auto source = Journal::open(dir / "a.sqlite", kClock);
    fill(source.database());
    const std::string first = exportJournalText(source.database(), kClock);

    auto target = Journal::open(dir / "b.sqlite", kClock);
    const auto summary = importJournal(target.database(), kClock, first);
    CHECK(summary.attempts.added == 2);
    CHECK(summary.thoughtRecords.added == 1);
    CHECK(summary.ladders.added == 1);
    CHECK(summary.programRuns.added == 1);

    const FixedClock later(*parseTimestamp("2026-04-01T12:00:00+02:00"));
    const std::string second = exportJournalText(target.database(), later);
    CHECK(withoutStamp(json::parse(second)) == withoutStamp(json::parse(first)));
    CHECK(json::parse(second)["exported_at"] == "2026-04-01T12:00:00+02:00");
}

TEST_CASE("re-importing an export adds nothing twice", "[interchange]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    fill(journal.database());
    const std::string text = exportJournalText(journal.database(), kClock);
    const auto summary = importJournal(journal.database(), kClock, text);
    CHECK(summary.attempts.added == 0);
    CHECK(summary.attempts.skipped == 2);
    CHECK(summary.ladders.skipped == 1);
    CHECK(summary.thoughtRecords.skipped == 1);
    CHECK(summary.programRuns.skipped == 1);
    CHECK(AttemptRepository(journal.database(), kClock).list().size() == 2);
    CHECK(withoutStamp(exportJournal(journal.database(), kClock)) == withoutStamp(json::parse(text)));
}

TEST_CASE("import ignores unknown keys and fills in missing optional ones", "[interchange]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    const json doc = {
        {"format", "askanyway-journal"},
        {"version", 1},
        {"from_the_future", {{"anything", 1}}},
        {"attempts",
         {{{"id", "7d0b9f52-51a4-4c1e-9d3e-0a1b2c3d4e5f"},
           {"at", "2026-03-02T12:00:00Z"},
           {"title", "Asked someone's opinion on a book"},
           {"difficulty", 2},
           {"prediction", {{"no_likelihood", 30}, {"anxiety", 4}, {"mood_ring", "green"}}},
           {"outcome", "yes"}}}},
    };
    const auto summary = importJournal(journal.database(), kClock, doc.dump());
    CHECK(summary.attempts.added == 1);
    const auto a = AttemptRepository(journal.database(), kClock).find("7d0b9f52-51a4-4c1e-9d3e-0a1b2c3d4e5f");
    REQUIRE(a);
    CHECK(a->at == "2026-03-02T12:00:00+00:00");
    CHECK(a->prediction.expectation.empty());
    CHECK_FALSE(a->anxiety.peak);
    CHECK(a->tags.empty());
    CHECK_FALSE(a->acceptedGracefully);
}

TEST_CASE("a link to a step already in the journal is accepted on import", "[interchange]")
{
    TempDir dir;
    auto journal = Journal::open(dir / "j.sqlite", kClock);
    LadderRepository ladders(journal.database(), kClock);
    const auto step = ladders.find(ladders.add({"", "L", "", {{"", "s", 2}}}))->steps[0].id;
    const std::string id = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    const json doc = {{"format", "askanyway-journal"},
                      {"version", 1},
                      {"attempts",
                       {{{"id", id},
                         {"at", "2026-03-01T10:00:00+01:00"},
                         {"title", "Said hello first"},
                         {"difficulty", 1},
                         {"step_id", step},
                         {"prediction", {{"no_likelihood", 10}, {"anxiety", 2}}},
                         {"outcome", "yes"}}}}};
    CHECK(importJournal(journal.database(), kClock, doc.dump()).attempts.added == 1);
    CHECK(AttemptRepository(journal.database(), kClock).find(id)->stepId == step);
}
