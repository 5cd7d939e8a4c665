#include "common/Error.h"
#include "program/ChallengeCatalog.h"
#include "program/SevenDayProgram.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>

using namespace askanyway::core;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string complaint(const std::string& text)
{
    try {
        ChallengeCatalog::fromJson(text);
    } catch (const ValidationError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("the shipped library has at least 60 challenges over 5 levels and about 10 kinds", "[catalog]")
{
    const auto& catalog = ChallengeCatalog::builtIn();
    CHECK(catalog.challenges().size() >= 60);
    std::set<int> levels;
    std::set<std::string> used;
    for (const auto& c : catalog.challenges()) {
        levels.insert(c.difficulty);
        used.insert(c.category);
        CHECK_FALSE(c.howTo.empty());
        CHECK_FALSE(c.custom);
        // People are never framed as targets or conquests.
        for (const char* word : {"target", "conquer", "score", "pick up", "persist", "insist"}) {
            INFO(c.id << " contains " << word);
            CHECK(lower(c.title + " " + c.howTo).find(word) == std::string::npos);
        }
    }
    CHECK(levels == std::set<int>{1, 2, 3, 4, 5});
    CHECK(used.size() >= 9);
    CHECK(catalog.categories().size() >= 9);
    CHECK(catalog.isRomantic("dating"));
    CHECK(catalog.isRomantic("attraction"));
    CHECK_FALSE(catalog.isRomantic("favours"));
}

TEST_CASE("the seven days follow the program's tiers with 2-3 library asks each", "[catalog][program]")
{
    const auto& catalog = ChallengeCatalog::builtIn();
    const auto& days = sevenDayProgram();
    REQUIRE(days.size() == 7);
    std::set<std::string> seen;
    for (const auto& day : days) {
        INFO("day " << day.number);
        CHECK(day.challengeIds.size() >= 2);
        CHECK(day.challengeIds.size() <= 3);
        for (const auto& id : day.challengeIds) {
            const Challenge* c = catalog.find(id);
            REQUIRE(c);
            CHECK(seen.insert(id).second); // no ask repeats within a run
            const bool romantic = catalog.isRomantic(c->category);
            if (day.number <= 4)
                CHECK_FALSE(romantic);
            if (day.number == 7)
                CHECK((c->category == "dating" || c->category == "dating-apps"));
        }
    }
    auto hasCategory = [&](int day, const std::string& category) {
        for (const auto& id : days[static_cast<std::size_t>(day - 1)].challengeIds)
            if (catalog.find(id)->category == category)
                return true;
        return false;
    };
    CHECK(hasCategory(1, "discounts"));
    CHECK(hasCategory(1, "photos"));
    CHECK(hasCategory(3, "compliments"));
    CHECK(hasCategory(3, "opinions"));
    CHECK(hasCategory(5, "attraction"));
    CHECK(hasCategory(5, "conversation"));
}

TEST_CASE("a malformed library is a clear error that names the entry", "[catalog]")
{
    const std::string head = R"({"format":"askanyway-challenges","version":1,
        "categories":[{"id":"favours","name":"Favours"}],"challenges":[)";
    CHECK(complaint(head + R"({"id":"a","title":"t","category":"favours","difficulty":7}]})") ==
          "challenges[0].difficulty: must be 1-5, got 7");
    CHECK(complaint(head + R"({"id":"a","title":"t","category":"nope","difficulty":1}]})") ==
          "challenges[0].category: names no category of this catalog: \"nope\"");
    CHECK(complaint(head + R"({"id":"a","title":"t","category":"favours","difficulty":1},
                              {"id":"a","title":"u","category":"favours","difficulty":2}]})") ==
          "challenges[1].id: repeats challenge \"a\"");
    CHECK(complaint(head + R"({"id":"Bad Id","title":"t","category":"favours","difficulty":1}]})")
              .rfind("challenges[0].id: may hold only", 0) == 0);
    CHECK(complaint(head + R"({"id":"a","category":"favours","difficulty":1}]})") ==
          "challenges[0].title: is required (text)");
    CHECK(complaint(head + "]}") == "challenges: must hold at least one challenge");
    CHECK(complaint(R"({"format":"something"})") == "format: must be \"askanyway-challenges\"");
    CHECK(complaint("{not json").rfind("document: is not valid JSON", 0) == 0);
}

TEST_CASE("the library filters by difficulty and category", "[catalog]")
{
    const auto& catalog = ChallengeCatalog::builtIn();
    const auto level1 = catalog.filter({1, std::nullopt});
    CHECK_FALSE(level1.empty());
    for (const auto& c : level1)
        CHECK(c.difficulty == 1);
    const auto dating = catalog.filter({std::nullopt, std::string("dating")});
    CHECK(dating.size() >= 5);
    CHECK(catalog.filter({5, std::string("favours")}).empty());
}
