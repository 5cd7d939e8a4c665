#pragma once

#include "journal/Attempt.h"

#include <optional>
#include <vector>

namespace askanyway::core {

// The brain's forecast against the felt peak for one attempt.
struct Forecast
{
    int predicted = 0;
    int felt = 0;
    int error() const { return predicted - felt; } // positive: the forecast was too high
};

// The most recent completed ask that recorded a peak (oldest-first input), for "Last time you
// predicted 8/10 and felt 5/10".
std::optional<Forecast> lastForecast(const std::vector<Attempt>& chronological);

// Bands of the 0-10 scale: calm (0-3), the practice zone (4-7), high (8-10).
enum class AnxietyBand { Calm, Practice, High };
AnxietyBand anxietyBand(int anxiety);

} // namespace askanyway::core
