#pragma once

#include "journal/Attempt.h"

#include <vector>

namespace askanyway::core {

// Points reward asking, never the answer: every no, yes or partial earns 10 per difficulty
// level; a no accepted gracefully earns a bonus; an avoided attempt or a plan earns nothing; and
// an ask to someone who had already said no earns nothing, ever.
constexpr int kPointsPerDifficulty = 10;
constexpr int kGracefulNoBonus = 10;

// Points for each attempt of `chronological` (oldest first), in the same order.
std::vector<int> pointsPerAttempt(const std::vector<Attempt>& chronological);
int totalPoints(const std::vector<Attempt>& chronological);

struct Level
{
    int level = 1;
    int points = 0;
    int floor = 0;  // points at which this level began
    int nextAt = 0; // points at which the next level begins
};

// Level L starts at 25·L·(L−1) points: 0, 50, 150, 300, 500… each a little further away.
Level levelFor(int points);

} // namespace askanyway::core
