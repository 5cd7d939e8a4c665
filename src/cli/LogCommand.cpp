#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "program/Practice.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace askanyway::cli {
namespace {

struct LogOptions
{
    core::Attempt attempt;
    std::string outcome;
    std::string graceful;
    std::string challenge, category, person, step;
    int predictedAnxiety = 0, before = 0, peak = 0, after = 0, recovery = 0;
    CLI::Option* outcomeOpt = nullptr;
    CLI::Option* challengeOpt = nullptr;
    CLI::Option* categoryOpt = nullptr;
    CLI::Option* personOpt = nullptr;
    CLI::Option* stepOpt = nullptr;
    CLI::Option* beforeOpt = nullptr;
    CLI::Option* peakOpt = nullptr;
    CLI::Option* afterOpt = nullptr;
    CLI::Option* recoveryOpt = nullptr;
    CLI::Option* gracefulOpt = nullptr;
};

core::Attempt buildAttempt(LogOptions& o)
{
    core::Attempt a = o.attempt;
    if (o.outcomeOpt->count()) {
        a.outcome = core::parseOutcome(o.outcome);
        if (!a.outcome)
            throw core::ValidationError("outcome", "must be one of no, yes, partial, avoided, got \"" +
                                                       o.outcome + "\"");
    }
    if (o.challengeOpt->count())
        a.challengeId = o.challenge;
    if (o.stepOpt->count())
        a.stepId = o.step;
    if (o.categoryOpt->count())
        a.category = o.category;
    if (o.personOpt->count())
        a.person = o.person;
    if (o.beforeOpt->count())
        a.anxiety.before = o.before;
    if (o.peakOpt->count())
        a.anxiety.peak = o.peak;
    if (o.afterOpt->count())
        a.anxiety.after = o.after;
    if (o.recoveryOpt->count())
        a.recoveryMinutes = o.recovery;
    if (o.gracefulOpt->count())
        a.acceptedGracefully = o.graceful == "yes";
    return a;
}

} // namespace

std::vector<Command> addLogCommand(CLI::App& app, CliContext& context)
{
    auto o = std::make_shared<LogOptions>();
    core::Attempt& a = o->attempt;
    auto* cmd = app.add_subcommand(
        "log", "Record an attempt (without --outcome it is saved as a plan); prints its id");
    cmd->add_option("--title", a.title, "What you asked, in a few words (default: the challenge's)");
    o->challengeOpt = cmd->add_option("--challenge", o->challenge,
                                      "Challenge id from the library; sets difficulty and category");
    o->categoryOpt = cmd->add_option("--category", o->category, "Kind of ask");
    o->stepOpt = cmd->add_option("--step", o->step, "Link to a ladder step id");
    cmd->add_option("--difficulty", a.difficulty, "Difficulty 1-5 (default 1)");
    o->outcomeOpt = cmd->add_option("--outcome", o->outcome, "no, yes, partial or avoided");
    cmd->add_option("--expectation", a.prediction.expectation, "What you expected would happen");
    cmd->add_option("--no-likelihood", a.prediction.noLikelihood,
                    "How likely a no seemed, 0-100 % (default 50)");
    cmd->add_option("--predicted-anxiety", a.prediction.anxiety,
                    "Anxiety you expected, 0-10 (default 5)");
    cmd->add_option("--worst-outcome", a.prediction.worstOutcome, "The outcome you feared most");
    o->beforeOpt = cmd->add_option("--anxiety-before", o->before, "Anxiety just before, 0-10");
    o->peakOpt = cmd->add_option("--anxiety-peak", o->peak, "Anxiety at its peak, 0-10");
    o->afterOpt = cmd->add_option("--anxiety-after", o->after, "Anxiety afterwards, 0-10");
    o->recoveryOpt = cmd->add_option("--recovery-min", o->recovery,
                                     "Minutes until you felt okay again");
    cmd->add_option("--predicted", a.reflection.predicted, "Reflection: what did I predict?");
    cmd->add_option("--happened", a.reflection.happened, "Reflection: what actually happened?");
    cmd->add_option("--felt", a.reflection.felt, "Reflection: how did I feel?");
    cmd->add_option("--learned", a.reflection.learned, "Reflection: what did I learn?");
    o->gracefulOpt = cmd->add_option("--graceful", o->graceful,
                                     "For a no: did you accept it right away? yes or no")
                         ->check(CLI::IsMember({"yes", "no"}));
    o->personOpt = cmd->add_option("--person", o->person,
                                   "For romantic asks: a private nickname, never a real name");
    cmd->add_option("--tag", a.tags, "A context tag such as a place (repeatable)");

    return {{cmd, [o, cmd, &context] {
                 if (!cmd->count("--title") && !o->challengeOpt->count()) {
                     std::cerr << "askanyway-cli: log needs --title or --challenge\nRun with --help "
                                  "for usage.\n";
                     return 2;
                 }
                 core::Practice practice(context.db(), context.clock());
                 std::cout << practice.logAttempt(buildAttempt(*o)) << "\n";
                 return 0;
             }}};
}

} // namespace askanyway::cli
