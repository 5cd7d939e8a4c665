#include "progress/Series.h"

#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <map>

namespace askanyway::core {
namespace {

// The filter as SQL over `attempts a`; the parameters are ?1 from, ?2 to, ?3 category, ?4 ladder.
const char* const kWhere =
    " WHERE (?1 IS NULL OR substr(a.at, 1, 10) >= ?1) AND (?2 IS NULL OR substr(a.at, 1, 10) <= ?2)"
    " AND (?3 IS NULL OR a.category = ?3)"
    " AND (?4 IS NULL OR a.step_id IN (SELECT id FROM ladder_steps WHERE ladder_id = ?4)) ";

void bindFilter(Statement& st, const ProgressFilter& f)
{
    st.bind(1, f.fromDate).bind(2, f.toDate).bind(3, f.category).bind(4, f.ladderId);
}

std::optional<double> optionalDouble(const Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return st.real(column);
}

} // namespace

std::optional<double> WeekBucket::forecastError() const
{
    if (!predictedAnxiety || !peakAnxiety)
        return std::nullopt;
    return *predictedAnxiety - *peakAnxiety;
}

std::string weekStart(const std::string& date)
{
    const auto days = parseDate(date);
    if (!days)
        return date;
    // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
    const std::int64_t sinceMonday = ((*days + 3) % 7 + 7) % 7;
    return formatDate(*days - sinceMonday);
}

std::vector<std::optional<double>> rollingMean(const std::vector<std::optional<double>>& values, int window)
{
    std::vector<std::optional<double>> out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        double sum = 0;
        int n = 0;
        for (std::size_t k = 0; k < static_cast<std::size_t>(window) && k <= i; ++k)
            if (values[i - k]) {
                sum += *values[i - k];
                ++n;
            }
        out.push_back(n ? std::optional(sum / n) : std::nullopt);
    }
    return out;
}

