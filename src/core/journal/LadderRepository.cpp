#include "journal/LadderRepository.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "common/Validation.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace askanyway::core {

std::string LadderRepository::add(Ladder ladder)
{
    validateLadder(ladder);
    if (ladder.id.empty())
        ladder.id = newUuid();
    if (exists(ladder.id))
        throw ValidationError("id", "a ladder with id " + ladder.id + " is already stored");
    for (std::size_t i = 0; i < ladder.steps.size(); ++i) {
        auto& step = ladder.steps[i];
        if (step.id.empty())
            step.id = newUuid();
        else if (stepExists(step.id))
            throw ValidationError("steps[" + std::to_string(i) + "].id",
                                  "a ladder step with id " + step.id + " is already stored");
    }
    const Timestamp created =
        ladder.createdAt.empty() ? m_clock.now() : *parseTimestamp(ladder.createdAt);

    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO ladders (id, name, created_at) VALUES (?,?,?)");
    st.bind(1, ladder.id).bind(2, ladder.name).bind(3, formatTimestamp(created)).run();
    for (std::size_t i = 0; i < ladder.steps.size(); ++i)
        insertStep(ladder.id, ladder.steps[i], static_cast<std::int64_t>(i));
    tx.commit();
    return ladder.id;
}

void LadderRepository::insertStep(const std::string& ladderId, const LadderStep& step,
                                  std::int64_t position)
{
    auto st = m_db.prepare(
        "INSERT INTO ladder_steps (id, ladder_id, position, text, rating) VALUES (?,?,?,?,?)");
    st.bind(1, step.id).bind(2, ladderId).bind(3, position).bind(4, step.text);
    st.bind(5, step.rating).run();
}

void LadderRepository::rename(const std::string& id, const std::string& name)
{
    requireText("name", name, kMaxLabelBytes);
    Transaction tx(m_db);
    auto st = m_db.prepare("UPDATE ladders SET name = ? WHERE id = ?");
    st.bind(1, name).bind(2, id).run();
    if (m_db.changes() == 0)
        throw ValidationError("id", "no ladder has id \"" + id + "\"");
    tx.commit();
}

bool LadderRepository::remove(const std::string& id)
{
    Transaction tx(m_db);
    auto st = m_db.prepare("DELETE FROM ladders WHERE id = ?");
    st.bind(1, id).run();
    const bool removed = m_db.changes() > 0;
    tx.commit();
    return removed;
}

std::string LadderRepository::addStep(const std::string& ladderId, LadderStep step)
{
    validateLadderStep(step);
    const auto ladder = find(ladderId);
    if (!ladder)
        throw ValidationError("ladder_id", "no ladder has id \"" + ladderId + "\"");
    if (step.id.empty())
        step.id = newUuid();
    // Just above the highest-placed step rated at or below it; at the bottom if there is none.
    std::size_t at = 0;
    for (std::size_t i = 0; i < ladder->steps.size(); ++i)
        if (ladder->steps[i].rating <= step.rating)
            at = i + 1;
    std::vector<std::string> order;
    for (const LadderStep& existing : ladder->steps)
        order.push_back(existing.id);
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), step.id);

    Transaction tx(m_db);
    insertStep(ladderId, step, static_cast<std::int64_t>(ladder->steps.size()));
    writeOrder(order);
    tx.commit();
    return step.id;
}

void LadderRepository::writeOrder(const std::vector<std::string>& stepIds)
{
    auto st = m_db.prepare("UPDATE ladder_steps SET position = ? WHERE id = ?");
    for (std::size_t i = 0; i < stepIds.size(); ++i) {
        st.reset();
        st.bind(1, static_cast<std::int64_t>(i)).bind(2, stepIds[i]).run();
    }
}

