// The practice engine through the real binary, days simulated with --now in UTC-5.
#include "CliRunner.h"
#include "Files.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace askanyway::test;
using nlohmann::json;

namespace {

struct Days
{
    TempDir home;
    std::string journal = (home / "j.sqlite").string();

    CliResult run(const std::string& now, std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--journal", journal, "--now", now});
        return runCli(args, home.path(), "America/New_York");
    }
    json today(const std::string& now)
    {
        const auto r = run(now, {"today", "--json"});
        REQUIRE(r.exitCode == 0);
        return json::parse(r.out);
    }
};

} // namespace

TEST_CASE("today, program start and the pacing of days through the CLI", "[cli][program]")
{
    Days d;
    json t = d.today("2026-03-02T08:00:00-05:00");
    CHECK(t["program_day"].is_null());
    CHECK(t["tasks"].empty());
    CHECK(t["pledge_accepted"] == false);
    CHECK(t["points"] == 0);
    CHECK(t["level"] == 1);
    CHECK(t["streak"] == 0);

    const auto started = d.run("2026-03-02T08:00:00-05:00", {"program", "start"});
    REQUIRE(started.exitCode == 0);
    CHECK(started.out.size() == 37);
    t = d.today("2026-03-02T08:05:00-05:00");
    CHECK(t["program_day"] == 1);
    CHECK(t["day_state"] == "open");
    REQUIRE(t["tasks"].size() == 3);
    CHECK(t["tasks"][0] == json{{"challenge_id", "favour-directions"}, {"title", "Ask for directions"},
                                {"difficulty", 1}, {"done", false}, {"attempts", 0}});

    // Late evening in New York is already tomorrow in UTC: the local date decides.
    for (const char* id : {"favour-directions", "discount-coffee", "photo-with-dog"})
        REQUIRE(d.run("2026-03-02T21:30:00-05:00", {"log", "--challenge", id, "--outcome", "yes",
                                                   "--anxiety-peak", "4"}).exitCode == 0);
    t = d.today("2026-03-02T23:59:00-05:00");
    CHECK(t["program_day"] == 1);
    CHECK(t["day_state"] == "done");
    CHECK(t["next_day_opens_on"] == "2026-03-03");
    CHECK(t["points"] == 30);
    CHECK(t["streak"] == 1);
    t = d.today("2026-03-03T00:01:00-05:00");
    CHECK(t["program_day"] == 2);
    CHECK(t["day_state"] == "open");

    const json status = json::parse(d.run("2026-03-03T00:01:00-05:00", {"program", "status", "--json"}).out);
    CHECK(status["active"]["days"][0]["state"] == "done");
    CHECK(status["active"]["days"][0]["done_on"] == "2026-03-02");
    CHECK(status["active"]["days"][1]["state"] == "open");
    CHECK(status["active"]["days"][2]["state"] == "locked");
    CHECK(status["history"].size() == 1);

    // Restarting keeps the old run in history.
    d.run("2026-03-03T09:00:00-05:00", {"program", "start"});
    const json after = json::parse(d.run("2026-03-03T09:00:00-05:00", {"program", "status", "--json"}).out);
    REQUIRE(after["history"].size() == 2);
    CHECK(after["history"][0]["ended_at"] == "2026-03-03T09:00:00-05:00");
    CHECK(after["active"]["current_day"] == 1);
}

TEST_CASE("warm-ups and rest days through the CLI", "[cli][program]")
{
    Days d;
    d.run("2026-03-02T08:00:00-05:00", {"program", "start"});
    d.run("2026-03-02T09:00:00-05:00", {"log", "--challenge", "discount-coffee", "--predicted-anxiety", "9"});
    json t = d.today("2026-03-02T09:05:00-05:00");
    REQUIRE(t["suggestions"].size() == 2);
    CHECK(t["suggestions"][0]["kind"] == "warm-up");
    CHECK(t["suggestions"][0]["for_challenge_id"] == "discount-coffee");
    CHECK(t["suggestions"][0]["difficulty"] == 1);
    CHECK(t["suggestions"][0]["reason"].get<std::string>().find("9/10") != std::string::npos);

    d.run("2026-03-02T09:10:00-05:00", {"log", "--title", "Asked the time", "--outcome", "yes"});
    const auto rest = d.run("2026-03-03T20:00:00-05:00", {"rest-day"});
    CHECK(rest.exitCode == 0);
    CHECK(rest.out.rfind("2026-03-03 is a rest day", 0) == 0);
    CHECK(d.run("2026-03-03T20:00:00-05:00", {"rest-day", "2026-03-03"}).out.find("already") != std::string::npos);
    CHECK(d.run("2026-03-03T20:00:00-05:00", {"rest-day", "tomorrow"}).exitCode == 2);
    d.run("2026-03-04T10:00:00-05:00", {"log", "--title", "Asked for a tip", "--outcome", "no"});
    CHECK(d.today("2026-03-04T10:05:00-05:00")["streak"] == 2);
}

