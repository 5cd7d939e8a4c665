#include "JsonViews.h"

#include <cmath>

namespace askanyway::cli {
using nlohmann::json;
namespace {

json rounded(const std::optional<double>& v)
{
    return v ? json(std::round(*v * 100) / 100) : json(nullptr);
}

std::string_view stateName(core::DayState state)
{
    switch (state) {
    case core::DayState::Done:
        return "done";
    case core::DayState::Open:
        return "open";
    case core::DayState::Locked:
        return "locked";
    }
    return "locked";
}

} // namespace

json challengeJson(const core::Challenge& c)
{
    return {{"id", c.id},           {"title", c.title},           {"how_to", c.howTo},
            {"category", c.category}, {"difficulty", c.difficulty}, {"custom", c.custom}};
}

json programJson(const core::ProgramStatus& s, const core::ChallengeCatalog& catalog)
{
    json days = json::array();
    for (const auto& day : s.days) {
        json tasks = json::array();
        for (const auto& t : day.tasks) {
            const core::Challenge* c = catalog.find(t.challengeId);
            tasks.push_back({{"challenge_id", t.challengeId},
                             {"title", c ? c->title : t.challengeId},
                             {"difficulty", c ? json(c->difficulty) : json(nullptr)},
                             {"done", t.done},
                             {"done_on", orNull(t.doneOn)},
                             {"attempts", t.attempts}});
        }
        days.push_back({{"day", day.number},
                        {"tier", day.tier},
                        {"state", stateName(day.state)},
                        {"opens_on", orNull(day.opensOn)},
                        {"done_on", orNull(day.doneOn)},
                        {"tasks", tasks}});
    }
    return {{"run_id", s.run.id},
            {"started_at", s.run.startedAt},
            {"ended_at", orNull(s.run.endedAt)},
            {"current_day", s.currentDay},
            {"completed", s.completed},
            {"completed_on", orNull(s.completedOn)},
            {"days", days}};
}

json progressJson(const core::Progress& p)
{
    json badges = json::array();
    for (const auto& b : p.badges)
        badges.push_back({{"id", b.id}, {"name", b.name}, {"earned", b.earned}});
    return {{"points", p.points},
            {"level", p.level.level},
            {"next_level_at", p.level.nextAt},
            {"streak", p.currentStreak},
            {"longest_streak", p.longestStreak},
            {"badges", badges}};
}

json todayJson(const core::TodayView& t)
{
    json tasks = json::array();
    for (const auto& task : t.tasks)
        tasks.push_back({{"challenge_id", task.challenge.id},
                         {"title", task.challenge.title},
                         {"difficulty", task.challenge.difficulty},
                         {"done", task.done},
                         {"attempts", task.attempts}});
    json suggestions = json::array();
    for (const auto& s : t.suggestions)
        suggestions.push_back({{"challenge_id", s.challenge.id},
                               {"title", s.challenge.title},
                               {"difficulty", s.challenge.difficulty},
                               {"kind", core::toString(s.kind)},
                               {"for_challenge_id", s.forChallengeId},
                               {"reason", s.reason}});
    json out = {{"program_day", t.program ? json(t.program->currentDay) : json(nullptr)},
                {"day_state", nullptr},
                {"next_day_opens_on", nullptr},
                {"program_completed", t.program && t.program->completed},
                {"tasks", tasks},
                {"suggestions", suggestions},
                {"streak", t.progress.currentStreak},
                {"points", t.progress.points},
                {"level", t.progress.level.level},
                {"pledge_accepted", t.pledgeAccepted}};
    if (t.program) {
        const auto& days = t.program->days;
        const auto& day = days.at(static_cast<std::size_t>(t.program->currentDay - 1));
        out["day_state"] = stateName(day.state);
        if (day.state == core::DayState::Done && t.program->currentDay < 7)
            out["next_day_opens_on"] = orNull(days.at(static_cast<std::size_t>(t.program->currentDay)).opensOn);
    }
    return out;
}

json seriesJson(const core::ProgressSeries& series)
{
    json weeks = json::array();
    for (const auto& w : series.weeks)
        weeks.push_back({{"week_start", w.weekStart},
                         {"asks", w.asks},
                         {"nos", w.nos},
                         {"avoided", w.avoided},
                         {"predicted_no_percent", rounded(w.predictedNo)},
                         {"share_no_percent", rounded(w.shareNo)},
                         {"predicted_anxiety", rounded(w.predictedAnxiety)},
                         {"peak_anxiety", rounded(w.peakAnxiety)},
                         {"forecast_error", rounded(w.forecastError())},
                         {"recovery_minutes", rounded(w.recoveryMinutes)}});
    return {{"forecast_error", rounded(series.forecastError)}, {"weeks", weeks}};
}

} // namespace askanyway::cli
