#pragma once

#include "journal/Ladder.h"

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

class Clock;
class Database;

// What a deletion took away, so undo can put it back exactly: the rung's place and the
// attempts that were linked to it.
struct DeletedStep
{
    std::string ladderId;
    int position = 0;
    LadderStep step;
    std::vector<std::string> attemptIds;
};

struct DeletedLadder
{
    Ladder ladder;
    std::vector<DeletedStep> steps;
};

class LadderRepository
{
public:
    LadderRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Stores a ladder with its steps in one transaction and returns its id. Given ids are kept.
    std::string add(Ladder ladder);
    void rename(const std::string& id, const std::string& name);
    // Deletes the ladder and its steps; attempts that were linked keep everything but the link.
    bool remove(const std::string& id);
    // The same, returning what undo needs; nothing if there was no such ladder.
    std::optional<DeletedLadder> removeForUndo(const std::string& id);
    void restore(const DeletedLadder& deleted);
    // Adds a step where its rating puts it (just above the highest-placed step rated at or
    // below it, so steps the user moved stay where they are) and returns the step's id.
    std::string addStep(const std::string& ladderId, LadderStep step);
    // Changes a step's text and/or rating; its place on the ladder stays as the user left it.
    void editStep(const std::string& stepId, const std::optional<std::string>& text,
                  const std::optional<int>& rating);
    // Moves a step to `position` (0 = the lowest rung); the others close up around it.
    void moveStep(const std::string& stepId, int position);
    // Deletes a step; its attempts keep everything but the link. Returns what undo needs.
    DeletedStep removeStep(const std::string& stepId);
    // Puts a deleted step back at its place, with its attempts linked again.
    void restoreStep(const DeletedStep& deleted);
    // The ladder a step belongs to.
    std::optional<std::string> ladderOf(const std::string& stepId) const;

    std::optional<Ladder> find(const std::string& id) const;
    bool exists(const std::string& id) const;
    bool stepExists(const std::string& stepId) const;
    // Oldest first.
    std::vector<Ladder> list() const;

private:
    void insertStep(const std::string& ladderId, const LadderStep& step, std::int64_t position);
    void writeOrder(const std::vector<std::string>& stepIds);
    std::vector<std::string> attemptsOf(const std::string& stepId) const;
    void relink(const std::string& stepId, const std::vector<std::string>& attemptIds);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace askanyway::core
