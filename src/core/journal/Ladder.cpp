#include "journal/Ladder.h"

#include "common/Validation.h"

namespace askanyway::core {

void validateLadderStep(const LadderStep& step)
{
    if (!step.id.empty())
        requireUuid("id", step.id);
    requireText("text", step.text, kMaxLabelBytes);
    requireRange("rating", step.rating, 0, 10);
}

void validateLadder(const Ladder& ladder)
{
    if (!ladder.id.empty())
        requireUuid("id", ladder.id);
    requireText("name", ladder.name, kMaxLabelBytes);
    if (!ladder.createdAt.empty())
        requireTimestamp("created_at", ladder.createdAt);
    for (std::size_t i = 0; i < ladder.steps.size(); ++i) {
        try {
            validateLadderStep(ladder.steps[i]);
        } catch (const ValidationError& e) {
            throw e.within("steps[" + std::to_string(i) + "]");
        }
    }
}

} // namespace askanyway::core
