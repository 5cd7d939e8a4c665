#include "io/InterchangeTypes.h"

#include "common/Error.h"
#include "io/JsonReader.h"
#include "journal/AttemptValidation.h"

#include <nlohmann/json.hpp>

namespace askanyway::core {
using nlohmann::json;
namespace {

template <typename T> json orNull(const std::optional<T>& value)
{
    return value ? json(*value) : json(nullptr);
}

// Runs a type's own validator and reports its complaint from the entry's position.
template <typename T, typename Validate>
const T& validated(const T& value, const JsonReader& in, Validate validate)
{
    try {
        validate(value);
    } catch (const ValidationError& e) {
        throw e.within(in.path());
    }
    return value;
}

} // namespace

json toJson(const Attempt& a)
{
    return json{
        {"id", a.id},
        {"at", a.at},
        {"challenge_id", orNull(a.challengeId)},
        {"step_id", orNull(a.stepId)},
        {"category", orNull(a.category)},
        {"title", a.title},
        {"difficulty", a.difficulty},
        {"prediction",
         {{"expectation", a.prediction.expectation},
          {"no_likelihood", a.prediction.noLikelihood},
          {"anxiety", a.prediction.anxiety},
          {"worst_outcome", a.prediction.worstOutcome}}},
        {"outcome", a.outcome ? json(std::string(toString(*a.outcome))) : json(nullptr)},
        {"anxiety",
         {{"before", orNull(a.anxiety.before)},
          {"peak", orNull(a.anxiety.peak)},
          {"after", orNull(a.anxiety.after)}}},
        {"recovery_minutes", orNull(a.recoveryMinutes)},
        {"reflection",
         {{"predicted", a.reflection.predicted},
          {"happened", a.reflection.happened},
          {"felt", a.reflection.felt},
          {"learned", a.reflection.learned}}},
        {"accepted_gracefully", orNull(a.acceptedGracefully)},
        {"person", orNull(a.person)},
        {"tags", a.tags},
    };
}

Attempt readAttempt(const JsonReader& in)
{
    Attempt a;
    a.id = in.string("id");
    a.at = in.string("at");
    a.challengeId = in.nullableString("challenge_id");
    a.stepId = in.nullableString("step_id");
    a.category = in.nullableString("category");
    a.title = in.string("title");
    a.difficulty = in.integer("difficulty", 1, 5);
    const JsonReader prediction = in.object("prediction");
    a.prediction.expectation = prediction.string("expectation", "");
    a.prediction.noLikelihood = prediction.integer("no_likelihood", 0, 100);
    a.prediction.anxiety = prediction.integer("anxiety", 0, 10);
    a.prediction.worstOutcome = prediction.string("worst_outcome", "");
    // A null outcome is a plan that was saved before the ask and not completed yet.
    if (auto outcome = in.nullableString("outcome")) {
        a.outcome = parseOutcome(*outcome);
        if (!a.outcome)
            throw ValidationError(in.field("outcome"), "must be one of no, yes, partial, avoided "
                                                       "(or null for a plan), got \"" +
                                                           outcome->substr(0, 40) + "\"");
    }
    if (auto anxiety = in.optionalObject("anxiety")) {
        a.anxiety.before = anxiety->nullableInteger("before", 0, 10);
        a.anxiety.peak = anxiety->nullableInteger("peak", 0, 10);
        a.anxiety.after = anxiety->nullableInteger("after", 0, 10);
    }
    a.recoveryMinutes = in.nullableInteger("recovery_minutes", 0, kMaxRecoveryMinutes);
    if (auto reflection = in.optionalObject("reflection")) {
        a.reflection.predicted = reflection->string("predicted", "");
        a.reflection.happened = reflection->string("happened", "");
        a.reflection.felt = reflection->string("felt", "");
        a.reflection.learned = reflection->string("learned", "");
    }
    a.acceptedGracefully = in.nullableBoolean("accepted_gracefully");
    a.person = in.nullableString("person");
    a.tags = in.strings("tags");
    return validated(a, in, validateAttempt);
}

json toJson(const ThoughtRecord& r)
{
    json emotions = json::array();
    for (const Emotion& e : r.emotions)
        emotions.push_back({{"name", e.name}, {"intensity", e.intensity}, {"rerated", orNull(e.rerated)}});
    return json{
        {"id", r.id},
        {"at", r.at},
        {"attempt_id", orNull(r.attemptId)},
        {"situation", r.situation},
        {"automatic_thought", r.automaticThought},
        {"belief", r.belief},
        {"emotions", emotions},
        {"distortions", r.distortions},
        {"evidence_for", r.evidenceFor},
        {"evidence_against", r.evidenceAgainst},
        {"balanced_thought", r.balancedThought},
        {"balanced_belief", orNull(r.balancedBelief)},
    };
}

ThoughtRecord readThoughtRecord(const JsonReader& in)
{
    ThoughtRecord r;
    r.id = in.string("id");
    r.at = in.string("at");
    r.attemptId = in.nullableString("attempt_id");
    r.situation = in.string("situation", "");
    r.automaticThought = in.string("automatic_thought");
    r.belief = in.integer("belief", 0, 100);
    for (const JsonReader& e : in.objects("emotions"))
        r.emotions.push_back(
            {e.string("name"), e.integer("intensity", 0, 100), e.nullableInteger("rerated", 0, 100)});
    r.distortions = in.strings("distortions");
    r.evidenceFor = in.string("evidence_for", "");
    r.evidenceAgainst = in.string("evidence_against", "");
    r.balancedThought = in.string("balanced_thought", "");
    r.balancedBelief = in.nullableInteger("balanced_belief", 0, 100);
    return validated(r, in, validateThoughtRecord);
}

json toJson(const Ladder& ladder)
{
    json steps = json::array();
    for (const LadderStep& s : ladder.steps)
        steps.push_back({{"id", s.id}, {"text", s.text}, {"rating", s.rating}});
    return json{{"id", ladder.id}, {"name", ladder.name}, {"created_at", ladder.createdAt},
                {"steps", steps}};
}

Ladder readLadder(const JsonReader& in)
{
    Ladder ladder;
    ladder.id = in.string("id");
    ladder.name = in.string("name");
    ladder.createdAt = in.string("created_at");
    for (const JsonReader& s : in.objects("steps"))
        ladder.steps.push_back({s.string("id"), s.string("text"), s.integer("rating", 0, 10)});
    return validated(ladder, in, validateLadder);
}

json toJson(const ProgramRun& run)
{
    return json{{"id", run.id},
                {"started_at", run.startedAt},
                {"ended_at", orNull(run.endedAt)},
                {"end_reason",
                 run.endReason ? json(std::string(toString(*run.endReason))) : json(nullptr)}};
}

ProgramRun readProgramRun(const JsonReader& in)
{
    ProgramRun run;
    run.id = in.string("id");
    run.startedAt = in.string("started_at");
    run.endedAt = in.nullableString("ended_at");
    if (auto reason = in.nullableString("end_reason")) {
        run.endReason = parseRunEnd(*reason);
        if (!run.endReason)
            throw ValidationError(in.field("end_reason"),
                                  "must be completed, restarted or null, got \"" +
                                      reason->substr(0, 40) + "\"");
    }
    return validated(run, in, validateProgramRun);
}

json toJson(const Challenge& c)
{
    return json{{"id", c.id}, {"title", c.title}, {"how_to", c.howTo}, {"category", c.category},
                {"difficulty", c.difficulty}};
}

Challenge readChallenge(const JsonReader& in)
{
    Challenge c{in.string("id"), in.string("title"), in.string("how_to", ""), in.string("category"),
                in.integer("difficulty", 1, 5), true};
    return validated(c, in, validateChallenge);
}

} // namespace askanyway::core
