#include "common/Timestamp.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

using namespace askanyway::core;

TEST_CASE("timestamps keep the instant and the wall-clock offset", "[time]")
{
    const auto t = parseTimestamp("2026-03-14T18:30:00+01:00");
    REQUIRE(t);
    CHECK(t->epoch == 1773509400);
    CHECK(t->offsetMinutes == 60);
    CHECK(formatTimestamp(*t) == "2026-03-14T18:30:00+01:00");
    CHECK(localDate(*t) == "2026-03-14");
}

TEST_CASE("timestamps accept the usual ISO 8601 spellings and normalise them", "[time]")
{
    CHECK(formatTimestamp(*parseTimestamp("2026-03-14T17:30:00Z")) == "2026-03-14T17:30:00+00:00");
    CHECK(formatTimestamp(*parseTimestamp("2026-03-14T17:30Z")) == "2026-03-14T17:30:00+00:00");
    CHECK(formatTimestamp(*parseTimestamp("2026-03-14T12:30:00.250-0500")) ==
          "2026-03-14T12:30:00-05:00");
    CHECK(formatTimestamp(*parseTimestamp("2026-01-01T00:15:00+05:45")) ==
          "2026-01-01T00:15:00+05:45");
    // Same instant, different offsets: equal epochs, different local dates.
    const auto tokyo = parseTimestamp("2026-01-01T08:00:00+09:00");
    const auto lisbon = parseTimestamp("2025-12-31T23:00:00+00:00");
    CHECK(tokyo->epoch == lisbon->epoch);
    CHECK(localDate(*tokyo) != localDate(*lisbon));
}

TEST_CASE("timestamps refuse what is not a real moment with an offset", "[time]")
{
    for (const char* bad : {"", "2026-03-14", "2026-03-14T18:30:00", "2026-02-29T10:00:00Z",
                            "2026-13-01T10:00:00Z", "2026-03-14T24:00:00Z", "2026-03-14T18:60:00Z",
                            "2026-03-14T18:30:00+1", "2026-03-14T18:30:00Z trailing",
                            "yesterday", "2026-03-14T18:30:00.Z"})
        CHECK_FALSE(parseTimestamp(bad));
    CHECK(parseTimestamp("2028-02-29T10:00:00Z")); // a leap year
}

TEST_CASE("dates count days since 1970 and refuse impossible ones", "[time]")
{
    CHECK(*parseDate("1970-01-01") == 0);
    CHECK(*parseDate("2026-03-14") == 20526);
    CHECK(formatDate(20526) == "2026-03-14");
    CHECK(formatDate(-1) == "1969-12-31");
    CHECK_FALSE(parseDate("2026-04-31"));
    CHECK_FALSE(parseDate("2026-3-14"));
}

TEST_CASE("the last N days end on today's local date", "[time]")
{
    // 23:30 on the 14th in New York is already the 15th in UTC: the local date counts.
    const auto now = *parseTimestamp("2026-03-14T23:30:00-05:00");
    CHECK(firstDateOfLast(1, now) == "2026-03-14");
    CHECK(firstDateOfLast(7, now) == "2026-03-08");
    CHECK(firstDateOfLast(30, now) == "2026-02-13");
}

TEST_CASE("the local offset follows TZ, including daylight saving", "[time]")
{
    const char* old = std::getenv("TZ");
    const std::string saved = old ? old : "";
    setenv("TZ", "Europe/Berlin", 1);
    tzset();
    CHECK(localTimestamp(parseTimestamp("2026-01-15T12:00:00Z")->epoch).offsetMinutes == 60);
    CHECK(localTimestamp(parseTimestamp("2026-07-15T12:00:00Z")->epoch).offsetMinutes == 120);
    if (old)
        setenv("TZ", saved.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
}
