#include "CliContext.h"
#include "Commands.h"
#include "JsonViews.h"
#include "common/Timestamp.h"
#include "ethics/Pledge.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace askanyway::cli {
namespace {

void printDay(const core::TodayView& t)
{
    const auto& p = *t.program;
    const auto& day = p.days.at(static_cast<std::size_t>(p.currentDay - 1));
    if (p.completed) {
        std::cout << "The 7-day challenge is complete (" << *p.completedOn
                  << "). Start another run with: askanyway-cli program start\n";
    } else if (day.state == core::DayState::Done) {
        std::cout << "Day " << p.currentDay << " of 7 is done. Day " << p.currentDay + 1
                  << " opens on " << p.days.at(static_cast<std::size_t>(p.currentDay)).opensOn.value_or("?")
                  << ".\n";
    } else {
        std::cout << "Day " << p.currentDay << " of 7 - " << day.tier << "\n";
    }
    for (const auto& task : t.tasks)
        std::cout << "  [" << (task.done ? "x" : " ") << "] " << task.challenge.title << "  (difficulty "
                  << task.challenge.difficulty << ", id " << task.challenge.id << ")\n";
}

void printToday(const core::TodayView& t)
{
    if (t.program)
        printDay(t);
    else
        std::cout << "No 7-day challenge is running. Start one with: askanyway-cli program start\n";
    for (const auto& s : t.suggestions)
        std::cout << "Suggested " << core::toString(s.kind) << ": " << s.challenge.title << " (id "
                  << s.challenge.id << ") - " << s.reason << "\n";
    std::cout << "Streak: " << t.progress.currentStreak << " day(s). Points: " << t.progress.points
              << ", level " << t.progress.level.level << ".\n";
    if (!t.pledgeAccepted)
        std::cout << "Take the pledge to open the romantic and dating asks: askanyway-cli pledge --accept\n";
}

} // namespace

std::vector<Command> addProgramCommands(CLI::App& app, CliContext& context)
{
    auto json = std::make_shared<bool>(false);
    auto date = std::make_shared<std::string>();
    auto accept = std::make_shared<bool>(false);

    auto* program = app.add_subcommand("program", "The 7-day rejection challenge");
    program->require_subcommand(1);
    auto* start = program->add_subcommand("start", "Start a run (a running one ends and stays in history)");
    auto* status = program->add_subcommand("status", "Where the current run stands, day by day");
    status->add_flag("--json", *json, "Print JSON");

    auto* today = app.add_subcommand("today", "Today's program day, its tasks and suggestions");
    today->add_flag("--json", *json, "Print JSON");

    auto* rest = app.add_subcommand("rest-day", "Mark a rest day: it keeps your streak alive");
    rest->add_option("DATE", *date, "Local date, YYYY-MM-DD (default: today)")
        ->check(CLI::Validator(checkDate, "DATE"));

    auto* pledge = app.add_subcommand("pledge", "Read the practice pledge, or accept it");
    pledge->add_flag("--accept", *accept, "Accept the pledge (opens difficulty 4 and 5)");

    return {
        {start,
         [&context] {
             const auto run = core::Practice(context.db(), context.clock()).startProgram();
             std::cout << run.id << "\n";
             return 0;
         }},
        {status,
         [json, &context] {
             core::Practice practice(context.db(), context.clock());
             const auto s = practice.activeStatus();
             if (*json) {
                 nlohmann::json history = nlohmann::json::array();
                 for (const auto& run : practice.history())
                     history.push_back(programJson(run, practice.catalog()));
                 std::cout << nlohmann::json{{"active", s ? programJson(*s, practice.catalog()) : nullptr},
                                             {"history", history}}
                                  .dump(2)
                           << "\n";
                 return 0;
             }
             if (!s) {
                 std::cout << "No 7-day challenge is running. Start one with: askanyway-cli program start\n";
                 return 0;
             }
             for (const auto& day : s->days) {
                 std::cout << "Day " << day.number << " (" << day.tier << "): "
                           << (day.state == core::DayState::Done   ? "done on " + *day.doneOn
                               : day.state == core::DayState::Open ? std::string("open")
                               : day.opensOn ? "opens on " + *day.opensOn
                                             : std::string("opens the day after the previous one is done"))
                           << "\n";
             }
             return 0;
         }},
        {today,
         [json, &context] {
             const auto t = core::Practice(context.db(), context.clock()).today();
             if (*json)
                 std::cout << todayJson(t).dump(2) << "\n";
             else
                 printToday(t);
             return 0;
         }},
        {rest,
         [date, &context] {
             const std::string day = date->empty() ? core::localDate(context.clock().now()) : *date;
             const bool added = core::Practice(context.db(), context.clock()).markRestDay(day);
             std::cout << day << (added ? " is a rest day. Resting is part of practice.\n"
                                        : " was already a rest day.\n");
             return 0;
         }},
        {pledge,
         [accept, &context] {
             core::Pledge p(context.db(), context.clock());
             if (*accept)
                 p.accept();
             std::cout << "The practice pledge:\n";
             for (const auto& promise : core::Pledge::promises())
                 std::cout << "  - " << promise << "\n";
             if (p.accepted())
                 std::cout << "Accepted on " << p.acceptedAt()->substr(0, 10)
                           << ". Difficulty 4 and 5 are open.\n";
             else
                 std::cout << "Not accepted yet: difficulty 4 and 5 stay closed. Accept with --accept.\n";
             return 0;
         }},
    };
}

} // namespace askanyway::cli
