#include "common/Clock.h"
#include "io/Csv.h"
#include "journal/AttemptRepository.h"
#include "storage/Journal.h"

#include "Samples.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using namespace askanyway::test;

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[csv]")
{
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("") == "");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"no\"") == "\"say \"\"no\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(csvField("cr\rhere") == "\"cr\rhere\"");
    CHECK(csvRow({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("the attempts CSV has a header and one row per attempt", "[csv]")
{
    TempDir dir;
    const FixedClock clock(*parseTimestamp("2026-03-20T08:00:00+01:00"));
    auto journal = Journal::open(dir / "j.sqlite", clock);
    const std::string id = AttemptRepository(journal.database(), clock).add(sampleAttempt());
    const std::string csv = exportAttemptsCsv(journal.database(), clock);

    CHECK(csv.rfind("id,at,title,challenge_id,", 0) == 0);
    const std::string row = csv.substr(csv.find("\r\n") + 2);
    CHECK(row.rfind(id + ",2026-03-14T18:30:00+01:00,Asked a barista for 5 % off,discount-coffee,,favours,2,", 0) == 0);
    CHECK(row.find(",no,6,8,3,12,") != std::string::npos);
    CHECK(row.find("\"A friendly no, \"\"sorry, can't\"\"\"") != std::string::npos);
    CHECK(row.find(",true,,\"cafe; morning, busy\"\r\n") != std::string::npos);
}
