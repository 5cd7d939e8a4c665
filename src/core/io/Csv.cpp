#include "io/Csv.h"

#include "journal/AttemptRepository.h"
#include "journal/ThoughtRecordRepository.h"

namespace askanyway::core {
namespace {

template <typename T> std::string cell(const std::optional<T>& value)
{
    if (!value)
        return "";
    if constexpr (std::is_same_v<T, std::string>)
        return *value;
    else if constexpr (std::is_same_v<T, bool>)
        return *value ? "true" : "false";
    else
        return std::to_string(*value);
}

std::string joined(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

} // namespace

std::string csvField(std::string_view value)
{
    if (value.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvRow(const std::vector<std::string>& fields)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i)
        out += (i ? "," : "") + csvField(fields[i]);
    return out + "\r\n";
}

std::string exportAttemptsCsv(Database& db, const Clock& clock)
{
    std::string out = csvRow({"id", "at", "title", "challenge_id", "step_id", "category",
                              "difficulty", "expectation", "no_likelihood", "predicted_anxiety",
                              "worst_outcome", "outcome", "anxiety_before", "anxiety_peak",
                              "anxiety_after", "recovery_minutes", "reflection_predicted",
                              "reflection_happened", "reflection_felt", "reflection_learned",
                              "accepted_gracefully", "person", "tags"});
    for (const Attempt& a : AttemptRepository(db, clock).list()) {
        out += csvRow({a.id, a.at, a.title, cell(a.challengeId), cell(a.stepId), cell(a.category),
                       std::to_string(a.difficulty), a.prediction.expectation,
                       std::to_string(a.prediction.noLikelihood),
                       std::to_string(a.prediction.anxiety), a.prediction.worstOutcome,
                       a.outcome ? std::string(toString(*a.outcome)) : "plan",
                       cell(a.anxiety.before), cell(a.anxiety.peak), cell(a.anxiety.after),
                       cell(a.recoveryMinutes), a.reflection.predicted, a.reflection.happened,
                       a.reflection.felt, a.reflection.learned, cell(a.acceptedGracefully),
                       cell(a.person), joined(a.tags)});
    }
    return out;
}

std::string exportThoughtRecordsCsv(Database& db, const Clock& clock)
{
    std::string out = csvRow({"id", "at", "attempt_id", "situation", "automatic_thought", "belief",
                              "emotions", "distortions", "evidence_for", "evidence_against",
                              "balanced_thought", "balanced_belief"});
    for (const ThoughtRecord& r : ThoughtRecordRepository(db, clock).list()) {
        std::vector<std::string> emotions;
        for (const Emotion& e : r.emotions)
            emotions.push_back(e.name + " " + std::to_string(e.intensity) +
                               (e.rerated ? "\u2192" + std::to_string(*e.rerated) : ""));
        out += csvRow({r.id, r.at, cell(r.attemptId), r.situation, r.automaticThought,
                       std::to_string(r.belief), joined(emotions), joined(r.distortions),
                       r.evidenceFor, r.evidenceAgainst, r.balancedThought, cell(r.balancedBelief)});
    }
    return out;
}

} // namespace askanyway::core
