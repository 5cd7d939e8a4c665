#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace askanyway::core {

// A moment as the user lived it: the instant (seconds since the Unix epoch) and the UTC offset
// of the wall clock at that moment. Keeping the offset lets an attempt logged in Lisbon and read
// in Berlin still say which day it happened on for the user.
struct Timestamp
{
    std::int64_t epoch = 0;
    int offsetMinutes = 0;

    friend bool operator==(const Timestamp&, const Timestamp&) = default;
};

// Accepts YYYY-MM-DDTHH:MM[:SS[.fraction]] followed by Z or ±HH:MM or ±HHMM. Fractions are
// dropped. Returns nothing for anything else, including impossible dates (2026-02-30).
std::optional<Timestamp> parseTimestamp(std::string_view text);

// Always "YYYY-MM-DDTHH:MM:SS+HH:MM" (Z is written as +00:00), so stored text sorts and compares.
std::string formatTimestamp(const Timestamp& t);

// "YYYYMMDDTHHMMSS" of the local wall clock, for file names (backups).
std::string compactStamp(const Timestamp& t);

// The user's local wall-clock offset at `epoch`, as the C library sees it (honours TZ).
Timestamp localTimestamp(std::int64_t epoch);

// The local calendar date of a timestamp, "YYYY-MM-DD".
std::string localDate(const Timestamp& t);

// The first local date of the last `days` days that end today: firstDateOfLast(7, now) is six
// days before today's date. For "Last 7 days" style filters.
std::string firstDateOfLast(int days, const Timestamp& now);

// A calendar date "YYYY-MM-DD" as days since 1970-01-01, or nothing if it is not a real date.
std::optional<std::int64_t> parseDate(std::string_view text);
std::string formatDate(std::int64_t daysSinceEpoch);

} // namespace askanyway::core