ProgressSeries computeProgress(Database& db, const ProgressFilter& filter, const std::string& today)
{
    ProgressSeries s;

    // Anxiety per attempt, or per day when there are too many attempts to read.
    auto count = db.prepare(std::string("SELECT count(*) FROM attempts a") + kWhere +
                            "AND a.outcome IN ('no','yes','partial')");
    bindFilter(count, filter);
    count.step();
    s.asks = static_cast<int>(count.integer(0));
    s.anxietyPerDay = static_cast<std::size_t>(s.asks) > kMaxAnxietyPoints;
    auto anxiety = db.prepare(
        s.anxietyPerDay
            ? std::string("SELECT substr(a.at, 1, 10) AS d, min(a.at_epoch), avg(a.anxiety_before), "
                          "avg(a.anxiety_peak), avg(a.anxiety_after) FROM attempts a") +
                  kWhere + "AND a.outcome IN ('no','yes','partial') GROUP BY d ORDER BY d"
            : std::string("SELECT substr(a.at, 1, 10), a.at_epoch, a.anxiety_before, a.anxiety_peak, "
                          "a.anxiety_after FROM attempts a") +
                  kWhere + "AND a.outcome IN ('no','yes','partial') ORDER BY a.at_epoch, a.rowid");
    bindFilter(anxiety, filter);
    std::vector<std::optional<double>> peaks;
    while (anxiety.step()) {
        s.anxiety.push_back({anxiety.text(0), anxiety.integer(1), optionalDouble(anxiety, 2),
                             optionalDouble(anxiety, 3), optionalDouble(anxiety, 4), std::nullopt});
        peaks.push_back(s.anxiety.back().peak);
    }
    const auto rolling = rollingMean(peaks, kRollingWindow);
    for (std::size_t i = 0; i < s.anxiety.size(); ++i)
        s.anxiety[i].rollingPeak = rolling[i];

    // Weekly buckets on the attempts' own local dates: a year boundary or a clock change cannot
    // move an attempt into another week. SQLite's 'weekday 0' goes to the coming Sunday (or stays
    // on one); six days back is that week's Monday.
    auto weeks = db.prepare(
        std::string("SELECT date(substr(a.at, 1, 10), 'weekday 0', '-6 days') AS w, "
                    "sum(a.outcome IN ('no','yes','partial')), sum(a.outcome = 'no'), sum(a.outcome = 'avoided'), "
                    "avg(CASE WHEN a.outcome IN ('no','yes','partial') THEN a.no_likelihood END), "
                    "avg(CASE WHEN a.outcome IN ('no','yes','partial') THEN 100.0 * (a.outcome = 'no') END), "
                    "avg(CASE WHEN a.outcome IN ('no','yes','partial') AND a.anxiety_peak IS NOT NULL "
                    "THEN a.predicted_anxiety END), "
                    "avg(CASE WHEN a.outcome IN ('no','yes','partial') THEN a.anxiety_peak END), "
                    "avg(a.recovery_minutes) FROM attempts a") +
        kWhere + "AND a.outcome IS NOT NULL GROUP BY w ORDER BY w");
    bindFilter(weeks, filter);
    while (weeks.step()) {
        WeekBucket w;
        w.weekStart = weeks.text(0);
        w.asks = static_cast<int>(weeks.integer(1));
        w.nos = static_cast<int>(weeks.integer(2));
        w.avoided = static_cast<int>(weeks.integer(3));
        w.predictedNo = optionalDouble(weeks, 4);
        w.shareNo = optionalDouble(weeks, 5);
        w.predictedAnxiety = optionalDouble(weeks, 6);
        w.peakAnxiety = optionalDouble(weeks, 7);
        w.recoveryMinutes = optionalDouble(weeks, 8);
        s.weeks.push_back(w);
    }

    // Recovery follows the anxiety chart: ask by ask, or daily means for a long history.
    auto recovery = db.prepare(
        s.anxietyPerDay
            ? std::string("SELECT substr(a.at, 1, 10) AS d, min(a.at_epoch), avg(a.recovery_minutes) FROM attempts a") +
                  kWhere + "AND a.recovery_minutes IS NOT NULL AND a.outcome IN ('no','yes','partial') GROUP BY d ORDER BY d"
            : std::string("SELECT substr(a.at, 1, 10), a.at_epoch, a.recovery_minutes FROM attempts a") + kWhere +
                  "AND a.recovery_minutes IS NOT NULL AND a.outcome IN ('no','yes','partial') ORDER BY a.at_epoch, a.rowid");
    bindFilter(recovery, filter);
    while (recovery.step())
        s.recovery.push_back({recovery.text(0), recovery.integer(1), recovery.real(2)});

    auto error = db.prepare(std::string("SELECT avg(a.predicted_anxiety - a.anxiety_peak) FROM attempts a") + kWhere +
                            "AND a.outcome IN ('no','yes','partial') AND a.anxiety_peak IS NOT NULL");
    bindFilter(error, filter);
    error.step();
    s.forecastError = optionalDouble(error, 0);

    // The calendar: the last 365 days up to today, with asks per day and rest days.
    if (const auto end = parseDate(today)) {
        std::map<std::string, int> asks;
        auto days = db.prepare(std::string("SELECT substr(a.at, 1, 10) AS d, count(*) FROM attempts a") + kWhere +
                               "AND a.outcome IN ('no','yes','partial') AND d >= ?5 AND d <= ?6 GROUP BY d");
        bindFilter(days, filter);
        days.bind(5, formatDate(*end - 364)).bind(6, today);
        while (days.step())
            asks[days.text(0)] = static_cast<int>(days.integer(1));
        std::map<std::string, bool> rest;
        auto restDays = db.prepare("SELECT date FROM rest_days WHERE date >= ? AND date <= ?");
        restDays.bind(1, formatDate(*end - 364)).bind(2, today);
        while (restDays.step())
            rest[restDays.text(0)] = true;
        for (std::int64_t d = *end - 364; d <= *end; ++d) {
            const std::string date = formatDate(d);
            s.calendar.push_back({date, asks.count(date) ? asks[date] : 0, rest.count(date) > 0});
        }
    }
    return s;
}

} // namespace askanyway::core
