#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace askanyway::core {

enum class RunEnd { Completed, Restarted };

std::string_view toString(RunEnd end);
std::optional<RunEnd> parseRunEnd(std::string_view text);

// One pass through the 7-day challenge. A run stays in history when it ends.
struct ProgramRun
{
    std::string id;        // UUID; empty until stored
    std::string startedAt; // ISO 8601 with offset; empty means "now" when stored
    std::optional<std::string> endedAt;
    std::optional<RunEnd> endReason;

    bool isActive() const { return !endedAt.has_value(); }

    friend bool operator==(const ProgramRun&, const ProgramRun&) = default;
};

void validateProgramRun(const ProgramRun& run);

} // namespace askanyway::core
