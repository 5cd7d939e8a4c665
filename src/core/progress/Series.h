#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

class Database;

// What the Progress page and `stats --json` look at. Every part is optional.
struct ProgressFilter
{
    std::optional<std::string> fromDate; // inclusive local dates, "YYYY-MM-DD"
    std::optional<std::string> toDate;
    std::optional<std::string> category;
    std::optional<std::string> ladderId; // attempts linked to any step of this ladder
};

// One point of the anxiety-over-time chart: an attempt, or (for long histories) a day.
struct AnxietyPoint
{
    std::string date; // local date
    std::int64_t epoch = 0;
    std::optional<double> before;
    std::optional<double> peak;
    std::optional<double> after;
    std::optional<double> rollingPeak; // mean peak of this point and the ones before it, up to the window
};

// A week, Monday to Sunday in the user's local dates.
struct WeekBucket
{
    std::string weekStart; // the Monday, "YYYY-MM-DD"
    int asks = 0;          // no, yes or partial
    int nos = 0;           // no's survived
    int avoided = 0;
    std::optional<double> predictedNo;      // mean predicted likelihood of a no, percent
    std::optional<double> shareNo;          // percent of asks that ended in no
    std::optional<double> predictedAnxiety; // mean forecast, for asks with a recorded peak
    std::optional<double> peakAnxiety;      // mean felt peak, same asks
    std::optional<double> forecastError() const; // predicted − felt: positive = too gloomy
    std::optional<double> recoveryMinutes;  // mean minutes until okay
};

struct RecoveryPoint
{
    std::string date;
    std::int64_t epoch = 0;
    double minutes = 0;
};

struct CalendarDay
{
    std::string date;
    int asks = 0;
    bool rest = false;
};

struct ProgressSeries
{
    std::vector<AnxietyPoint> anxiety;
    bool anxietyPerDay = false; // true when the history was long and points are daily means
    std::vector<WeekBucket> weeks;
    std::vector<RecoveryPoint> recovery; // per ask, or daily means when anxietyPerDay
    std::vector<CalendarDay> calendar; // the last 365 days up to today, oldest first
    std::optional<double> forecastError; // over every ask with a recorded peak
    int asks = 0;
};

constexpr int kRollingWindow = 7;
// Above this many points the anxiety chart shows daily means: a person cannot read more.
constexpr std::size_t kMaxAnxietyPoints = 1500;

// Every series of the Progress page, computed from the journal (grouping in SQL).
ProgressSeries computeProgress(Database& db, const ProgressFilter& filter, const std::string& today);

// The rolling mean over up to `window` values ending at each position (nullopt values skipped).
std::vector<std::optional<double>> rollingMean(const std::vector<std::optional<double>>& values, int window);

// The Monday of the week of a local date.
std::string weekStart(const std::string& date);

} // namespace askanyway::core
