#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "storage/Backup.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

namespace askanyway::cli {

std::vector<Command> addBackupCommand(CLI::App& app, CliContext& context)
{
    auto output = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("backup", "Copy the journal safely (SQLite's backup API); prints where");
    cmd->add_option("-o,--output", *output, "File to write (default: the journal's backups folder)");
    return {{cmd, [output, &context] {
                 const std::filesystem::path target =
                     output->empty() ? core::backupPathFor(context.journal().path(), "manual",
                                                           core::compactStamp(context.clock().now()))
                                     : std::filesystem::path(*output);
                 if (std::filesystem::exists(target))
                     throw core::Error(target.string() + " already exists; choose another file");
                 core::backupDatabase(context.db(), target);
                 std::cout << target.string() << "\n";
                 return 0;
             }}};
}

} // namespace askanyway::cli
