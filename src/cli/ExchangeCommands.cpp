#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "io/AtomicFile.h"
#include "io/Csv.h"
#include "io/Interchange.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

namespace askanyway::cli {
namespace {

std::string readWholeFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw core::Error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string describe(const char* what, const core::ImportCount& c)
{
    return std::to_string(c.added) + " " + what + " added" +
           (c.skipped ? " (" + std::to_string(c.skipped) + " already there)" : "");
}

} // namespace

std::vector<Command> addExchangeCommands(CLI::App& app, CliContext& context)
{
    struct Options
    {
        std::string format = "json";
        std::string table = "attempts";
        std::string output;
        std::string input;
    };
    auto o = std::make_shared<Options>();

    auto* exportCmd = app.add_subcommand("export", "Export the journal as JSON or CSV");
    exportCmd->add_option("--format", o->format, "json (everything, re-importable) or csv (attempts)")
        ->check(CLI::IsMember({"json", "csv"}));
    exportCmd->add_option("-o,--output", o->output, "File to write (default: standard output)");
    exportCmd->add_option("--table", o->table, "For CSV: attempts (default) or thought-records")
        ->check(CLI::IsMember({"attempts", "thought-records"}));

    auto* importCmd = app.add_subcommand(
        "import", "Import a JSON export; all or nothing, entries already present are skipped");
    importCmd->add_option("FILE", o->input, "An Ask Anyway JSON export")->required();

    return {
        {exportCmd,
         [o, &context] {
             const std::string text =
                 o->format == "json"            ? core::exportJournalText(context.db(), context.clock())
                 : o->table == "thought-records" ? core::exportThoughtRecordsCsv(context.db(), context.clock())
                                                 : core::exportAttemptsCsv(context.db(), context.clock());
             if (o->output.empty())
                 std::cout << text;
             else
                 core::writeFileAtomically(o->output, text);
             return 0;
         }},
        {importCmd,
         [o, &context] {
             const std::string text = readWholeFile(o->input);
             const auto s = core::importJournal(context.db(), context.clock(), text);
             std::cout << "Imported " << o->input << ": " << describe("attempts", s.attempts)
                       << ", " << describe("thought records", s.thoughtRecords) << ", "
                       << describe("ladders", s.ladders) << ", "
                       << describe("program runs", s.programRuns) << ".\n";
             return 0;
         }},
    };
}

} // namespace askanyway::cli
