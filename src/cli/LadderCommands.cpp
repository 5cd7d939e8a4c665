#include "CliContext.h"
#include "common/Error.h"
#include "common/Validation.h"
#include "Commands.h"
#include "JsonViews.h"
#include "journal/AttemptRepository.h"
#include "journal/LadderProgress.h"
#include "journal/LadderRepository.h"
#include "program/StarterLadder.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace askanyway::cli {
namespace {
using nlohmann::json;

json viewJson(const core::LadderView& v)
{
    json steps = json::array();
    for (const auto& s : v.steps)
        steps.push_back({{"id", s.step.id},
                         {"text", s.step.text},
                         {"rating", s.step.rating},
                         {"attempts", s.attempts},
                         {"peaks", s.peaks},
                         {"last_peak", orNull(s.lastPeak)},
                         {"predicted_no_percent", orNull(s.predictedNo)},
                         {"actual_no_percent", orNull(s.actualNo)},
                         {"predicted_anxiety", orNull(s.predictedAnxiety)},
                         {"peak_anxiety", orNull(s.peakAnxiety)},
                         {"ready", s.ready}});
    return {{"id", v.ladder.id},
            {"name", v.ladder.name},
            {"created_at", v.ladder.createdAt},
            {"steps", steps},
            {"next_step", orNull(v.nextStepId)}};
}

core::LadderView view(CliContext& context, const std::string& id)
{
    const auto ladder = core::LadderRepository(context.db(), context.clock()).find(id);
    if (!ladder)
        throw core::ValidationError("id", "no ladder has id \"" + id + "\" (askanyway-cli ladder list)");
    return core::ladderView(*ladder, core::AttemptRepository(context.db(), context.clock()).list());
}

void printView(const core::LadderView& v)
{
    std::cout << v.ladder.name << "  [" << v.ladder.id << "]\n";
    if (v.steps.empty())
        std::cout << "  No steps yet. Add one with: askanyway-cli step add --ladder " << v.ladder.id
                  << " --text ... --rating N\n";
    // Drawn top-down like a ladder: the highest rung first.
    for (auto it = v.steps.rbegin(); it != v.steps.rend(); ++it) {
        const bool next = v.nextStepId == it->step.id;
        std::cout << (next ? "→ " : "  ") << it->step.rating << "/10  " << it->step.text << "  ("
                  << it->attempts << " attempt" << (it->attempts == 1 ? "" : "s")
                  << (it->lastPeak ? ", last peak " + std::to_string(*it->lastPeak) : "")
                  << (it->ready ? ", ready to move up" : "") << ")  [" << it->step.id << "]\n";
    }
}

} // namespace

std::vector<Command> addLadderCommands(CLI::App& app, CliContext& context)
{
    struct Options
    {
        bool json = false, starter = false;
        std::string id, name, ladder, text;
        int rating = 0, position = 0;
    };
    auto o = std::make_shared<Options>();

    auto* ladder = app.add_subcommand("ladder", "Your fear ladders");
    ladder->require_subcommand(1);
    auto* create = ladder->add_subcommand("new", "Create a ladder; prints its id");
    create->add_option("NAME", o->name, "What the ladder is about")->required();
    create->add_flag("--starter", o->starter, "Start from the 7-day program's kinds of ask");
    auto* list = ladder->add_subcommand("list", "All ladders");
    list->add_flag("--json", o->json, "Print JSON");
    auto* show = ladder->add_subcommand("show", "A ladder's steps, progress and next step");
    show->add_option("ID", o->id, "Ladder id")->required();
    show->add_flag("--json", o->json, "Print JSON");
    auto* rename = ladder->add_subcommand("rename", "Rename a ladder");
    rename->add_option("ID", o->id, "Ladder id")->required();
    rename->add_option("NAME", o->name, "New name")->required();
    auto* remove = ladder->add_subcommand("delete", "Delete a ladder (its attempts are kept)");
    remove->add_option("ID", o->id, "Ladder id")->required();

    auto* step = app.add_subcommand("step", "Steps of a ladder");
    step->require_subcommand(1);
    auto* add = step->add_subcommand("add", "Add a step where its rating puts it; prints its id");
    add->add_option("--ladder", o->ladder, "Ladder id")->required();
    add->add_option("--text", o->text, "The ask, in a few words")->required();
    add->add_option("--rating", o->rating, "Expected anxiety 0-10")->required();
    auto* edit = step->add_subcommand("edit", "Change a step's text or rating");
    edit->add_option("ID", o->id, "Step id")->required();
    auto* editText = edit->add_option("--text", o->text, "New text");
    auto* editRating = edit->add_option("--rating", o->rating, "New rating 0-10");
    auto* move = step->add_subcommand("move", "Move a step to another rung");
    move->add_option("ID", o->id, "Step id")->required();
    move->add_option("--to", o->position, "Rung, 1 = the lowest")->required();
    auto* removeStep = step->add_subcommand("delete", "Delete a step (its attempts are kept)");
    removeStep->add_option("ID", o->id, "Step id")->required();

    auto repo = [&context] { return core::LadderRepository(context.db(), context.clock()); };
    return {
        {create,
         [o, repo] {
             core::Ladder l = o->starter ? core::starterLadder(o->name) : core::Ladder{"", o->name, "", {}};
             std::cout << repo().add(l) << "\n";
             return 0;
         }},
        {list,
         [o, repo, &context] {
             json out = json::array();
             for (const auto& l : repo().list()) {
                 const auto v = view(context, l.id);
                 out.push_back({{"id", l.id}, {"name", l.name}, {"steps", l.steps.size()},
                                {"next_step", orNull(v.nextStepId)}});
                 if (!o->json)
                     std::cout << l.name << "  (" << l.steps.size() << " steps)  [" << l.id << "]\n";
             }
             if (o->json)
                 std::cout << out.dump(2) << "\n";
             else if (out.empty())
                 std::cout << "No ladders yet. Start one with: askanyway-cli ladder new NAME --starter\n";
             return 0;
         }},
        {show,
         [o, &context] {
             const auto v = view(context, o->id);
             if (o->json)
                 std::cout << viewJson(v).dump(2) << "\n";
             else
                 printView(v);
             return 0;
         }},
        {rename, [o, repo] { repo().rename(o->id, o->name); return 0; }},
        {remove,
         [o, repo] {
             if (!repo().remove(o->id))
                 throw core::ValidationError("id", "no ladder has id \"" + o->id + "\"");
             return 0;
         }},
        {add,
         [o, repo] {
             std::cout << repo().addStep(o->ladder, {"", o->text, o->rating}) << "\n";
             return 0;
         }},
        {edit,
         [o, repo, editText, editRating] {
             repo().editStep(o->id, editText->count() ? std::optional(o->text) : std::nullopt,
                             editRating->count() ? std::optional(o->rating) : std::nullopt);
             return 0;
         }},
        {move,
         [o, repo] {
             // Rungs are counted from 1 here, as the user sees them; the core counts from 0.
             const auto ladderId = repo().ladderOf(o->id);
             if (!ladderId)
                 throw core::ValidationError("id", "no ladder step has id \"" + o->id + "\"");
             core::requireRange("to", o->position, 1, static_cast<long long>(repo().find(*ladderId)->steps.size()));
             repo().moveStep(o->id, o->position - 1);
             return 0;
         }},
        {removeStep, [o, repo] { repo().removeStep(o->id); return 0; }},
    };
}

} // namespace askanyway::cli
