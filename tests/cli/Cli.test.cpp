#include "CliRunner.h"
#include "Files.h"
#include "TempDir.h"
#include "common/Uuid.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace askanyway::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
        s.pop_back();
    return s;
}

int lineCount(const std::string& s)
{
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

// The journal file for these tests, with the fixed arguments in front of each command.
struct Session
{
    TempDir home;
    std::string journal = (home / "j.sqlite").string();

    CliResult run(std::vector<std::string> args, const std::string& now = "2026-03-14T18:30:00+01:00")
    {
        args.insert(args.begin(), {"--journal", journal, "--now", now});
        return runCli(args, home.path());
    }
};

} // namespace

TEST_CASE("log prints the new id and list shows the attempt", "[cli]")
{
    Session s;
    const auto logged = s.run({"log", "--title", "Asked for 5 % off", "--outcome", "no",
                               "--no-likelihood", "80", "--predicted-anxiety", "7",
                               "--expectation", "Laughter", "--anxiety-before", "6",
                               "--anxiety-peak", "8", "--anxiety-after", "3", "--recovery-min", "12",
                               "--predicted", "Mockery", "--happened", "A kind no", "--felt", "Hot, then fine",
                               "--learned", "No is a word", "--graceful", "yes", "--tag", "cafe",
                               "--tag", "busy", "--difficulty", "2", "--challenge", "discount-coffee"});
    REQUIRE(logged.exitCode == 0);
    const std::string id = trimmed(logged.out);
    CHECK(askanyway::core::isUuid(id));
    CHECK(logged.err.empty());

    const auto listed = s.run({"list", "--json"});
    REQUIRE(listed.exitCode == 0);
    const json all = json::parse(listed.out);
    REQUIRE(all.size() == 1);
    const json& a = all[0];
    CHECK(a["id"] == id);
    CHECK(a["at"] == "2026-03-14T18:30:00+01:00");
    CHECK(a["challenge_id"] == "discount-coffee");
    CHECK(a["difficulty"] == 1); // the challenge's, not the flag's
    CHECK(a["category"] == "discounts");
    CHECK(a["prediction"] == json{{"expectation", "Laughter"}, {"no_likelihood", 80}, {"anxiety", 7}, {"worst_outcome", ""}});
    CHECK(a["anxiety"] == json{{"before", 6}, {"peak", 8}, {"after", 3}});
    CHECK(a["recovery_minutes"] == 12);
    CHECK(a["reflection"]["learned"] == "No is a word");
    CHECK(a["accepted_gracefully"] == true);
    CHECK(a["tags"] == json::array({"cafe", "busy"}));

    const auto table = s.run({"list"});
    CHECK(table.exitCode == 0);
    CHECK(table.out.find("Asked for 5 % off") != std::string::npos);
    CHECK(table.out.find("no") != std::string::npos);
}

TEST_CASE("bad values exit 1 with one line naming the field and change nothing", "[cli]")
{
    Session s;
    REQUIRE(s.run({"log", "--title", "kept", "--outcome", "yes"}).exitCode == 0);
    const std::string before = readBytes(s.journal);

    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"log", "--title", "x", "--anxiety-peak", "11"}, "anxiety.peak: must be 0-10, got 11"},
        {{"log", "--title", "x", "--no-likelihood", "-1"}, "prediction.no_likelihood: must be 0-100, got -1"},
        {{"log", "--title", "x", "--outcome", "maybe"}, "outcome: must be one of no, yes, partial, avoided"},
        {{"log", "--title", ""}, "title: must not be empty"},
        {{"log", "--title", "x", "--difficulty", "6"}, "difficulty: must be 1-5, got 6"},
        {{"import", (s.home / "missing.json").string()}, "cannot read"},
    };
    for (const auto& [args, message] : cases) {
        const auto r = s.run(args);
        INFO(args[1] << " " << message);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find(message) != std::string::npos);
        CHECK(lineCount(r.err) == 1);
        CHECK(r.out.empty());
    }
    CHECK(readBytes(s.journal) == before);
}

