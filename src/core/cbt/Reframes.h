#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace askanyway::core {

// A common rejection belief and a kinder, truer way to see it (resources/reframes.json).
struct Reframe
{
    std::string id;
    std::string belief;
    std::vector<std::string> phrases; // normalised: what the belief sounds like in a thought
    std::string reframe;
};

const std::vector<Reframe>& reframes();

// The reframes whose belief the automatic thought voices, in the resource's order. Matching
// ignores case, apostrophes and punctuation, so "I can't handle this!" finds "can't handle".
std::vector<Reframe> matchingReframes(std::string_view thought);

// Lower case, apostrophes dropped, other punctuation as spaces, spaces collapsed.
std::string normaliseForMatching(std::string_view text);

} // namespace askanyway::core
