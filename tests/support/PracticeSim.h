#pragma once

#include "common/Clock.h"
#include "program/Practice.h"
#include "storage/Journal.h"

#include "TempDir.h"

#include <string>

namespace askanyway::test {

// A journal on disk, a clock the test moves, and the practice engine over both: a user's days
// compressed into a test. Times are given as local ISO 8601 with their offset.
struct PracticeSim
{
    TempDir dir;
    core::FixedClock clock;
    core::Journal journal;
    core::Practice practice;

    explicit PracticeSim(const std::string& start)
        : clock(*core::parseTimestamp(start)), journal(core::Journal::open(dir / "j.sqlite", clock)),
          practice(journal.database(), clock)
    {
    }

    void at(const std::string& when) { clock.set(*core::parseTimestamp(when)); }

    // Logs an attempt at the clock's time for a library challenge.
    std::string log(const std::string& challenge, std::optional<core::Outcome> outcome, int predicted = 5,
                    std::optional<int> peak = 5)
    {
        core::Attempt a;
        a.challengeId = challenge;
        a.outcome = outcome;
        a.prediction.anxiety = predicted;
        if (outcome && *outcome != core::Outcome::Avoided)
            a.anxiety = {peak, peak, 2};
        return practice.logAttempt(a);
    }

    core::TodayView today() const { return practice.today(); }
};

} // namespace askanyway::test
