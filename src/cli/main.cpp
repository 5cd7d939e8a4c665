// askanyway-cli: the journal from a terminal, on the same core as the app.
// Exit codes: 0 success; 1 bad input or a failed operation (journal unchanged); 2 usage error.
#include "CliContext.h"
#include "Commands.h"
#include "JournalLocation.h"
#include "common/Error.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv)
{
    using namespace askanyway;
    setApplicationIdentity();

    CLI::App app{"Ask Anyway: log and review rejection-practice attempts from the command line.",
                 "askanyway-cli"};
    app.require_subcommand(1);
    app.set_version_flag("--version", ASKANYWAY_VERSION);
    cli::CliContext context;
    app.add_option("--journal", context.journalPath,
                   "Journal file to use (default: the app's journal)");
    app.add_option("--now", context.now,
                   "Pretend it is this moment (ISO 8601 with offset), e.g. to backfill an attempt")
        ->check(CLI::Validator(cli::checkTimestamp, "ISO-8601"));

    std::vector<cli::Command> commands;
    for (auto add : {cli::addLogCommand, cli::addListCommand, cli::addExchangeCommands,
                     cli::addStatsCommand, cli::addCheckCommand, cli::addProgramCommands,
                     cli::addChallengeCommands, cli::addLadderCommands, cli::addThoughtCommands,
                     cli::addBackupCommand}) {
        for (auto& c : add(app, context)) {
            for (CLI::App* a = c.app; a && a != &app; a = a->get_parent())
                a->fallthrough();
            commands.push_back(std::move(c));
        }
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "askanyway-cli: " << e.what() << "\nRun with --help for usage.\n";
        return 2;
    }

    try {
        for (const auto& c : commands)
            if (c.app->parsed())
                return c.run();
    } catch (const core::Error& e) {
        std::cerr << "askanyway-cli: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "askanyway-cli: unexpected error: " << e.what() << "\n";
        return 1;
    }
    return 2;
}
