#include "journal/AttemptRepository.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "journal/AttemptValidation.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <unordered_map>

namespace askanyway::core {
namespace {

// What the engine computes from (summaries), then the free text a full attempt adds after it.
const std::string kSummaryColumns =
    "id, at, challenge_id, step_id, category, difficulty, no_likelihood, predicted_anxiety, outcome, "
    "anxiety_before, anxiety_peak, anxiety_after, recovery_minutes, accepted_gracefully, person";
const std::string kColumns = kSummaryColumns + ", title, expectation, worst_outcome, reflection_predicted, "
                                               "reflection_happened, reflection_felt, reflection_learned";

Attempt readSummary(const Statement& st)
{
    Attempt a;
    a.id = st.text(0);
    a.at = st.text(1);
    a.challengeId = st.optionalText(2);
    a.stepId = st.optionalText(3);
    a.category = st.optionalText(4);
    a.difficulty = static_cast<int>(st.integer(5));
    a.prediction.noLikelihood = static_cast<int>(st.integer(6));
    a.prediction.anxiety = static_cast<int>(st.integer(7));
    if (auto outcome = st.optionalText(8))
        a.outcome = parseOutcome(*outcome);
    a.anxiety.before = st.optionalInt(9);
    a.anxiety.peak = st.optionalInt(10);
    a.anxiety.after = st.optionalInt(11);
    a.recoveryMinutes = st.optionalInt(12);
    if (auto graceful = st.optionalInt(13))
        a.acceptedGracefully = *graceful != 0;
    a.person = st.optionalText(14);
    return a;
}

Attempt readAttempt(const Statement& st)
{
    Attempt a = readSummary(st);
    a.title = st.text(15);
    a.prediction.expectation = st.text(16);
    a.prediction.worstOutcome = st.text(17);
    a.reflection = {st.text(18), st.text(19), st.text(20), st.text(21)};
    return a;
}

// Tags of many attempts in one pass, instead of a query per attempt.
std::unordered_map<std::string, std::vector<std::string>> tagsByAttempt(Database& db, const std::string* only)
{
    std::unordered_map<std::string, std::vector<std::string>> out;
    auto st = db.prepare(only ? "SELECT attempt_id, tag FROM attempt_tags WHERE attempt_id = ? ORDER BY position"
                              : "SELECT attempt_id, tag FROM attempt_tags ORDER BY attempt_id, position");
    if (only)
        st.bind(1, *only);
    while (st.step())
        out[st.text(0)].push_back(st.text(1));
    return out;
}

} // namespace

std::string AttemptRepository::add(Attempt attempt)
{
    validateAttempt(attempt);
    if (attempt.id.empty())
        attempt.id = newUuid();
    if (attempt.at.empty())
        attempt.at = formatTimestamp(m_clock.now());
    if (exists(attempt.id))
        throw ValidationError("id", "an attempt with id " + attempt.id + " is already stored");
    write(attempt, false);
    return attempt.id;
}

void AttemptRepository::update(const Attempt& attempt)
{
    validateAttempt(attempt);
    if (attempt.id.empty() || !exists(attempt.id))
        throw ValidationError("id", "no stored attempt has id \"" + attempt.id + "\"");
    if (attempt.at.empty())
        throw ValidationError("at", "must not be empty when editing an attempt");
    write(attempt, true);
}

void AttemptRepository::checkStep(const Attempt& attempt) const
{
    if (!attempt.stepId)
        return;
    auto st = m_db.prepare("SELECT 1 FROM ladder_steps WHERE id = ?");
    st.bind(1, *attempt.stepId);
    if (!st.step())
        throw ValidationError("step_id", "no ladder step has id " + *attempt.stepId);
}

void AttemptRepository::write(const Attempt& a, bool replace)
{
    checkStep(a);
    const auto when = parseTimestamp(a.at);
    Transaction tx(m_db);
    // An edit is an UPDATE, never a REPLACE: REPLACE deletes the row first, and the foreign-key
    // actions of that delete would unlink the thought records that point at this attempt.
    auto st = m_db.prepare(
        replace ? "UPDATE attempts SET at = ?2, at_epoch = ?3, challenge_id = ?4, step_id = ?5, "
                  "category = ?6, title = ?7, difficulty = ?8, expectation = ?9, "
                  "no_likelihood = ?10, predicted_anxiety = ?11, worst_outcome = ?12, "
                  "outcome = ?13, anxiety_before = ?14, anxiety_peak = ?15, anxiety_after = ?16, "
                  "recovery_minutes = ?17, reflection_predicted = ?18, reflection_happened = ?19, "
                  "reflection_felt = ?20, reflection_learned = ?21, accepted_gracefully = ?22, "
                  "person = ?23 WHERE id = ?1"
                : "INSERT INTO attempts (id, at, at_epoch, challenge_id, step_id, category, title, "
                  "difficulty, expectation, no_likelihood, predicted_anxiety, worst_outcome, "
                  "outcome, anxiety_before, anxiety_peak, anxiety_after, recovery_minutes, "
                  "reflection_predicted, reflection_happened, reflection_felt, "
                  "reflection_learned, accepted_gracefully, person) "
                  "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,"
                  "?20,?21,?22,?23)");
    st.bind(1, a.id).bind(2, formatTimestamp(*when)).bind(3, when->epoch);
    st.bind(4, a.challengeId).bind(5, a.stepId).bind(6, a.category);
    st.bind(7, a.title).bind(8, a.difficulty);
    st.bind(9, a.prediction.expectation).bind(10, a.prediction.noLikelihood);
    st.bind(11, a.prediction.anxiety).bind(12, a.prediction.worstOutcome);
    if (a.outcome)
        st.bind(13, toString(*a.outcome));
    else
        st.bindNull(13);
    st.bind(14, a.anxiety.before).bind(15, a.anxiety.peak).bind(16, a.anxiety.after);
    st.bind(17, a.recoveryMinutes);
    st.bind(18, a.reflection.predicted).bind(19, a.reflection.happened);
    st.bind(20, a.reflection.felt).bind(21, a.reflection.learned);
    if (a.acceptedGracefully)
        st.bind(22, *a.acceptedGracefully ? 1 : 0);
    else
        st.bindNull(22);
    st.bind(23, a.person);
    st.run();

    auto del = m_db.prepare("DELETE FROM attempt_tags WHERE attempt_id = ?");
    del.bind(1, a.id).run();
    auto tag = m_db.prepare("INSERT INTO attempt_tags (attempt_id, position, tag) VALUES (?,?,?)");
    for (std::size_t i = 0; i < a.tags.size(); ++i) {
        tag.reset();
        tag.bind(1, a.id).bind(2, static_cast<std::int64_t>(i)).bind(3, a.tags[i]).run();
    }
    tx.commit();
}

std::optional<Attempt> AttemptRepository::remove(const std::string& id)
{
    auto existing = find(id);
    if (!existing)
        return std::nullopt;
    Transaction tx(m_db);
    auto st = m_db.prepare("DELETE FROM attempts WHERE id = ?");
    st.bind(1, id).run();
    tx.commit();
    return existing;
}

std::optional<Attempt> AttemptRepository::find(const std::string& id) const
{
    auto st = m_db.prepare(std::string("SELECT ") + kColumns + " FROM attempts WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Attempt a = readAttempt(st);
    a.tags = std::move(tagsByAttempt(m_db, &id)[id]);
    return a;
}

bool AttemptRepository::exists(const std::string& id) const
{
    auto st = m_db.prepare("SELECT 1 FROM attempts WHERE id = ?");
    st.bind(1, id);
    return st.step();
}

std::vector<Attempt> AttemptRepository::list(const AttemptFilter& filter) const
{
    // substr(at, 1, 10) is the attempt's local date: `at` is always stored normalised.
    auto st = m_db.prepare(std::string("SELECT ") + kColumns +
                           " FROM attempts WHERE (?1 IS NULL OR substr(at, 1, 10) >= ?1) "
                           "AND (?2 IS NULL OR substr(at, 1, 10) <= ?2) ORDER BY at_epoch, rowid");
    st.bind(1, filter.sinceDate).bind(2, filter.untilDate);
    std::vector<Attempt> out;
    while (st.step())
        out.push_back(readAttempt(st));
    auto tags = tagsByAttempt(m_db, nullptr);
    if (!tags.empty())
        for (Attempt& a : out)
            if (auto it = tags.find(a.id); it != tags.end())
                a.tags = std::move(it->second);
    return out;
}

std::vector<Attempt> AttemptRepository::recent(int count) const
{
    auto st = m_db.prepare(std::string("SELECT ") + kColumns + " FROM attempts ORDER BY at_epoch DESC, rowid DESC LIMIT ?");
    st.bind(1, count);
    std::vector<Attempt> out;
    while (st.step()) {
        out.push_back(readAttempt(st));
        out.back().tags = std::move(tagsByAttempt(m_db, &out.back().id)[out.back().id]);
    }
    return out;
}

std::vector<Attempt> AttemptRepository::summaries(std::optional<std::int64_t> sinceEpoch) const
{
    auto st = m_db.prepare(std::string("SELECT ") + kSummaryColumns +
                           " FROM attempts WHERE (?1 IS NULL OR at_epoch >= ?1) ORDER BY at_epoch, rowid");
    st.bind(1, sinceEpoch);
    std::vector<Attempt> out;
    while (st.step())
        out.push_back(readSummary(st));
    return out;
}

} // namespace askanyway::core

