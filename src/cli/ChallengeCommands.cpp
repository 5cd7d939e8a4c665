#include "CliContext.h"
#include "Commands.h"
#include "JsonViews.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace askanyway::cli {

std::vector<Command> addChallengeCommands(CLI::App& app, CliContext& context)
{
    struct Options
    {
        bool json = false;
        int difficulty = 0;
        std::string category;
        core::Challenge added;
    };
    auto o = std::make_shared<Options>();

    auto* list = app.add_subcommand("challenges", "The challenge library, with your own challenges");
    list->add_flag("--json", o->json, "Print JSON");
    list->add_option("--difficulty", o->difficulty, "Only this difficulty, 1-5");
    list->add_option("--category", o->category, "Only this category");

    auto* challenge = app.add_subcommand("challenge", "Manage your own challenges");
    challenge->require_subcommand(1);
    auto* add = challenge->add_subcommand("add", "Add a challenge of your own; prints its id");
    add->add_option("--title", o->added.title, "What to ask, in a few words")->required();
    add->add_option("--category", o->added.category, "One of the library's categories")->required();
    add->add_option("--difficulty", o->added.difficulty, "1-5")->required();
    add->add_option("--how-to", o->added.howTo, "How to do it kindly");
    add->add_option("--id", o->added.id, "An id of a-z, 0-9 and '-' (default: generated)");

    return {
        {list,
         [o, &context] {
             const auto catalog = core::Practice(context.db(), context.clock()).catalog();
             core::ChallengeFilter filter;
             if (o->difficulty)
                 filter.difficulty = o->difficulty;
             if (!o->category.empty())
                 filter.category = o->category;
             const auto found = catalog.filter(filter);
             if (o->json) {
                 nlohmann::json out = nlohmann::json::array();
                 for (const auto& c : found)
                     out.push_back(challengeJson(c));
                 std::cout << out.dump(2) << "\n";
                 return 0;
             }
             if (found.empty())
                 std::cout << "No challenges match.\n";
             for (const auto& c : found)
                 std::cout << c.difficulty << "  " << c.category << "  " << c.title << "  [" << c.id
                           << "]" << (c.custom ? " (yours)" : "") << "\n";
             return 0;
         }},
        {add,
         [o, &context] {
             std::cout << core::Practice(context.db(), context.clock()).addChallenge(o->added) << "\n";
             return 0;
         }},
    };
}

} // namespace askanyway::cli
