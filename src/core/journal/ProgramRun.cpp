#include "journal/ProgramRun.h"

#include "common/Validation.h"

namespace askanyway::core {

std::string_view toString(RunEnd end)
{
    return end == RunEnd::Completed ? "completed" : "restarted";
}

std::optional<RunEnd> parseRunEnd(std::string_view text)
{
    if (text == "completed")
        return RunEnd::Completed;
    if (text == "restarted")
        return RunEnd::Restarted;
    return std::nullopt;
}

void validateProgramRun(const ProgramRun& run)
{
    if (!run.id.empty())
        requireUuid("id", run.id);
    if (!run.startedAt.empty())
        requireTimestamp("started_at", run.startedAt);
    if (run.endedAt.has_value() != run.endReason.has_value())
        throw ValidationError("end_reason", "must be given exactly when ended_at is");
    if (run.endedAt)
        requireTimestamp("ended_at", *run.endedAt);
}

} // namespace askanyway::core
