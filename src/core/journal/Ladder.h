#pragma once

#include <string>
#include <vector>

namespace askanyway::core {

struct LadderStep
{
    std::string id; // UUID; empty until stored
    std::string text;
    int rating = 5; // expected anxiety, 0-10

    friend bool operator==(const LadderStep&, const LadderStep&) = default;
};

// The user's own exposure hierarchy. Steps are kept in the order the user gave them.
struct Ladder
{
    std::string id; // UUID; empty until stored
    std::string name;
    std::string createdAt; // ISO 8601 with offset; empty means "now" when stored
    std::vector<LadderStep> steps;

    friend bool operator==(const Ladder&, const Ladder&) = default;
};

// Throws ValidationError naming the field ("steps[2].rating: must be 0-10, got 11").
void validateLadder(const Ladder& ladder);
void validateLadderStep(const LadderStep& step);

} // namespace askanyway::core
