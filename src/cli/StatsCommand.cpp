#include "CliContext.h"
#include "Commands.h"
#include "JsonViews.h"
#include "common/Timestamp.h"
#include "progress/Series.h"
#include "progress/Stats.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace askanyway::cli {

std::vector<Command> addStatsCommand(CLI::App& app, CliContext& context)
{
    auto json = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("stats", "Totals: attempts, outcomes, no's survived, streak");
    cmd->add_flag("--json", *json, "Print JSON");
    return {{cmd, [json, &context] {
                 const auto s = core::computeStats(context.db(), context.clock());
                 const auto p = core::Practice(context.db(), context.clock()).progress();
                 if (*json) {
                     nlohmann::json out{
                         {"attempts", s.attempts},
                         {"plans", s.plans},
                         {"outcomes",
                          {{"no", s.no}, {"yes", s.yes}, {"partial", s.partial}, {"avoided", s.avoided}}},
                         {"no_survived", s.noSurvived},
                         {"practice_days", s.practiceDays},
                         {"current_streak", s.currentStreak},
                         {"longest_streak", s.longestStreak},
                     };
                     const auto progress = progressJson(p);
                     out["points"] = progress["points"];
                     out["level"] = progress["level"];
                     out["next_level_at"] = progress["next_level_at"];
                     out["badges"] = progress["badges"];
                     // The same series the Progress page charts, from the same core code.
                     const auto series = core::computeProgress(context.db(), {}, core::localDate(context.clock().now()));
                     const auto weekly = seriesJson(series);
                     out["forecast_error"] = weekly["forecast_error"];
                     out["weeks"] = weekly["weeks"];
                     std::cout << out.dump(2) << "\n";
                     return 0;
                 }
                 std::cout << "Attempts:       " << s.attempts << " (plus " << s.plans
                           << " planned)\n"
                           << "  no:           " << s.no << "\n"
                           << "  yes:          " << s.yes << "\n"
                           << "  partly:       " << s.partial << "\n"
                           << "  not this time: " << s.avoided << "\n"
                           << "No's survived:  " << s.noSurvived << "\n"
                           << "Practice days:  " << s.practiceDays << "\n"
                           << "Current streak: " << s.currentStreak << " day"
                           << (s.currentStreak == 1 ? "" : "s") << "\n"
                           << "Points:         " << p.points << " (level " << p.level.level << ", next at "
                           << p.level.nextAt << ")\n"
                           << "Badges:        ";
                 for (const auto& b : p.badges)
                     if (b.earned)
                         std::cout << " " << b.name << ";";
                 std::cout << "\n";
                 return 0;
             }}};
}

} // namespace askanyway::cli
