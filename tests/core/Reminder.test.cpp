#include "program/Reminder.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;

TEST_CASE("the daily reminder comes once, at its time, on a day without practice", "[reminder]")
{
    const auto at = [](const char* t) { return *parseTimestamp(t); };
    ReminderState s{18 * 60, false, std::nullopt};
    CHECK_FALSE(reminderDue(at("2026-03-14T17:59:00+01:00"), s));
    CHECK(reminderDue(at("2026-03-14T18:00:00+01:00"), s));
    CHECK(reminderDue(at("2026-03-14T23:30:00+01:00"), s));
    // The user's local time decides, not UTC: 18:30 in New York is 23:30 UTC.
    CHECK(reminderDue(at("2026-03-14T18:30:00-05:00"), s));
    CHECK_FALSE(reminderDue(at("2026-03-14T12:30:00-05:00"), s));
    s.lastRemindedOn = "2026-03-14";
    CHECK_FALSE(reminderDue(at("2026-03-14T19:00:00+01:00"), s)); // once a day
    CHECK(reminderDue(at("2026-03-15T19:00:00+01:00"), s));
    s.lastRemindedOn.reset();
    s.practisedOrRestingToday = true;
    CHECK_FALSE(reminderDue(at("2026-03-14T19:00:00+01:00"), s)); // nothing to remind of
}
