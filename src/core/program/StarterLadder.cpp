#include "program/StarterLadder.h"

#include "program/ChallengeCatalog.h"
#include "program/SevenDayProgram.h"

#include <algorithm>

namespace askanyway::core {

Ladder starterLadder(const std::string& name)
{
    Ladder ladder{"", name, "", {}};
    for (int day : {1, 3, 5, 7})
        for (const std::string& id : sevenDayProgram()[static_cast<std::size_t>(day - 1)].challengeIds)
            if (const Challenge* c = ChallengeCatalog::builtIn().find(id))
                ladder.steps.push_back({"", c->title, std::min(10, 2 * c->difficulty)});
    std::stable_sort(ladder.steps.begin(), ladder.steps.end(),
                     [](const LadderStep& a, const LadderStep& b) { return a.rating < b.rating; });
    return ladder;
}

} // namespace askanyway::core
