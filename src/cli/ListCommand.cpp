#include "CliContext.h"
#include "Commands.h"
#include "io/InterchangeTypes.h"
#include "journal/AttemptRepository.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace askanyway::cli {
namespace {

std::string rating(const std::optional<int>& value)
{
    return value ? std::to_string(*value) : "-";
}

void printTable(const std::vector<core::Attempt>& attempts)
{
    if (attempts.empty()) {
        std::cout << "No attempts in this range yet.\n";
        return;
    }
    for (const auto& a : attempts) {
        const std::string outcome = a.outcome ? std::string(core::toString(*a.outcome)) : "plan";
        std::cout << a.at.substr(0, 16) << "  " << outcome
                  << std::string(outcome.size() < 8 ? 8 - outcome.size() : 1, ' ')
                  << "anxiety " << a.prediction.anxiety << "->" << rating(a.anxiety.peak) << "  "
                  << a.title << "  [" << a.id << "]\n";
    }
}

} // namespace

std::vector<Command> addListCommand(CLI::App& app, CliContext& context)
{
    struct Options
    {
        bool json = false;
        std::string since, until;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("list", "List attempts, oldest first");
    cmd->add_flag("--json", o->json, "Print interchange-format JSON");
    cmd->add_option("--since", o->since, "First local date to include, YYYY-MM-DD")
        ->check(CLI::Validator(checkDate, "DATE"));
    cmd->add_option("--until", o->until, "Last local date to include, YYYY-MM-DD")
        ->check(CLI::Validator(checkDate, "DATE"));

    return {{cmd, [o, &context] {
                 core::AttemptFilter filter;
                 if (!o->since.empty())
                     filter.sinceDate = o->since;
                 if (!o->until.empty())
                     filter.untilDate = o->until;
                 const auto attempts =
                     core::AttemptRepository(context.db(), context.clock()).list(filter);
                 if (o->json) {
                     nlohmann::json out = nlohmann::json::array();
                     for (const auto& a : attempts)
                         out.push_back(core::toJson(a));
                     std::cout << out.dump(2) << "\n";
                 } else {
                     printTable(attempts);
                 }
                 return 0;
             }}};
}

} // namespace askanyway::cli