TEST_CASE("usage errors exit 2 and help exits 0 for the tool and each command", "[cli]")
{
    Session s;
    CHECK(s.run({}).exitCode == 2);
    CHECK(s.run({"dance"}).exitCode == 2);
    CHECK(s.run({"log"}).exitCode == 2); // --title is required
    CHECK(s.run({"log", "--title", "x", "--anxiety-peak", "high"}).exitCode == 2);
    CHECK(s.run({"list", "--since", "last week"}).exitCode == 2);
    CHECK(s.run({"export", "--format", "xml"}).exitCode == 2);
    CHECK(s.run({"log", "--title", "x", "--graceful", "maybe"}).exitCode == 2);
    CHECK(runCli({"--now", "tomorrow", "stats"}, s.home.path()).exitCode == 2);

    const auto help = runCli({"--help"}, s.home.path());
    CHECK(help.exitCode == 0);
    for (const char* command : {"log", "list", "export", "import", "stats", "check"}) {
        CHECK(help.out.find(command) != std::string::npos);
        const auto sub = runCli({command, "--help"}, s.home.path());
        INFO(command);
        CHECK(sub.exitCode == 0);
        CHECK(sub.out.find("Usage") != std::string::npos);
    }
    CHECK_FALSE(fs::exists(s.journal)); // help never creates a journal
}

TEST_CASE("without --journal the app's own journal in the data folder is used", "[cli]")
{
    TempDir home;
    CHECK(runCli({"log", "--title", "Asked a stranger the time", "--outcome", "yes"}, home.path()).exitCode == 0);
    const fs::path journal = home / "askanyway/journal.sqlite";
    CHECK(fs::exists(journal));
    CHECK(modeOf(journal) == 0600);
    CHECK(modeOf(journal.parent_path()) == 0700);
}

TEST_CASE("list filters on local dates and --now backfills in the user's time zone", "[cli]")
{
    Session s;
    s.run({"log", "--title", "first", "--outcome", "yes"}, "2026-03-01T10:00:00+01:00");
    s.run({"log", "--title", "second", "--outcome", "no"}, "2026-03-02T23:30:00-05:00");
    s.run({"log", "--title", "third", "--outcome", "partial"}, "2026-03-04T08:00:00+01:00");
    auto titles = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"list", "--json"});
        std::vector<std::string> out;
        for (const auto& a : json::parse(s.run(args).out))
            out.push_back(a["title"]);
        return out;
    };
    CHECK(titles({}) == std::vector<std::string>{"first", "second", "third"});
    CHECK(titles({"--since", "2026-03-02", "--until", "2026-03-03"}) == std::vector<std::string>{"second"});
    CHECK(titles({"--until", "2026-03-01"}) == std::vector<std::string>{"first"});
    CHECK(s.run({"list", "--since", "2027-01-01"}).out.find("No attempts") != std::string::npos);
}

TEST_CASE("stats reports outcomes, no's survived, practice days and the streak", "[cli]")
{
    Session s;
    s.run({"log", "--title", "a", "--outcome", "no"}, "2026-03-12T10:00:00+01:00");
    s.run({"log", "--title", "b", "--outcome", "yes"}, "2026-03-13T10:00:00+01:00");
    s.run({"log", "--title", "c", "--outcome", "no"}, "2026-03-14T10:00:00+01:00");
    s.run({"log", "--title", "d", "--outcome", "avoided"}, "2026-03-14T11:00:00+01:00");
    s.run({"log", "--title", "e"}, "2026-03-14T12:00:00+01:00");
    const auto r = s.run({"stats", "--json"}, "2026-03-14T20:00:00+01:00");
    REQUIRE(r.exitCode == 0);
    const json stats = json::parse(r.out);
    CHECK(stats["attempts"] == 4);
    CHECK(stats["plans"] == 1);
    CHECK(stats["outcomes"] == json{{"no", 2}, {"yes", 1}, {"partial", 0}, {"avoided", 1}});
    CHECK(stats["no_survived"] == 2);
    CHECK(stats["practice_days"] == 3);
    CHECK(stats["current_streak"] == 3);

    const auto plain = s.run({"stats"}, "2026-03-14T20:00:00+01:00");
    CHECK(plain.out.find("No's survived:  2") != std::string::npos);
}

TEST_CASE("check says ok for a sound journal and refuses a damaged one", "[cli]")
{
    Session s;
    s.run({"log", "--title", "a", "--outcome", "yes"});
    const auto ok = s.run({"check"});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.rfind("ok:", 0) == 0);

    const std::string damaged = std::string("SQLite format 3") + std::string(1, '\0') + std::string(2000, '\x7f');
    writeBytes(s.journal, damaged);
    const auto bad = s.run({"check"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.find("may be damaged") != std::string::npos);
    CHECK(readBytes(s.journal) == damaged);
}
