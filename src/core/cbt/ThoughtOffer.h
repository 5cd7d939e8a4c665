#pragma once

#include "journal/ThoughtRecord.h"

#include <optional>

namespace askanyway::core {

struct Attempt;

// After a no that hurt (peak anxiety at or above this), the app offers a thought record.
constexpr int kPainfulPeak = 7;

// The thought record to offer after `attempt`, prefilled from it (the situation from the ask,
// the automatic thought from the feared outcome, linked to the attempt); nothing when the
// attempt was not a painful no.
std::optional<ThoughtRecord> thoughtRecordOffer(const Attempt& attempt);

} // namespace askanyway::core
