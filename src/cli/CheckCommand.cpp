#include "CliContext.h"
#include "Commands.h"
#include "storage/Statement.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace askanyway::cli {

std::vector<Command> addCheckCommand(CLI::App& app, CliContext& context)
{
    auto* cmd = app.add_subcommand("check", "Check the journal file for damage and broken links");
    return {{cmd, [&context] {
                 std::vector<std::string> problems;
                 auto integrity = context.db().prepare("PRAGMA integrity_check");
                 while (integrity.step())
                     if (integrity.text(0) != "ok")
                         problems.push_back("integrity: " + integrity.text(0));
                 auto links = context.db().prepare("PRAGMA foreign_key_check");
                 while (links.step())
                     problems.push_back("broken link: a row of " + links.text(0) +
                                        " points at a missing row of " + links.text(2));
                 if (problems.empty()) {
                     std::cout << "ok: " << context.journal().path().string()
                               << " is intact\n";
                     return 0;
                 }
                 for (const auto& p : problems)
                     std::cerr << p << "\n";
                 std::cerr << "askanyway-cli: the journal has " << problems.size()
                           << " problem(s); restore a backup or export what can be read\n";
                 return 1;
             }}};
}

} // namespace askanyway::cli
