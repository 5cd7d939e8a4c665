#pragma once

namespace askanyway::core {

class Clock;
class Database;

// Fills an empty journal with a realistic month of practice ending at the clock's now: a
// restarted run, a completed run and a run in progress, attempts of every outcome with
// reflections, a plan for later, a fear ladder with a step ready to climb, thought records,
// rest days and the pledge. Deterministic for a given now. For `askanyway --demo` and for
// screenshots; never used on the user's own journal.
void fillDemoJournal(Database& db, const Clock& clock);

} // namespace askanyway::core
