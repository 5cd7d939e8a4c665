#pragma once

#include "program/Practice.h"

#include <nlohmann/json.hpp>

namespace askanyway::cli {

// The JSON shapes `today`, `program status`, `challenges` and `stats` print. They are the CLI's
// promise to scripts, so they live in one place.
nlohmann::json challengeJson(const core::Challenge& challenge);
nlohmann::json programJson(const core::ProgramStatus& status, const core::ChallengeCatalog& catalog);
nlohmann::json todayJson(const core::TodayView& today);
nlohmann::json progressJson(const core::Progress& progress);

} // namespace askanyway::cli
