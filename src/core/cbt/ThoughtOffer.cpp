#include "cbt/ThoughtOffer.h"

#include "journal/Attempt.h"

namespace askanyway::core {

std::optional<ThoughtRecord> thoughtRecordOffer(const Attempt& a)
{
    if (a.outcome != Outcome::No || a.anxiety.peak.value_or(0) < kPainfulPeak)
        return std::nullopt;
    ThoughtRecord r;
    r.attemptId = a.id;
    r.situation = a.title + " (" + a.at.substr(0, 10) + "): they said no.";
    if (!a.reflection.happened.empty())
        r.situation += " " + a.reflection.happened;
    r.automaticThought = !a.prediction.worstOutcome.empty() ? a.prediction.worstOutcome
                                                             : a.prediction.expectation;
    r.belief = a.prediction.noLikelihood;
    return r;
}

} // namespace askanyway::core
