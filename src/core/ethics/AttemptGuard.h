#pragma once

namespace askanyway::core {

struct Attempt;
class Clock;
class Database;

// The practice's ethics, applied before an attempt is planned, logged or edited:
// - difficulty 4 and 5 stay closed until the pledge is accepted;
// - an ask to a nickname that already said no is refused, with the rule stated.
// Throws ValidationError naming "difficulty" or "person". Imports of past history bypass it.
void checkAttemptAllowed(Database& db, const Clock& clock, const Attempt& attempt);

} // namespace askanyway::core
