#pragma once

#include <string>
#include <vector>

namespace askanyway::core {

struct Badge
{
    std::string id;
    std::string name;
    std::string description;
    bool earned = false;
};

// What the badges are computed from; all of it derived from the journal.
struct BadgeInputs
{
    int asks = 0;       // attempts with outcome no, yes or partial
    int noSurvived = 0;
    int completedRuns = 0;
    int thoughtRecords = 0;
    int longestStreak = 0;
};

// Every badge, earned or still to earn, in the order they are usually reached.
std::vector<Badge> badges(const BadgeInputs& inputs);

} // namespace askanyway::core
