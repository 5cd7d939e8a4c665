#pragma once

#include "common/Timestamp.h"

#include <optional>
#include <string>

namespace askanyway::core {

// The optional daily reminder: due once the local time reaches the chosen time of day, only on
// a day without practice (or a marked rest day), and at most once a day.
struct ReminderState
{
    int minuteOfDay = 18 * 60;                 // local time chosen by the user
    bool practisedOrRestingToday = false;
    std::optional<std::string> lastRemindedOn; // local date
};

bool reminderDue(const Timestamp& now, const ReminderState& state);

} // namespace askanyway::core
