#include "CliRunner.h"
#include "Files.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace askanyway::test;
using nlohmann::json;

namespace {

struct Cli
{
    TempDir home;
    std::string journal = (home / "j.sqlite").string();

    CliResult run(std::vector<std::string> args, const std::string& now = "2026-03-14T18:30:00+01:00")
    {
        args.insert(args.begin(), {"--journal", journal, "--now", now});
        return runCli(args, home.path());
    }
    std::string id(std::vector<std::string> args)
    {
        const auto r = run(std::move(args));
        REQUIRE(r.exitCode == 0);
        return r.out.substr(0, r.out.size() - 1);
    }
    json show(const std::string& ladder)
    {
        return json::parse(run({"ladder", "show", ladder, "--json"}).out);
    }
};

std::vector<std::string> texts(const json& ladder)
{
    std::vector<std::string> out;
    for (const auto& s : ladder["steps"])
        out.push_back(s["text"]);
    return out;
}

} // namespace

TEST_CASE("build a ladder, reorder it and climb a step until it is ready", "[cli][ladder]")
{
    Cli c;
    const std::string ladder = c.id({"ladder", "new", "Cafés"});
    const std::string wifi = c.id({"step", "add", "--ladder", ladder, "--text", "Ask for the wifi code", "--rating", "3"});
    const std::string discount = c.id({"step", "add", "--ladder", ladder, "--text", "Ask for 10 % off", "--rating", "7"});
    c.id({"step", "add", "--ladder", ladder, "--text", "Ask the barista's favourite", "--rating", "5"});
    CHECK(texts(c.show(ladder)) == std::vector<std::string>{"Ask for the wifi code", "Ask the barista's favourite", "Ask for 10 % off"});

    REQUIRE(c.run({"step", "move", discount, "--to", "1"}).exitCode == 0);
    CHECK(texts(c.show(ladder)).front() == "Ask for 10 % off");
    REQUIRE(c.run({"step", "move", discount, "--to", "3"}).exitCode == 0);
    CHECK(texts(c.show(ladder)).back() == "Ask for 10 % off");
    REQUIRE(c.run({"step", "edit", wifi, "--rating", "4", "--text", "Ask for the wifi password"}).exitCode == 0);
    json shown = c.show(ladder);
    CHECK(shown["steps"][0]["rating"] == 4);
    CHECK(shown["steps"][0]["ready"] == false);
    CHECK(shown["next_step"] == wifi);

    // Two calm asks (peak 2 is half of 4): the step is ready and the next one is suggested.
    for (int i = 0; i < 2; ++i)
        REQUIRE(c.run({"log", "--title", "wifi", "--step", wifi, "--outcome", "yes", "--anxiety-peak", "2"}).exitCode == 0);
    shown = c.show(ladder);
    CHECK(shown["steps"][0]["attempts"] == 2);
    CHECK(shown["steps"][0]["peaks"] == json::array({2, 2}));
    CHECK(shown["steps"][0]["ready"] == true);
    CHECK(shown["next_step"] == shown["steps"][1]["id"]);

    const auto text = c.run({"ladder", "show", ladder});
    CHECK(text.out.find("ready to move up") != std::string::npos);
    CHECK(text.out.find("→ 5/10  Ask the barista's favourite") != std::string::npos);

    CHECK(c.run({"ladder", "rename", ladder, "Coffee shops"}).exitCode == 0);
    const json all = json::parse(c.run({"ladder", "list", "--json"}).out);
    REQUIRE(all.size() == 1);
    CHECK(all[0]["name"] == "Coffee shops");
    CHECK(all[0]["steps"] == 3);

    // Deleting the ladder keeps the attempts, unlinked.
    CHECK(c.run({"ladder", "delete", ladder}).exitCode == 0);
    const json attempts = json::parse(c.run({"list", "--json"}).out);
    CHECK(attempts.size() == 2);
    CHECK(attempts[0]["step_id"].is_null());
    CHECK(c.run({"ladder", "list"}).out.find("No ladders yet") != std::string::npos);
}

