#pragma once

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

struct Emotion
{
    std::string name;
    int intensity = 50;         // 0-100, when the thought came
    std::optional<int> rerated; // 0-100, after the balanced thought

    friend bool operator==(const Emotion&, const Emotion&) = default;
};

// A CBT worksheet that examines one automatic thought.
struct ThoughtRecord
{
    std::string id; // UUID; empty until stored
    std::string at; // ISO 8601 with offset; empty means "now" when stored
    std::optional<std::string> attemptId;
    std::string situation;
    std::string automaticThought;
    int belief = 50; // percent, 0-100
    std::vector<Emotion> emotions;
    std::vector<std::string> distortions;
    std::string evidenceFor;
    std::string evidenceAgainst;
    std::string balancedThought;
    std::optional<int> balancedBelief; // percent, 0-100

    friend bool operator==(const ThoughtRecord&, const ThoughtRecord&) = default;
};

// Throws ValidationError naming the field ("emotions[1].intensity: must be 0-100, got 140").
void validateThoughtRecord(const ThoughtRecord& record);

} // namespace askanyway::core
