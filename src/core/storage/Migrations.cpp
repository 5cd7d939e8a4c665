#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <string>

namespace askanyway::core {
namespace {

// Version 1: the attempt journal.
const char* const kVersion1 = R"sql(
PRAGMA application_id = 1098083137;
CREATE TABLE attempts (
    id                  TEXT PRIMARY KEY NOT NULL,
    at                  TEXT NOT NULL,
    at_epoch            INTEGER NOT NULL,
    challenge_id        TEXT,
    category            TEXT,
    title               TEXT NOT NULL CHECK (length(title) > 0),
    difficulty          INTEGER NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
    expectation         TEXT NOT NULL DEFAULT '',
    no_likelihood       INTEGER NOT NULL CHECK (no_likelihood BETWEEN 0 AND 100),
    predicted_anxiety   INTEGER NOT NULL CHECK (predicted_anxiety BETWEEN 0 AND 10),
    worst_outcome       TEXT NOT NULL DEFAULT '',
    outcome             TEXT CHECK (outcome IN ('no', 'yes', 'partial', 'avoided')),
    anxiety_before      INTEGER CHECK (anxiety_before BETWEEN 0 AND 10),
    anxiety_peak        INTEGER CHECK (anxiety_peak BETWEEN 0 AND 10),
    anxiety_after       INTEGER CHECK (anxiety_after BETWEEN 0 AND 10),
    recovery_minutes    INTEGER CHECK (recovery_minutes >= 0),
    reflection_predicted TEXT NOT NULL DEFAULT '',
    reflection_happened TEXT NOT NULL DEFAULT '',
    reflection_felt     TEXT NOT NULL DEFAULT '',
    reflection_learned  TEXT NOT NULL DEFAULT '',
    accepted_gracefully INTEGER CHECK (accepted_gracefully IN (0, 1)),
    person              TEXT
);
CREATE INDEX attempts_by_time ON attempts (at_epoch);
CREATE TABLE attempt_tags (
    attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    tag        TEXT NOT NULL,
    PRIMARY KEY (attempt_id, position)
);
)sql";

// Version 2: fear ladders, thought records and 7-day program runs.
const char* const kVersion2 = R"sql(
CREATE TABLE ladders (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(name) > 0),
    created_at TEXT NOT NULL
);
CREATE TABLE ladder_steps (
    id        TEXT PRIMARY KEY NOT NULL,
    ladder_id TEXT NOT NULL REFERENCES ladders (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL CHECK (length(text) > 0),
    rating    INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10)
);
CREATE INDEX ladder_steps_by_ladder ON ladder_steps (ladder_id, position);
ALTER TABLE attempts ADD COLUMN step_id TEXT REFERENCES ladder_steps (id) ON DELETE SET NULL;
CREATE INDEX attempts_by_step ON attempts (step_id);

CREATE TABLE thought_records (
    id                TEXT PRIMARY KEY NOT NULL,
    at                TEXT NOT NULL,
    at_epoch          INTEGER NOT NULL,
    attempt_id        TEXT REFERENCES attempts (id) ON DELETE SET NULL,
    situation         TEXT NOT NULL,
    automatic_thought TEXT NOT NULL CHECK (length(automatic_thought) > 0),
    belief            INTEGER NOT NULL CHECK (belief BETWEEN 0 AND 100),
    evidence_for      TEXT NOT NULL DEFAULT '',
    evidence_against  TEXT NOT NULL DEFAULT '',
    balanced_thought  TEXT NOT NULL DEFAULT '',
    balanced_belief   INTEGER CHECK (balanced_belief BETWEEN 0 AND 100)
);
CREATE TABLE thought_emotions (
    record_id TEXT NOT NULL REFERENCES thought_records (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 100),
    rerated   INTEGER CHECK (rerated BETWEEN 0 AND 100),
    PRIMARY KEY (record_id, position)
);
CREATE TABLE thought_distortions (
    record_id TEXT NOT NULL REFERENCES thought_records (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (record_id, position)
);

CREATE TABLE program_runs (
    id         TEXT PRIMARY KEY NOT NULL,
    started_at TEXT NOT NULL,
    ended_at   TEXT,
    end_reason TEXT CHECK (end_reason IN ('completed', 'restarted'))
);
)sql";

// Version 3: the practice engine's own data: user challenges, rest days and the pledge.
const char* const kVersion3 = R"sql(
CREATE TABLE custom_challenges (
    id         TEXT PRIMARY KEY NOT NULL,
    title      TEXT NOT NULL CHECK (length(title) > 0),
    how_to     TEXT NOT NULL DEFAULT '',
    category   TEXT NOT NULL,
    difficulty INTEGER NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
    created_at TEXT NOT NULL
);
CREATE TABLE rest_days (
    date TEXT PRIMARY KEY NOT NULL CHECK (length(date) = 10)
);
CREATE TABLE pledge (
    accepted_at TEXT NOT NULL
);
CREATE INDEX attempts_by_person ON attempts (lower(trim(person))) WHERE person IS NOT NULL;
)sql";

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = {{1, kVersion1}, {2, kVersion2}, {3, kVersion3}};
    return steps;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

void migrate(Database& db, const std::function<void(int)>& beforeFirstStep)
{
    const int current = db.userVersion();
    bool first = true;
    for (const Migration& step : migrations()) {
        if (step.version <= current)
            continue;
        if (first && beforeFirstStep)
            beforeFirstStep(current);
        first = false;
        Transaction tx(db);
        db.exec(step.sql);
        db.setUserVersion(step.version);
        tx.commit();
    }
}

} // namespace askanyway::core
