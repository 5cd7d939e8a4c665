// Every file in tests/data/bad-imports must be refused with the error EXPECTED.tsv names, and
// the journal it was imported into must stay byte for byte what it was.
#include "common/Clock.h"
#include "common/Error.h"
#include "io/Interchange.h"
#include "journal/AttemptRepository.h"
#include "storage/Journal.h"

#include "Files.h"
#include "Samples.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>

using namespace askanyway::core;
using namespace askanyway::test;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> expectations()
{
    std::map<std::string, std::string> out;
    std::istringstream lines(readBytes(testData("bad-imports/EXPECTED.tsv")));
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto tab = line.find('\t');
        out[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return out;
}

} // namespace

TEST_CASE("every bad import file is refused by name and field, changing nothing", "[interchange][import]")
{
    const FixedClock clock(*parseTimestamp("2026-03-10T10:00:00+01:00"));
    const auto expected = expectations();
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(testData("bad-imports"))) {
        if (entry.path().extension() != ".json")
            continue;
        const std::string name = entry.path().filename().string();
        DYNAMIC_SECTION(name)
        {
            REQUIRE(expected.count(name) == 1); // every file states what it must fail with
            TempDir dir;
            const auto file = dir / "journal.sqlite";
            {
                auto journal = Journal::open(file, clock);
                AttemptRepository(journal.database(), clock).add(sampleAttempt("already here"));
            }
            const std::string before = readBytes(file);
            {
                auto journal = Journal::open(file, clock);
                try {
                    importJournal(journal.database(), clock, readBytes(entry.path()));
                    FAIL("imported without complaint");
                } catch (const ValidationError& e) {
                    CHECK_THAT(e.what(), Catch::StartsWith(expected.at(name)));
                }
            }
            CHECK(readBytes(file) == before);
            ++checked;
        }
    }
    CHECK(checked >= 1);
}

TEST_CASE("the bad import folder covers every file its list names", "[interchange][import]")
{
    for (const auto& [name, message] : expectations())
        CHECK(fs::exists(testData("bad-imports/" + name)));
    CHECK(expectations().size() >= 25);
}
