#pragma once

#include "journal/Attempt.h"
#include "program/Adaptive.h"
#include "program/Badges.h"
#include "program/ChallengeCatalog.h"
#include "program/Scoring.h"
#include "program/SevenDayProgram.h"

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

class Clock;
class Database;

struct Progress
{
    int points = 0;
    Level level;
    int currentStreak = 0;
    int longestStreak = 0;
    std::vector<Badge> badges;
};

// An attempt as it was before it was deleted, with what pointed at it, so undo is exact.
struct DeletedAttempt
{
    Attempt attempt;
    std::vector<std::string> thoughtRecordIds;
};

struct TodayTask
{
    Challenge challenge;
    bool done = false;
    int attempts = 0;
};

// What the Today page and `askanyway-cli today` show, decided here so both show the same.
struct TodayView
{
    std::optional<ProgramStatus> program; // the running 7-day challenge, if any
    std::vector<TodayTask> tasks;         // the tasks of program->currentDay
    std::vector<Suggestion> suggestions;
    Progress progress;
    bool pledgeAccepted = false;
};

// The practice engine over one journal: logging under the ethics rules, the 7-day program,
// adaptive suggestions, points, streaks and badges. Everything is derived from the journal on
// request; nothing here keeps a second copy that could drift.
class Practice
{
public:
    Practice(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The library with the user's own challenges added.
    ChallengeCatalog catalog() const;

    // Fills an attempt from its challenge (difficulty, category, and the title if empty).
    // Throws ValidationError("challenge_id") for an unknown challenge.
    Attempt resolve(Attempt attempt) const;
    // Resolve, apply the ethics guard, store. Returns the id.
    std::string logAttempt(Attempt attempt);
    void updateAttempt(Attempt attempt);

    // Deletes an attempt; thought records that pointed at it lose the link until restore().
    std::optional<DeletedAttempt> deleteAttempt(const std::string& id);
    // Puts a deleted attempt back exactly, links included, in one transaction.
    void restoreAttempt(const DeletedAttempt& deleted);

    std::string addChallenge(Challenge challenge);

    // Starts a new run of the 7-day challenge. A running one ends first: as "completed" if all
    // its days are done, as "restarted" otherwise. Both stay in history.
    ProgramRun startProgram();
    std::optional<ProgramStatus> activeStatus() const;
    // Every run, oldest first, with where it stands or stood.
    std::vector<ProgramStatus> history() const;
    std::vector<ProgramStatus> history(const std::vector<Attempt>& allSummaries) const;

    Progress progress() const;
    TodayView today() const;
    // The same, reusing a progress computed a moment ago (the window shows it in two places).
    TodayView today(const Progress& progress) const;

    bool markRestDay(const std::string& date);
    bool pledgeAccepted() const;
    void acceptPledge();

private:
    std::int64_t today_() const;
    ProgramStatus statusOf(const ProgramRun& run, const std::vector<Attempt>& all) const;

    Database& m_db;
    const Clock& m_clock;
};

// The attempts logged while a run was going (oldest first).
std::vector<Attempt> attemptsDuring(const ProgramRun& run, const std::vector<Attempt>& all);

} // namespace askanyway::core
