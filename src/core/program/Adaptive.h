#pragma once

#include "program/Challenge.h"
#include "program/SevenDayProgram.h"

#include <string>
#include <vector>

namespace askanyway::core {

class ChallengeCatalog;

enum class SuggestionKind { WarmUp, Stretch };

struct Suggestion
{
    Challenge challenge;
    SuggestionKind kind;
    std::string forChallengeId; // the task it prepares for (warm-up) or builds on (stretch)
    int anxiety = 0;            // the rating that triggered it
    std::string reason;         // a plain English sentence, for the CLI
};

std::string_view toString(SuggestionKind kind);

// The aim is manageable discomfort, about 4-7 out of 10. See docs/ADAPTIVE.md.
constexpr int kWarmUpAt = 8; // predicted or peak anxiety at or above this asks for a warm-up
constexpr int kStretchAt = 3; // a whole day peaking at or below this earns a stretch
constexpr int kMaxWarmUps = 2;

// Warm-ups for the open day's unfinished tasks and a stretch after an easy day, from the run's
// attempts (oldest first). Difficulty 4-5 is offered only when the pledge was accepted.
std::vector<Suggestion> adaptiveSuggestions(const ProgramStatus& status,
                                            const std::vector<Attempt>& runAttempts,
                                            const ChallengeCatalog& catalog, bool pledgeAccepted);

} // namespace askanyway::core
