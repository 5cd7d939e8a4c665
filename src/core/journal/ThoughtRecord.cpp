#include "journal/ThoughtRecord.h"

#include "cbt/Distortions.h"
#include "common/Validation.h"

namespace askanyway::core {
namespace {

void freeText(const std::string& field, const std::string& value)
{
    requireMaxLength(field, value, kMaxTextBytes);
    requireValidUtf8(field, value);
}

} // namespace

void validateThoughtRecord(const ThoughtRecord& r)
{
    if (!r.id.empty())
        requireUuid("id", r.id);
    if (!r.at.empty())
        requireTimestamp("at", r.at);
    if (r.attemptId)
        requireUuid("attempt_id", *r.attemptId);
    freeText("situation", r.situation);
    requireText("automatic_thought", r.automaticThought, kMaxTextBytes);
    requireRange("belief", r.belief, 0, 100);
    for (std::size_t i = 0; i < r.emotions.size(); ++i) {
        const std::string at = "emotions[" + std::to_string(i) + "]";
        requireText(at + ".name", r.emotions[i].name, kMaxLabelBytes);
        requireRange(at + ".intensity", r.emotions[i].intensity, 0, 100);
        requireRange(at + ".rerated", r.emotions[i].rerated, 0, 100);
    }
    for (std::size_t i = 0; i < r.distortions.size(); ++i) {
        if (!findDistortion(r.distortions[i])) {
            std::string known;
            for (const Distortion& d : core::distortions())
                known += (known.empty() ? "" : ", ") + d.id;
            throw ValidationError("distortions[" + std::to_string(i) + "]",
                                  "must be one of " + known + ", got \"" +
                                      r.distortions[i].substr(0, 40) + "\"");
        }
    }
    freeText("evidence_for", r.evidenceFor);
    freeText("evidence_against", r.evidenceAgainst);
    freeText("balanced_thought", r.balancedThought);
    requireRange("balanced_belief", r.balancedBelief, 0, 100);
}

} // namespace askanyway::core
