#include "CliContext.h"
#include "Commands.h"
#include "cbt/Distortions.h"
#include "cbt/Reframes.h"
#include "common/Error.h"
#include "io/InterchangeTypes.h"
#include "journal/ThoughtRecordRepository.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace askanyway::cli {
namespace {
using nlohmann::json;

// "shame=70" → {"shame", 70}; anything else names the flag and the shape it wants.
std::pair<std::string, int> nameAndNumber(const std::string& flag, const std::string& text)
{
    const auto eq = text.rfind('=');
    const std::string example = flag == "rerate" ? "shame=30" : "shame=70";
    if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
        throw core::ValidationError(flag, "must be NAME=NUMBER like " + example + ", got \"" + text + "\"");
    try {
        std::size_t used = 0;
        const int n = std::stoi(text.substr(eq + 1), &used);
        if (used != text.size() - eq - 1)
            throw std::invalid_argument("trailing");
        return {text.substr(0, eq), n};
    } catch (const std::logic_error&) {
        throw core::ValidationError(flag, "must be NAME=NUMBER like " + example + ", got \"" + text + "\"");
    }
}

void printRecord(const core::ThoughtRecord& r)
{
    std::cout << r.at.substr(0, 16) << "  [" << r.id << "]\n"
              << "Situation:         " << r.situation << "\n"
              << "Automatic thought: " << r.automaticThought << " (" << r.belief << " %)\n";
    for (const auto& e : r.emotions)
        std::cout << "Emotion:           " << e.name << " " << e.intensity
                  << (e.rerated ? " → " + std::to_string(*e.rerated) : "") << "\n";
    for (const auto& d : r.distortions)
        std::cout << "Thinking trap:     " << core::findDistortion(d)->name << "\n";
    std::cout << "Evidence for:      " << r.evidenceFor << "\n"
              << "Evidence against:  " << r.evidenceAgainst << "\n"
              << "Balanced thought:  " << r.balancedThought
              << (r.balancedBelief ? " (" + std::to_string(*r.balancedBelief) + " %)" : "") << "\n";
}

} // namespace

std::vector<Command> addThoughtCommands(CLI::App& app, CliContext& context)
{
    struct Options
    {
        bool json = false;
        std::string id, text, attempt;
        core::ThoughtRecord record;
        int balancedBelief = 0;
        std::vector<std::string> emotions, rerates;
    };
    auto o = std::make_shared<Options>();
    core::ThoughtRecord& r = o->record;

    auto* thought = app.add_subcommand("thought", "CBT thought records");
    thought->require_subcommand(1);
    auto* add = thought->add_subcommand("add", "Write a thought record; prints its id");
    add->add_option("--situation", r.situation, "What happened");
    add->add_option("--thought", r.automaticThought, "The automatic thought")->required();
    add->add_option("--belief", r.belief, "How much you believe it, 0-100 %")->required();
    add->add_option("--emotion", o->emotions, "NAME=INTENSITY 0-100 (repeatable)");
    add->add_option("--distortion", r.distortions, "A thinking trap's id (see: distortions)");
    add->add_option("--evidence-for", r.evidenceFor, "What supports the thought");
    add->add_option("--evidence-against", r.evidenceAgainst, "What does not fit it");
    add->add_option("--balanced", r.balancedThought, "A more balanced thought");
    auto* balancedBelief = add->add_option("--balanced-belief", o->balancedBelief, "Belief in it, 0-100 %");
    add->add_option("--rerate", o->rerates, "NAME=INTENSITY after the balanced thought (repeatable)");
    add->add_option("--attempt", o->attempt, "Link to an attempt id");

    auto* list = thought->add_subcommand("list", "All thought records");
    list->add_flag("--json", o->json, "Print JSON");
    auto* show = thought->add_subcommand("show", "One thought record");
    show->add_option("ID", o->id, "Record id")->required();
    show->add_flag("--json", o->json, "Print JSON");

    auto* distortions = app.add_subcommand("distortions", "The thinking traps, with definitions");
    distortions->add_flag("--json", o->json, "Print JSON");
    auto* reframe = app.add_subcommand("reframe", "Reframes for a rejection thought");
    reframe->add_option("TEXT", o->text, "The thought, in your words")->required();
    reframe->add_flag("--json", o->json, "Print JSON");

    return {
        {add,
         [o, balancedBelief, &context] {
             core::ThoughtRecord rec = o->record;
             for (const auto& e : o->emotions) {
                 const auto [name, n] = nameAndNumber("emotion", e);
                 rec.emotions.push_back({name, n, std::nullopt});
             }
             for (const auto& e : o->rerates) {
                 const auto [name, n] = nameAndNumber("rerate", e);
                 auto it = std::find_if(rec.emotions.begin(), rec.emotions.end(),
                                        [&](const core::Emotion& em) { return em.name == name; });
                 if (it == rec.emotions.end())
                     throw core::ValidationError("rerate", "names no --emotion given: \"" + name + "\"");
                 it->rerated = n;
             }
             if (balancedBelief->count())
                 rec.balancedBelief = o->balancedBelief;
             if (!o->attempt.empty())
                 rec.attemptId = o->attempt;
             std::cout << core::ThoughtRecordRepository(context.db(), context.clock()).add(rec) << "\n";
             return 0;
         }},
        {list,
         [o, &context] {
             const auto records = core::ThoughtRecordRepository(context.db(), context.clock()).list();
             if (o->json) {
                 json out = json::array();
                 for (const auto& rec : records)
                     out.push_back(core::toJson(rec));
                 std::cout << out.dump(2) << "\n";
             } else if (records.empty()) {
                 std::cout << "No thought records yet.\n";
             }
             if (!o->json)
                 for (const auto& rec : records)
                     std::cout << rec.at.substr(0, 10) << "  " << rec.automaticThought << "  [" << rec.id << "]\n";
             return 0;
         }},
        {show,
         [o, &context] {
             const auto rec = core::ThoughtRecordRepository(context.db(), context.clock()).find(o->id);
             if (!rec)
                 throw core::ValidationError("id", "no thought record has id \"" + o->id + "\"");
             if (o->json)
                 std::cout << core::toJson(*rec).dump(2) << "\n";
             else
                 printRecord(*rec);
             return 0;
         }},
        {distortions,
         [o] {
             json out = json::array();
             for (const auto& d : core::distortions()) {
                 out.push_back({{"id", d.id}, {"name", d.name}, {"definition", d.definition}});
                 if (!o->json)
                     std::cout << d.id << "\n    " << d.name << ": " << d.definition << "\n";
             }
             if (o->json)
                 std::cout << out.dump(2) << "\n";
             return 0;
         }},
        {reframe,
         [o] {
             const auto found = core::matchingReframes(o->text);
             json out = json::array();
             for (const auto& f : found) {
                 out.push_back({{"id", f.id}, {"belief", f.belief}, {"reframe", f.reframe}});
                 if (!o->json)
                     std::cout << "\"" << f.belief << "\"\n    " << f.reframe << "\n";
             }
             if (o->json)
                 std::cout << out.dump(2) << "\n";
             else if (found.empty())
                 std::cout << "No built-in reframe matches. Try the questions of a thought record: "
                              "what is the evidence for and against it?\n";
             return 0;
         }},
    };
}

} // namespace askanyway::cli