TEST_CASE("ladder commands refuse bad input by field and change nothing", "[cli][ladder]")
{
    Cli c;
    const std::string ladder = c.id({"ladder", "new", "Parties", "--starter"});
    CHECK(c.show(ladder)["steps"].size() == 12);
    const std::string before = readBytes(c.journal);
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"step", "add", "--ladder", ladder, "--text", "x", "--rating", "11"}, "rating: must be 0-10, got 11"},
        {{"step", "add", "--ladder", "nope", "--text", "x", "--rating", "1"}, "ladder_id: no ladder has id"},
        {{"step", "add", "--ladder", ladder, "--text", "", "--rating", "1"}, "text: must not be empty"},
        {{"step", "move", c.show(ladder)["steps"][0]["id"], "--to", "13"}, "to: must be 1-12, got 13"},
        {{"step", "edit", "nope", "--rating", "2"}, "id: no ladder step has id"},
        {{"ladder", "show", "nope"}, "id: no ladder has id"},
        {{"ladder", "rename", ladder, " "}, "name: must not be empty"},
        {{"ladder", "delete", "nope"}, "id: no ladder has id"},
        {{"log", "--title", "x", "--step", "11111111-1111-4111-8111-111111111111"}, "step_id: no ladder step has id"},
    };
    for (const auto& [args, message] : cases) {
        const auto r = c.run(args);
        INFO(args[0] << " " << args[1] << ": " << r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find(message) != std::string::npos);
    }
    CHECK(readBytes(c.journal) == before);
}

TEST_CASE("thought records, distortions and reframes through the CLI", "[cli][thought]")
{
    Cli c;
    const std::string attempt = c.id({"log", "--title", "Asked for a number", "--outcome", "no", "--anxiety-peak", "8"});
    const std::string record = c.id({"thought", "add", "--situation", "She said no, kindly",
                                     "--thought", "Nobody will ever want me", "--belief", "85",
                                     "--emotion", "shame=70", "--emotion", "sadness=60",
                                     "--distortion", "overgeneralising", "--distortion", "fortune-telling",
                                     "--evidence-for", "She said no",
                                     "--evidence-against", "We laughed a lot; friends like my company",
                                     "--balanced", "One no, from one person, on one evening",
                                     "--balanced-belief", "70", "--rerate", "shame=30", "--attempt", attempt});
    const json shown = json::parse(c.run({"thought", "show", record, "--json"}).out);
    CHECK(shown["attempt_id"] == attempt);
    CHECK(shown["belief"] == 85);
    CHECK(shown["emotions"] == json::array({{{"name", "shame"}, {"intensity", 70}, {"rerated", 30}},
                                             {{"name", "sadness"}, {"intensity", 60}, {"rerated", nullptr}}}));
    CHECK(shown["distortions"] == json::array({"overgeneralising", "fortune-telling"}));
    CHECK(shown["balanced_belief"] == 70);
    CHECK(json::parse(c.run({"thought", "list", "--json"}).out).size() == 1);
    CHECK(c.run({"thought", "show", record}).out.find("Thinking trap:     Overgeneralising") != std::string::npos);

    const std::string before = readBytes(c.journal);
    const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
        {{"thought", "add", "--thought", "x", "--belief", "101"}, "belief: must be 0-100, got 101"},
        {{"thought", "add", "--thought", "x", "--belief", "50", "--emotion", "shame"}, "emotion: must be NAME=NUMBER"},
        {{"thought", "add", "--thought", "x", "--belief", "50", "--emotion", "shame=140"}, "emotions[0].intensity: must be 0-100, got 140"},
        {{"thought", "add", "--thought", "x", "--belief", "50", "--rerate", "fear=10"}, "rerate: names no --emotion given"},
        {{"thought", "add", "--thought", "x", "--belief", "50", "--distortion", "doom"}, "distortions[0]: must be one of"},
        {{"thought", "add", "--thought", "", "--belief", "50"}, "automatic_thought: must not be empty"},
        {{"thought", "add", "--thought", "x", "--belief", "50", "--attempt", "11111111-1111-4111-8111-111111111111"}, "attempt_id: no attempt has id"},
        {{"thought", "show", "nope"}, "id: no thought record has id"},
    };
    for (const auto& [args, message] : bad) {
        const auto r = c.run(args);
        INFO(r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find(message) != std::string::npos);
    }
    CHECK(readBytes(c.journal) == before);

    const json traps = json::parse(c.run({"distortions", "--json"}).out);
    CHECK(traps.size() >= 10);
    CHECK(traps[0].contains("definition"));

    const json reframes = json::parse(c.run({"reframe", "I can't handle this, it was so embarrassing", "--json"}).out);
    REQUIRE(reframes.size() == 2);
    CHECK(reframes[0]["id"] == "embarrassing");
    CHECK(reframes[1]["id"] == "cant-handle");
    CHECK(c.run({"reframe", "Lovely weather"}).out.find("No built-in reframe matches") != std::string::npos);

    const auto csv = c.run({"export", "--format", "csv", "--table", "thought-records"});
    CHECK(csv.out.rfind("id,at,attempt_id,situation,", 0) == 0);
    CHECK(csv.out.find("Nobody will ever want me") != std::string::npos);
}
