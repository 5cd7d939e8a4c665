#include "program/SevenDayProgram.h"

#include "common/Timestamp.h"

#include <algorithm>

namespace askanyway::core {

const std::vector<ProgramDay>& sevenDayProgram()
{
    static const std::vector<ProgramDay> days = {
        {1, "Everyday asks", {"favour-directions", "discount-coffee", "photo-with-dog"}},
        {2, "Everyday asks", {"favour-recommendation", "discount-ten-percent", "photo-pet-dog"}},
        {3, "Compliments and light social", {"compliment-three-strangers", "opinion-restaurant", "photo-of-you"}},
        {4, "Compliments and light social", {"compliment-style-shop", "opinion-book", "photo-retake"}},
        {5, "Romantic-adjacent, no ask", {"attraction-compliment", "attraction-recommendation", "talk-social-venue"}},
        {6, "Romantic-adjacent, no ask", {"attraction-small-talk", "attraction-eye-contact", "talk-join-group"}},
        {7, "Dating", {"apps-message-unsure", "dating-ask-number", "dating-second-date"}},
    };
    return days;
}

bool countsAsAsked(const Attempt& a)
{
    return a.outcome && *a.outcome != Outcome::Avoided;
}

ProgramStatus programStatus(const ProgramRun& run, const std::vector<Attempt>& attempts,
                            std::int64_t today)
{
    ProgramStatus status{run, {}, false, std::nullopt, 1};
    std::optional<std::int64_t> opens = parseDate(run.startedAt.substr(0, 10));
    for (const ProgramDay& def : sevenDayProgram()) {
        DayStatus day;
        day.number = def.number;
        day.tier = def.tier;
        std::optional<std::int64_t> lastTaskDone = std::int64_t{0};
        for (const std::string& id : def.challengeIds) {
            TaskState task{id, false, std::nullopt, 0};
            std::optional<std::int64_t> doneOn;
            for (const Attempt& a : attempts) {
                if (a.challengeId != id || a.isPlan())
                    continue;
                ++task.attempts;
                if (countsAsAsked(a) && !doneOn)
                    doneOn = parseDate(a.at.substr(0, 10));
            }
            if (doneOn) {
                task.done = true;
                task.doneOn = formatDate(*doneOn);
                if (lastTaskDone)
                    lastTaskDone = std::max(*lastTaskDone, *doneOn);
            } else {
                lastTaskDone.reset();
            }
            day.tasks.push_back(task);
        }
        if (opens) {
            day.opensOn = formatDate(*opens);
            if (lastTaskDone && *opens <= today) {
                const std::int64_t done = std::max(*opens, *lastTaskDone);
                day.doneOn = formatDate(done);
                day.state = DayState::Done;
                opens = done + 1;
            } else {
                day.state = *opens <= today ? DayState::Open : DayState::Locked;
                opens.reset();
            }
        }
        status.days.push_back(day);
    }

    status.completed = status.days.back().state == DayState::Done;
    if (status.completed)
        status.completedOn = status.days.back().doneOn;
    for (const DayStatus& day : status.days) {
        if (day.state == DayState::Open) {
            status.currentDay = day.number;
            break;
        }
        if (day.state == DayState::Done)
            status.currentDay = day.number;
        else
            break;
    }
    return status;
}

} // namespace askanyway::core
