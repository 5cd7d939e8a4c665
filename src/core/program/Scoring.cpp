#include "program/Scoring.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace askanyway::core {
namespace {

std::string normalised(const std::string& nickname)
{
    std::string out;
    for (char c : nickname)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto first = out.find_first_not_of(" \t");
    const auto last = out.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
}

int levelStart(int level)
{
    return 25 * level * (level - 1);
}

} // namespace

std::vector<int> pointsPerAttempt(const std::vector<Attempt>& chronological)
{
    std::vector<int> points;
    std::set<std::string> saidNo;
    for (const Attempt& a : chronological) {
        int p = 0;
        const bool asked = a.outcome && *a.outcome != Outcome::Avoided;
        const bool repeat = a.person && saidNo.count(normalised(*a.person));
        if (asked && !repeat) {
            p = kPointsPerDifficulty * a.difficulty;
            if (*a.outcome == Outcome::No && a.acceptedGracefully == true)
                p += kGracefulNoBonus;
        }
        if (a.person && a.outcome == Outcome::No)
            saidNo.insert(normalised(*a.person));
        points.push_back(p);
    }
    return points;
}

int totalPoints(const std::vector<Attempt>& chronological)
{
    const auto points = pointsPerAttempt(chronological);
    int total = 0;
    for (int p : points)
        total += p;
    return total;
}

Level levelFor(int points)
{
    int level = 1;
    while (levelStart(level + 1) <= points)
        ++level;
    return {level, points, levelStart(level), levelStart(level + 1)};
}

} // namespace askanyway::core
