#pragma once

#include "journal/Attempt.h"
#include "journal/ProgramRun.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

// The 7-day challenge: which asks each day holds, in the order of the program it is built on.
struct ProgramDay
{
    int number; // 1-7
    std::string tier;
    std::vector<std::string> challengeIds;
};

const std::vector<ProgramDay>& sevenDayProgram();

enum class DayState { Done, Open, Locked };

struct TaskState
{
    std::string challengeId;
    bool done = false;
    std::optional<std::string> doneOn; // local date of the first no, yes or partial
    int attempts = 0;                  // every attempt at it in this run, avoided ones too
};

struct DayStatus
{
    int number = 0;
    std::string tier;
    DayState state = DayState::Locked;
    std::optional<std::string> opensOn; // known once the day before is done
    std::optional<std::string> doneOn;
    std::vector<TaskState> tasks;
};

struct ProgramStatus
{
    ProgramRun run;
    std::vector<DayStatus> days;
    bool completed = false;
    std::optional<std::string> completedOn;
    // The day the user is on: the open day; or, when the next day has not opened yet (or the
    // run is complete), the day finished last.
    int currentDay = 1;
};

// Where a run stands, from the attempts logged since it started (oldest first) and today's
// local date (days since the epoch).
//
// The rules: a task is done by its first attempt with outcome no, yes or partial (an avoided
// attempt is honest data but completes nothing). A day is done when all its tasks are, on the
// later of the day it opened and the day its last task was done. Day 1 opens on the run's start
// date; each next day opens on the calendar day after the previous one was done, never the same
// day, so the program paces the user.
ProgramStatus programStatus(const ProgramRun& run, const std::vector<Attempt>& attempts,
                            std::int64_t today);

bool countsAsAsked(const Attempt& attempt);

} // namespace askanyway::core
