#pragma once

#include <functional>
#include <vector>

namespace askanyway::core {

class Database;

// One step of the schema's history. Steps are never edited once released: a change to the
// schema is a new step, so every journal in the wild has a path to the newest version.
struct Migration
{
    int version;
    const char* sql;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Our SQLite application_id ('AskA'), set by the first step, so a foreign SQLite file is
// recognised and refused rather than written into.
constexpr int kApplicationId = 0x41736b41;

// Applies every step above the database's user_version, each with its version bump in one
// transaction. `beforeFirstStep` runs once before anything changes (the journal's backup).
void migrate(Database& db, const std::function<void(int fromVersion)>& beforeFirstStep = {});

} // namespace askanyway::core
