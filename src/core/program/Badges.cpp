#include "program/Badges.h"

namespace askanyway::core {

std::vector<Badge> badges(const BadgeInputs& in)
{
    return {
        {"first-ask", "First ask", "You asked for something, whatever the answer.", in.asks >= 1},
        {"first-no", "First no survived", "Someone said no, and you are still here.", in.noSurvived >= 1},
        {"first-thought-record", "First thought record", "You questioned a thought instead of obeying it.",
         in.thoughtRecords >= 1},
        {"ten-nos", "10 no's survived", "Ten answers that did not break you.", in.noSurvived >= 10},
        {"week-streak", "7-day streak", "Seven days of practice in a row (rest days allowed).",
         in.longestStreak >= 7},
        {"program-complete", "7-day challenge completed", "All seven days, from small favours to dating asks.",
         in.completedRuns >= 1},
        {"fifty-nos", "50 no's survived", "Fifty times the forecast said disaster and life went on.",
         in.noSurvived >= 50},
    };
}

} // namespace askanyway::core
