#include "program/Reminder.h"

namespace askanyway::core {

bool reminderDue(const Timestamp& now, const ReminderState& state)
{
    const std::string local = formatTimestamp(now); // YYYY-MM-DDTHH:MM:SS±HH:MM
    const std::string today = local.substr(0, 10);
    const int minute = std::stoi(local.substr(11, 2)) * 60 + std::stoi(local.substr(14, 2));
    return minute >= state.minuteOfDay && !state.practisedOrRestingToday && state.lastRemindedOn != today;
}

} // namespace askanyway::core
