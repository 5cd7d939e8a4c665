#include "progress/Forecast.h"

namespace askanyway::core {

std::optional<Forecast> lastForecast(const std::vector<Attempt>& chronological)
{
    for (auto it = chronological.rbegin(); it != chronological.rend(); ++it)
        if (it->outcome && *it->outcome != Outcome::Avoided && it->anxiety.peak)
            return Forecast{it->prediction.anxiety, *it->anxiety.peak};
    return std::nullopt;
}

AnxietyBand anxietyBand(int anxiety)
{
    if (anxiety <= 3)
        return AnxietyBand::Calm;
    if (anxiety <= 7)
        return AnxietyBand::Practice;
    return AnxietyBand::High;
}

} // namespace askanyway::core
