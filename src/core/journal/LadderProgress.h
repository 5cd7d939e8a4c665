#pragma once

#include "journal/Attempt.h"
#include "journal/Ladder.h"

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

// What a step's attempts say about it, computed from the journal.
struct StepProgress
{
    LadderStep step;
    int attempts = 0;               // every attempt linked to the step, plans excluded
    std::vector<int> peaks;         // peak anxiety of each attempt that recorded one, oldest first
    std::optional<int> lastPeak;
    std::optional<double> predictedNo; // mean predicted likelihood of a no, percent
    std::optional<double> actualNo;    // share of asks that ended in no, percent
    std::optional<double> predictedAnxiety; // mean predicted anxiety
    std::optional<double> peakAnxiety;      // mean peak anxiety
    bool ready = false;
};

struct LadderView
{
    Ladder ladder;
    std::vector<StepProgress> steps; // in the ladder's order, lowest rung first
    std::optional<std::string> nextStepId;
};

// An ask is evidence that a step has lost its grip when it peaked at no more than half the
// step's rating, or when a no was predicted at 50 % or more and did not come. A step is ready
// to move up when its last two asks (no, yes or partial) are both such evidence.
constexpr int kReadyFearedNo = 50;
bool isMasteryEvidence(const Attempt& attempt, int rating);
bool isReady(const LadderStep& step, const std::vector<Attempt>& chronological);

StepProgress stepProgress(const LadderStep& step, const std::vector<Attempt>& chronological);

// Each step's progress from all the journal's attempts (oldest first); the next suggested step
// is the lowest one not yet ready.
LadderView ladderView(const Ladder& ladder, const std::vector<Attempt>& allChronological);

} // namespace askanyway::core