std::optional<std::string> LadderRepository::ladderOf(const std::string& stepId) const
{
    auto st = m_db.prepare("SELECT ladder_id FROM ladder_steps WHERE id = ?");
    st.bind(1, stepId);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void LadderRepository::editStep(const std::string& stepId, const std::optional<std::string>& text,
                                const std::optional<int>& rating)
{
    const auto ladderId = ladderOf(stepId);
    if (!ladderId)
        throw ValidationError("id", "no ladder step has id \"" + stepId + "\"");
    LadderStep step;
    const auto ladder = find(*ladderId);
    for (const LadderStep& s : ladder->steps)
        if (s.id == stepId)
            step = s;
    if (text)
        step.text = *text;
    if (rating)
        step.rating = *rating;
    validateLadderStep(step);
    Transaction tx(m_db);
    auto st = m_db.prepare("UPDATE ladder_steps SET text = ?, rating = ? WHERE id = ?");
    st.bind(1, step.text).bind(2, step.rating).bind(3, stepId).run();
    tx.commit();
}

void LadderRepository::moveStep(const std::string& stepId, int position)
{
    const auto ladderId = ladderOf(stepId);
    if (!ladderId)
        throw ValidationError("id", "no ladder step has id \"" + stepId + "\"");
    std::vector<std::string> order;
    const auto ladder = find(*ladderId);
    for (const LadderStep& s : ladder->steps)
        if (s.id != stepId)
            order.push_back(s.id);
    requireRange("position", position, 0, static_cast<long long>(order.size()));
    order.insert(order.begin() + position, stepId);
    Transaction tx(m_db);
    writeOrder(order);
    tx.commit();
}

std::vector<std::string> LadderRepository::attemptsOf(const std::string& stepId) const
{
    auto st = m_db.prepare("SELECT id FROM attempts WHERE step_id = ? ORDER BY at_epoch, rowid");
    st.bind(1, stepId);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

void LadderRepository::relink(const std::string& stepId, const std::vector<std::string>& attemptIds)
{
    auto st = m_db.prepare("UPDATE attempts SET step_id = ? WHERE id = ? AND step_id IS NULL");
    for (const std::string& id : attemptIds) {
        st.reset();
        st.bind(1, stepId).bind(2, id).run();
    }
}

DeletedStep LadderRepository::removeStep(const std::string& stepId)
{
    const auto ladderId = ladderOf(stepId);
    if (!ladderId)
        throw ValidationError("id", "no ladder step has id \"" + stepId + "\"");
    const auto ladder = find(*ladderId);
    DeletedStep deleted{*ladderId, 0, {}, attemptsOf(stepId)};
    std::vector<std::string> order;
    for (std::size_t i = 0; i < ladder->steps.size(); ++i) {
        if (ladder->steps[i].id == stepId) {
            deleted.step = ladder->steps[i];
            deleted.position = static_cast<int>(i);
        } else {
            order.push_back(ladder->steps[i].id);
        }
    }
    Transaction tx(m_db);
    auto st = m_db.prepare("DELETE FROM ladder_steps WHERE id = ?");
    st.bind(1, stepId).run();
    writeOrder(order);
    tx.commit();
    return deleted;
}

void LadderRepository::restoreStep(const DeletedStep& deleted)
{
    const auto ladder = find(deleted.ladderId);
    if (!ladder)
        throw ValidationError("ladder_id", "no ladder has id \"" + deleted.ladderId + "\"");
    std::vector<std::string> order;
    for (const LadderStep& s : ladder->steps)
        order.push_back(s.id);
    const auto at = std::min<std::size_t>(static_cast<std::size_t>(std::max(0, deleted.position)), order.size());
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), deleted.step.id);
    Transaction tx(m_db);
    insertStep(deleted.ladderId, deleted.step, static_cast<std::int64_t>(order.size()));
    writeOrder(order);
    relink(deleted.step.id, deleted.attemptIds);
    tx.commit();
}

std::optional<DeletedLadder> LadderRepository::removeForUndo(const std::string& id)
{
    const auto ladder = find(id);
    if (!ladder)
        return std::nullopt;
    DeletedLadder deleted{*ladder, {}};
    for (std::size_t i = 0; i < ladder->steps.size(); ++i)
        deleted.steps.push_back({id, static_cast<int>(i), ladder->steps[i], attemptsOf(ladder->steps[i].id)});
    remove(id);
    return deleted;
}

void LadderRepository::restore(const DeletedLadder& deleted)
{
    Transaction tx(m_db);
    add(deleted.ladder);
    for (const DeletedStep& step : deleted.steps)
        relink(step.step.id, step.attemptIds);
    tx.commit();
}

std::optional<Ladder> LadderRepository::find(const std::string& id) const
{
    auto st = m_db.prepare("SELECT id, name, created_at FROM ladders WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Ladder ladder{st.text(0), st.text(1), st.text(2), {}};
    auto steps = m_db.prepare(
        "SELECT id, text, rating FROM ladder_steps WHERE ladder_id = ? ORDER BY position");
    steps.bind(1, id);
    while (steps.step())
        ladder.steps.push_back({steps.text(0), steps.text(1), static_cast<int>(steps.integer(2))});
    return ladder;
}

bool LadderRepository::exists(const std::string& id) const
{
    auto st = m_db.prepare("SELECT 1 FROM ladders WHERE id = ?");
    st.bind(1, id);
    return st.step();
}

bool LadderRepository::stepExists(const std::string& stepId) const
{
    auto st = m_db.prepare("SELECT 1 FROM ladder_steps WHERE id = ?");
    st.bind(1, stepId);
    return st.step();
}

std::vector<Ladder> LadderRepository::list() const
{
    auto st = m_db.prepare("SELECT id FROM ladders ORDER BY created_at, id");
    std::vector<Ladder> out;
    while (st.step())
        out.push_back(*find(st.text(0)));
    return out;
}

} // namespace askanyway::core
