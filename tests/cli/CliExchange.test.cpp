#include "CliRunner.h"
#include "Files.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace askanyway::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

CliResult cli(const TempDir& home, const std::string& journal, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--journal", (home / journal).string(), "--now", "2026-03-14T18:30:00+01:00"});
    return runCli(args, home.path());
}

} // namespace

TEST_CASE("export to a file, import elsewhere, export again: the same journal", "[cli][interchange]")
{
    TempDir home;
    cli(home, "a.sqlite", {"log", "--title", "Asked for directions", "--outcome", "yes", "--tag", "street"});
    cli(home, "a.sqlite", {"log", "--title", "Asked for a discount", "--outcome", "no", "--graceful", "yes"});
    const auto exported = cli(home, "a.sqlite", {"export", "--format", "json", "-o", (home / "a.json").string()});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.empty());
    CHECK(modeOf(home / "a.json") == 0600);

    const auto imported = cli(home, "b.sqlite", {"import", (home / "a.json").string()});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.find("2 attempts added") != std::string::npos);
    const auto again = cli(home, "b.sqlite", {"import", (home / "a.json").string()});
    CHECK(again.out.find("0 attempts added (2 already there)") != std::string::npos);

    json first = json::parse(readBytes(home / "a.json"));
    json second = json::parse(cli(home, "b.sqlite", {"export"}).out);
    first.erase("exported_at");
    second.erase("exported_at");
    CHECK(first == second);
}

TEST_CASE("a bad import file exits 1 naming entry and field and the journal is untouched", "[cli][interchange]")
{
    TempDir home;
    cli(home, "j.sqlite", {"log", "--title", "kept", "--outcome", "yes"});
    const std::string before = readBytes(home / "j.sqlite");
    const auto r = cli(home, "j.sqlite", {"import", testData("bad-imports/peak-out-of-range.json").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "askanyway-cli: attempts[3].anxiety.peak: must be 0-10, got 12\n");
    CHECK(readBytes(home / "j.sqlite") == before);
}

TEST_CASE("CSV export goes to standard output with a header row", "[cli][csv]")
{
    TempDir home;
    cli(home, "j.sqlite", {"log", "--title", "Said \"hi\", then asked", "--outcome", "partial"});
    const auto r = cli(home, "j.sqlite", {"export", "--format", "csv"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.rfind("id,at,title,", 0) == 0);
    CHECK(r.out.find("\"Said \"\"hi\"\", then asked\"") != std::string::npos);
    CHECK(r.out.find(",partial,") != std::string::npos);
}

TEST_CASE("backup writes a private, complete copy and refuses to overwrite", "[cli][backup]")
{
    TempDir home;
    cli(home, "j.sqlite", {"log", "--title", "Asked for directions", "--outcome", "yes"});
    const auto r = cli(home, "j.sqlite", {"backup", "-o", (home / "copy.sqlite").string()});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == (home / "copy.sqlite").string() + "\n");
    CHECK(modeOf(home / "copy.sqlite") == 0600);
    const auto listed = cli(home, "copy.sqlite", {"list", "--json"});
    CHECK(json::parse(listed.out).at(0)["title"] == "Asked for directions");
    CHECK(cli(home, "j.sqlite", {"backup", "-o", (home / "copy.sqlite").string()}).exitCode == 1);

    const auto automatic = cli(home, "j.sqlite", {"backup"});
    REQUIRE(automatic.exitCode == 0);
    CHECK(automatic.out.find("backups/j-manual-20260314T183000.sqlite") != std::string::npos);
}
