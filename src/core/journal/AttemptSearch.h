#pragma once

#include "journal/Attempt.h"

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

// What the Journal page's filter bar asks for. Every part is optional; all given parts must hold.
struct AttemptSearch
{
    std::string text;                  // in the title, expectation, reflection, tags or nickname
    std::optional<Outcome> outcome;    // a specific outcome…
    bool plansOnly = false;            // …or only plans (no outcome yet)
    bool completedOnly = false;        // only attempts with an outcome
    std::optional<std::string> category;
    std::optional<std::string> fromDate; // inclusive local dates, "YYYY-MM-DD"
    std::optional<std::string> toDate;
};

bool matches(const Attempt& attempt, const AttemptSearch& search);
std::vector<Attempt> searchAttempts(const std::vector<Attempt>& attempts, const AttemptSearch& search);

} // namespace askanyway::core
