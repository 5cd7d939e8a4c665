#pragma once

#include <cstdint>
#include <vector>

namespace askanyway::core {

// Streaks of practice days, counted in local calendar days since the epoch. A rest day the
// user marked bridges a gap without counting as practice; any other day without practice ends
// the streak. Today is still open: a streak that reached yesterday is alive.

int currentStreak(const std::vector<std::int64_t>& practiceDays,
                  const std::vector<std::int64_t>& restDays, std::int64_t today);
int longestStreak(const std::vector<std::int64_t>& practiceDays,
                  const std::vector<std::int64_t>& restDays);

} // namespace askanyway::core