TEST_CASE("the pledge gate and the nickname guard through the CLI", "[cli][ethics]")
{
    Days d;
    const auto gated = d.run("2026-03-02T19:00:00-05:00", {"log", "--challenge", "dating-ask-number"});
    CHECK(gated.exitCode == 1);
    CHECK(gated.err.find("difficulty: asks of difficulty 4 and 5 open once the practice pledge is accepted") !=
          std::string::npos);

    const auto pledge = d.run("2026-03-02T19:00:00-05:00", {"pledge"});
    CHECK(pledge.out.find("Not accepted yet") != std::string::npos);
    CHECK(pledge.out.find("never ask the same person again") != std::string::npos);
    CHECK(d.run("2026-03-02T19:00:00-05:00", {"pledge", "--accept"}).out.find("Accepted on 2026-03-02") !=
          std::string::npos);
    CHECK(d.today("2026-03-02T19:01:00-05:00")["pledge_accepted"] == true);

    REQUIRE(d.run("2026-03-02T19:05:00-05:00", {"log", "--challenge", "dating-ask-number", "--outcome", "no",
                                               "--person", "Blue scarf", "--graceful", "yes"}).exitCode == 0);
    const std::string before = readBytes(d.journal);
    const auto again = d.run("2026-03-09T19:00:00-05:00",
                             {"log", "--challenge", "dating-ask-coffee", "--person", "blue scarf"});
    CHECK(again.exitCode == 1);
    CHECK(again.err.find("person: \"blue scarf\" already said no on 2026-03-02") != std::string::npos);
    CHECK(again.out.empty());
    CHECK(readBytes(d.journal) == before);
}

TEST_CASE("the challenge library, filters and the user's own challenges", "[cli][catalog]")
{
    Days d;
    const json all = json::parse(d.run("2026-03-02T08:00:00-05:00", {"challenges", "--json"}).out);
    CHECK(all.size() >= 60);
    const json level5 = json::parse(d.run("2026-03-02T08:00:00-05:00", {"challenges", "--json", "--difficulty", "5"}).out);
    REQUIRE_FALSE(level5.empty());
    for (const auto& c : level5)
        CHECK(c["difficulty"] == 5);
    const json photos = json::parse(d.run("2026-03-02T08:00:00-05:00", {"challenges", "--json", "--category", "photos"}).out);
    REQUIRE_FALSE(photos.empty());
    for (const auto& c : photos)
        CHECK(c["category"] == "photos");

    const auto added = d.run("2026-03-02T08:00:00-05:00", {"challenge", "add", "--title", "Ask a neighbour for sugar",
                                                          "--category", "favours", "--difficulty", "2",
                                                          "--id", "neighbour-sugar"});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == "neighbour-sugar\n");
    const auto bad = d.run("2026-03-02T08:00:00-05:00", {"challenge", "add", "--title", "x", "--category",
                                                        "favours", "--difficulty", "9"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.find("difficulty: must be 1-5, got 9") != std::string::npos);
    const json mine = json::parse(d.run("2026-03-02T08:00:00-05:00", {"challenges", "--json", "--category", "favours"}).out);
    CHECK(mine.back()["id"] == "neighbour-sugar");
    CHECK(mine.back()["custom"] == true);

    REQUIRE(d.run("2026-03-02T08:10:00-05:00", {"log", "--challenge", "neighbour-sugar", "--outcome", "yes"}).exitCode == 0);
    const json listed = json::parse(d.run("2026-03-02T08:10:00-05:00", {"list", "--json"}).out);
    CHECK(listed[0]["difficulty"] == 2);
    CHECK(listed[0]["category"] == "favours");
    CHECK(listed[0]["title"] == "Ask a neighbour for sugar");
}

TEST_CASE("stats gains points, level and badges", "[cli][scoring]")
{
    Days d;
    d.run("2026-03-02T08:00:00-05:00", {"log", "--challenge", "discount-ten-percent", "--outcome", "no", "--graceful", "yes"});
    d.run("2026-03-02T09:00:00-05:00", {"log", "--challenge", "opinion-outfit", "--outcome", "yes"});
    d.run("2026-03-02T10:00:00-05:00", {"log", "--challenge", "favour-time", "--outcome", "avoided"});
    const json s = json::parse(d.run("2026-03-02T20:00:00-05:00", {"stats", "--json"}).out);
    CHECK(s["points"] == 60); // 20 + 10 bonus + 30 + 0
    CHECK(s["level"] == 2);
    CHECK(s["next_level_at"] == 150);
    std::vector<std::string> earned;
    for (const auto& b : s["badges"])
        if (b["earned"] == true)
            earned.push_back(b["id"]);
    CHECK(earned == std::vector<std::string>{"first-ask", "first-no"});
    CHECK(s["badges"].size() >= 6);
}

TEST_CASE("stats gains the weekly series and the forecast error", "[cli][progress]")
{
    Days d;
    d.run("2025-12-31T22:00:00-05:00", {"log", "--title", "a", "--outcome", "no", "--predicted-anxiety", "8",
                                       "--anxiety-peak", "5", "--no-likelihood", "80"});
    d.run("2026-01-02T10:00:00-05:00", {"log", "--title", "b", "--outcome", "yes", "--predicted-anxiety", "6",
                                       "--anxiety-peak", "6", "--no-likelihood", "40", "--recovery-min", "12"});
    d.run("2026-01-06T10:00:00-05:00", {"log", "--title", "c", "--outcome", "partial", "--predicted-anxiety", "7",
                                       "--anxiety-peak", "3"});
    const json s = json::parse(d.run("2026-01-07T20:00:00-05:00", {"stats", "--json"}).out);
    CHECK(s["forecast_error"] == 2.33); // (3 + 0 + 4) / 3
    REQUIRE(s["weeks"].size() == 2);
    const json& first = s["weeks"][0];
    CHECK(first["week_start"] == "2025-12-29"); // across the year boundary, one week
    CHECK(first["asks"] == 2);
    CHECK(first["nos"] == 1);
    CHECK(first["predicted_no_percent"] == 60.0);
    CHECK(first["share_no_percent"] == 50.0);
    CHECK(first["forecast_error"] == 1.5);
    CHECK(first["recovery_minutes"] == 12.0);
    CHECK(s["weeks"][1]["week_start"] == "2026-01-05");
    CHECK(s["weeks"][1]["forecast_error"] == 4.0);
}
