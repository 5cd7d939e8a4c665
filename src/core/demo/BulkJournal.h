#pragma once

#include <string>

namespace askanyway::core {

class Database;

// Writes `count` plausible attempts spread over the three years before `lastDate`, in one
// transaction and with plain prepared inserts (no per-attempt validation), for benchmarks and
// for tests of long histories. Deterministic for a given seed.
void fillBulkJournal(Database& db, int count, const std::string& lastDate, unsigned seed = 7);

} // namespace askanyway::core
