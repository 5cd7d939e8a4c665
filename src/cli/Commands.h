#pragma once

#include <functional>
#include <vector>

namespace CLI {
class App;
}

namespace askanyway::cli {

class CliContext;

// A subcommand and what to do when it was the one on the command line.
struct Command
{
    CLI::App* app;
    std::function<int()> run;
};

// Each adds its subcommand(s) to `app`; the returned action runs only if it was chosen.
std::vector<Command> addLogCommand(CLI::App& app, CliContext& context);
std::vector<Command> addListCommand(CLI::App& app, CliContext& context);
std::vector<Command> addExchangeCommands(CLI::App& app, CliContext& context);
std::vector<Command> addStatsCommand(CLI::App& app, CliContext& context);
std::vector<Command> addCheckCommand(CLI::App& app, CliContext& context);
std::vector<Command> addProgramCommands(CLI::App& app, CliContext& context);
std::vector<Command> addChallengeCommands(CLI::App& app, CliContext& context);
std::vector<Command> addLadderCommands(CLI::App& app, CliContext& context);
std::vector<Command> addThoughtCommands(CLI::App& app, CliContext& context);
std::vector<Command> addBackupCommand(CLI::App& app, CliContext& context);

} // namespace askanyway::cli
