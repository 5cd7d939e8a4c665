#pragma once

#include "journal/Attempt.h"

namespace askanyway::test {

// A complete, valid attempt: a no that was accepted gracefully, with every field filled.
inline core::Attempt sampleAttempt(const std::string& title = "Asked a barista for 5 % off")
{
    core::Attempt a;
    a.at = "2026-03-14T18:30:00+01:00";
    a.challengeId = "discount-coffee";
    a.category = "favours";
    a.title = title;
    a.difficulty = 2;
    a.prediction = {"They will laugh at me", 80, 7, "A queue of people staring"};
    a.outcome = core::Outcome::No;
    a.anxiety = {6, 8, 3};
    a.recoveryMinutes = 12;
    a.reflection = {"Laughter", "A friendly no, \"sorry, can't\"", "Shaky, then fine",
                    "A no is just a word"};
    a.acceptedGracefully = true;
    a.person = std::nullopt;
    a.tags = {"cafe", "morning, busy"};
    return a;
}

} // namespace askanyway::test
