#pragma once

#include "program/Practice.h"
#include "progress/Series.h"

#include <nlohmann/json.hpp>

namespace askanyway::cli {

// The JSON shapes `today`, `program status`, `challenges` and `stats` print. They are the CLI's
// promise to scripts, so they live in one place.
nlohmann::json challengeJson(const core::Challenge& challenge);
nlohmann::json programJson(const core::ProgramStatus& status, const core::ChallengeCatalog& catalog);
nlohmann::json todayJson(const core::TodayView& today);
nlohmann::json progressJson(const core::Progress& progress);
// The Progress page's weekly series and overall forecast error, numbers to two decimals.
nlohmann::json seriesJson(const core::ProgressSeries& series);

// A value, or null when there is none: the JSON spelling of std::optional.
template <typename T> nlohmann::json orNull(const std::optional<T>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace askanyway::cli
