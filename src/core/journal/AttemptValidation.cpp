#include "journal/AttemptValidation.h"

#include "common/Validation.h"
#include "journal/Attempt.h"

namespace askanyway::core {
namespace {

void optionalText(const std::string& field, const std::string& value)
{
    requireMaxLength(field, value, kMaxTextBytes);
    requireValidUtf8(field, value);
}

} // namespace

void validateAttempt(const Attempt& a)
{
    if (!a.id.empty())
        requireUuid("id", a.id);
    if (!a.at.empty())
        requireTimestamp("at", a.at);
    if (a.challengeId)
        requireText("challenge_id", *a.challengeId, kMaxLabelBytes);
    if (a.stepId)
        requireUuid("step_id", *a.stepId);
    if (a.category)
        requireText("category", *a.category, kMaxLabelBytes);
    requireText("title", a.title, kMaxLabelBytes);
    requireRange("difficulty", a.difficulty, 1, 5);

    optionalText("prediction.expectation", a.prediction.expectation);
    requireRange("prediction.no_likelihood", a.prediction.noLikelihood, 0, 100);
    requireRange("prediction.anxiety", a.prediction.anxiety, 0, 10);
    optionalText("prediction.worst_outcome", a.prediction.worstOutcome);

    requireRange("anxiety.before", a.anxiety.before, 0, 10);
    requireRange("anxiety.peak", a.anxiety.peak, 0, 10);
    requireRange("anxiety.after", a.anxiety.after, 0, 10);
    requireRange("recovery_minutes", a.recoveryMinutes, 0, kMaxRecoveryMinutes);

    optionalText("reflection.predicted", a.reflection.predicted);
    optionalText("reflection.happened", a.reflection.happened);
    optionalText("reflection.felt", a.reflection.felt);
    optionalText("reflection.learned", a.reflection.learned);

    if (a.person)
        requireText("person", *a.person, kMaxLabelBytes);
    if (a.tags.size() > static_cast<std::size_t>(kMaxTags))
        throw ValidationError("tags", "must hold at most " + std::to_string(kMaxTags) +
                                          " tags, got " + std::to_string(a.tags.size()));
    for (std::size_t i = 0; i < a.tags.size(); ++i)
        requireText("tags[" + std::to_string(i) + "]", a.tags[i], kMaxLabelBytes);
}

} // namespace askanyway::core
