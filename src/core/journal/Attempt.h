#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace askanyway::core {

enum class Outcome { No, Yes, Partial, Avoided };

std::string_view toString(Outcome outcome);
std::optional<Outcome> parseOutcome(std::string_view text);

// What the user expected before asking.
struct Prediction
{
    std::string expectation;
    int noLikelihood = 50; // percent, 0-100
    int anxiety = 5;       // 0-10
    std::string worstOutcome;

    friend bool operator==(const Prediction&, const Prediction&) = default;
};

struct AnxietyRatings
{
    std::optional<int> before; // each 0-10
    std::optional<int> peak;
    std::optional<int> after;

    friend bool operator==(const AnxietyRatings&, const AnxietyRatings&) = default;
};

struct Reflection
{
    std::string predicted;
    std::string happened;
    std::string felt;
    std::string learned;

    friend bool operator==(const Reflection&, const Reflection&) = default;
};

// One ask in the real world. Without an outcome it is a plan: saved before going out and
// completed afterwards.
struct Attempt
{
    std::string id; // UUID; empty until stored
    std::string at; // ISO 8601 with offset; empty means "now" when stored
    std::optional<std::string> challengeId;
    std::optional<std::string> stepId;
    std::optional<std::string> category;
    std::string title;
    int difficulty = 1; // 1-5
    Prediction prediction;
    std::optional<Outcome> outcome;
    AnxietyRatings anxiety;
    std::optional<int> recoveryMinutes;
    Reflection reflection;
    std::optional<bool> acceptedGracefully;
    std::optional<std::string> person; // a private nickname, never a real name
    std::vector<std::string> tags;

    bool isPlan() const { return !outcome.has_value(); }

    friend bool operator==(const Attempt&, const Attempt&) = default;
};

} // namespace askanyway::core
